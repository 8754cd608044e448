"""Reading a model's reply into paragraphs: JSON or plain text, repaired and salvaged; evidence ids kept;
salutations, closings, headings, placeholders and echoes of the prompt dropped; sentences with
unsupported claims removed.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from ..letter import Paragraph
from ..style import find_placeholders
from ..text import without_controls

if TYPE_CHECKING:
    pass


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
        except (ValueError, RecursionError):  # not JSON, a number too long, or nested too deeply
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
        body, cited = _ids_in(without_controls(body), known)  # no ESC or BEL from a model into a letter
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


def _claim_sentence(claim: Any) -> str:
    return str(getattr(claim, "sentence", "") or getattr(claim, "text", ""))


def _claim_label(claim: Any) -> str:
    sentence = _claim_sentence(claim)
    text = str(getattr(claim, "text", ""))
    return f"{text!r} in: {sentence}" if sentence and text and text != sentence else sentence or text
