"""One copy of each text helper, used by every stage: cleaning, normal forms, sentences, word counts.

A leaf package: it imports nothing else from coverletter.
"""

from .clean import links_and_bold_off, plain, squash, strip_line_marks, without_controls
from .normal import ascii_words, name_key, norm, sentence_key
from .sentences import paragraph_sentences, sentences
from .words import token_count, word_count

__all__ = [
    "ascii_words",
    "links_and_bold_off",
    "name_key",
    "norm",
    "paragraph_sentences",
    "plain",
    "sentence_key",
    "sentences",
    "squash",
    "strip_line_marks",
    "token_count",
    "without_controls",
    "word_count",
]
