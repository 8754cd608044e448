"""What a letter can say about the applicant: each CV line that can be turned into a first-person clause,
with the entry it belongs to (employer, role, years), so the writer can group and introduce it.

A line that cannot be said as a sentence (a noun phrase, a list of tools, a heading) gives no piece: it is
never pasted into a letter.
"""

from __future__ import annotations

import datetime
import re

from ..datamodel import model
from ..profile.evidence import Evidence, iter_evidence
from ..profile.model import Profile
from ..text import plain
from ..text.sentences import sentences as split_sentences
from .english import _degree_rank, first_person, the_org
from .realise import a_an, clause_of
from .view_builders import evidence_view
from .views import EvidenceView

# Kinds of piece, in the order a letter prefers them for a point.
DEED, PROJECT, PUBLICATION, AWARD, DEGREE, STATEMENT, CERTIFICATE, ROLE = (
    "deed", "project", "publication", "award", "degree", "statement", "certificate", "role")

_MAINTAINER = re.compile(r"\b(maintainer|creator|author|founder|lead developer)\b", re.I)
_DEGREE_LIKE = re.compile(r"\b(ph\.?d|doctor|doctorate|dphil|master|m\.?sc|m\.?s|m\.?a|mba|m\.?eng|mphil|bachelor|"
                          r"b\.?sc|b\.?s|b\.?a|b\.?eng|licen[cs]e|diplom|associate|degree|juris|md|llb|llm)\b", re.I)


@model(frozen=True)
class Piece:
    """One thing the letter can say, as a clause after "I" ('built Loomcache, a distributed cache')."""

    id: str
    kind: str
    clause: str
    entry: str
    section: str
    org: str | None = None
    position: str | None = None
    when: str = ""
    current: bool = False
    text: str = ""
    order: int = 0
    name: str | None = None  # a paper's, award's or project's name
    subject: str = "I"  # 'NeuralPrune' when a project's line is about the project ('Featured in ...')
    source: str = ""  # the CV's sentence the clause was made from, as written (a letter in another language
    # quotes it)
    language: str = "en"  # the language of ``source``: a piece in another language has the line as its clause

    @property
    def sentence(self) -> str:
        """The clause as a sentence of its own: 'I built Loomcache.'"""
        return f"{self.subject} {self.clause.rstrip(' .')}."

    @property
    def words(self) -> int:
        return len(self.clause.split()) + 1

    @property
    def specificity(self) -> float:
        """How concrete the piece is: figures and names count, and a clause of 8-30 words reads best."""
        figures = len(re.findall(r"\d", self.clause)) and 1 + min(2, len(re.findall(r"\d+(?:[.,]\d+)?%?", self.clause)))
        names = len(re.findall(r"(?<!^)\b[A-Z][\w+#.-]*[A-Za-z+#]", self.clause))
        size = 1.0 if 8 <= self.words <= 30 else 0.5
        return figures * 1.5 + min(names, 4) * 0.5 + size


