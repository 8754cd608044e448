"""The checker on sentences of the sixth blind holdout of real letters (tests/data/letters/real/holdout5/, issue 12):
each cause of a false alarm seen in its one blind run, fixed in general and pinned with the sentence that showed
it, and a near case that must still be flagged. Sentences are copied from the letters; the profiles are the
authors' transcribed CVs."""

from __future__ import annotations

from test_check_real_text import _check, _flagged, _sentence


def test_a_department_of_an_employer_of_the_profile() -> None:
    said = _sentence("alsafi-arm", "Additionally, my experience with C++, C#, and Python")
    assert _flagged(_check("alsafi-arm", said)) == []  # "at Johnson Controls R&D department"
    other = said.replace("Johnson Controls", "Siemens Healthineers")
    assert "Siemens Healthineers R&D" in _flagged(_check("alsafi-arm", other))


def test_a_practice_in_the_plural_of_the_cvs_words() -> None:
    said = _sentence("alsafi-arm", "Furthermore, my experience in managing teams")
    assert _flagged(_check("alsafi-arm", said)) == []  # CV: "Managed a team of 5 engineers"
    assert "budgeting" in " ".join(_flagged(_check("alsafi-arm", "I have experience in budgeting at Velz Travel.")))


def test_a_unit_of_the_employer_is_no_claim() -> None:
    said = _sentence("alsafi-arm", "Lastly, my \"get things done\" attitude")
    assert _flagged(_check("alsafi-arm", said)) == []  # "the Developer Ecosystems group at Arm"
    said = _sentence("alsafi-arm", "The Developer Ecosystems group's mission")
    assert _flagged(_check("alsafi-arm", said)) == []
    assert "Developer Ecosystems" in _flagged(_check("alsafi-arm", "I led the Developer Ecosystems group at Siemens."))
