"""Check a letter: its claims against the profile and posting, and the things a reader notices first.

``check_letter`` finds the claims in the body (see ``coverletter.check.claims``) and runs these checks:

* ``claims``: every claim is backed by the profile (or, where it is about the posting, by the posting);
* ``employer``: the posting's employer is named (passes when the posting names none);
* ``role``: the posting's role is named;
* ``placeholders``: no template debris: ``[Company Name]``, ``{{ }}``, ``{% %}``, None, null, TODO,
  ``<NAME>``, "at ,", empty parentheses, and a sample letter's stand-ins in the body's language
  ("Firmenname", "Nom de l'entreprise");
* ``length``: the body's words are within the band (250-400 by default, stretched for languages whose letters
  run longer in words: ``style.letter_locale.length_band``);
* ``cliches``: none of the bundled phrases of the body's language (``coverletter/data/cliches.txt`` for
  English, ``cliches-de.txt`` and so on, plus the user's own ``<user dir>/cliches.txt`` and
  ``cliches-<lang>.txt``) that make a letter sound canned or machine-written;
* ``posting chrome``: nothing the job reader dropped as job-board chrome was copied into the letter;
* ``injection``: no instruction addressed to a model ("ignore previous instructions", "SYSTEM:") and no
  copy of the posting beyond a short quotation (``coverletter.check.injection``).

Evidence ids are JSON paths into ``profile.to_dict()`` (``work[0].highlights[2]``, ``education[0]``);
a claim about the posting is backed by ``job``, ``job.company`` or ``job.title``. The frame of a letter
(letterhead, contact lines, date, addressee, subject, salutation, headings, closing, signature) is no claim:
``check.frame.body_of`` keeps the body only; the body's language
(English, German, French, Spanish, Italian, Dutch, Portuguese) is read off its common words.

It never changes the letter.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import field
from typing import Any

from ..datamodel import model, to_dict
from ..job.language import detect_language
from ..match.coverage import default_lexicon
from ..style import find_cliches, find_placeholders, load_cliches
from ..style.letter_locale import language_name, length_band
from ..text import norm, word_count
from .claims import Claim, extract_claims
from .facts import Facts, build_facts
from .frame import body_of
from .injection import copied_runs, instructions

__all__ = ["CheckReport", "CheckResult", "Claim", "body_of", "check_letter"]

@model
class CheckResult:
    """One check: its name, whether it passed, and what was found."""
    name: str
    ok: bool
    detail: str = ""


@model
class CheckReport:
    """The claims found in a letter and the results of every check."""
    claims: list[Claim]
    checks: list[CheckResult]
    word_count: int
    words: tuple[int, int] = (250, 400)
    cliches: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)

    @property
    def unsupported(self) -> list[Claim]:
        return [c for c in self.claims if not c.supported]

    @property
    def failed(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.ok]

    @property
    def ok(self) -> bool:
        return not self.unsupported and not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "word_count": self.word_count,
            "words": list(self.words),
            "claims": [to_dict(c, camel=False, drop_empty=False) for c in self.claims],
            "unsupported": [to_dict(c, camel=False, drop_empty=False) for c in self.unsupported],
            "checks": [to_dict(c, camel=False, drop_empty=False) for c in self.checks],
            "cliches": list(self.cliches),
            "placeholders": list(self.placeholders),
        }


def _letter_texts(letter: Any, posting: str = "") -> tuple[str, str]:
    """(whole text, body) of a Letter or a Markdown/plain-text letter."""
    if isinstance(letter, str):
        return letter, body_of(letter, posting)
    parts = [letter.salutation, *(p.text for p in letter.paragraphs), letter.closing, letter.signature,
             letter.subject or "", *letter.recipient.lines, letter.sender.name, *letter.sender.contact_lines]
    return "\n\n".join(p for p in parts if p), letter.body


_last_facts: list[tuple[Any, Any, Any, datetime.date, Facts]] = []


def _facts(profile: Any, job: Any, lexicon: Any) -> Facts:
    """The profile's and the posting's facts; the last ones again for the same objects on the same day (a model's
    letter is checked after its draft, its revision and its cuts)."""
    today = datetime.date.today()
    for known_profile, known_job, known_lexicon, day, facts in list(_last_facts):
        if known_profile is profile and known_job is job and known_lexicon is lexicon and day == today:
            return facts
    facts = build_facts(profile, job, lexicon)
    _last_facts[:] = [(profile, job, lexicon, today, facts)]
    return facts


def check_letter(
    letter: Any,
    profile: Any,
    job: Any,
    *,
    words: tuple[int, int] = (250, 400),
    lexicon: Any = None,
    cliches: list[str] | None = None,
) -> CheckReport:
    """Find a letter's claims, mark each supported (with its evidence id) or not, and run the checks."""
    if lexicon is None:

        lexicon = default_lexicon()
    whole, body = _letter_texts(letter, _posting_text(job))
    facts = _facts(profile, job, lexicon)
    language = _language_of(letter, body)
    claims = extract_claims(body, facts, lexicon, language=language)
    count = word_count(body)
    checks: list[CheckResult] = []

    bad = [c for c in claims if not c.supported]
    checks.append(CheckResult("claims", not bad, f"{len(claims) - len(bad)} of {len(claims)} claims backed"
                              + (f"; unsupported: {', '.join(c.text for c in bad[:6])}" if bad else "")))
    checks.append(_named("employer", whole, [job.company] if job.company else [], "the posting names no employer"))
    checks.append(_named("role", whole, _role_names(job.title), "the posting gives no title"))
    debris = find_placeholders(whole, language)
    checks.append(CheckResult("placeholders", not debris, "; ".join(debris) if debris else "none"))
    words = length_band(language, words)
    low, high = words
    band = f"band {low}-{high}" + (f" for {language_name(language)}" if language != "en" else "")
    checks.append(CheckResult("length", low <= count <= high, f"{count} words in the body ({band})"))
    phrases = load_cliches(language) if cliches is None else cliches
    found = find_cliches(body, phrases)
    checks.append(CheckResult("cliches", not found, ", ".join(f'"{p}"' for p in found) if found else "none"))
    chrome = [line for line in getattr(job, "dropped", []) if len(line.split()) >= 3 and line in whole]
    checks.append(CheckResult("posting chrome", not chrome, "; ".join(chrome[:3]) if chrome else "none"))
    checks.append(_injection(whole, body, job))
    return CheckReport(claims, checks, count, words, found, debris)


