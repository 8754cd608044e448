"""Write a letter's body with a model: prompt -> model -> parse -> check -> one revision -> leftovers.

The model writes only the body paragraphs, each with the evidence ids it uses; the frame (sender, date,
recipient, salutation, closing, signature) comes from code. The body is checked against the profile;
unsupported claims get one revision request that names them, and whatever is still unsupported is
removed (or, with ``keep_flagged``, kept and listed). Nothing here prints: streamed text goes to
``on_token`` and notices ("the server rejected structured output ...") to ``on_notice``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import field, replace
from typing import TYPE_CHECKING, Any, Protocol

from ..datamodel import model
from ..errors import LLMError
from ..letter import Letter, Paragraph
from ..settings import Settings
from ..text import without_controls, word_count

if TYPE_CHECKING:
    from .client import ChatClient, Completion
    from .prompt import Prompt
from .client import ChatClient, StructuredOutputRejected
from .composer import compose_letter
from .local import start_local
from .parse import _claim_label, _claim_sentence, parse_body
from .pricing import estimate_cost
from .prompt import build_prompt, resolve_language, revision_message
from .quality import HOPELESS, Verdict, judge
from .removal import Removal, remove_claims
from .reply import JsonTextStream, body_schema, reply_tokens


class Checked(Protocol):
    """What the writer needs of a check report: its claims, and those the profile does not back."""
    @property
    def claims(self) -> list[Any]: ...

    @property
    def unsupported(self) -> list[Any]: ...


# The checker the pipeline passes in (check/ comes after write/, so write never imports it).
Checker = Callable[[Letter], Checked]


@model
class LLMResult:
    """A letter written by a model, with what it cost and what the checks changed."""
    letter: Letter
    usage: dict | None
    cost_usd: float | None
    notices: list[str]
    revised: bool
    removed_claims: list[str]
    flagged_claims: list[str]
    report: Checked | None = None
    structured: bool = True
    model: str | None = None
    evidence_kept: int = 0
    evidence_dropped: int = 0
    rejected: str | None = None  # why the quality gate rejected the model's letter (the body is then offline)
    body_source: str = "model"


@model
class DryRun:
    """The messages that would be sent, and their estimated size; nothing is sent."""
    messages: list[dict]
    token_count: int
    evidence_kept: int
    evidence_dropped: int
    model: str | None = None
    base_url: str | None = None
    schema: dict[str, Any] = field(default_factory=dict)


def _prompt(profile: Any, job: Any, matched: Any, settings: Settings, *, gaps: str, language: str,
            words: tuple[int, int], structured: bool) -> Prompt:

    return build_prompt(profile, job, matched, gaps=gaps, language=language, words=words, structured=structured,
                        budget=settings.max_prompt_tokens)


def dry_run(profile: Any, job: Any, matched: Any, settings: Settings, *, gaps: str = "omit",
            language: str | None = None, words: tuple[int, int] = (250, 400)) -> DryRun:
    """The messages that would be sent and their estimated token count; calls nothing."""
    lang = resolve_language(language, job)
    prompt = _prompt(profile, job, matched, settings, gaps=gaps, language=lang, words=words, structured=True)
    model = settings.effective_model or ("local" if settings.mode == "local" else None)
    return DryRun(prompt.messages, prompt.token_count, prompt.evidence_kept, prompt.evidence_dropped, model,
                  None if settings.mode == "local" else settings.base_url,
                  body_schema(prompt.evidence_ids, words, limit_length=not settings.is_openai))


@model
class _Run:
    """The state of one letter's conversation with the model."""
    client: ChatClient
    prompt: Prompt
    settings: Settings
    words: tuple[int, int]
    stream: bool
    on_token: Callable[[str], None] | None
    notice: Callable[[str], None]
    rebuild: Callable[[bool], Prompt]
    structured: bool = True
    usage: dict[str, int] = field(default_factory=dict)
    model: str | None = None

    def ask(self, messages: list[dict[str, str]], label: str = "draft") -> Completion:
        """Send messages (structured first, plain text if the server refuses), the stream labelled when its first
        text arrives (a server that never answers leaves no label behind its error line)."""
        sink = self.on_token
        if self.stream and sink is not None:
            pending = [f"--- {label} ({self.client.model or 'model'}) ---\n"]

            def labelled(text: str) -> None:
                if pending:
                    sink(pending.pop())
                sink(text)

            self.on_token = labelled
        try:
            return self._ask(messages)
        finally:
            self.on_token = sink

    def _ask(self, messages: list[dict[str, str]]) -> Completion:
        if self.structured:
            try:
                return self._send(messages, structured=True)
            except StructuredOutputRejected as rejected:
                self.structured = False
                self.notice(f"the server rejected structured output (JSON schema): {rejected.reason}; "
                            "asking for plain text instead")
                self.prompt = self.rebuild(False)
                messages = _plain_messages(messages, self.prompt)
        return self._send(messages, structured=False)

    def _send(self, messages: list[dict[str, str]], *, structured: bool) -> Completion:
        schema = (body_schema(self.prompt.evidence_ids, self.words, limit_length=not self.settings.is_openai)
                  if structured else None)
        on_text = None
        if self.stream and self.on_token is not None:
            sink = self.on_token
            if structured:
                extractor = JsonTextStream()

                def on_text(piece: str) -> None:
                    shown = without_controls(extractor.feed(piece))  # JSON's \u001b decoded: strip it again
                    if shown:
                        sink(shown)
            else:
                on_text = sink
        reply = self.client.complete(messages, schema=schema, stream=self.stream, on_text=on_text,
                                     max_tokens=reply_tokens(self.settings, self.words, self.prompt.language))
        if self.stream and self.on_token is not None:
            self.on_token("\n")
        for key, value in (reply.usage or {}).items():
            self.usage[key] = self.usage.get(key, 0) + value
        self.model = reply.model or self.model
        if reply.finish_reason == "length":
            self.notice("the reply reached the token limit and was cut; its last unfinished sentence was dropped")
        return reply


