"""The applicant's own words: a story bank of short paragraphs, each about one achievement, written once and
used verbatim in the letters whose postings they answer best.

The file is Markdown: one ``## Title`` heading per story, an optional ``tags: a, b, c`` line, then the
paragraph(s)::

    ## Loomcache
    tags: caching, distributed systems, performance

    Our training jobs stalled on data loading, so I designed a cache that ...
"""

from __future__ import annotations

import re
from dataclasses import field
from pathlib import Path

from ..datamodel import model
from ..errors import ParseError
from ..files import read_text
from ..job.model import Job
from ..match.rank import BM25, tokenize

_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$")
_TAGS = re.compile(r"^(?:tags|keywords)\s*:\s*(.*)$", re.I)
MIN_SCORE = 1.0  # a story must share more than a stray word with the posting


@model
class Story:
    """One story: its title, tags, the paragraph text, and the line it starts on in its file."""

    title: str
    text: str
    tags: list[str] = field(default_factory=list)
    line: int = 0

    @property
    def words(self) -> int:
        return len(self.text.split())


def parse_stories(text: str, source: str = "stories") -> list[Story]:
    """Stories from the Markdown text of a story bank; a ProfileError names the file and line of a problem."""
    stories: list[Story] = []
    title, tags, body, start = None, [], [], 0
    for number, line in enumerate(text.splitlines(), 1):
        heading = _HEADING.match(line)
        if heading:
            _close(stories, title, tags, body, start, source)
            title, tags, body, start = heading.group(1).strip(), [], [], number
            continue
        tagged = _TAGS.match(line.strip())
        if title is not None and tagged and not body:
            tags = [t.strip() for t in tagged.group(1).split(",") if t.strip()]
        elif title is not None:
            body.append(line)
    _close(stories, title, tags, body, start, source)
    if not stories:
        raise ParseError("no story found", path=source,
                         hint="start each story with a '## Title' line, then an optional 'tags: a, b' line and "
                              "the paragraph (see examples/stories.md)")
    return stories


def _close(stories: list[Story], title: str | None, tags: list[str], body: list[str], start: int,
           source: str) -> None:
    if title is None:
        return
    text = " ".join(" ".join(body).split())
    if not text:
        raise ParseError(f"the story {title!r} has no text", path=source, line=start,
                         hint="write the story's paragraph under its heading, or delete the heading")
    stories.append(Story(title, text, tags, start))


def load_stories(path: str | Path) -> list[Story]:
    """The stories of a story bank file."""
    return parse_stories(read_text(path, what="story bank"), str(path))


def pick_stories(stories: list[Story], job: Job, limit: int = 2) -> list[Story]:
    """The stories that answer the posting best (BM25 over title, tags and text), best first, at most limit."""
    if not stories:
        return []
    index = BM25([tokenize(f"{s.title} {' '.join(s.tags)} {' '.join(s.tags)} {s.text}") for s in stories])
    query = tokenize(" ".join([job.title or "", *job.requirements, *job.responsibilities, *job.preferred,
                               *job.skills]))
    return [stories[hit.index] for hit in index.rank(query) if hit.score >= MIN_SCORE][:limit]
