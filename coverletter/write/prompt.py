"""Chat messages for the model, built from the prompt templates in ``templates/prompts/``.

The templates (``system``, ``user`` and ``revise``) are customizable like letter templates: a file of the
same name in ``<user_dir>/templates/prompts/`` or ``--template-dir`` overrides the built-in one. They get
plain data (see ``VARIABLES``); the job posting is never template source. Every piece of the posting --
title, employer, requirements, the text itself -- goes into one fenced block whose tag carries a nonce
made from the posting's own hash, so the posting cannot close the fence (and any copy of the tag inside
it is neutralised). The system prompt tells the model that nothing inside the fence is an instruction.

A token budget (``Settings.max_prompt_tokens``) drops the least relevant evidence first; the counts of
evidence kept and dropped travel with the prompt. Token counts are a deterministic estimate (about four
characters a token), so ``--dry-run`` needs no tokenizer download.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import field
from pathlib import Path
from typing import Any

from ..datamodel import model
from ..errors import ConfigError
from ..match.coverage import check_gap_policy
from ..profile.evidence import iter_evidence
from ..style import banned_phrases
from ..templating.environment import load_template, render_loaded
from ..templating.lookup import resolve_template
from ..templating.schema import register_schema
from ..text import squash as _plain
from .frame import resolve_language as frame_language

GAP_INSTRUCTIONS: dict[str, str] = {
    "omit": "Do not mention requirements that the evidence does not cover.",
    "acknowledge": ("Where a requirement is not covered by the evidence, you may say briefly and honestly "
                    "that it is something you are keen to learn; never claim experience you do not have."),
    "adjacent": ("Where a requirement is not covered by the evidence, point to the closest related evidence "
                 "and say how it carries over, without claiming the missing skill itself."),
}
DEFAULT_TONE = "confident, warm and specific; plain words, no hype, no flattery"
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
    "pt": "Portuguese", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish",
}
CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD = 4  # role and separators, per message
MAX_POSTING_CHARS = 12000
MIN_EVIDENCE = 6  # the budget trims the posting's "about" and duties before evidence below this
TEMPLATE_NAMES = ("system", "user", "revise")

# ------------------------------------------------------------------------------------- documentation
# variable -> (type, description, example); `coverletter templates check` uses these for prompts.
VARIABLES: dict[str, tuple[str, str, str]] = {
    "applicant": ("ApplicantView", "the applicant's name and headline (from the profile)",
                  "applicant.name -> 'Richard Hendriks'"),
    "posting": ("str", "the whole posting as fenced data: open tag, text, close tag", "posting"),
    "fence": ("str", "the fence's tag name (nonce included)", "'posting-3f9a1c2b7d10'"),
    "requirements": ("list[RequirementView]", "the posting's requirements by number, with coverage",
                     "requirements[0].number -> 'R1'"),
    "evidence": ("list[EvidenceView]", "the ranked evidence kept in the budget, best first: what backs the "
                 "posting's requirements (tier 0 the best for a line, 1 strong, 2 weak), then the rest of the CV "
                 "(tier 3 and up)",
                 "evidence[0].id -> 'work[0].highlights[1]'"),
    "gaps": ("GapsView", "the gap policy, its instruction and the uncovered requirement numbers",
             "gaps.policy -> 'omit'"),
    "tone": ("str", "the tone to write in", "'confident, warm and specific'"),
    "words": ("WordsView", "the body's word band", "words.min -> 250"),
    "language": ("LanguageView", "the language to write in", "language.name -> 'German'"),
    "banned_phrases": ("list[str]", "phrases the letter must not use", "banned_phrases[0]"),
    "structured": ("bool", "true when the reply must be JSON (paragraphs with evidence ids)", "true"),
    "counts": ("CountsView", "evidence kept and dropped by the token budget, of all the CV's citable pieces; "
               "matched: how many back a requirement", "counts.dropped -> 3"),
    "claims": ("list[str]", "revise only: the unsupported claims to remove", "claims[0]"),
}
CONTEXT_TYPES: dict[str, dict[str, str]] = {
    "ApplicantView": {"name": "str", "label": "str"},
    "RequirementView": {"number": "str", "kind": "str", "strength": "str", "evidence_ids": "list[str]"},
    "EvidenceView": {"id": "str", "text": "str", "context": "str", "kind": "str", "score": "float",
                     "requirements": "list[str]", "tier": "int", "order": "int"},
    "GapsView": {"policy": "str", "instruction": "str", "uncovered": "list[str]"},
    "WordsView": {"min": "int", "max": "int"},
    "LanguageView": {"code": "str", "name": "str"},
    "CountsView": {"kept": "int", "dropped": "int", "total": "int", "matched": "int"},
}
register_schema("prompts", VARIABLES, CONTEXT_TYPES)


@model
class Prompt:
    """Messages ready to send, with what the budget kept."""
    messages: list[dict[str, str]]
    token_count: int
    evidence_ids: list[str]
    evidence_kept: int
    evidence_dropped: int
    fence: str
    language: str
    structured: bool
    over_budget: bool = False
    context: dict[str, Any] = field(default_factory=dict, repr=False)
    posting_trimmed: bool = False


# --------------------------------------------------------------------------------------------- tokens


def estimate_tokens(text: str) -> int:
    """A deterministic token estimate: one token per four characters, rounded up."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def count_message_tokens(messages: list[dict[str, str]]) -> int:
    """Estimated tokens of a list of chat messages (content plus a small overhead each)."""
    return sum(estimate_tokens(m.get("content") or "") + MESSAGE_OVERHEAD for m in messages)


