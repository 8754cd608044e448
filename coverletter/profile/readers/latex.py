"""LaTeX CVs as Markdown-like text, without compiling: the classes' entry macros become entry headings.

moderncv ``\\cventry{dates}{title}{employer}{city}{grade}{text}`` (or ``{dates}{title}{unit}{employer}{City,
ST}{text}``, told by the place), awesome-cv ``\\cventry{title}{org}{place}
{date}{text}``, friggeri ``\\entry{dates}{title}{place}{text}``, resume.cls-style ``\\resumeSubheading{org}
{place}{title}{dates}``, ``\\section{..}`` and ``\\cvsection{..}`` headings, ``\\name{first}{last}`` and
friggeri's ``\\header{first}{last}{subtitle}``. Other markup is removed with pylatexenc.
"""

from __future__ import annotations

import re
from typing import Any

#: macro -> (number of brace arguments, how they become a line; {n} is argument n)
ENTRY_MACROS: dict[str, tuple[int, str]] = {
    "section": (1, "\n## {0}\n"),
    "cvsection": (1, "\n## {0}\n"),
    "resumeSubheading": (4, "\n### {0} | {2} | {3}\n"),
    "resumeSubHeading": (4, "\n### {0} | {2} | {3}\n"),
    "entry": (4, "\n### {1} | {2} | {0}\n{3}\n"),
    "name": (2, "\n{0} {1}\n"),
    "header": (3, "\n{0} {1}\n{2}\n"),
    "resumeItem": (1, "\n- {0}\n"),
    "cvitem": (2, "\n{0}: {1}\n"),
    "cvline": (2, "\n{0}: {1}\n"),
    "cvlistitem": (1, "\n- {0}\n"),
    "cvitemwithcomment": (3, "\n{0}: {1}\n"),
    "href": (2, "{1}"),
}
CVENTRY_MODERN = "\n### {1} | {2} | {0}\n{5}\n"
CVENTRY_AWESOME = "\n### {0} | {1} | {3}\n{4}\n"
#: moderncv used as {dates}{title}{unit}{employer}{City, ST}{text}: the employer comes before the unit
CVENTRY_UNIT = "\n### {1} | {3} | {2} | {0}\n{5}\n"
_CITY = re.compile(r"^[A-Z][\w .'-]+,\s*[A-Z]{2}$")


def _unit_then_employer(args: list[str]) -> bool:
    """True when a moderncv entry's fifth argument is the place ("Cambridge, MA") and its fourth, where the place
    usually goes, names something else: then the fourth is the employer and the third a unit of it."""
    place, fourth = " ".join(args[4].split()), " ".join(args[3].split())
    return bool(_CITY.match(place)) and bool(fourth) and not _CITY.match(fourth)


def _args(text: str, start: int, count: int) -> tuple[list[str], int] | None:
    """``count`` balanced brace arguments from ``start`` (optional [..] arguments skipped)."""
    args: list[str] = []
    pos = start
    while len(args) < count:
        while pos < len(text) and text[pos] in " \t\n*":
            pos += 1
        if pos < len(text) and text[pos] == "[":
            end = text.find("]", pos)
            if end < 0:
                return None
            pos = end + 1
            continue
        if pos >= len(text) or text[pos] != "{":
            return None
        depth, begin = 0, pos
        while pos < len(text):
            depth += {"{": 1, "}": -1}.get(text[pos], 0) if text[pos - 1] != "\\" else 0
            pos += 1
            if depth == 0:
                break
        args.append(text[begin + 1:pos - 1])
    return args, pos


def expand_macros(text: str, awesome: bool) -> str:
    """Entry macros replaced by Markdown-like lines, innermost text kept."""
    macros = dict(ENTRY_MACROS)
    macros["cventry"] = (6 if not awesome else 5, CVENTRY_AWESOME if awesome else CVENTRY_MODERN)
    pattern = re.compile(r"\\(" + "|".join(sorted(macros, key=len, reverse=True)) + r")(?![A-Za-z])")
    out, pos = [], 0
    for match in pattern.finditer(text):
        if match.start() < pos:
            continue
        count, form = macros[match.group(1)]
        found = _args(text, match.end(), count)
        if found is None:
            continue
        args, end = found
        if match.group(1) == "cventry" and not awesome and _unit_then_employer(args):
            form = CVENTRY_UNIT
        out.append(text[pos:match.start()])
        out.append(form.format(*[" ".join(a.split()) if "\n" not in form.split("{")[0] else a for a in args]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _personal_data(preamble: str) -> str:
    """Name and e-mail set in the preamble (moderncv's ``\\firstname``/``\\familyname``, ``\\name``, ``\\email``)."""
    first = re.search(r"\\firstname\{([^}]*)\}", preamble)
    family = re.search(r"\\familyname\{([^}]*)\}", preamble)
    both = re.search(r"\\name\{([^}]*)\}\{([^}]*)\}", preamble)
    name = " ".join(p for p in ((both.group(1), both.group(2)) if both else
                                (first.group(1) if first else "", family.group(1) if family else "")) if p.strip())
    email = re.search(r"\\email\{([^}]*)\}", preamble)
    return "\n".join(p for p in (name, email.group(1) if email else "") if p)


# font and box macros whose argument pylatexenc drops ("\\textup{\\texttt{pyrad}} (open-source pipeline)" lost its name)
_KEEP_ARGUMENT = ("textup", "textsf", "textmd", "mbox", "fbox")


def _text_macros() -> Any:
    """pylatexenc's macro table with the font and box macros that keep their text."""
    from pylatexenc.latex2text import MacroTextSpec, get_default_latex_context_db

    table = get_default_latex_context_db()
    table.add_context_category("cv-text", prepend=True,
                               macros=[MacroTextSpec(name, simplify_repl="%(1)s") for name in _KEEP_ARGUMENT])
    return table


def latex_to_markdown(source: str) -> str:
    """The document body as Markdown-like text: headings, entry headings, lines, no markup."""
    from pylatexenc.latex2text import LatexNodes2Text

    text = re.sub(r"(?<!\\)%.*", "", source)
    awesome = "awesome-cv" in text
    body = re.search(r"\\begin\{document\}(.*?)(\\end\{document\}|$)", text, re.S)
    head = text[:body.start()] if body else ""
    text = body.group(1) if body else text
    text = _personal_data(head) + "\n" + text
    text = re.sub(r"^([^\n]*\\hfill[^\n]*)$", r"\n### \1", text, flags=re.M)
    text = re.sub(r"\\(multirow|fontsize)\{[^}]*\}\{[^}]*\}", " ", text)
    text = re.sub(r"\\\\(\[[^\]]*\])?", "\n", text)
    text = re.sub(r"\\item\b", "\n- ", text)
    text = re.sub(r"\\(hfill|quad|qquad)\b", " | ", text)
    text = re.sub(r"\\texttt\{([^}]*)\}", r"\1", text)
    text = re.sub(r"\\(includegraphics|vspace|hspace|smartdiagram)\*?(\[[^\]]*\])?(\{[^}]*\})?", " ", text)
    text = expand_macros(text, awesome)
    converter = LatexNodes2Text(latex_context=_text_macros(), math_mode="verbatim", strict_latex_spaces=False)
    lines = []
    for line in text.splitlines():
        try:
            plain = converter.latex_to_text(line)
        except Exception:
            plain = re.sub(r"\\[A-Za-z]+|[{}]", " ", line)
        lines.append(" ".join(plain.split()) if not plain.lstrip().startswith("#") else plain.strip())
    return "\n".join(lines)
