"""The quality gate (issue 17): a model's letter that is off-topic, uses nothing from the CV, is mostly
unsupported, repeats itself or is far too short is rejected, in words; a real letter passes."""

from __future__ import annotations

import pytest

from coverletter.api import check, load_job, load_profile, match
from coverletter.letter import Paragraph
from coverletter.write.composer import compose_letter
from coverletter.write.quality import judge

from fixture_paths import EXAMPLES

# What SmolLM2-135M wrote for the example profile and posting (quoted in issue 17).
SMOLLM2_REPLY = ("I am writing to you today to inform you that I am writing to you about the recent publication of "
                 "my research, which is focused on the impact of climate change on the environment. The research "
                 "is focused on the impact of climate change on the environment and how it affects people.")


@pytest.fixture(scope="module")
def example():
    profile = load_profile(EXAMPLES / "profile.json")
    job = load_job(EXAMPLES / "posting.txt")
    return profile, job, match(profile, job)


def _verdict(example, paragraphs: list[str]):
    profile, job, matched = example
    letter = compose_letter(profile, job, matched)
    letter.paragraphs = [Paragraph(text, []) for text in paragraphs]
    report = check(letter, profile, job)
    return judge(letter.paragraphs, report.claims, job, (250, 400))


def test_the_offline_letter_passes(example):
    profile, job, matched = example
    letter = compose_letter(profile, job, matched)
    assert judge(letter.paragraphs, check(letter, profile, job).claims, job, (250, 400)).usable


def test_smollm2s_nonsense_is_rejected_with_its_reasons(example):
    verdict = _verdict(example, [SMOLLM2_REPLY])
    assert not verdict.usable
    text = str(verdict)
    assert "off-topic" in text and "Tidewater Labs" in text
    assert "nothing from the CV" in text and "far too short" in text


def test_a_letter_that_repeats_itself_is_rejected(example):
    line = ("At Tidewater Labs I would bring the Loomcache work: a distributed cache for training data written in "
            "Rust and Python.")
    verdict = _verdict(example, [" ".join([line] * 12)])
    assert "repeats itself" in str(verdict)


def test_an_on_topic_letter_of_invented_claims_is_mostly_unsupported(example):
    text = ("I want to join Tidewater Labs as a Research Intern. I led the platform team at Google, shipped "
            "Haskell, Erlang and Scala services at Netflix and Amazon, and won the Turing Award. I also built "
            "Loomcache in Rust.")
    verdict = _verdict(example, [text])
    assert "mostly unsupported" in str(verdict)


def test_max_tokens_fits_a_400_word_letter_in_json_with_headroom():
    import dataclasses

    from coverletter.settings import resolve_settings
    from coverletter.write.reply import reply_tokens

    settings = resolve_settings(base_url="http://127.0.0.1:9/v1")
    english = reply_tokens(settings, (250, 400))
    assert 1150 <= english <= 1300  # a 386-word reply was 690 tokens
    assert reply_tokens(settings, (250, 400), "de") > english
    assert reply_tokens(dataclasses.replace(settings, max_tokens=300), (250, 400)) == 300
