"""The checker on sentences of the fifth blind holdout of real letters (tests/data/letters/real/holdout4/, issue 12):
each cause of a false alarm or a miss seen in its one blind run, fixed in general and pinned with the sentence
that showed it, and a near case that must still be flagged. Sentences are copied from the letters; the profiles
are the authors' transcribed CVs."""

from __future__ import annotations

from test_check_real_text import _check, _flagged, _sentence


def test_a_dream_of_working_there_is_no_past_employment() -> None:
    said = _sentence("awad-mongodb", "Working for MongoDB has always been a dream of mine")
    assert _flagged(_check("awad-mongodb", said)) == []
    assert _flagged(_check("awad-mongodb", "Working for MongoDB taught me how to ship.")) == ["MongoDB"]


def test_a_chance_that_was_had_is_a_record() -> None:
    said = _sentence("awad-mongodb", "Known for excellent public speaking skills")
    flagged = _flagged(_check("awad-mongodb", said))
    assert {"Developer Evangelist", "SendGrid"} <= set(flagged), flagged  # "I have been given the opportunity as"
    assert "Hackathon Coach" not in flagged and "Major League Hacking" not in flagged
    assert _flagged(_check("awad-mongodb", "I would love the opportunity to work with SendGrid.")) == []


def test_an_opinion_is_no_record() -> None:
    said = _sentence("nazarov-general", "In my opinion, efficient fine-tuning of solution techniques")
    assert _flagged(_check("nazarov-general", said)) == []
    assert _flagged(_check("nazarov-general", "I did efficient fine-tuning of solution techniques at Huawei.")) == [
        "fine-tuning"]


def test_the_whole_of_a_thing_is_no_skill_claimed() -> None:
    said = _sentence("milmont-thrive", "In my past experience, I have worked in the entire data pipeline")
    assert _flagged(_check("milmont-thrive", said)) == []
    # a speciality built is a claim (data pipelines as a whole field are backed by the CV's data work since
    # the field-of-work policy, tests/test_check_fields.py)
    assert _flagged(_check("milmont-thrive", "I have built recommender systems at Ria Financial.")) == [
        "recommender systems"]


def test_the_words_of_a_quoted_title_are_no_skills() -> None:
    said = _sentence("ahmed-noble", "So, I believe that joining your lab will allow me")
    assert _flagged(_check("ahmed-noble", said)) == []  # "Forecasting tumour evolution"
    assert "forecasting" in _flagged(_check("ahmed-noble", "I have done forecasting of tumour growth."))
