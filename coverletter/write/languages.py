"""Which language a letter is written in, and a plain word when its body is not in that language.

A letter template declares the language of its own words in its first comment (``language: de``); the
built-in templates print only the offline writer's draft and declare ``language: any``: they follow the
letter's language, which is ``--language``, else the posting's. The frame (salutation, subject, date,
closing) always speaks the letter's language; the body speaks whatever the writer wrote, and when that is
English under a German frame (the offline writer speaks English only so far) ``body_notice`` says so in one
line. A writer that learns a language needs no change here: the notice goes away by itself, since it is
read off the body.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import TemplateError
from ..job.language import detect_language
from ..style.letter_locale import language_name, resolve_language
from ..templating.environment import display_path
from ..templating.lookup import ANY_LANGUAGE, template_language

_MIN_WORDS = 25  # fewer words than this are too few to tell a body's language


def letter_language(path: Path, settings: dict[str, str], requested: str | None,
                    posting: str | None = None) -> str:
    """The language of the letter: for a template that follows the letter (``language: any``), the one asked
    for, else the posting's; for a template written in one language, that language. Asking for another
    language than such a template is written in is a TemplateError naming both."""
    written = template_language(settings)
    if written == ANY_LANGUAGE:
        return resolve_language(requested or posting)
    written = resolve_language(written)
    asked = resolve_language(requested) if requested else None
    if asked and asked != written:
        raise TemplateError(
            f"the letter template is written in {written!r} ({language_name(written)}), not {asked!r} "
            f"({language_name(asked)}) as --language asks",
            path=display_path(path),
            hint=f"give a template written in {language_name(asked)} (language: {asked} in its first comment) "
                 "with --template, a template with language: any, or leave out --language")
    return written


def body_language(body: str, letter_language: str) -> str:
    """The language the body is written in (py3langid), the letter's own for a body too short to tell."""
    if len(body.split()) < _MIN_WORDS:
        return resolve_language(letter_language)
    return detect_language(body)


def body_notice(letter_language: str, body: str) -> str | None:
    """One line when the body is in another language than the letter's frame, else None."""
    frame = resolve_language(letter_language)
    found = body_language(body, frame)
    if found == frame:
        return None
    return (f"the letter's body is in {language_name(found)}: the offline writer does not write "
            f"{language_name(frame)} yet, so only the salutation, subject, date and closing are in "
            f"{language_name(frame)} (a model writes the whole letter in it: see --model)")