def _plain_messages(messages: list[dict[str, str]], prompt: Prompt) -> list[dict[str, str]]:
    """Messages for the plain-text path: the rebuilt system and user prompts, then the rest unchanged."""
    return [*prompt.messages, *messages[len(prompt.messages):]]


@model
class WriteRequest:
    """One letter to write with a model: the inputs, the frame to fill, the checker, and how to write."""

    profile: Any
    job: Any
    matched: Any
    settings: Settings
    frame: Letter
    checker: Checker
    gaps: str = "omit"
    language: str | None = None
    words: tuple[int, int] = (250, 400)
    keep_flagged: bool = False
    stream: bool = True
    on_token: Callable[[str], None] | None = None
    on_notice: Callable[[str], None] | None = None
    fallback: str = "offline"  # a letter the quality gate rejects: "offline" writes the offline one, "none" fails
    client: ChatClient | None = None  # shared between letters (a batch); None: one of its own, closed after


def write_letter(request: WriteRequest) -> LLMResult:
    """Fill the frame's paragraphs with a body written by the model in settings, checked and revised once."""
    settings = request.settings
    if settings.mode == "offline":
        raise LLMError("no model to write with: no API key, no base URL and not --local",
                       hint="set OPENAI_API_KEY, pass --base-url, or use --local")
    notice = _Notices(request.on_notice)
    server = None
    if settings.mode == "local":
        server = start_local(settings)
        if server.small:
            size = f"{server.n_params / 1e9:.2g}B parameters" if server.n_params else "a test model"
            notice(f"{server.model_path.name} is {'a test model' if server.test_model else 'a small model'} "
                   f"({size}): too small to write a usable letter (about 3B or more can); its draft goes "
                   "through the quality gate like any other")
        settings = server.settings_for(settings)
    try:
        return _write(request, settings, notice)
    finally:
        if server is not None:
            server.stop()


