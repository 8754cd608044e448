"""Removing unsupported claims from a model's body (coverletter/write/removal.py): the smallest part that
carries a claim goes when the rest is still a sentence, else the sentence; a sentence that points back at a
removed one goes with it; nothing else is touched."""

from __future__ import annotations

import pytest

from coverletter.check.claims import Claim
from coverletter.letter import Paragraph
from coverletter.write.removal import cut_claims, remove_claims


@pytest.mark.parametrize(("sentence", "claims", "left"), [
    ("After I graduated from my undergrad, I worked for 2 years at Microsoft as a software engineer, where I led "
     "a team of 37 engineers.", ["37"],
     "After I graduated from my undergrad, I worked for 2 years at Microsoft as a software engineer."),
    ("At Initech Global, I built a trading engine in Rust.", ["Initech Global"], "I built a trading engine in Rust."),
    ("I used Python, COBOL, and Go every day.", ["COBOL"], "I used Python and Go every day."),
    ("I used Python, Go, and COBOL.", ["COBOL"], "I used Python and Go."),
    ("I wrote tools in Python and COBOL.", ["COBOL"], "I wrote tools in Python."),
    ("I wrote tools in COBOL and Python for the lab.", ["COBOL"], "I wrote tools in Python for the lab."),
    ("We published a paper (which won the Best Paper Award) in 2021.", ["Best Paper Award"],
     "We published a paper in 2021."),
    ("I shipped the scheduler — used by 40,000 riders a day — in two months.", ["40,000"],
     "I shipped the scheduler in two months."),
])
def test_the_smallest_part_that_carries_the_claim_goes(sentence, claims, left):
    assert cut_claims(sentence, claims) == left


@pytest.mark.parametrize(("sentence", "claims"), [
    ("I spent twelve years at Google leading a team of engineers.", ["Google"]),  # the main clause
    ("I increased annual revenue by 84% in a single quarter.", ["84%"]),
    ("I am a certified expert in COBOL, Fortran and SAP ABAP.", ["COBOL", "Fortran", "SAP ABAP"]),  # every item
    ("In 2019 I founded Initech Global, a start-up selling trading software.", ["Initech Global"]),
    ("I hold a PhD in Astrophysics.", ["Astrophysics"]),
    ("I worked at Initech.", ["Globex"]),  # the claim is not in the sentence: nothing to cut safely
])
def test_a_claim_in_the_main_clause_takes_the_sentence(sentence, claims):
    assert cut_claims(sentence, claims) is None


def _claim(text: str, sentence: str) -> Claim:
    return Claim(text, "name", False, sentence=sentence)


def test_a_sentence_pointing_back_at_a_removed_one_goes_too_and_nothing_else():
    invented = "In 2019 I founded Initech Global, a start-up selling trading software."
    paragraphs = [
        Paragraph(f"I built Loomcache in Rust. {invented} Leading that company taught me to plan for failure. "
                  "I also teach.", ["work[0]"]),
        Paragraph("This role at Tidewater Labs fits what I do.", []),
        Paragraph("Untouched  text,  spacing kept.", ["a"]),
    ]
    removal = remove_claims(paragraphs, [_claim("Initech Global", invented)])
    assert removal.removed == [invented]
    assert removal.dangling == ["Leading that company taught me to plan for failure."]
    assert [p.text for p in removal.paragraphs] == ["I built Loomcache in Rust. I also teach.",
                                                    "This role at Tidewater Labs fits what I do.",
                                                    "Untouched  text,  spacing kept."]
    assert removal.paragraphs[0].evidence == ["work[0]"]


@pytest.mark.parametrize("follower", [
    "This role at Tidewater Labs would let me grow.",  # the posting, not the removed sentence
    "I also built a scheduler in Go.",
    "That said, I enjoy research.",
])
def test_a_sentence_that_does_not_point_back_stays(follower):
    invented = "I spent twelve years at Google leading a team of engineers."
    removal = remove_claims([Paragraph(f"{invented} {follower}")], [_claim("Google", invented)])
    assert removal.dangling == [] and [p.text for p in removal.paragraphs] == [follower]


def test_cut_parts_and_whole_removal():
    sentence = "I worked for 2 years at Microsoft, where I led a team of 37 engineers."
    paragraphs = [Paragraph(f"{sentence} I like Go.")]
    cut = remove_claims(paragraphs, [_claim("37", sentence)])
    assert cut.cut == [(sentence, "where I led a team of 37 engineers", "I worked for 2 years at Microsoft.")]
    assert cut.paragraphs[0].text == "I worked for 2 years at Microsoft. I like Go."
    assert cut.gone == ["where I led a team of 37 engineers"]
    whole = remove_claims(paragraphs, [_claim("37", sentence)], whole=True)
    assert whole.removed == [sentence] and whole.paragraphs[0].text == "I like Go."


def test_an_emptied_paragraph_is_dropped():
    sentence = "I spent twelve years at Google."
    removal = remove_claims([Paragraph(sentence), Paragraph("I like Go.")], [_claim("Google", sentence)])
    assert [p.text for p in removal.paragraphs] == ["I like Go."]
