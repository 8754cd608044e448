"""Whether a model's letter is a letter: the quality gate every model's reply passes before it is used.

A reply is rejected, with the reasons in words, when it

* is off-topic: it names neither the employer nor the role;
* uses no evidence: the checker finds no claim in it that the CV backs (the posting's own names don't count);
* is mostly unsupported: more claims the CV does not back than claims it does;
* repeats itself: the same sentence twice, or most of its word sequences said before;
* is far under the word band: less than half the band's minimum.

A tiny model (SmolLM2-135M) writes fluent text about something else ("the impact of climate change"); this
is what keeps such text from being accepted with "all checks passed".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import field
from typing import Any

from ..datamodel import model
from ..text import sentences, word_count

MIN_SHARE_OF_BAND = 0.5
NOTHING_FROM_CV = "it uses nothing from the CV"
REPEATS = "it repeats itself"
HOPELESS = (NOTHING_FROM_CV, REPEATS)  # reasons a revision (which only removes claims) cannot mend
MIN_DISTINCT_TRIGRAMS = 0.6
_STOP = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with", "phd",
                   "summer", "winter", "spring", "fall", "autumn"})


@model
class Verdict:
    """The gate's answer: usable or not, and why not."""
    reasons: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return not self.reasons

    def __str__(self) -> str:
        return "; ".join(self.reasons)


def judge(paragraphs: Sequence[Any], claims: Sequence[Any], job: Any, words: tuple[int, int]) -> Verdict:
    """The gate's verdict on a body (its paragraphs) and the checker's claims about it."""
    body = "\n\n".join(getattr(p, "text", str(p)) for p in paragraphs)
    verdict = Verdict()
    count = word_count(body)
    if not count:
        verdict.reasons.append(f"{NOTHING_FROM_CV}: it held no usable paragraph")
        return verdict
    grounded = [c for c in claims if c.supported and not str(c.evidence or "").startswith("job.")]
    unsupported = [c for c in claims if not c.supported]
    if not _on_topic(body, job):
        named = " or ".join(f"“{x}”" for x in (getattr(job, "company", None), getattr(job, "title", None)) if x)
        verdict.reasons.append(f"it is off-topic (it does not name {named or 'the employer or the role'})")
    if not grounded:
        verdict.reasons.append(f"{NOTHING_FROM_CV} (no claim the CV backs)")
    elif len(unsupported) > len(grounded):
        verdict.reasons.append(f"it is mostly unsupported ({len(unsupported)} of {len(claims)} claims)")
    if _repeats(body):
        verdict.reasons.append(REPEATS)
    if count < words[0] * MIN_SHARE_OF_BAND:
        verdict.reasons.append(f"it is far too short ({count} words for a band of {words[0]}-{words[1]})")
    return verdict


def _words(text: str) -> list[str]:
    return re.findall(r"[\w+#]+", text.casefold())


def _on_topic(body: str, job: Any) -> bool:
    """The body names the employer, or most of the role's words ("Research Intern", "ML Infrastructure")."""
    folded = " ".join(_words(body))
    company = getattr(job, "company", None)
    if company and " ".join(_words(company)) in folded:
        return True
    title_words = [w for w in _words(getattr(job, "title", None) or "") if w not in _STOP and not w.isdigit()]
    if not title_words:
        return not company  # nothing to name: the posting gave neither
    present = set(_words(body))
    found = sum(1 for w in dict.fromkeys(title_words) if w in present)
    return found >= min(2, len(set(title_words)))


def _repeats(body: str) -> bool:
    """The same sentence twice, or fewer than 60% distinct word trigrams in a text of some length."""
    said = [" ".join(_words(s)) for s in sentences(body)]
    said = [s for s in said if len(s.split()) >= 4]
    if len(said) != len(set(said)):
        return True
    tokens = _words(body)
    grams = list(zip(tokens, tokens[1:], tokens[2:], strict=False))
    return len(grams) >= 30 and len(set(grams)) / len(grams) < MIN_DISTINCT_TRIGRAMS
