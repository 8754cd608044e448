"""Letter bodies in German, French, Spanish, Italian, Dutch and Portuguese, from the writer's facts.

``draft_in(writer, budget)`` is the offline writer's draft for a letter in one of these languages: the English
writer's plan (``write.plan``: the must-haves, the evidence for each, the current job, the degree) read into
facts (``facts.py``) and said with the words of the language's table (``de.py`` ... ``pt.py``) through one
realiser (``realiser.py``); the same budgets as the English draft (how many points, a second line for each,
the extras).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .facts import Writer, gather
from .phrases import Phrases
from .realiser import Speaker, body

LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")
_ENGLISH_ONLY = "are not in English"  # the English writer's notice about a CV it cannot quote


def phrases(language: str) -> Phrases:
    """The table of one language."""
    return import_module(f"{__name__}.{language}").PHRASES  # type: ignore[no-any-return]


def draft_in(writer: Writer, budget: Any, language: str) -> dict[str, Any]:
    """The body of a letter in ``language`` for one budget (``writer.Budget``), as the fields of a
    ``writer.DraftView``: the plan's points, as many as the budget says (five at most: a paragraph each)."""
    facts = writer.__dict__.get(f"_facts_{language}") or gather(writer, language)
    writer.__dict__[f"_facts_{language}"] = facts
    writer.setting.used = {}  # each draft varies its own wordings
    speaker = Speaker(phrases(language), facts, writer.setting)
    opening, points, extras, closing = body(speaker, points=min(5, budget.points), support=budget.support,
                                            with_extras=budget.extras)
    notices = [n for n in writer.outline.notices if _ENGLISH_ONLY not in n]
    if facts.foreign_lines:
        notices.append(f"{facts.foreign_lines} of the CV lines the letter cites are not in the letter's language: "
                       "they are quoted as written")
    return {"opening": opening, "points": points, "extras": extras, "closing": closing, "weak_fit": facts.weak_fit,
            "notices": notices}
