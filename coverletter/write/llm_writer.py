"""Write a letter's body with a model: prompt -> model -> parse -> check -> one revision -> leftovers.

The model writes only the body paragraphs, each with the evidence ids it uses; the frame (sender, date,
recipient, salutation, closing, signature) comes from code. The body is checked against the profile;
unsupported claims get one revision request that names them, and whatever is still unsupported is
removed (or, with ``keep_flagged``, kept and listed). Nothing here prints: streamed text goes to
``on_token`` and notices ("the server rejected structured output ...") to ``on_notice``.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import LLMError
from ..letter import Letter, Paragraph
from ..settings import Settings
from ..style import find_placeholders
from ..text import sentence_key as _norm
from ..text import sentences as split_sentences

if TYPE_CHECKING:
    from ..check.report import CheckReport
    from .client import ChatClient, Completion
    from .prompt import Prompt

TOKENS_PER_WORD = 1.6  # generous: JSON quoting and other languages need more than English prose
REPLY_OVERHEAD = 160  # JSON keys, evidence ids
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 1, 6


@dataclass
class LLMResult:
    """A letter written by a model, with what it cost and what the checks changed."""

    letter: Letter
    usage: dict | None
    cost_usd: float | None
    notices: list[str]
    revised: bool
    removed_claims: list[str]
    flagged_claims: list[str]
    report: CheckReport | None = None
    structured: bool = True
    model: str | None = None
    evidence_kept: int = 0
    evidence_dropped: int = 0


@dataclass
class DryRun:
    """The messages that would be sent, and their estimated size; nothing is sent."""

    messages: list[dict]
    token_count: int
    evidence_kept: int
    evidence_dropped: int
    model: str | None = None
    base_url: str | None = None
    schema: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------- schema


def body_schema(evidence_ids: list[str], words: tuple[int, int], *, limit_length: bool = True) -> dict[str, Any]:
    """The JSON schema of the reply: paragraphs, each with its text and the evidence ids it uses.

    ``limit_length`` caps each paragraph's characters (llama.cpp turns that into a grammar, which stops a
    small model from repeating itself forever); OpenAI's strict mode is sent the schema without it.
    """
    text: dict[str, Any] = {"type": "string"}
    if limit_length:
        text["maxLength"] = max(400, int(words[1] * 7 / 2))
    ids: dict[str, Any] = {"type": "string"}
    if evidence_ids:
        ids["enum"] = list(evidence_ids)
    evidence: dict[str, Any] = {"type": "array", "items": ids}
    if limit_length:
        evidence["maxItems"] = 6
    paragraphs: dict[str, Any] = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"text": text, "evidence": evidence},
            "required": ["text", "evidence"],
            "additionalProperties": False,
        },
    }
    if limit_length:
        paragraphs.update(minItems=MIN_PARAGRAPHS, maxItems=MAX_PARAGRAPHS)
    return {
        "type": "object",
        "properties": {"paragraphs": paragraphs},
        "required": ["paragraphs"],
        "additionalProperties": False,
    }


def reply_tokens(settings: Settings, words: tuple[int, int]) -> int:
    """The max_tokens of a reply: the setting, else enough for the top of the word band in JSON."""
    return settings.max_tokens or int(words[1] * TOKENS_PER_WORD) + REPLY_OVERHEAD


# ------------------------------------------------------------------------------------------- streaming


class JsonTextStream:
    """Feed it pieces of a JSON reply; it returns the characters of each "text" value as they arrive.

    So a terminal shows the letter being written, not JSON. Paragraphs are separated by a blank line.
    """

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.in_string = False
        self.escape = ""
        self.is_text_value = False
        self.key = ""
        self.last_key = ""
        self.after_colon = False
        self.texts = 0

    def feed(self, piece: str) -> str:
        out: list[str] = []
        for char in piece:
            if self.in_string:
                self._string_char(char, out)
            elif char == '"':
                self.in_string = True
                self.key = ""
                in_object = bool(self.stack) and self.stack[-1] == "{"
                is_value = self.after_colon or not in_object
                self.is_text_value = is_value and self.last_key == "text" and in_object
                if self.is_text_value:
                    if self.texts:
                        out.append("\n\n")
                    self.texts += 1
            elif char in "{[":
                self.stack.append(char)
                self.after_colon = False
            elif char in "}]":
                if self.stack:
                    self.stack.pop()
                self.after_colon = False
            elif char == ":":
                self.after_colon = True
            elif char == ",":
                self.after_colon = False
        return "".join(out)

    def _string_char(self, char: str, out: list[str]) -> None:
        if self.escape:
            self.escape += char
            if self.escape[1] == "u" and len(self.escape) < 6:
                return
            decoded = _unescape(self.escape)
            self.escape = ""
            self._emit(decoded, out)
            return
        if char == "\\":
            self.escape = char
            return
        if char == '"':
            self.in_string = False
            if not self.is_text_value and not self.after_colon:
                self.last_key = self.key
            self.is_text_value = False
            return
        self._emit(char, out)

    def _emit(self, text: str, out: list[str]) -> None:
        if self.is_text_value:
            out.append(text)
        elif not self.after_colon:
            self.key += text


def _unescape(sequence: str) -> str:
    try:
        return json.loads(f'"{sequence}"')
    except ValueError:
        return ""


# --------------------------------------------------------------------------------------------- parsing

_FENCE = re.compile(r"^\s*```[\w-]*\s*\n?|\n?\s*```\s*$")
_SALUTATION = re.compile(
    r"^\s*(?:[#*_>]\s*)*(?:dear|hello|hi|to whom|greetings|sehr geehrte|liebe|madame|monsieur|estimad[oa]s?)\b",
    re.IGNORECASE)
_CLOSING = re.compile(
    r"^\s*(?:[*_]\s*)*(?:sincerely|best|kind regards|warm regards|best regards|regards|yours|respectfully|"
    r"thank you,?$|thanks,?$|mit freundlichen|viele grüße|beste grüße|cordialement|bien à vous|atentamente|"
    r"saludos|un saludo)\b", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|subject\s*:|re\s*:|betreff\s*:|objet\s*:|asunto\s*:|cover letter\s*$)",
                      re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[^\]\n]{1,60}\]|\{\{.*?\}\}|<[A-Z][\w ]+>")  # id groups are gone by then
_ID_GROUP = re.compile(r"\s*[\[(]((?:[a-z][\w]*(?:\[\d+\])?(?:\.[a-zA-Z]\w*(?:\[\d+\])?)*\s*,?\s*)+)[\])]")
_ID = re.compile(r"[a-z]\w*(?:\[\d+\])?(?:\.[a-zA-Z]\w*(?:\[\d+\])?)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+")
# Words that only the prompt uses: a sentence with one of them is the model echoing its instructions.
_ECHO = re.compile(r"posting-[0-9a-f]{6,}|JOB POST|EVIDENCE|COVERAGE|(?i:untrusted data)|\bR\d{1,3}\b(?:,|\.| and)|"
                   r"(?i:\bevidence (?:ids?|items?|list)\b)|\b[a-z]+\[\d+\]")


def _items_of(data: Any) -> list[Any]:
    if isinstance(data, dict):
        for key in ("paragraphs", "body", "letter"):
            if key in data:
                return _items_of(data[key])
        if "text" in data:
            return [data]
        return []
    if isinstance(data, list):
        return data
    if isinstance(data, str):
        return [data]
    return []


def _repair_json(text: str) -> Any:
    """JSON from a reply, closing what a length limit cut off; None when it cannot be read."""
    text = _FENCE.sub("", text.strip()).strip()
    start = text.find("{")
    if start < 0:
        return None
    text = text[start:]
    for suffix in ("", '"}]}', '"]}]}', "]}]}", "}]}", "]}", "}", '"}', '"]}'):
        try:
            return json.loads(text + suffix)
        except ValueError:
            continue
    texts = _salvage_texts(text)
    return {"paragraphs": [{"text": t} for t in texts]} if texts else None


_TEXT_FIELD = re.compile(r'"text"\s*:\s*"((?:[^"\\]|\\.)*)("?)')


def _salvage_texts(text: str) -> list[str]:
    """The "text" strings of a JSON reply too broken to parse (the last one may be cut off midway)."""
    found = []
    for match in _TEXT_FIELD.finditer(text):
        body = match.group(1).rstrip("\\")
        try:
            found.append(json.loads(f'"{body}"'))
        except ValueError:
            continue
    return [t for t in found if t.strip()]


def _complete_sentences(text: str) -> str:
    """Text cut back to its last full sentence ('' when it has none): for a reply cut off midway."""
    text = text.strip()
    if not text or text[-1] in ".!?”\"')":
        return text
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’)]*(?=\s|$)", text)]
    return text[: ends[-1]] if ends else ""


def _ids_in(text: str, known: set[str]) -> tuple[str, list[str]]:
    """Text without bracketed evidence-id groups, and the known ids they named."""
    found: list[str] = []

    def take(match: re.Match[str]) -> str:
        ids = _ID.findall(match.group(1))
        if ids and all(i in known for i in ids):
            found.extend(ids)
            return ""
        return match.group(0)

    cleaned = _ID_GROUP.sub(take, text)
    return cleaned, found


def clean_text(text: str, applicant: str | None = None) -> str:
    """A paragraph without salutation, closing, signature, headings, placeholders or Markdown debris."""
    lines = []
    for line in str(text).replace("\r", "").split("\n"):
        stripped = line.strip()
        if not stripped:
            lines.append("")
            continue
        if _SALUTATION.match(stripped) and len(stripped) < 80 and stripped.endswith((",", ":", "!")):
            continue
        if _CLOSING.match(stripped) and len(stripped) < 40:
            continue
        if _HEADING.match(stripped):
            continue
        if applicant and stripped.strip("*_ ,.").casefold() == applicant.casefold():
            continue
        lines.append(stripped)
    text = " ".join(" ".join(lines).split())
    text = re.sub(r"\*\*|__", "", text)

    sentences = [s for s in _SENTENCE_END.split(text)
                 if s and not _PLACEHOLDER.search(s) and not _ECHO.search(s) and not find_placeholders(s)]
    return " ".join(sentences).strip()


def parse_body(
    text: str, *, structured: bool, known_ids: list[str], applicant: str | None = None
) -> list[Paragraph]:
    """The paragraphs of a reply (JSON or plain text), cleaned, each with the known ids it cited."""
    known = set(known_ids)
    raw: list[tuple[str, list[str]]] = []
    data = _repair_json(text) if structured or text.lstrip().startswith(("{", "```")) else None
    if data is not None:
        items = _items_of(data)
        for index, item in enumerate(items):
            if isinstance(item, dict):
                body = str(item.get("text") or "")
                ids = item.get("evidence") or []
                ids = [str(i) for i in ids] if isinstance(ids, list) else [str(ids)]
            else:
                body, ids = str(item), []
            # a paragraph cut by the token limit or by the schema's maxLength ends mid-sentence
            body = _complete_sentences(body) or (body if index < len(items) - 1 else "")
            raw.append((body, ids))
    elif text.lstrip().startswith(("{", "[")):
        pass  # JSON that could not be read at all: never let its markup into a letter
    else:
        plain_text = _FENCE.sub("", text.strip())
        for block in re.split(r"\n\s*\n", plain_text):
            raw.append((block, []))
    paragraphs: list[Paragraph] = []
    seen: set[str] = set()
    for body, ids in raw:
        body, cited = _ids_in(body, known)
        cleaned = _unrepeated(clean_text(body, applicant), seen)
        if not cleaned:
            continue
        evidence = list(dict.fromkeys(i for i in [*ids, *cited] if i in known))
        paragraphs.append(Paragraph(cleaned, evidence))
    return paragraphs


def _unrepeated(text: str, seen: set[str]) -> str:
    """Text without sentences already said (in it or in earlier paragraphs); small models loop."""
    kept = []
    for sentence in _SENTENCE_END.split(text):
        key = " ".join(re.sub(r"[^\w\s]", "", sentence).casefold().split())
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append(sentence)
    return " ".join(kept).strip()


# -------------------------------------------------------------------------------------------- claims


def remove_sentences(paragraphs: list[Paragraph], sentences: list[str]) -> tuple[list[Paragraph], list[str]]:
    """Paragraphs without the given sentences (matched ignoring case and spacing); empty ones dropped."""
    targets = [_norm(s) for s in sentences if s and s.strip()]
    removed: list[str] = []
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        parts = split_sentences(paragraph.text)
        kept = []
        for sentence in parts:
            key = _norm(sentence)
            if any(t and (t == key or t in key or key in t) for t in targets):
                removed.append(sentence)
            else:
                kept.append(sentence)
        if kept:
            text = " ".join(kept) if len(kept) != len(parts) else paragraph.text
            out.append(Paragraph(text, list(paragraph.evidence)))
    return out, removed


def _claim_sentence(claim: Any) -> str:
    return str(getattr(claim, "sentence", "") or getattr(claim, "text", ""))


def _claim_label(claim: Any) -> str:
    sentence = _claim_sentence(claim)
    text = str(getattr(claim, "text", ""))
    return f"{text!r} in: {sentence}" if sentence and text and text != sentence else sentence or text


# ------------------------------------------------------------------------------------------ the writer


def _prompt(profile: Any, job: Any, matched: Any, settings: Settings, *, gaps: str, language: str,
            words: tuple[int, int], structured: bool) -> Prompt:
    from .prompt import build_prompt

    return build_prompt(profile, job, matched, gaps=gaps, language=language, words=words, structured=structured,
                        budget=settings.max_prompt_tokens)


def dry_run(profile: Any, job: Any, matched: Any, settings: Settings, *, gaps: str = "omit",
            language: str | None = None, words: tuple[int, int] = (250, 400)) -> DryRun:
    """The messages that would be sent and their estimated token count; calls nothing."""
    from .prompt import resolve_language

    lang = resolve_language(language, job)
    prompt = _prompt(profile, job, matched, settings, gaps=gaps, language=lang, words=words, structured=True)
    model = settings.effective_model or ("local" if settings.mode == "local" else None)
    return DryRun(prompt.messages, prompt.token_count, prompt.evidence_kept, prompt.evidence_dropped, model,
                  None if settings.mode == "local" else settings.base_url,
                  body_schema(prompt.evidence_ids, words, limit_length=not settings.is_openai))


@dataclass
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

    def ask(self, messages: list[dict[str, str]]) -> Completion:
        from .client import StructuredOutputRejected

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
                    shown = extractor.feed(piece)
                    if shown:
                        sink(shown)
            else:
                on_text = sink
        reply = self.client.complete(messages, schema=schema, stream=self.stream, on_text=on_text,
                                     max_tokens=reply_tokens(self.settings, self.words))
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


def write_letter(
    profile: Any,
    job: Any,
    matched: Any,
    settings: Settings,
    *,
    frame: Letter,
    gaps: str = "omit",
    language: str | None = None,
    words: tuple[int, int] = (250, 400),
    keep_flagged: bool = False,
    stream: bool = True,
    on_token: Callable[[str], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> LLMResult:
    """Fill frame's paragraphs with a body written by the model in settings, checked and revised once."""
    if settings.mode == "offline":
        raise LLMError("no model to write with: no API key, no base URL and not --local",
                       hint="set OPENAI_API_KEY, pass --base-url, or use --local")
    server = None
    if settings.mode == "local":
        from .local import start_local

        server = start_local(settings)
        settings = server.settings_for(settings)
    try:
        return _write(profile, job, matched, settings, frame=frame, gaps=gaps, language=language, words=words,
                      keep_flagged=keep_flagged, stream=stream, on_token=on_token, on_notice=on_notice)
    finally:
        if server is not None:
            server.stop()


