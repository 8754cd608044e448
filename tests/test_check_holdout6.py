"""The checker on sentences of the seventh blind holdout of real letters (tests/data/letters/real/holdout6/, issue
12): a cause of a false alarm seen in its one blind run, fixed in general and pinned with the sentence that showed
it, and a near case that must still be flagged."""

from __future__ import annotations

from test_check_real_text import _check, _flagged


def test_an_employer_named_with_the_place_of_the_post() -> None:
    said = "In my previous position at Oracle Korea, I worked in sales operations."
    assert _flagged(_check("jun-paper", said)) == []  # CV: Oracle, Seoul, Korea
    assert _flagged(_check("jun-paper", "In my previous position at Oracle Japan, I worked in sales operations.")) == [
        "Oracle Japan"]
