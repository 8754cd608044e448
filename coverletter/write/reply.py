"""What a model's reply must look like, and reading it as it streams: the JSON schema of the body, the
token limit for a reply, and the text of a streamed JSON reply as it arrives.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from ..settings import Settings

if TYPE_CHECKING:
    pass


# Tokens a reply needs: an English letter in JSON is about 1.8 tokens a word (a 386-word reply was 690
# tokens); other languages cut into more tokens. Headroom on top so a letter at the top of its band is never cut.
TOKENS_PER_WORD = 1.8
LANGUAGE_FACTOR = {"en": 1.0}
OTHER_LANGUAGES = 1.35
HEADROOM = 1.45
REPLY_OVERHEAD = 160  # JSON keys, evidence ids


MIN_PARAGRAPHS, MAX_PARAGRAPHS = 1, 6


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


def reply_tokens(settings: Settings, words: tuple[int, int], language: str = "en") -> int:
    """The max_tokens of a reply: the setting, else enough for the top of the word band in JSON, in the
    letter's language, with headroom (about 1200 for 400 English words)."""
    if settings.max_tokens:
        return settings.max_tokens
    factor = LANGUAGE_FACTOR.get(language, OTHER_LANGUAGES)
    return math.ceil(words[1] * TOKENS_PER_WORD * factor * HEADROOM) + REPLY_OVERHEAD


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