class _Notices(list):
    """Notices for the user, collected and passed on as they come."""

    def __init__(self, on_notice: Callable[[str], None] | None) -> None:
        super().__init__()
        self.on_notice = on_notice

    def __call__(self, text: str) -> None:
        self.append(text)
        if self.on_notice:
            self.on_notice(text)


def _write(req: WriteRequest, settings: Settings, notice: _Notices) -> LLMResult:
    lang = req.frame.language or req.language or "en"

    def rebuild(structured: bool) -> Prompt:
        return _prompt(req.profile, req.job, req.matched, settings, gaps=req.gaps, language=lang, words=req.words,
                       structured=structured)

    prompt = rebuild(True)
    if prompt.evidence_dropped:
        notice(f"the prompt budget ({settings.max_prompt_tokens} tokens) kept {prompt.evidence_kept} of "
               f"{prompt.evidence_kept + prompt.evidence_dropped} evidence items, dropping the least relevant")
    letter = copy.deepcopy(req.frame)
    client = req.client or ChatClient(settings)
    client.on_retry = notice
    try:
        run = _Run(client, prompt, settings, req.words, req.stream, req.on_token, notice, rebuild)
        report, revised = _draft_and_revise(run, req, letter, notice)
    finally:
        if req.client is None:
            client.close()
    claims = list(getattr(report, "claims", []) or [])
    removed, flagged, report = _settle_unsupported(req, letter, report, notice)
    verdict = judge(letter.paragraphs, claims, req.job, req.words)
    body_source = "model"
    if not verdict.usable:
        report = _reject(req, letter, verdict, notice, lang)
        body_source = "offline template"
    model = run.model or client.model
    usage = run.usage or None
    cost = estimate_cost(model, usage) if settings.is_openai else None
    letter.meta = replace(
        letter.meta, mode=settings.mode, model=model, structured=run.structured, revised=revised,
        evidence_kept=run.prompt.evidence_kept, evidence_dropped=run.prompt.evidence_dropped,
        removed_claims=removed, flagged_claims=flagged, gaps=req.gaps, body_source=body_source,
        evidence_used=letter.evidence_ids,
    )
    return LLMResult(letter, usage, cost, list(notice), revised, removed, flagged, report, run.structured, model,
                     run.prompt.evidence_kept, run.prompt.evidence_dropped, rejected=None if verdict.usable
                     else str(verdict), body_source=body_source)


def _reject(req: WriteRequest, letter: Letter, verdict: Verdict, notice: _Notices, lang: str) -> Checked:
    """A letter the gate rejected: the offline writer's body instead (said so), or one clear error."""
    if req.fallback == "none":
        raise LLMError(f"the model's letter was not usable: {verdict}",
                       hint="use a stronger model, or pass --fallback offline to get the offline writer's letter")
    notice(f"the model's letter was not usable ({verdict}); the body below comes from the offline template "
           "instead")
    letter.paragraphs = _fallback_body(req.profile, req.job, req.matched, gaps=req.gaps, language=lang,
                                       words=req.words)
    return req.checker(letter)


def _draft_and_revise(run: _Run, req: WriteRequest, letter: Letter, notice: _Notices) -> tuple[Checked, bool]:
    """The model's draft, checked; with unsupported claims, one revision that names them (kept when usable).

    A draft that uses nothing from the CV or repeats itself gets no revision: a revision only removes claims,
    and another pass of the same model will not mend it (the quality gate then rejects it).
    """
    applicant = getattr(getattr(req.profile, "basics", None), "name", None)
    reply = run.ask(list(run.prompt.messages), label="draft")
    paragraphs = parse_body(reply.text, structured=reply.structured, known_ids=run.prompt.evidence_ids,
                            applicant=applicant)
    if not paragraphs:
        notice("the model's reply held no usable paragraph")
    letter.paragraphs = paragraphs
    report = req.checker(letter)
    if not (report.unsupported and paragraphs):
        return report, False
    verdict = judge(paragraphs, list(getattr(report, "claims", []) or []), req.job, req.words)
    if any(reason.startswith(HOPELESS) for reason in verdict.reasons):
        return report, False
    claims = list(dict.fromkeys(_claim_label(c) for c in report.unsupported))
    notice(f"{len(claims)} unsupported claim{'s' if len(claims) != 1 else ''} in the draft, asking the model for "
           "one revision without:" + _listed(claims))
    history = [*run.prompt.messages, {"role": "assistant", "content": reply.text},
               revision_message(run.prompt, claims)]
    second = run.ask(history, label="revision")
    revised_paragraphs = parse_body(second.text, structured=second.structured, known_ids=run.prompt.evidence_ids,
                                    applicant=applicant)
    if revised_paragraphs:
        letter.paragraphs = revised_paragraphs
        report = req.checker(letter)
    else:
        notice("the revision held no usable paragraph; kept the first draft")
    return report, True


