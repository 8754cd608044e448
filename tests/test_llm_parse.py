"""Reading a model's reply into paragraphs: cut or broken JSON never leaks markup into a letter."""

from __future__ import annotations

import pytest

from coverletter.write.parse import parse_body

IDS = ["work[0].highlights[0]", "projects[0]"]


def test_json_cut_inside_an_escaped_string_keeps_the_finished_paragraphs() -> None:
    reply = ('{ "paragraphs": [ { "text": "I built Loomcache, a distributed cache.", "evidence": '
             '["work[0].highlights[0]"] }, { "text": "I also maintain \\"tracekit\\" and more')
    paragraphs = parse_body(reply, structured=True, known_ids=IDS)
    assert [p.text for p in paragraphs] == ["I built Loomcache, a distributed cache."]
    assert paragraphs[0].evidence == ["work[0].highlights[0]"]


@pytest.mark.parametrize("reply", ['{ "paragraphs": [ {"te', '{"paragraphs": [{"text": 12', "[{", '{"a": }}'])
def test_unreadable_json_gives_no_paragraph_rather_than_markup(reply: str) -> None:
    for paragraph in parse_body(reply, structured=True, known_ids=IDS):
        assert "{" not in paragraph.text and '"text"' not in paragraph.text


def test_plain_text_reply_is_split_on_blank_lines() -> None:
    reply = "I built Loomcache, a distributed cache.\n\nI maintain tracekit."
    assert [p.text for p in parse_body(reply, structured=False, known_ids=IDS)] == [
        "I built Loomcache, a distributed cache.",
        "I maintain tracekit.",
    ]