def _injection(whole: str, body: str, job: Any) -> CheckResult:
    """Instructions to a model, and long copies of the posting, anywhere in the letter."""
    said = instructions(whole)
    copied = copied_runs(body, getattr(job, "raw_text", "") or "")
    problems = [f'addressed to a model: "{s}"' for s in said[:3]]
    problems += [f'copied from the posting: "{" ".join(run.split()[:8])} ..."' for run in copied[:2]]
    return CheckResult("injection", not problems, "; ".join(problems) if problems else "none")


def _posting_text(job: Any) -> str:
    """The posting's own words, for telling the posting's lines quoted in a letter from the applicant's."""
    parts = [job.raw_text or "", *job.about, *job.responsibilities, *job.requirements, *job.preferred]
    return "\n".join(p for p in parts if p)


_MIN_WORDS = 25  # a body shorter than this is too short to tell its language


def _language_of(letter: Any, body: str) -> str:
    """The body's language, which picks the cliché list, the placeholders and the word band: read off the body
    (py3langid), since an offline letter may have a German frame around an English body; a Letter's own
    language for a body too short to tell."""
    declared = getattr(letter, "language", None) if not isinstance(letter, str) else None
    if declared and len(body.split()) < _MIN_WORDS:
        return str(declared).split("-")[0].casefold()
    return detect_language(body)


def _role_names(title: str | None) -> list[str]:
    if not title:
        return []
    from ..style.letter_locale import bare_title

    core = re.sub(r"\s*\([^)]*\)", "", bare_title(title) or title).strip()  # '[Remoto] Front-end' is said without
    names = [title, core]  # its board's tag
    names += [part.strip() for part in re.split(r"\s+[-–—|/]\s+|,|;", core) if len(part.strip()) > 3]
    return list(dict.fromkeys(n for n in names if n))


def _named(name: str, text: str, accepted: list[str], when_none: str) -> CheckResult:
    if not accepted:
        return CheckResult(name, True, when_none)
    flat = norm(text).replace(" ", "")
    for value in accepted:
        if norm(value).replace(" ", "") in flat:
            return CheckResult(name, True, f"names {value}")
    return CheckResult(name, False, f"does not name {accepted[0]}")
