"""The letter's last paragraphs: papers and prizes worth a line, the close on this role, what the letter says of
the posting's lines the profile does not cover (``--gaps``), and a story from the story bank."""

from __future__ import annotations

import re

from .draft import _FREELANCE, Setting, _org, cited
from .pieces import AWARD, PUBLICATION, Piece
from .plan import Outline, Point
from .realise import join_and
from .values import years_in


def _venue_said(paper: Piece, said: str) -> bool:
    """Whether the letter already speaks of this paper ('papers at EuroSys 2025 ...')."""
    venue = re.search(r"\(([^)]*)\)\s*$", paper.name or "")
    if not venue:
        return False
    names = [w for w in re.findall(r"[A-Za-z][\w-]{2,}", venue.group(1)) if w.upper() not in ("ACM", "IEEE", "USENIX")]
    year = re.search(r"\b(?:19|20)\d\d\b", venue.group(1))
    text = said.casefold()
    return bool(names) and bool(year) and f"{names[0].casefold()} {year.group(0)}" in text


def extras_sentences(extras: list[Piece], setting: Setting, said: str = "") -> list[str]:
    """Papers, awards and projects not used in a point; each at most once."""
    out: list[str] = []
    papers = [p for p in extras if p.kind == PUBLICATION and p.clause.startswith("published")
              and not _venue_said(p, said)]
    if len(papers) > 1:
        names = join_and(p.name or "" for p in papers)
        out.append(cited(setting.pick("papers", [f"My papers include {names}.", f"I have published {names}."]),
                         *papers))
    elif papers:
        out.append(cited(papers[0].sentence, papers[0]))
    awards = [p for p in extras if p.kind == AWARD]
    if awards:
        received = join_and(p.clause.removeprefix("received ") for p in awards)
        out.append(cited(setting.pick("awards", [f"I received {received}.", f"My work earned {received}."]),
                         *awards))
    for piece in extras:
        if piece.kind not in (PUBLICATION, AWARD):
            out.append(cited(piece.sentence, piece))
    return out


def closing(outline: Outline, setting: Setting) -> list[str]:
    """One sentence that ends the letter on this role and on the work it told of (the current job first)."""
    top = max((p for p in outline.points if p.piece.org and p.piece.section in ("work", "volunteer")),
              key=_weight_in_close, default=None)
    top = top.piece if top else None
    employer, title = setting.employer, setting.title
    if outline.weak_fit:  # not 'If that background ...': a reader of set P found no background it referred to
        return [setting.pick("close-weak", [
            f"I would be glad to talk about whether my experience could be useful to {employer}.",
            "Thank you for considering my application; I would welcome a conversation about the role.",
        ])]
    where = ("my freelance work" if _FREELANCE.search(top.org or "") else f"my work at {_org(top)}") if top \
        else "my experience"
    options = [f"I would be glad to discuss how {where} could carry over to {employer}."]
    if title:
        options.append(f"I would enjoy talking with you about {setting.role} and what I would bring to it "
                       f"from {where}.")
    return [setting.pick("close", options)]


def _weight_in_close(point: Point) -> tuple[bool, bool, bool, bool, int]:
    """Which work the close names: the current job, then a job that was no internship (reading O: a close
    offered "my work at State Farm", a two-month internship), then work that answered a line of the posting,
    then the latest (a duty of the posting is never slotted into the close)."""
    piece = point.piece
    return (piece.current, not _INTERNSHIP.search(piece.position or ""), bool(point.item.requirement),
            not _FREELANCE.search(piece.org or ""), max(years_in(piece.when), default=0))


_INTERNSHIP = re.compile(r"\b(intern|internship|praktikant\w*|stagiaire|trainee)\b", re.IGNORECASE)


def _bare(topic: str) -> str:
    """'experience with Kubernetes clusters' -> 'Kubernetes clusters'."""
    return re.sub(r"^(?:proven |solid |hands-on |strong |good )?(?:experience|knowledge|familiarity|expertise)"
                  r"(?: working)? (?:with|in|of|using|on) ", "", topic, flags=re.I)


def gap_sentences(policy: str, gaps: list[tuple[str, Piece | None]], setting: Setting) -> list[str]:
    """What the letter says of the posting's lines the profile does not cover (``--gaps``).

    ``acknowledge`` names them in one sentence; ``adjacent`` offers, for each, the closest real line of the
    CV (never the same line for two gaps), or says plainly that it would be new.
    """
    employer = (setting.job.company or "").casefold()
    usable = [(topic, piece) for topic, piece in gaps if max((len(w) for w in topic.split()), default=0) > 2
              and not (employer and employer in topic.casefold())]
    if not usable or policy == "omit":
        return []
    if policy == "acknowledge":
        return [f"Your posting also asks for {join_and(t for t, _ in usable)}, which my CV does not show yet."]
    out, offered = [], set()
    for topic, piece in usable:
        if piece is not None and piece.id not in offered:
            offered.add(piece.id)
            out.append(cited(f"For {topic}, the closest I have done is this: I {piece.clause}.", piece))
        else:
            out.append(f"I have not yet worked with {_bare(topic)}, and I would expect to learn it in the role.")
    return out


def story_paragraph(story: object) -> str:
    """A story from the applicant's story bank, verbatim; its claims are checked like the rest of the letter."""
    return str(getattr(story, "text", "")).strip()
