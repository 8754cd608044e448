"""What a language's table gives the realiser: sentence frames by slot, and the few rules that place a name.

Every frame is built so that a name (an employer, a job title, a school, a skill) stands where the language
needs no inflection of it: after a preposition that takes the name as it is ("bei", "chez", "presso", "bij"),
after "als"/"en tant que"/"como"/"come", or inside a parenthesis. Where a language needs an article before a kind
of institution ("an der Universität ...", "am National Institute ...", "à l'Université ...", "presso l'Università
..."), ``Phrases.at`` gives it from the kind's word (the first word where the article elides into it); other names
take the plain preposition. A CV line stands in a letter as written: as a sentence when it is a first-person
sentence in the letter's language, else between the language's quotation marks (``Phrases.quote``). Lists and
months come from Babel (``babel.lists.format_list``, ``babel.dates.format_skeleton``), never from rules of our
own.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

MARK, MARK_END = "\x02", "\x03"  # around each name while a frame is filled: rules see where a name starts


def mark(value: str) -> str:
    """A value as it goes into a frame: between marks, so a language's rules never change a name's own words."""
    return f"{MARK}{value}{MARK_END}" if value else ""


def unmark(text: str) -> str:
    return text.replace(MARK, "").replace(MARK_END, "")


@dataclass(frozen=True)
class Phrases:
    """The words of one language's letters.

    ``slots`` maps a slot to its frames (one is chosen per posting); frames use ``{job}`` (the post applied
    for, with its article), ``{at_employer}`` and ``{at_org}`` (a name after its preposition), ``{position}``,
    ``{years}``, ``{skills}``, ``{tools}``, ``{orgs}``, ``{since}``, ``{area}``, ``{details}``, ``{finish}``,
    ``{degree}``, ``{topic}`` and ``{line}``.
    """

    code: str
    job: str  # {title}
    job_untitled: str
    at_default: str  # {org}
    at_rules: tuple[tuple[str, str], ...]  # (first words, frame with {org}); the first that matches wins
    at_unknown: str  # the employer when the posting names none
    freelance: str  # where a freelancer worked: 'als Web Developer freiberuflich tätig', not 'bei Freelance'
    years_current: str  # {start}
    years_past: str  # {start} {end}
    years_one: str  # {start}
    finish: str  # {month}
    slots: dict[str, list[str]] = field(default_factory=dict)
    fix: Callable[[str], str] = lambda text: text  # the language's contractions and elisions
    quotes: tuple[str, str] = ("“", "”")  # the language's quotation marks, around a CV line quoted as written
    first_person: str = r"^$"  # how a CV line in the language opens when it is a first-person sentence
    school: str = ""  # where one studies a name no rule places ('à EPITA', not 'chez EPITA'); else ``at``
    school_always: bool = False  # the school frame for every name ('aan de Universiteit Leiden')
    head_anywhere: bool = False  # a name's kind may stand after its first word ('McGill University' takes
    # "an der" in German) even for an article that elides ("à l'" only before the kind's own word)

    def at(self, org: str | None) -> str:
        """'bei Siemens', 'an der Technischen Universität München', 'à l'Université de Lyon', 'am National
        Institute of Informatics'."""
        if not org:
            return self.at_unknown
        from ..draft import _FREELANCE

        if _FREELANCE.search(org):  # a CV's 'Freelance' or 'Self-employed' in the employer's place is no employer
            return self.freelance
        if org.split()[0] in ("The", "the"):  # a name with its own article takes none of the language's ('an der
            return self.at_default.format(org=mark(org))  # The Open University', fluent reading lang2)
        words = [w.casefold().strip(",.()") for w in org.split()]
        for place, word in enumerate(words):
            for kinds, frame in self.at_rules:
                if place and not self.head_anywhere and "'" in frame:
                    continue  # "à l'", "presso l'" elide into the name's first word only
                names = kinds.split("|")  # a word, or '-word' for a compound ending in it ('Martin-Luther-Universität')
                if word in names or any(k.startswith("-") and word.endswith(k[1:]) for k in names):
                    return frame.format(org=mark(org))
        return self.at_default.format(org=mark(org))

    def at_school(self, name: str) -> str:
        """Where a degree is studied: 'an der Universität Heidelberg', 'aan de Universiteit Leiden'."""
        placed = self.at(name)
        if self.school and name and (self.school_always or placed == self.at_default.format(org=mark(name))):
            return self.school.format(org=mark(name))
        return placed

    def quote(self, line: str, most: int = 26) -> str:
        """A CV line as a quotation in the language's marks; a long one cut after a clause, with an ellipsis."""
        from ...text.sentences import sentences

        text = re.sub(r"^[-*•·▪◦–—]\s*", "", " ".join(line.split()).strip())
        text = (sentences(text) or [text])[0].strip().rstrip(".;,")  # its first sentence: a quotation in one piece
        text = re.sub(r"\s*\((?:cf\.|see|voir|siehe|vgl\.|ver|vedi|zie)\s[^)]*\)", "", text, flags=re.I)  # 'see above'
        words = text.split()
        if len(words) > most:
            cut = " ".join(words[:most])
            head = re.match(r"^(.{40,}?)[,;:]\s", cut)
            text = (head.group(1) if head else cut).rstrip(" ,;:") + " …"
        return f"{self.quotes[0]}{text}{self.quotes[1]}"

    def says_itself(self, line: str) -> bool:
        """Whether a CV line in the language is a first-person sentence the letter can say as it stands."""
        return bool(re.match(self.first_person, line.strip(), re.I)) and len(line.split()) >= 4

    def years(self, start: str, end: str, current: bool) -> str:
        """'seit 2019', 'von 2016 bis 2019', 'im Jahr 2018', or '' without dates."""
        if not start:
            return self.years_one.format(start=end) if end and not current else ""
        if current:
            return self.years_current.format(start=start)
        if end and end != start:
            return self.years_past.format(start=start, end=end)
        return self.years_one.format(start=start)

    def span(self, place: object) -> str:
        """'seit 2021', '2016–2019', '2020' (for a parenthesis)."""
        start, end, current = place.start, place.end, place.current  # type: ignore[attr-defined]
        if current and start:
            return self.years_current.format(start=start)
        if start and end and start != end:
            return f"{start}–{end}"
        return start or end

    def job_phrase(self, title: str | None, *, short: bool = False) -> str:
        """'die Stelle als Data Engineer', or the post without a title; ``short``: the title without its tags
        and what follows a dash or a parenthesis, for a second mention."""
        from ...style.letter_locale import bare_title

        title = bare_title(title)
        if title and short:
            title = short_title(title)
        if title and len(title.split()) > 8:  # a sentence of the posting ('Wir suchen ab sofort eine*n ...'),
            return self.job_untitled  # not a title: the post without one, as the English letter says 'this position'
        return self.job.format(title=mark(title)) if title else self.job_untitled