def is_english(text: str) -> bool:
    """Whether a CV line can stand in an English sentence: mostly Latin letters, and not in another language
    by its common words (a Korean or Spanish line is left out rather than half-translated)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    if sum(1 for c in letters if c > "\u024f") / len(letters) > 0.15:
        return False
    from ..job.language import detect_language

    return len(text.split()) < 5 or detect_language(text) == "en"


def entry_of(evidence_id: str) -> str:
    """'work[0].highlights[2]' -> 'work[0]'."""
    match = re.match(r"^(\w+\[\d+\])", evidence_id)
    return match.group(1) if match else evidence_id.split(".")[0]


def build_pieces(profile: Profile, today: datetime.date | None = None, language: str = "en") -> list[Piece]:
    """Every sayable piece of the profile, in CV order.

    For a letter in another ``language`` than English, a job's or project's line written in that language is a
    piece too (its clause the line as written, for that letter to say or quote), and a job title in another
    language does not keep an English line out."""
    out: list[Piece] = []
    for order, ev in enumerate(iter_evidence(profile)):
        for piece in _pieces_of(profile, ev, order, today, language):
            if not piece or not piece.clause or any(p.clause == piece.clause for p in out):
                continue
            if piece.language != "en" or (language != "en" and piece.kind not in (DEED, STATEMENT)) \
                    or is_english(piece.clause if language != "en" else f"{piece.clause} {piece.position or ''}"):
                out.append(piece)  # another language's letter says a degree or a job by its facts, whatever
                # the language of their names, and quotes a line only in English or its own language
    return out


def _in_language(line: str, language: str) -> bool:
    """Whether a CV line is written in a letter's language other than English (a line of fewer than three words
    is too short to tell)."""
    from ..job.language import detect_language

    return language != "en" and len(line.split()) >= 3 and detect_language(line) == language


def _pieces_of(profile: Profile, ev: Evidence, order: int, today: datetime.date | None,
               language: str = "en") -> list[Piece | None]:
    view = evidence_view(profile, ev, today=today)
    base = {"id": ev.id, "entry": entry_of(ev.id), "section": view.section, "org": view.org,
            "position": view.position, "when": view.when, "current": view.current, "text": plain(ev.text),
            "order": order}
    section, kind = view.section, ev.kind
    if kind == "highlight" or (section in ("work", "volunteer") and ev.id.endswith(".summary")):
        return _line_pieces(view, ev, base, language)
    if section in ("work", "volunteer") and "." not in ev.id:
        return [_role_piece(profile, ev, base)]
    if section == "projects" and "." not in ev.id:
        return [_project_piece(profile, ev, base)]
    if section in ("publications", "awards", "certificates"):
        return [_honour_piece(view, base)]
    if section == "education":
        return [_degree_piece(profile, ev, base, view.current, view.open_ended)]
    if ev.id == "basics.summary":
        return [_statement(s, profile, base) for s in split_sentences(plain(ev.text))][:4]
    return []


def _line_pieces(view: EvidenceView, ev: Evidence, base: dict, language: str) -> list[Piece | None]:
    """A CV line's sentences, each said after "I"; in a letter in another language, those written in it as they
    stand."""
    lines = [s for s in split_sentences(plain(ev.text)) if s.count(" - ") < 2]
    own = [Piece(kind=DEED, clause=s.rstrip(" ."), source=s, language=language, **base)
           for s in lines if _in_language(s, language)]
    if own:
        return list(own[:2])
    if view.section == "projects" and view.org:
        said = [(*_project_line(s, view.org, view.current), s) for s in lines]
        return [Piece(kind=DEED, clause=c, subject=who, source=s, **base) for who, c, s in said if c][:2]
    clauses = [(clause_of(s, current=view.current), s) for s in lines]
    return [Piece(kind=DEED, clause=c, source=s, **base) for c, s in clauses if c][:2]


def _honour_piece(view: EvidenceView, base: dict) -> Piece | None:
    """A paper, patent, award or certificate as a clause ('published “Title” (Venue 2025)')."""
    section = base["section"]
    if not view.name:
        return None
    if section == "publications":
        venue = ", ".join(x for x in (view.org, view.when) if x and not (x == view.when and x in (view.org or "")))
        title = f"“{view.name.rstrip('.')}”" + (f" ({venue})" if venue else "")
        verb = "hold the patent" if view.kind == "patent" else "published"
        return Piece(kind=PUBLICATION, clause=f"{verb} {title}", **{**base, "org": None}, name=title)
    if section == "awards":
        name = view.name.rstrip(".")
        title = name if re.match(r"^(the|a|an)\b", name, re.I) else f"the {name}"
        extra = f" from {the_org(view.org)}" if view.org and view.org.casefold() not in name.casefold() else ""
        year = f" ({view.when})" if view.when and view.when not in f"{name} {view.org}" else ""
        return Piece(kind=AWARD, clause=f"received {title}{extra}{year}", **{**base, "org": None}, name=name)
    issuer = f" from {view.org}" if view.org else ""
    return Piece(kind=CERTIFICATE, clause=f"earned the {view.name.rstrip('.')} certification{issuer}",
                 **{**base, "org": None}, name=view.name)


def _project_line(line: str, name: str, current: bool) -> tuple[str, str | None]:
    """A project's line: 'Featured in ...' is said of the project, 'Built ...' of the applicant."""
    said = clause_of(line, current=current)
    if said and said.startswith(("was ", "am ")):
        return name, ("is " if current else "was ") + said.split(" ", 1)[1]
    return "I", said