# ---------------------------------------------------------------------------------------------- fence


def fence_tag(text: str) -> str:
    """The fence's tag name for a posting: 'posting-' and 12 hex digits of the posting's SHA-256."""
    return "posting-" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:12]


def neutralise(text: str, tag: str) -> str:
    """Text in which no fence tag (this one, or any `<posting-...>` look-alike) can open or close a fence."""
    text = re.sub(re.escape(tag), "posting-text", text, flags=re.IGNORECASE)
    return re.sub(r"<(/?)\s*(posting[-\w]*)\s*>", r"(\1\2)", text, flags=re.IGNORECASE)


def fence(text: str, tag: str) -> str:
    """Text wrapped as untrusted data: `<tag>` ... `</tag>`, the tag neutralised inside."""
    return f"<{tag}>\n{neutralise(text, tag).strip()}\n</{tag}>"


# -------------------------------------------------------------------------------------------- context


def _language(code: str | None) -> dict[str, str]:
    value = (code or "en").strip()
    short = re.split(r"[-_]", value.casefold())[0] or "en"
    name = LANGUAGE_NAMES.get(short, value if len(value) > 3 else short)
    return {"code": short, "name": name}


def resolve_language(language: str | None, job: Any) -> str:
    """The letter's language code: the one asked for, else the posting's (frame's supported set)."""
    return frame_language(language or getattr(job, "language", None))


# Evidence the posting did not ask for, most telling first: awards and the lines that show what was done
# (highlights: a maintainer's project, mentoring, figures), then the entries themselves, then the rest.
_BEST, _STRONG, _WEAK = 0, 1, 2
_UNMATCHED_TIER = {"award": 3, "highlight": 3, "publication": 4, "project": 4, "certificate": 4, "work": 5,
                   "volunteer": 5, "education": 5}
_LAST_TIER = 6


def rank_evidence(matched: Any, profile: Any = None) -> list[dict[str, Any]]:
    """Unique evidence, best first: the top piece for each strong line of the posting, the rest of what backs
    strong lines, then weak ones, then (with a profile) every other citable piece of the CV, awards and
    highlights before headlines and lists.

    Each entry has the requirement numbers it supports and its ``tier`` (0 best, 1 strong, 2 weak, 3+ not
    matched), so a budget that drops from the end never drops strong evidence while weaker items are kept.
    """
    ranked: dict[str, dict[str, Any]] = {}
    for number, item in enumerate(getattr(matched, "items", []) or [], start=1):
        for place, ev in enumerate(item.evidence):
            entry = ranked.get(ev.id)
            if entry is None:
                entry = ranked[ev.id] = _entry(ev, len(ranked))
            entry["score"] = max(entry["score"], float(ev.score or 0.0))
            if item.strength != "none" and f"R{number}" not in entry["requirements"]:
                entry["requirements"].append(f"R{number}")
            tier = {"strong": _BEST if place == 0 else _STRONG, "weak": _WEAK}.get(item.strength, _LAST_TIER)
            entry["tier"] = min(entry["tier"], tier)
    if profile is not None:
        for ev in iter_evidence(profile):
            if ev.id not in ranked:
                entry = ranked[ev.id] = _entry(ev, len(ranked))
                entry["tier"] = _UNMATCHED_TIER.get(ev.kind, _LAST_TIER)
    return sorted(ranked.values(), key=lambda e: (e["tier"], -e["score"], e["order"]))