def _write(profile: Any, job: Any, matched: Any, settings: Settings, *, frame: Letter, gaps: str,
           language: str | None, words: tuple[int, int], keep_flagged: bool, stream: bool,
           on_token: Callable[[str], None] | None, on_notice: Callable[[str], None] | None) -> LLMResult:
    from ..check.report import check_letter
    from .client import ChatClient
    from .pricing import estimate_cost

    notices: list[str] = []

    def notice(text: str) -> None:
        notices.append(text)
        if on_notice:
            on_notice(text)

    lang = frame.language or language or "en"

    def rebuild(structured: bool) -> Prompt:
        return _prompt(profile, job, matched, settings, gaps=gaps, language=lang, words=words,
                       structured=structured)

    prompt = rebuild(True)
    if prompt.evidence_dropped:
        notice(f"the prompt budget ({settings.max_prompt_tokens} tokens) kept {prompt.evidence_kept} of "
               f"{prompt.evidence_kept + prompt.evidence_dropped} evidence items, dropping the least relevant")
    applicant = getattr(getattr(profile, "basics", None), "name", None)
    letter = copy.deepcopy(frame)
    with ChatClient(settings) as client:
        run = _Run(client, prompt, settings, words, stream, on_token, notice, rebuild)
        reply = run.ask(list(prompt.messages))
        paragraphs = parse_body(reply.text, structured=reply.structured, known_ids=run.prompt.evidence_ids,
                                applicant=applicant)
        if not paragraphs:
            notice("the model's reply held no usable paragraph")
        letter.paragraphs = paragraphs
        report = check_letter(letter, profile, job, words=words)
        revised = False
        if report.unsupported and paragraphs:
            claims = list(dict.fromkeys(_claim_label(c) for c in report.unsupported))
            notice(f"{len(claims)} unsupported claim{'s' if len(claims) != 1 else ''}; asking the model "
                   "for one revision")
            from .prompt import revision_message

            history = [*run.prompt.messages, {"role": "assistant", "content": reply.text},
                       revision_message(run.prompt, claims)]
            second = run.ask(history)
            revised_paragraphs = parse_body(second.text, structured=second.structured,
                                            known_ids=run.prompt.evidence_ids, applicant=applicant)
            revised = True
            if revised_paragraphs:
                letter.paragraphs = revised_paragraphs
                report = check_letter(letter, profile, job, words=words)
            else:
                notice("the revision held no usable paragraph; kept the first draft")
    removed: list[str] = []
    flagged: list[str] = []
    if report.unsupported:
        if keep_flagged:
            flagged = list(dict.fromkeys(_claim_sentence(c) for c in report.unsupported))
            notice(f"kept {len(flagged)} sentence{'s' if len(flagged) != 1 else ''} with unsupported claims "
                   "(--keep-flagged)")
        else:
            letter.paragraphs, removed = remove_sentences(letter.paragraphs,
                                                          [_claim_sentence(c) for c in report.unsupported])
            if removed:
                notice(f"removed {len(removed)} sentence{'s' if len(removed) != 1 else ''} with unsupported "
                       "claims")
            report = check_letter(letter, profile, job, words=words)
    body_source = "model"
    if not letter.paragraphs:
        body_source = "offline template"
        letter.paragraphs = _fallback_body(profile, job, matched, gaps=gaps, language=lang, words=words)
        notice("no supported paragraph was left from the model; the body comes from the offline template")
        report = check_letter(letter, profile, job, words=words)
    model = run.model or client.model
    usage = run.usage or None
    cost = estimate_cost(model, usage) if settings.is_openai else None
    letter.meta.update({
        "mode": settings.mode, "model": model, "structured": run.structured, "revised": revised,
        "evidence_kept": run.prompt.evidence_kept, "evidence_dropped": run.prompt.evidence_dropped,
        "removed_claims": removed, "flagged_claims": flagged, "gaps": gaps, "body_source": body_source,
    })
    return LLMResult(letter, usage, cost, notices, revised, removed, flagged, report, run.structured, model,
                     run.prompt.evidence_kept, run.prompt.evidence_dropped)


def _fallback_body(profile: Any, job: Any, matched: Any, *, gaps: str, language: str,
                   words: tuple[int, int]) -> list[Paragraph]:
    """The offline composer's body, for a model that left nothing supported."""
    from .composer import compose_letter

    offline = compose_letter(profile, job, matched, gaps=gaps, language=language)
    return [Paragraph(p.text, list(p.evidence)) for p in offline.paragraphs]
