"""What ``coverletter batch`` shows: the progress bar while it runs, and the summary table at the end."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..api import BatchEvent, BatchResult, LetterRecord

SHOWN_PAIRS = 5


class BatchProgress:
    """A rich progress bar on stderr: letters done of all, failures, and tokens and cost with a model."""

    def __init__(self, console: Any, total: int, mode: str) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.model = mode != "offline"
        self.failed = 0
        self.tokens = 0
        self.cost = 0.0
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[extra]}"), TimeElapsedColumn(), console=console,
                                 transient=False, disable=not console.is_terminal)
        self.task = self.progress.add_task("letters", total=total, extra="")

    def __enter__(self) -> BatchProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def update(self, event: BatchEvent) -> None:
        if event.kind == "status":  # the Batch API's state, shown beside the bar (and as a line in a log)
            if not self.progress.disable:
                self.progress.update(self.task, extra=event.note or "")
            else:
                self.progress.console.print(event.note or "", highlight=False)
            return
        if event.kind == "start":
            return
        record = event.record
        self.failed += event.kind == "failed"
        if record is not None and event.kind == "done":
            self.tokens += (record.tokens or {}).get("total_tokens", 0)
            self.cost += record.cost_usd or 0.0
        extra = [f"{self.failed} failed"] if self.failed else []
        if self.model:
            extra.append(f"{self.tokens:,} tokens" + (f", ${self.cost:.4f}" if self.cost else ""))
        self.progress.update(self.task, advance=1, extra="  ".join(extra))


def summary_rows(records: list[LetterRecord]) -> list[dict[str, Any]]:
    """One row a posting: employer, role, match score, words, checks, file (or the error)."""
    rows = []
    for record in records:
        if record.status == "failed":
            checks = "failed"
        elif record.checks_ok:
            checks = "ok"
        else:
            checks = ", ".join(record.checks_failed) or f"{record.unsupported} unsupported"
        rows.append({"employer": record.employer or "", "role": record.role or "",
                     "match": record.match_score, "words": record.words, "checks": checks,
                     "file": record.output or "", "source": record.source, "error": record.error})
    return rows


def print_summary(console: Any, records: list[LetterRecord], result: BatchResult | None, *,
                  pending: int = 0) -> None:
    """The table of letters, then the failures with their errors, the repeated sentences and the totals."""
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("employer", max_width=22)
    table.add_column("role", max_width=28)
    table.add_column("match", justify="right")
    table.add_column("words", justify="right")
    table.add_column("checks", max_width=20)
    table.add_column("file", overflow="fold", min_width=20)
    for row in summary_rows(records):
        if row["error"]:
            continue
        match = f"{row['match']:.2f}" if row["match"] is not None else ""
        table.add_row(row["employer"], row["role"], match, str(row["words"] or ""), row["checks"], row["file"])
    if table.row_count:
        console.print(table)
    for record in records:
        if record.status == "failed":
            error = record.error or ""
            where = "" if record.source in error else f"{_short(record.source)}: "
            console.print(f"failed: {where}{error}", style="red", markup=False, highlight=False)
    if pending:
        console.print(f"{pending} posting(s) not written yet", markup=False)
    if result is not None:
        _print_repetition(console, result)
        _print_totals(console, result)


def _print_repetition(console: Any, result: BatchResult) -> None:
    pairs = result.repetition
    if not pairs:
        return
    console.print(f"{len(pairs)} pair(s) of letters share sentences (all in {result.manifest.name}):",
                  markup=False)
    for pair in pairs[:SHOWN_PAIRS]:
        console.print(f"  {pair.first} and {pair.second}: {len(pair.shared)} sentence(s), "
                      f"e.g. \"{_clip(pair.shared[0])}\"", markup=False, highlight=False)
    if len(pairs) > SHOWN_PAIRS:
        console.print(f"  ... and {len(pairs) - SHOWN_PAIRS} more", markup=False)
    for sentence in result.repeated[:SHOWN_PAIRS]:
        console.print(f"  in {len(sentence.letters)} letters: \"{_clip(sentence.text)}\"", markup=False,
                      highlight=False)


def _print_totals(console: Any, result: BatchResult) -> None:
    failed = len(result.failures)
    line = (f"Wrote {result.written}, skipped {result.skipped} done and unchanged, {failed} failed, "
            f"in {result.seconds:.1f} s; run record {result.manifest}")
    if result.tokens:
        line += f"; tokens: {result.tokens.get('prompt_tokens', 0)} in, {result.tokens.get('completion_tokens', 0)} out"
        if result.cost_usd is not None:
            line += f", estimated ${result.cost_usd:.4f}"
    if result.rate_limited:
        line += f"; {result.rate_limited} rate limit answer(s) waited out"
    if result.interrupted:
        line += "; interrupted: run the same command again to finish"
    console.print(line, markup=False, highlight=False)


def _short(source: str) -> str:
    path = Path(source)
    return path.name if path.is_absolute() else source


def _clip(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."