def _entry(ev: Any, order: int) -> dict[str, Any]:
    return {"id": ev.id, "text": _plain(ev.text), "context": _plain(ev.context), "kind": ev.kind,
            "score": float(ev.score or 0.0), "requirements": [], "tier": _LAST_TIER, "order": order}


def posting_text(job: Any, matched: Any, compact: int = 0) -> str:
    """The posting as the model sees it: title, employer, numbered requirements, key duties, about.

    ``compact`` shortens it for a tight token budget: 1 leaves out "about", 2 the duties too.
    """
    lines: list[str] = []
    if getattr(job, "title", None):
        lines.append(f"Title: {_plain(job.title)}")
    lines.append(f"Employer: {_plain(job.company) if getattr(job, 'company', None) else '(not named)'}")
    if getattr(job, "location", None):
        lines.append(f"Location: {_plain(job.location)}")
    items = list(getattr(matched, "items", []) or [])
    if items:
        lines.append("Requirements (numbered):")
        lines += [f"R{i}. ({item.kind}) {_plain(item.requirement)}" for i, item in enumerate(items, start=1)]
    duties = [_plain(x) for x in getattr(job, "responsibilities", [])[:8] if _plain(x)] if compact < 2 else []
    if duties:
        lines.append("Responsibilities:")
        lines += [f"- {d}" for d in duties]
    about = [_plain(x) for x in getattr(job, "about", [])[:4] if _plain(x)] if compact < 1 else []
    if about:
        lines.append("About:")
        lines += about
    if not items and not duties and not about and not compact:
        lines.append("Posting text:")
        lines.append(str(getattr(job, "raw_text", "") or "").strip())
    text = "\n".join(lines)
    return text if len(text) <= MAX_POSTING_CHARS else text[:MAX_POSTING_CHARS] + "\n[... posting cut for length]"


def build_context(  # noqa: PLR0913 - one keyword per part of the prompt context
    profile: Any,
    job: Any,
    matched: Any,
    *,
    gaps: str = "omit",
    language: str = "en",
    words: tuple[int, int] = (250, 400),
    structured: bool = True,
    evidence: list[dict[str, Any]] | None = None,
    total_evidence: int | None = None,
    tone: str = DEFAULT_TONE,
    compact: int = 0,
) -> dict[str, Any]:
    """The data every prompt template gets (see VARIABLES)."""
    check_gap_policy(gaps)
    low, high = words
    if not (0 < low <= high):
        raise ConfigError(f"bad word band {low}-{high}", hint="give --words as MIN-MAX, e.g. 250-400")
    ranked = rank_evidence(matched, profile) if evidence is None else evidence
    total = len(ranked) if total_evidence is None else total_evidence
    raw = getattr(job, "raw_text", "") or ""
    full = posting_text(job, matched)
    tag = fence_tag(raw + "\n" + full)  # the same tag however compact the posting is shown
    shown = posting_text(job, matched, compact) if compact else full
    items = list(getattr(matched, "items", []) or [])
    kept_ids = {e["id"] for e in ranked}
    requirements = [
        {"number": f"R{i}", "kind": item.kind, "strength": item.strength,
         "evidence_ids": [ev.id for ev in item.evidence if ev.id in kept_ids]}
        for i, item in enumerate(items, start=1)
    ]
    basics = getattr(profile, "basics", None)
    return {
        "applicant": {"name": _plain(getattr(basics, "name", "")), "label": _plain(getattr(basics, "label", ""))},
        "posting": fence(shown, tag),
        "fence": tag,
        "requirements": requirements,
        "evidence": ranked,
        "gaps": {"policy": gaps, "instruction": GAP_INSTRUCTIONS[gaps],
                 "uncovered": [r["number"] for r in requirements if r["strength"] == "none"]},
        "tone": tone,
        "words": {"min": low, "max": high},
        "language": _language(language),
        "banned_phrases": banned_phrases(_language(language)["code"]),
        "structured": structured,
        "counts": {"kept": len(ranked), "dropped": total - len(ranked), "total": total,
                   "matched": sum(1 for e in ranked if e.get("requirements"))},
        "claims": [],
    }


# -------------------------------------------------------------------------------------------- render


