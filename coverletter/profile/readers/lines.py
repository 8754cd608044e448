"""The lines of a text CV as the text reader sees them: cleaned of Markdown and HTML marks, numbered, with the
dates they hold (in the languages the reader knows) and the cells of a Markdown table row."""

from __future__ import annotations

import re
from typing import Any

from ...datamodel import model

MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
         r"okt|dez|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|"
         r"enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)[a-zé]*\.?")
_DATE = rf"(?:{MONTH}\s*,?\s*)?(?:\d{{1,2}}[./])?(?:19|20)\d{{2}}(?:\.(?:1[0-2]|0?[1-9])\b)?|\b\d{{1,2}}/\d{{2}}\b"
DATE_RANGE = re.compile(
    rf"(?:\b(?:from|since|von|desde|depuis)\s+)?({_DATE})\s*(?:-|–|—|to|bis|até|a|until|\.\.)?\s*({_DATE}|present|pres\.|current|now|today|heute|atual|"
    rf"actualidad|presente|aujourd'hui|ongoing)?", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Month-name beginnings of the languages MONTH reads, to their numbers ('Jun 2021' -> '2021-06').
_MONTH_NUMBER = {"jan": 1, "ene": 1, "feb": 2, "fev": 2, "mar": 3, "mär": 3, "apr": 4, "abr": 4, "may": 5,
                 "mai": 5, "mayo": 5, "maio": 5, "jun": 6, "jul": 7, "aug": 8, "ago": 8, "sep": 9, "set": 9,
                 "oct": 10, "okt": 10, "out": 10, "nov": 11, "dec": 12, "dez": 12, "dic": 12}


def iso_date(text: str) -> str:
    """A CV's date as JSON Resume writes it: 'Jun 2021' -> '2021-06', '06/2021' -> '2021-06', '2019' -> '2019';
    words for now ('Present') and anything without a year stay as written."""
    year = re.search(r"(?:19|20)\d\d", text)
    if not year:
        return text
    numeric = re.match(r"\s*(\d{1,2})[./](?:19|20)\d\d", text)
    word = re.match(r"\s*([^\W\d_]+)", text)
    month = int(numeric.group(1)) if numeric else None
    if word and not month:
        low = word.group(1).casefold()
        month = next((n for key, n in sorted(_MONTH_NUMBER.items(), key=lambda kv: -len(kv[0]))
                      if low.startswith(key)), None)
    return f"{year.group(0)}-{month:02d}" if month and 1 <= month <= 12 else year.group(0)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HTML = re.compile(r"<[^>]+>")
#: Icon-font glyphs (Unicode's private use area) and the replacement character a PDF gives for them.
_ICON = re.compile("[\ue000-\uf8ff\ufffd]")


def clean_line(line: str) -> str:
    """A line without Markdown/HTML marks: links keep their text, emphasis and heading marks go."""
    line = _ICON.sub(" ", _MD_LINK.sub(r"\1", line))
    line = _HTML.sub(" | ", line) if "<span" in line else _HTML.sub(" ", line)
    line = re.sub(r"^\s{0,3}#+\s*", "", line)
    line = line.replace("**", "").replace("__", "").replace("`", "")
    line = re.sub(r"(?<![\w*])\*(?!\s)([^*]+)\*(?!\w)", r"\1", line)
    line = re.sub(r"^\s*[-*+•◦▪∠]\s+", "", line)
    line = line.replace("&nbsp;", " ").replace("\\", "")
    line = re.sub(r"(\s*\|\s*)+", " | ", line).strip(" |\t")
    return re.sub(r"\s{2,}", " ", line).strip()


@model
class Line:
    """A line of a CV's text, numbered, as read and cleaned."""

    number: int
    raw: str
    text: str

    @property
    def is_heading(self) -> bool:
        return bool(re.match(r"^\s{0,3}#{3,}(?:\s|\*\*)", self.raw)) or \
            bool(re.match(r"^\s*\*\*[^*]+\*\*\s*$", self.raw))


def read_lines(text: str) -> list[Line]:
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        cleaned = clean_line(raw)
        if re.fullmatch(r"[=\-_*~.]{3,}", raw.strip()):
            if out and out[-1].number == number - 1 and not out[-1].raw.startswith("#"):
                out[-1].raw = "## " + out[-1].raw
            continue
        if cleaned and not re.fullmatch(r"[\W_]+", cleaned):
            out.append(Line(number, raw, cleaned))
    return out


_COLUMN_KINDS = (("position", re.compile(r"^(role|title|position|job|job title|poste|rolle)$", re.I)),
                 ("name", re.compile(r"^(organi[sz]ation|employer|company|institution|firma|empresa|where)$", re.I)),
                 ("dates", re.compile(r"^(period|dates?|years?|when|time|zeitraum|período)$", re.I)))


def cells(raw: str) -> list[str]:
    """The cells of a Markdown table row ("| a | b |"), as written; [] for any other line."""
    return [c.strip() for c in raw.strip().strip("|").split("|")] if raw.lstrip().startswith("|") else []


def header_columns(cells: list[str]) -> dict[str, int]:
    """Which column of a table's header row names the role, the employer and the dates; {} if not such a row."""
    found = {kind: i for i, cell in enumerate(cells) for kind, pattern in _COLUMN_KINDS
             if pattern.match(clean_line(cell))}
    return found if "position" in found and "name" in found else {}


def table_job(cells: list[str], columns: dict[str, int]) -> dict[str, Any] | None:
    """A job from one row of a job table (Cara Wilson's "| **2002 – Pres.** | **Title** | Employer<br>*Place* |");
    None for the header and the separator row. A cell's first line (before <br>) is its value."""
    if header_columns(cells) or all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
        return None
    value = {kind: clean_line(re.split(r"<br\s*/?>", cells[i])[0]) if i < len(cells) else ""
             for kind, i in columns.items()}
    job: dict[str, Any] = {k: value[k] for k in ("position", "name") if value.get(k)}
    dates = DATE_RANGE.search(value.get("dates", ""))
    if dates:
        job.update(span_of(dates))
    return job or None


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (``---`` ... ``---``) of a Markdown CV and the text after it."""
    match = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not match:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    blank = "\n" * match.group(0).count("\n")
    return (meta if isinstance(meta, dict) else {}), blank + text[match.end():]


def span_of(dates: re.Match[str]) -> dict[str, str]:
    """startDate and endDate of a DATE_RANGE match. A lone date ('2020', as friggeri's entries write a one-year
    post) ends when it begins; one followed by a dash or 'since' and nothing ('2022-', 'since 2019') is still held,
    with no endDate, as JSON Resume writes it."""
    span = {"startDate": iso_date(dates.group(1))}
    if dates.group(2):
        span["endDate"] = iso_date(dates.group(2))
    elif not re.search(r"[-–—]|\b(?:since|seit|desde|depuis|from|von)\b", dates.group(0), re.IGNORECASE) \
            and not re.match(r"\s*[-–—]", dates.string[dates.end():]):
        span["endDate"] = span["startDate"]
    return span


def continues(job: dict[str, Any], line: Line, wrapped: bool = True) -> bool:
    """A wrapped line (PDF, plain text) that carries on the last highlight rather than starting one. A DOCX
    paragraph is whole: one that ends without a stop ("Exceeded sales goal of 9 cars per month") is still a line of
    its own, and only a paragraph that begins in lower case carries on the one before."""
    highlights = job.get("highlights")
    if not highlights or re.match(r"^\s*[-*+•◦▪∠]\s", line.raw) or line.is_heading:
        return False
    return line.text[:1].islower() or (wrapped and not highlights[-1].rstrip().endswith((".", "!", "?", ":", ";")))


def joined_wrap(before: str, after: str) -> str:
    """Two parts of one line that the page wrapped: a word broken at its hyphen is one word again ("develop-" +
    "ment": "development"; "FISMA-" + "compliant": "FISMA-compliant", a compound keeps its hyphen)."""
    broken = re.search(r"(\w+)-$", before)
    if broken is None or not after[:1].islower():
        return f"{before} {after}"
    from ...text.forms import getAllLemmas

    head, tail = broken.group(1), re.match(r"[a-z]*", after).group(0)
    whole = head.islower() and bool(getAllLemmas(head + tail)) and not getAllLemmas(tail)
    return f"{before[:-1]}{after}" if whole else f"{before}{after}"
