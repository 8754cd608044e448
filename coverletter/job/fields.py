"""The posting's facts: employer, title, location, remote, employment type and compensation.

Each is read from the posting's own words first (labels such as "Location:", the lines above the body,
"About Acme", "Acme is hiring"), with metadata hints (front matter, JSON-LD) as candidates that the text
can confirm or overrule. A job board's name is never the employer, and a recruiter's posting for
"our client" has no employer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import name_key as norm
from . import stacked
from .employer import find_company
from .facts import (
    GENDER_MARK,
    STRONG_REMOTE,
    clean_location,
    clean_title,
    find_employment_type,
    find_money,
    find_pay_sentence,
    is_location_like,
    is_role_like,
    split_openings,
    workplace_of,
)
from .posting import FIELD_TEXT, HEAD, Fields, Posting, TitleLine
from .sections import Section, label_field, requirement_label
from .title import bare_title_line, find_title

__all__ = ["Fields", "extract"]


def _read_labels(post: Posting, sections: list[Section]) -> None:
    """"Location: Berlin" labels, a form's question as a heading with its answer below, and labels on a line
    of their own with the value on the next; the lines they use are no longer header lines."""
    for section in sections:
        for block in section.blocks:
            name = stacked.field_of(block.label) if block.label else None
            if name and block.value and name not in post.labels:
                post.labels[name] = (block.value, block)
    for section in sections:  # a form's question as a heading, its one-line answer below ("### Company" / "Acme")
        name = stacked.field_of(section.heading) if section.heading else None
        if name in {"title", "company", "location"} and len(section.blocks) == 1 and name not in post.labels:
            block = section.blocks[0]
            if len(block.text.split()) <= 12 and not block.bullet:
                post.labels[name] = (block.text, block)
    for name, found in stacked.stacked_labels(sections).items():
        post.labels.setdefault(name, found)
    label_blocks = {id(block) for _value, block in post.labels.values()}
    post.short_header = [b for b in post.short_header if id(b) not in label_blocks]


def extract(
    sections: list[Section],
    *,
    hints: dict | None = None,
    boards: Iterable[str] = (),
    skills: Iterable[str] = (),
) -> Fields:
    """Employer, title, location, remote, employment type and compensation of a parsed posting."""
    hints = dict(hints or {})
    post = Posting(sections, hints, list(boards), list(skills), Fields(), trusted=set(hints.get("trusted") or ()))
    post.header = sections[0] if sections and sections[0].kind == "header" else None
    post.header_blocks = post.header.blocks if post.header else []
    post.short_header = [b for b in post.header_blocks
                         if label_field(b.label) is None and not b.bullet
                         and len(bare_title_line(b.text).split()) <= (30 if GENDER_MARK.search(b.text) else 16)]
    _read_labels(post, sections)
    for name, (value, block) in post.labels.items():
        post.out.used_blocks.add(id(block))
        if name in {"department", "reports_to", "posted", "start_date", "experience_level", "deadline", "contact",
                    "requisition"}:
            post.out.extra[name] = value
    post.body_text = "\n".join(b.text for s in sections for b in s.blocks if s.kind not in {"board"})
    post.head_text = post.body_text[:HEAD]

    title, body_title, beside_title = find_title(post)
    company = find_company(post, body_title, beside_title)
    post.out.company = company
    post.out.title = clean_title(title, company, post.boards) or None if title else None
    if post.out.title:
        post.out.title, others = split_openings(post.out.title)
        if others:  # "2 posizioni: Senior Test Engineer e Test Architect": the first role is the title
            post.out.extra["other_titles"] = "; ".join(others)
    post.out.location = _find_location(post, body_title)
    post.out.workplace = _find_workplace(post)
    post.out.remote = {"remote": True, "on-site": False}.get(post.out.workplace or "")
    post.out.employment_type = _find_employment(post)
    post.out.compensation = _find_pay(post)
    return post.out



def _find_location(post: Posting, body_title: TitleLine | None) -> str | None:
    """A "Location:" label, a place line near the title, a place in the title line, or the metadata's."""
    company = post.out.company
    location: str | None = None
    if "location" in post.labels:
        location = post.labels["location"][0]
    else:
        title_block = body_title[1] if body_title else None
        for block in post.short_header:
            if block is title_block or requirement_label(block.label):  # "Who May Apply: US Citizens"
                continue
            for part in re.split(r"\s+[|·•]\s+", block.text):
                if is_location_like(part) and not (company and norm(part) == norm(company)):
                    location = part
                    post.out.used_blocks.add(id(block))
                    break
            if location:
                break
    if location is None and body_title:
        for part in re.split(r"\s+[-–—|·•]\s+", body_title[0])[1:]:
            if is_location_like(part) and not is_role_like(part):
                location = part
                break
    if location is None and post.hints.get("location"):
        location = str(post.hints["location"])
    return clean_location(location) if location else None


def _header_texts(post: Posting) -> list[str]:
    return [b.text[:FIELD_TEXT] for b in post.header_blocks[:40]]


def _find_workplace(post: Posting) -> str | None:
    """'remote', 'hybrid' or 'on-site' from the location, a label, the title or the header; then the body."""
    out = post.out
    places = [t for t in (out.location, post.labels.get("remote", ("", None))[0], out.title) if t]
    workplace = workplace_of(places) or workplace_of(_header_texts(post))
    if workplace is None and STRONG_REMOTE.search(post.head_text):
        workplace = "remote"
    if isinstance(post.hints.get("remote"), bool) and workplace is None:
        workplace = "remote" if post.hints["remote"] else "on-site"
    return workplace


def _find_employment(post: Posting) -> str | None:
    """The employment type from a label, the metadata, the title or the header, else the body's prose."""
    order = []
    if "employment_type" in post.labels:
        order.append(post.labels["employment_type"][0])
    if post.hints.get("employment_type"):
        order.append(str(post.hints["employment_type"]))
    if post.out.title:
        order.append(post.out.title)
    order.extend(t for t in _header_texts(post) if len(t.split()) <= 16)
    return find_employment_type(order) or find_employment_type([post.body_text[:FIELD_TEXT]], prose=True)


def _find_pay(post: Posting) -> str | None:
    """Pay from a label, the metadata, a compensation section, a header line, or a sentence about salary."""
    if "compensation" in post.labels:
        value = post.labels["compensation"][0]
        return find_money(value) or value
    if post.hints.get("compensation"):
        return str(post.hints["compensation"])
    for kinds in (("compensation",), ("header",), ("benefits", "about", "unknown", "other")):
        for section in post.sections:
            if section.kind not in kinds:
                continue
            for block in section.blocks:
                short = kinds == ("compensation",) or (kinds == ("header",) and len(block.text.split()) <= 25)
                pay = (find_money if short else find_pay_sentence)(block.text[:FIELD_TEXT])
                if pay:
                    return pay
    return None