def _role_piece(profile: Profile, ev: Evidence, base: dict) -> Piece | None:
    """A job whose highlights are only tool names ('Java', 'React'): said as the role and its tools."""
    index = int(re.search(r"\[(\d+)\]", ev.id).group(1))  # type: ignore[union-attr]
    entry = (profile.work if base["section"] == "work" else profile.volunteer)[index]
    lines = [plain(h) for h in entry.highlights if plain(h)]
    summary = plain(getattr(entry, "summary", None) or "")
    if not base["org"] or not base["position"] or any(clause_of(h) for h in lines) or clause_of(summary):
        return None
    if len(lines) == 1 or any(len(h.split()) > 3 for h in lines):
        return None
    from .realise import join_and

    position = re.split(r",|\s[-–—|]\s|\s\(", base["position"])[0].strip()
    verb = "work" if base["current"] else "worked"
    if not lines:  # only the role itself: said with the others like it, in one sentence
        return Piece(kind=ROLE, clause=f"{verb} as {a_an(position)} at {the_org(base['org'])}", **base)
    clause = f"{verb} with {join_and(lines[:6])} as {a_an(position)} at {the_org(base['org'])}"
    return Piece(kind=ROLE, clause=clause, **base)


def _statement(text: str, profile: Profile, base: dict) -> Piece | None:
    said = first_person(text, plain(profile.basics.name))
    if not said or not said.startswith("I ") or len(said.split()) < 5 or len(said.split()) > 40:
        return None
    return Piece(kind=STATEMENT, clause=said[2:].rstrip(" ."), **{**base, "org": None, "position": None})


def _project_piece(profile: Profile, ev: Evidence, base: dict) -> Piece | None:
    index = int(re.search(r"\[(\d+)\]", ev.id).group(1))  # type: ignore[union-attr]
    project = profile.projects[index]
    name = re.sub(r"\s*\\?\[.*$|\s*\(https?://.*$", "", plain(project.name)).strip()  # no link debris
    description = (split_sentences(plain(project.description)) or [""])[0].rstrip(" .")
    if not name:
        return None
    roles = " ".join(plain(r) for r in project.roles)
    verb = "maintain" if _MAINTAINER.search(roles) else "built"
    if description and clause_of(description) is None and len(description.split()) <= 25:
        head = description.split()[0]
        phrase = description if len(head) > 1 and head.isupper() else description[:1].lower() + description[1:]
        if not re.match(r"^(a|an|the)\b", phrase, re.I):
            phrase = a_an(phrase)
        clause = f"{verb} {name}, {phrase}"
    elif description and (said := clause_of(description)):
        clause = f"{said} ({name})"
    else:
        return None
    return Piece(kind=PROJECT, clause=clause, **{**base, "org": name, "position": roles or None}, name=name)


def _degree_piece(profile: Profile, ev: Evidence, base: dict, ongoing: bool, open_ended: bool = False
                  ) -> Piece | None:
    """The degree as a clause: 'am studying for' one under way, 'hold' one ended, 'studied for' one begun and
    never ended on the CV (finished or left: the CV does not say)."""
    index = int(re.search(r"\[(\d+)\]", ev.id).group(1))  # type: ignore[union-attr]
    edu = profile.education[index]
    study, area, school = plain(edu.study_type), plain(edu.area), plain(edu.institution)
    if not school or not (study or area):
        return None
    degree = " in ".join(x for x in (study, area) if x)
    if ongoing:
        school = the_org(school)
        clause = f"am studying for {a_an(degree)} at {school}" if study else f"study {area} at {school}"
    elif study and _DEGREE_LIKE.search(study) and open_ended:
        clause = f"studied for {a_an(degree)} at {the_org(school)}"
    elif study and _DEGREE_LIKE.search(study):
        clause = f"hold {a_an(degree)} from {the_org(school)}"
    else:
        clause = f"studied {area or study} at {the_org(school)}"
    return Piece(kind=DEGREE, clause=clause, **base, name=degree)


def degree_rank(piece: Piece) -> int:
    """5 for a doctorate, 4 a master's, 3 a bachelor's ... (for choosing which degree to name)."""
    return _degree_rank(piece.name or "")
