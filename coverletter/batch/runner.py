"""Run a batch: one letter per posting through the pipeline's ``generate``, resumable from the manifest.

Offline, letters are written one after another, each told the sentences of the letters before it (so the
writer can vary them). With a model, up to ``jobs`` letters are written at once on one shared client; a 429's
Retry-After holds every request (``ratelimit``). Each letter is written through a temporary file and a rename
and recorded in the manifest as soon as it is done, so an interruption leaves only whole files and a run that
picks up where it stopped.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from dataclasses import field, replace
from pathlib import Path
from typing import Any

from ..datamodel import model
from ..errors import ConfigError, CoverLetterError, OutputError
from ..files import atomic_write
from ..pipeline import GenerateOptions
from ..settings import Settings
from ..write.client import ChatClient
from .draft import Drafted, DraftJob, draft, draft_in_worker, ignore_interrupts, prepare_in_worker
from .inputs import PostingInput
from .manifest import LetterRecord, Manifest, file_sha256
from .naming import letter_stem, unique_name
from .ratelimit import RetryGate, shared_client
from .record import done_record, failed_record, input_hash, now
from .repetition import RepeatedPair, RepeatedSentence, repeated_pairs, repeated_sentences

MIN_FOR_PROCESSES = 4  # fewer offline letters than this are written in this process (workers take ~0.5 s to start)


class _Failed(Exception):
    """A posting that failed in a worker process, with its one-line error."""


@model
class BatchOptions:
    """Where and how a batch writes its letters."""

    output_dir: Path
    fmt: str = "md"
    force: bool = False
    jobs: int = 3
    reference_docx: Path | None = None
    page_size: str | None = None
    vary: bool = True  # offline: each letter avoids the wordings of the letters before it (drafted in order)
    batch_api: bool = False  # with a model: first requests through the OpenAI Batch API (see batchapi.py)
    poll_seconds: float = 30.0  # how often the Batch API's batch is asked for its state


@model
class BatchEvent:
    """Progress: a posting started, was written, skipped (done and unchanged) or failed."""

    kind: str  # "start", "done", "skipped", "failed"; "status": a line about the batch as a whole (note)
    posting: PostingInput | None
    record: LetterRecord | None = None
    note: str | None = None


@model
class BatchResult:
    """The letters in force for each posting of the batch (input order), and what this run did."""

    records: list[LetterRecord]
    written: int
    skipped: int
    interrupted: bool
    repetition: list[RepeatedPair]
    manifest: Path
    seconds: float
    repeated: list[RepeatedSentence] = field(default_factory=list)
    rate_limited: int = 0
    tokens: dict[str, int] = field(default_factory=dict)
    cost_usd: float | None = None

    @property
    def failures(self) -> list[LetterRecord]:
        return [r for r in self.records if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failures and not self.interrupted


class _Batch:
    """The state of one run: the manifest, the names taken, the shared client."""

    def __init__(self, profile_path: str | Path, postings: list[PostingInput], settings: Settings,
                 options: GenerateOptions, batch: BatchOptions, on_event: Callable[[BatchEvent], None] | None):
        self.profile_path = profile_path
        self.postings = postings
        self.settings = settings
        self.options = options
        self.batch = batch
        self.on_event = on_event or (lambda event: None)
        self.folder = batch.output_dir
        self.manifest = Manifest(self.folder)
        self.records: dict[str, LetterRecord] = {}
        self.reserved: set[str] = set()
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.gate = RetryGate()
        self.client: ChatClient | None = None
        self.written = 0
        self.skipped = 0

    # -- one posting

    def digest(self, posting: PostingInput) -> str:
        render = {"fmt": self.batch.fmt, "page_size": self.batch.page_size,
                  "reference_docx": file_sha256(self.batch.reference_docx) if self.batch.reference_docx else None}
        return input_hash(self.profile_path, posting, self.settings, self.options, render)

    def is_done(self, posting: PostingInput, digest: str) -> bool:
        previous = self.manifest.letters.get(posting.key)
        return bool(not self.batch.force and previous and previous.status == "done" and previous.output
                    and previous.input_hash == digest and (self.folder / previous.output).is_file())

    def previous_sentences(self, key: str) -> list[str]:
        with self.lock:
            done = [r for r in self.records.values() if r.status == "done" and r.key != key]
        return [sentence for record in done for sentence in record.sentences]

    def begin(self, posting: PostingInput) -> tuple[DraftJob, str] | None:
        """The draft to make for a posting and its input hash; None (reported as skipped) when done and unchanged."""
        digest = self.digest(posting)
        if self.is_done(posting, digest):
            self.finish(BatchEvent("skipped", posting, self.manifest.letters[posting.key]), record=False)
            return None
        self.on_event(BatchEvent("start", posting))
        options = replace(self.options, company=posting.company or self.options.company,
                          title=posting.title or self.options.title,
                          previous_sentences=self.previous_sentences(posting.key) if self.batch.vary else [])
        job = DraftJob(self.profile_path, posting.source, self.settings, options, self.batch.fmt,
                       self.batch.reference_docx, self.batch.page_size)
        return job, digest

    def settle(self, posting: PostingInput, job: DraftJob, digest: str, outcome: Drafted | str,
               started: float) -> None:
        """Write a drafted letter under its name and record it, or record the posting's failure."""
        if self.stopping.is_set():
            return
        previous = self.manifest.letters.get(posting.key)
        if isinstance(outcome, Drafted):
            try:
                name, sha = self.write(posting, outcome, previous)
            except CoverLetterError as error:
                outcome = str(error)
        if isinstance(outcome, str):
            failed = failed_record(posting, digest, outcome, time.perf_counter() - started, previous)
            self.finish(BatchEvent("failed", posting, failed))
            return
        record = done_record(posting, digest, outcome, self.settings, job.options, name, sha,
                             time.perf_counter() - started)
        self.finish(BatchEvent("done", posting, record))

    def one(self, posting: PostingInput, prepared: Future[Any] | None = None) -> None:
        """Draft, write and record one posting's letter in this thread (or skip it); ``prepared``: the posting
        read and matched by a worker process."""
        started = time.perf_counter()
        begun = self.begin(posting)
        if begun is None:
            return
        job, digest = begun
        try:
            ready = prepared.result() if prepared is not None else None
            if isinstance(ready, str):
                raise _Failed(ready)
            job.prepared = ready
            outcome: Drafted | str = draft(job, self.client)
        except (CoverLetterError, _Failed) as error:
            outcome = str(error)
        self.settle(posting, job, digest, outcome, started)

    def notify(self, note: str) -> None:
        """A line about the batch as a whole (the Batch API's state)."""
        self.on_event(BatchEvent("status", None, note=note))

    def finish(self, event: BatchEvent, *, record: bool = True) -> None:
        assert event.record is not None and event.posting is not None
        with self.lock:
            self.records[event.posting.key] = event.record
            if record:
                self.manifest.add_letter(event.record)
            self.written += event.kind == "done"
            self.skipped += event.kind == "skipped"
        self.on_event(event)

    # -- the letter's file

    def write(self, posting: PostingInput, drafted: Drafted, previous: LetterRecord | None) -> tuple[str, str]:
        """Write the letter under its name; returns the name and the file's SHA-256."""
        fallback = Path(posting.source).stem if not posting.is_url else posting.source.rstrip("/").rsplit("/")[-1]
        stem = letter_stem(drafted.employer, drafted.role, fallback)
        with self.lock:
            name = self.name(posting, stem, previous)
            self.reserved.add(name.casefold())
        target = self.folder / name
        ours = previous is not None and previous.output == name
        if ours and target.exists() and not self.batch.force and file_sha256(target) != previous.output_sha256:
            raise OutputError("was changed since the batch wrote it; not overwritten", path=str(target),
                              hint="pass --force to write it again")
        atomic_write(target, drafted.data, force=ours or self.batch.force)
        return name, file_sha256(target) or ""

    def name(self, posting: PostingInput, stem: str, previous: LetterRecord | None) -> str:
        """The previous letter's name when the stem still fits, else the first free ``stem[-N].ext``."""
        ext = self.batch.fmt
        if previous and previous.output and Path(previous.output).stem.startswith(stem) \
                and previous.output.endswith(f".{ext}") and previous.output.casefold() not in self.reserved:
            return previous.output

        def taken(name: str) -> bool:
            if name in self.reserved:
                return True
            owner = self.manifest.owner_of(name)
            if owner is not None and owner != posting.key:
                return True
            return owner is None and (self.folder / name).exists() and not self.batch.force

        return unique_name(stem, ext, taken)

    # -- the run

    def run(self) -> BatchResult:
        started = time.perf_counter()
        interrupted = False
        if self.settings.mode == "llm" and not self.batch.batch_api:
            self.client = shared_client(self.settings, self.gate)
        workers = min(self.batch.jobs, os.cpu_count() or 1)
        try:
            if self.batch.batch_api:
                if self.settings.mode != "llm":
                    raise ConfigError("--batch-api needs a model on an OpenAI-compatible server (not --offline or "
                                     "--local)")
                from .batchapi import run_with_batch_api

                run_with_batch_api(self, self.batch.poll_seconds)
            elif self.client is not None and self.batch.jobs > 1:
                self.run_parallel()
            elif self.settings.mode == "offline" and workers > 1 and len(self.postings) >= MIN_FOR_PROCESSES:
                if self.batch.vary:  # letters that vary against each other are drafted in order
                    self.run_pipelined()
                else:
                    self.run_processes(workers)
            else:
                for posting in self.postings:
                    self.one(posting)
        except KeyboardInterrupt:
            interrupted = True
            self.stopping.set()
        finally:
            if self.client is not None and not interrupted:
                self.client.close()
        return self.result(interrupted, time.perf_counter() - started)

    def run_parallel(self) -> None:
        """Up to ``jobs`` letters at once; on Ctrl-C nothing new starts and letters in flight are not written."""
        pool = ThreadPoolExecutor(max_workers=self.batch.jobs, thread_name_prefix="letter")
        pending: set[Future[Any]] = set()
        try:
            pending = {pool.submit(self.one, posting) for posting in self.postings}
            while pending:
                done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()
        finally:
            pool.shutdown(wait=not self.stopping.is_set() and not pending, cancel_futures=True)

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            context.set_forkserver_preload(["coverletter.batch.draft"])
        return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=ignore_interrupts)

    def run_pipelined(self) -> None:
        """Offline letters drafted in order here, each posting read and matched meanwhile by a worker process
        (the part of a letter that does not depend on the letters before it)."""
        pool = self._pool(1)
        ahead: dict[str, Future[Any]] = {}
        try:
            for posting in self.postings:
                if posting.key not in ahead and not self.is_done(posting, self.digest(posting)):
                    options = replace(self.options, company=posting.company or self.options.company,
                                      title=posting.title or self.options.title)
                    ahead[posting.key] = pool.submit(prepare_in_worker, self.profile_path, posting.source, options)
            for posting in self.postings:
                self.one(posting, ahead.pop(posting.key, None))
        except KeyboardInterrupt:
            self.stopping.set()
            raise
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def run_processes(self, workers: int) -> None:
        """Offline letters drafted in worker processes (one a core), written and recorded here as each comes;
        each draft is told the sentences of the letters done when it starts."""
        pool = self._pool(workers)
        queue = iter(self.postings)
        running: dict[Future[Drafted | str], tuple[PostingInput, DraftJob, str, float]] = {}
        try:
            while True:
                while len(running) < workers and (posting := next(queue, None)) is not None:
                    begun = self.begin(posting)
                    if begun is not None:
                        running[pool.submit(draft_in_worker, begun[0])] = (posting, *begun, time.perf_counter())
                if not running:
                    break
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    posting, job, digest, started = running.pop(future)
                    self.settle(posting, job, digest, future.result(), started)
        except KeyboardInterrupt:
            self.stopping.set()
            raise
        finally:
            pool.shutdown(wait=not self.stopping.is_set(), cancel_futures=True)

    def result(self, interrupted: bool, seconds: float) -> BatchResult:
        records = [self.records[p.key] for p in self.postings if p.key in self.records]
        letters = [(r.output or r.key, r.sentences) for r in records if r.status == "done"]
        pairs = repeated_pairs(letters)
        repeated = repeated_sentences(letters)
        tokens: dict[str, int] = {}
        costs = [r.cost_usd for r in records if r.cost_usd is not None]
        for record in records:
            for key, value in (record.tokens or {}).items():
                tokens[key] = tokens.get(key, 0) + value
        self.manifest.add_run({
            "time": now(), "seconds": round(seconds, 3), "postings": len(self.postings), "written": self.written,
            "skipped": self.skipped, "failed": sum(r.status == "failed" for r in records),
            "interrupted": interrupted, "rate_limited": self.gate.limited,
            "repetition": [pair.to_dict() for pair in pairs],
            "repeated_sentences": [sentence.to_dict() for sentence in repeated],
        })
        return BatchResult(records, self.written, self.skipped, interrupted, pairs, self.manifest.path, seconds,
                           repeated, self.gate.limited, tokens, sum(costs) if costs else None)


def run_batch(profile_path: str | Path, postings: list[PostingInput], settings: Settings,
              options: GenerateOptions | None = None, batch: BatchOptions | None = None, *,
              on_event: Callable[[BatchEvent], None] | None = None) -> BatchResult:
    """Write a letter for each posting into ``batch.output_dir`` (created if missing), recording each in the
    folder's manifest; postings done and unchanged since the last run are skipped unless ``batch.force``."""
    batch = batch or BatchOptions(Path("letters"))
    if batch.output_dir.exists() and not batch.output_dir.is_dir():
        raise OutputError("is not a folder", path=str(batch.output_dir), hint="give a folder for the letters")
    batch.output_dir.mkdir(parents=True, exist_ok=True)
    return _Batch(profile_path, postings, settings, options or GenerateOptions(), batch, on_event).run()
