"""The offline composer: a letter body from a Jinja letter template, the profile, the posting and the match.

The letter template renders only the body. The frame (sender, date, recipient, salutation, closing,
signature) comes from ``coverletter.write.frame``. The body is split into paragraphs on blank lines, and each
paragraph records the evidence ids it used: whatever a template prints through ``ev.sentence``,
``ev.quote`` or ``cite(ev)`` carries an invisible marker with ``ev.id``, which the composer collects per
paragraph and removes.

The context (every variable is listed in ``VARIABLES`` and documented in docs/templates.md):

* ``profile`` -- the applicant, with convenient views (name, label, current role, degree, top skills);
* ``job`` -- the posting as data (company or None, title, an ``employer`` and ``role`` phrase that never
  leave a blank, requirements...). Posting text is never compiled as a template;
* ``match`` -- the coverage of the posting's requirements by the profile's evidence;
* ``plan`` -- the strongest evidence for the top requirements, no piece of evidence twice;
* ``more`` -- further relevant evidence, not in the plan;
* ``gaps`` -- the gap policy and each gap with the closest real evidence;
* ``language`` and ``words`` -- the letter's language and word band.

Only the profile's facts are used: a phrase from the posting (a requirement's topic, the role's title in
the body) is offered only when every skill it names is one the profile backs.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import TemplateError
from ..letter import Letter, Paragraph
from ..templating.filters import MARK_CLOSE, MARK_OPEN

if TYPE_CHECKING:
    from ..job.model import Job
    from ..match.coverage import Match
    from ..profile.model import Profile
from ..style.letter_locale import length_band
from ..templating.environment import load_template, render_loaded
from ..templating.lookup import resolve_template, template_settings
from .context import context_and_writer
from .frame import letter_frame
from .languages import body_notice, letter_language
from .length import DEFAULT_WORDS, _length_cost, _template_words, _word_count, split_paragraphs
from .selection import build_plan
from .skill_guard import SkillGuard, _profile_text
from .stories import Story
from .views import WordsView
from .writer import Budget, Writer

DEFAULT_TEMPLATE = "default"


MAX_PLAN = 6


MAX_MORE = 16


def compose_letter(  # noqa: PLR0913 - one keyword per generate option the composer honours
    profile: Profile,
    job: Job,
    matched: Match,
    *,
    template: str | None = None,
    template_dir: str | Path | None = None,
    gaps: str = "omit",
    today: datetime.date | None = None,
    language: str | None = None,
    words: tuple[int, int] = DEFAULT_WORDS,
    avoid: set[str] | None = None,
    stories: list[Story] | None = None,
    contact: str | None = None,
) -> Letter:
    """Write a letter offline: the frame from code, the body from a letter template.

    A template that prints the writer's ``draft`` (the built-in ones do) gets the richest draft that fits its
    word band; an older template that reads ``plan`` and ``more`` is rendered with a growing plan and ``more``
    list, keeping the rendering whose body lands nearest the template's target inside the word band.
    """
    path = resolve_template(template or DEFAULT_TEMPLATE, kind="letters", template_dir=template_dir)
    source = path.read_text(encoding="utf-8", errors="replace")
    settings = template_settings(source)
    lang = letter_language(path, settings, language, getattr(job, "language", None))
    letter = letter_frame(profile, job, language=lang, today=today, contact=contact)
    band = _template_words(settings, length_band(lang, words))  # German letters run longer in words
    compiled = load_template(path, kind="letters", template_dir=template_dir)
    guard = SkillGuard(_profile_text(profile))
    base, writer = context_and_writer(profile, job, matched, gaps=gaps, language=letter.language, words=band,
                                      plan_size=0, more_size=0, today=today, guard=guard, avoid=avoid,
                                      stories=stories)
    if _uses_draft(source):
        paragraphs, chosen = _render_drafts(writer, base, compiled, path, template_dir, band)
        letter = _finish(letter, paragraphs, path, gaps, plan_size=chosen.points, more_size=int(chosen.extras))
        told = [s.title for s in writer.stories[:chosen.stories] if any(s.text in p.text for p in paragraphs)]
        letter.meta = replace(letter.meta, fit_notices=[*writer.outline.notices, *letter.meta.fit_notices],
                              stories=told)
        return letter
    best: tuple[tuple[float, ...], list[Paragraph], int, int] | None = None
    previous_plan = -1
    for plan_size in range(1, MAX_PLAN + 1):
        plan, rest = build_plan(profile, matched, guard, plan_size, job, today)
        if len(plan) == previous_plan:  # the posting's lines are used up: a bigger limit changes nothing
            break
        previous_plan = len(plan)
        for more_size in range(0, min(MAX_MORE, len(rest)) + 1):
            context = {**base, "plan": plan, "more": rest[:more_size]}
            rendered = render_loaded(compiled, path, context, kind="letters", template_dir=template_dir)
            paragraphs = split_paragraphs(rendered)
            count = _word_count(paragraphs)
            cost = _length_cost(count, band, words, len(plan), more_size)
            if best is None or cost < best[0]:
                best = (cost, paragraphs, len(plan), more_size)
            if count > max(band.max, words[1]):
                break
    assert best is not None
    _, paragraphs, plan_size, more_size = best
    return _finish(letter, paragraphs, path, gaps, plan_size=plan_size, more_size=more_size)


def _uses_draft(source: str) -> bool:
    """Whether a letter template's source prints the writer's draft (the built-in ones do) rather than the plan."""
    return bool(re.search(r"\b(draft|outline)\b", source))


def _render_drafts(writer: Writer, base: dict, compiled: object, path: Path, template_dir: str | Path | None,
                   band: WordsView) -> tuple[list[Paragraph], Budget]:
    """The template rendered with the richest draft whose body fits under the target (else the shortest); a
    draft that falls short of the band tells of a fourth or fifth employer when the CV has them."""
    best: tuple[int, list[Paragraph], Budget] | None = None
    # aim at the template's target, not its ceiling: a letter that says fewer things well reads better
    most = band.min + 40 if writer.outline.weak_fit else band.target + 20
    for budget in writer.budgets:
        context = {**base, "draft": writer.draft(budget)}
        paragraphs = split_paragraphs(render_loaded(compiled, path, context, kind="letters",
                                                    template_dir=template_dir))
        count = _word_count(paragraphs)
        if band.min <= count <= most:
            return paragraphs, budget
        if count < band.min:  # three employers leave the letter short: a fourth or a fifth, if the CV has them
            # (never for a weak fit, whose letter stays short rather than padded)
            wider = None if writer.outline.weak_fit else _widened(writer, base, compiled, path, template_dir,
                                                                   budget, (band.min, most))
            return wider or (paragraphs, budget)
        if best is None or count < best[0]:
            best = (count, paragraphs, budget)
    assert best is not None
    return best[1], best[2]


def _widened(writer: Writer, base: dict, compiled: object, path: Path, template_dir: str | Path | None,
             budget: Budget, span: tuple[int, int]) -> tuple[list[Paragraph], Budget] | None:
    """The draft of ``budget`` that tells of a fourth employer (one more point), or of a fifth when four still
    leave the body under the band: the first whose body lands in ``span``, else the longest under its ceiling."""
    longest: tuple[int, list[Paragraph], Budget] | None = None
    for more in (1, 2):
        wider = replace(budget, paragraphs=budget.paragraphs + more, points=budget.points + more)
        paragraphs = split_paragraphs(render_loaded(compiled, path, {**base, "draft": writer.draft(wider)},
                                                    kind="letters", template_dir=template_dir))
        count = _word_count(paragraphs)
        if span[0] <= count <= span[1]:
            return paragraphs, wider
        if count <= span[1] and (longest is None or count > longest[0]):
            longest = (count, paragraphs, wider)
    return (longest[1], longest[2]) if longest else None


def _finish(letter: Letter, paragraphs: list[Paragraph], path: Path, gaps: str, *, plan_size: int,
            more_size: int) -> Letter:
    """The letter with its body, or a TemplateError for an empty body."""
    if not paragraphs:
        raise TemplateError("the letter template gave an empty body", path=str(path),
                            hint="a letter template must write at least one paragraph")
    leftover = next((p.text for p in paragraphs if MARK_OPEN in p.text or MARK_CLOSE in p.text), None)
    if leftover:  # pragma: no cover - extract_marks removes every well-formed marker
        raise TemplateError("a citation marker was cut in half by a filter", path=str(path))
    letter.paragraphs = paragraphs
    notice = body_notice(letter.language, letter.body)
    letter.meta = replace(letter.meta, template=str(path), mode="offline", gaps=gaps, plan_size=plan_size,
                          more_size=more_size, evidence_used=letter.evidence_ids,
                          fit_notices=[*letter.meta.fit_notices, *([notice] if notice else [])])
    return letter