def prompt_renderer(template_dir: str | Path | None = None) -> Callable[[str, Mapping[str, Any]], str]:
    """A function that renders prompt templates (system, user, revise) by name, compiling each one once."""
    compiled: dict[str, tuple[Path, Any]] = {}

    def render(name: str, context: Mapping[str, Any]) -> str:
        if name not in compiled:
            path = resolve_template(name, kind="prompts", template_dir=template_dir)
            compiled[name] = path, load_template(path, kind="prompts", template_dir=template_dir)
        path, template = compiled[name]
        return render_loaded(template, path, context, kind="prompts", template_dir=template_dir).strip()

    return render


def render_prompt(name: str, context: Mapping[str, Any], template_dir: str | Path | None = None) -> str:
    """Render one prompt template (system, user, revise) with plain data."""
    return prompt_renderer(template_dir)(name, context)


def messages_for(context: Mapping[str, Any], render: Callable[[str, Mapping[str, Any]], str]
                 ) -> list[dict[str, str]]:
    """[system, user] messages from the templates, rendered by ``prompt_renderer``."""
    return [
        {"role": "system", "content": render("system", context)},
        {"role": "user", "content": render("user", context)},
    ]


def build_prompt(
    profile: Any,
    job: Any,
    matched: Any,
    *,
    gaps: str = "omit",
    language: str = "en",
    words: tuple[int, int] = (250, 400),
    structured: bool = True,
    budget: int = 6000,
    template_dir: str | Path | None = None,
) -> Prompt:
    """The messages for one letter, with evidence dropped (least relevant first) to fit the token budget."""
    ranked = rank_evidence(matched, profile)
    render = prompt_renderer(template_dir)

    def build(count: int, compact: int) -> dict[str, Any]:
        return build_context(profile, job, matched, gaps=gaps, language=language, words=words,
                             structured=structured, evidence=ranked[:count], total_evidence=len(ranked),
                             compact=compact)

    attempts = _Attempts(build, render, budget)
    count, compact = attempts.fitting(len(ranked))
    context, messages, tokens = attempts.attempt(count, compact)
    kept = context["evidence"]
    return Prompt(
        messages=messages,
        token_count=tokens,
        evidence_ids=[e["id"] for e in kept],
        evidence_kept=len(kept),
        evidence_dropped=len(ranked) - len(kept),
        fence=context["fence"],
        language=context["language"]["code"],
        structured=structured,
        over_budget=tokens > budget,
        context=context,
        posting_trimmed=compact > 0,
    )


class _Attempts:
    """Prompts tried for one letter, by evidence count and compaction (each built once), and the search for the
    largest that fits the token budget."""

    def __init__(self, build: Callable[[int, int], dict[str, Any]],
                 render: Callable[[str, Mapping[str, Any]], str], budget: int) -> None:
        self.build, self.render, self.budget = build, render, budget
        self.tried: dict[tuple[int, int], tuple[dict[str, Any], list[dict[str, str]], int]] = {}

    def attempt(self, count: int, compact: int = 0) -> tuple[dict[str, Any], list[dict[str, str]], int]:
        """The context, messages and token count for one evidence count and compaction."""
        if (count, compact) not in self.tried:
            context = self.build(count, compact)
            messages = messages_for(context, self.render)
            self.tried[count, compact] = context, messages, count_message_tokens(messages)
        return self.tried[count, compact]

    def fits(self, count: int, compact: int) -> bool:
        return self.attempt(count, compact)[2] <= self.budget

    def fit(self, low: int, high: int, compact: int) -> int:
        """The largest evidence count in [low, high] that fits the budget (low when none does)."""
        while low < high:
            middle = (low + high + 1) // 2
            if self.fits(middle, compact):
                low = middle
            else:
                high = middle - 1
        return low

    def fitting(self, total: int) -> tuple[int, int]:
        """(evidence count, compaction) of the prompt to send. Least relevant evidence goes first, down to a
        floor; then the posting's "about" and duties; then the rest of the evidence."""
        if self.fits(total, 0) or not total:
            return total, 0
        floor = min(MIN_EVIDENCE, total)
        compact = 0
        count = self.fit(floor, total, 0)
        while not self.fits(count, compact) and compact < 2:
            compact += 1
            count = self.fit(floor, total, compact)
        if not self.fits(count, compact):
            count = self.fit(0, floor, compact)
        return count, compact


def revision_message(prompt: Prompt, claims: list[str], template_dir: str | Path | None = None
                     ) -> dict[str, str]:
    """The user message asking for one revision that drops the unsupported claims it names."""
    context = dict(prompt.context)
    context["claims"] = [_plain(c) for c in claims]
    return {"role": "user", "content": render_prompt("revise", context, template_dir)}