def _settle_unsupported(req: WriteRequest, letter: Letter, report: Checked, notice: _Notices
                        ) -> tuple[list[str], list[str], Checked]:
    """Sentences still unsupported after the revision: removed, or kept and listed (keep_flagged)."""
    removed: list[str] = []
    flagged: list[str] = []
    if not report.unsupported:
        return removed, flagged, report
    if req.keep_flagged:
        flagged = list(dict.fromkeys(_claim_sentence(c) for c in report.unsupported))
        notice(f"kept {len(flagged)} sentence{'s' if len(flagged) != 1 else ''} with unsupported claims "
               "(--keep-flagged):" + _listed(_claim_label(c) for c in report.unsupported))
        return removed, flagged, report
    removal = _remove(req, letter, report)
    report = req.checker(letter)
    if removal.removed:
        notice(f"removed {_count(removal.removed, 'sentence')} with unsupported claims:" + _listed(removal.removed))
    if removal.cut:
        notice(f"cut the unsupported part of {_count(removal.cut, 'sentence')}, keeping the rest:"
               + _listed(f"{part!r} from: {sentence}" for sentence, part, _ in removal.cut))
    if removal.dangling:
        notice(f"removed {_count(removal.dangling, 'sentence')} that pointed back at a removed one:"
               + _listed(removal.dangling))
    count = word_count("\n\n".join(p.text for p in letter.paragraphs))
    if removal.gone and count < req.words[0]:
        notice(f"after the removals the body is {count} words, below the band of {req.words[0]}-{req.words[1]}: "
               "the length check fails (an error with --strict)")
    return removal.gone, flagged, report


def _remove(req: WriteRequest, letter: Letter, report: Checked) -> Removal:
    """The unsupported claims taken out (the smallest part that carries each), the letter's body updated; a
    sentence whose cut left a claim the checker still flags goes whole."""
    removal = remove_claims(letter.paragraphs, report.unsupported)
    letter.paragraphs = removal.paragraphs
    if not removal.cut:
        return removal
    left = req.checker(letter).unsupported
    if left:
        again = remove_claims(letter.paragraphs, left, whole=True)
        letter.paragraphs = again.paragraphs
        gone = set(again.removed)
        removal.removed += [sentence for sentence, _, shorter in removal.cut if shorter in gone]
        removal.removed += [sentence for sentence in again.removed if sentence not in {c[2] for c in removal.cut}]
        removal.cut = [cut for cut in removal.cut if cut[2] not in gone]
        removal.dangling += again.dangling
    return removal


def _count(items: list[Any], noun: str) -> str:
    return f"{len(items)} {noun}{'s' if len(items) != 1 else ''}"


def _listed(items: Iterable[str]) -> str:
    """Items as an indented list, one a line, for a notice."""
    return "".join(f"\n  - {item}" for item in dict.fromkeys(items))


def _fallback_body(profile: Any, job: Any, matched: Any, *, gaps: str, language: str,
                   words: tuple[int, int]) -> list[Paragraph]:
    """The offline composer's body, for a model that left nothing supported."""
    offline = compose_letter(profile, job, matched, gaps=gaps, language=language, words=words)
    return [Paragraph(p.text, list(p.evidence)) for p in offline.paragraphs]