def short_title(title: str) -> str:
    """'Chef de Projet Ascenseurs - Grands Projets / Grands Comptes H/F' -> 'Chef de Projet Ascenseurs';
    'Wissenschaftliche Mitarbeiterin (m/w/d) Politikwissenschaft' -> 'Wissenschaftliche Mitarbeiterin
    Politikwissenschaft' (parentheses and gender tags go, the field stays)."""
    text = re.sub(r"\s*\([^)]*\)", " ", title)
    text = re.sub(r"\b(?:H/F|F/H|m/w/d|w/m/d|f/m/d|m/f/d|M/F|all gender)\b", " ", text, flags=re.I)
    head = re.split(r"\s[-–—|/]\s|,\s", " ".join(text.split()))[0]
    return head.strip(" -–—|/,") or title


def items(values: list[str], language: str) -> str:
    """'Python, SQL und Docker' as the language lists them (Babel)."""
    from babel.lists import format_list

    return format_list(list(values), locale=language) if values else ""


def month(day: datetime.date, language: str) -> str:
    """'Mai 2027', 'mayo de 2027' (Babel); a date that is the end of a year gives the year alone."""
    from babel.dates import format_skeleton

    if day.month == 12 and day.day == 31:
        return str(day.year)
    return format_skeleton("yMMMM", day, locale=language)


def tidy(sentence: str, language: str = "") -> str:
    """One sentence with its spaces and punctuation put right, and a capital at its start."""
    text = re.sub(r"\s+", " ", sentence)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s+([,.;:)])", r"\1", text)  # French too: a space before ':' reads as a gap to the checker
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"([.;])\1+", r"\1", text).strip()
    return text[:1].upper() + text[1:] if text else text
