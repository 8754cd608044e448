"""The whole pipeline in one call: load, match, write (offline or with a model), check.

``generate`` is what the CLI's ``generate`` command runs; it never prints. Progress that a user should
see (streamed tokens, notices such as "the server rejected structured output") goes through callbacks.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .check import CheckReport, check_letter
from .datamodel import model
from .job import load_job
from .job.model import Job
from .letter import Letter
from .match import Match, match_profile
from .profile import load_profile, require_name
from .profile.model import Profile
from .settings import Settings
from .write.composer import compose_letter
from .write.draft import sentence_keys
from .write.frame import letter_frame
from .write.stories import load_stories

if TYPE_CHECKING:  # the model writer is imported when a model writes (an offline letter starts faster without it)
    from .write.client import ChatClient
    from .write.llm_writer import LLMResult


@model
class GenerateOptions:
    """Everything that shapes one letter, apart from the model settings."""

    template: str | None = None
    template_dir: str | Path | None = None
    gaps: str = "omit"
    words: tuple[int, int] = (250, 400)
    language: str | None = None
    company: str | None = None
    title: str | None = None
    contact: str | None = None  # the person to write to ("Frau Schmidt", "Mme Dupont"), for the salutation
    keep_flagged: bool = False
    stream: bool = True
    today: datetime.date | None = None
    fallback: str = "offline"  # a model's rejected letter: "offline" writes the offline one, "none" fails
    # Body sentences of letters written before this one for the same candidate (a batch fills it), so the
    # offline writer can vary its openings and transitions; a writer may ignore it.
    previous_sentences: list[str] = field(default_factory=list)
    stories: str | Path | None = None  # a story bank (Markdown) whose best stories the offline writer uses


@model
class GenerateResult:
    """What generate made: the letter, the evidence behind it, its check, and how it was written."""

    profile: Profile
    job: Job
    match: Match
    letter: Letter
    report: CheckReport
    mode: str
    llm: LLMResult | None = None
    notices: list[str] = field(default_factory=list)

    def report_dict(self) -> dict[str, Any]:
        """The JSON report: coverage matrix, claims with their evidence, checks, and how it was written."""
        data: dict[str, Any] = {
            "mode": self.mode,
            "profile": self.profile.source,
            "job": {"source": self.job.source, "company": self.job.company, "title": self.job.title},
            "match": self.match.to_dict(),
            "check": self.report.to_dict(),
            "evidence_used": self.letter.evidence_ids,
            "notices": self.notices,
        }
        if self.llm is not None:
            data["llm"] = {
                "usage": self.llm.usage,
                "cost_usd": self.llm.cost_usd,
                "revised": self.llm.revised,
                "removed_claims": self.llm.removed_claims,
                "flagged_claims": self.llm.flagged_claims,
            }
        return data


def prepare(
    profile_path: str | Path, job_source: str | Path, options: GenerateOptions
) -> tuple[Profile, Job, Match]:
    """Load the profile (it must have a name to sign) and the posting, and match them."""
    profile = load_profile(profile_path)
    require_name(profile)
    job = load_job(job_source, company=options.company, title=options.title)
    return profile, job, match_profile(profile, job)


def write(
    profile: Profile,
    job: Job,
    matched: Match,
    settings: Settings,
    options: GenerateOptions,
    *,
    on_token: Callable[[str], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
    client: ChatClient | None = None,
) -> tuple[Letter, LLMResult | None]:
    """The letter, offline from a template or with the model in settings (drafted, checked, revised)."""
    if settings.mode == "offline":
        letter = compose_letter(profile, job, matched, template=options.template, template_dir=options.template_dir,
                                gaps=options.gaps, language=options.language, words=options.words,
                                today=options.today, contact=options.contact,
                                stories=load_stories(options.stories) if options.stories else None,
                                avoid=sentence_keys(options.previous_sentences))
        return letter, None
    from .write.llm_writer import WriteRequest, write_letter

    frame = letter_frame(profile, job, language=options.language or job.language, today=options.today,
                         contact=options.contact)
    result = write_letter(WriteRequest(
        profile,
        job,
        matched,
        settings,
        frame=frame,
        checker=lambda draft: check_letter(draft, profile, job, words=options.words),
        gaps=options.gaps,
        language=options.language,
        words=options.words,
        keep_flagged=options.keep_flagged,
        stream=options.stream,
        on_token=on_token,
        on_notice=on_notice,
        fallback=options.fallback,
        client=client,
    ))
    return result.letter, result


def generate(
    profile_path: str | Path,
    job_source: str | Path,
    settings: Settings,
    options: GenerateOptions | None = None,
    *,
    on_token: Callable[[str], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
    on_warnings: Callable[[list[str]], None] | None = None,
    client: ChatClient | None = None,
    prepared: tuple[Profile, Job, Match] | None = None,
) -> GenerateResult:
    """Write and check a letter for one profile and one posting, offline or with the model in settings.

    ``on_warnings`` hears the profile's warnings as soon as it is read, before any model's text. ``client`` is
    a model client to share between letters (a batch passes one); by default each letter opens and closes its
    own. ``prepared``: what ``prepare`` returns for these inputs, made elsewhere (a batch's worker process).
    """
    options = options or GenerateOptions()
    if settings.mode != "offline":
        from .write.client import warm_up  # an offline letter starts faster without it

        warm_up()  # the OpenAI client is imported while the inputs are read
    profile, job, matched = prepared or prepare(profile_path, job_source, options)
    if on_warnings is not None and profile.warnings:
        on_warnings(list(profile.warnings))
    letter, llm_result = write(profile, job, matched, settings, options, on_token=on_token, on_notice=on_notice,
                               client=client)
    report = check_letter(letter, profile, job, words=options.words)
    notices = list(llm_result.notices) if llm_result is not None else []
    notices += [f"note: {text}" for text in letter.meta.fit_notices]
    return GenerateResult(profile, job, matched, letter, report, settings.mode, llm_result, notices)
