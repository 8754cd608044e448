"""Letters for many postings at once: ``run_batch``, its inputs, its manifest and its repetition report."""

from .inputs import PostingInput, expand_postings, read_list
from .manifest import MANIFEST_NAME, LetterRecord, Manifest
from .repetition import RepeatedPair, RepeatedSentence, repeated_pairs, repeated_sentences
from .runner import BatchEvent, BatchOptions, BatchResult, run_batch

__all__ = [
    "MANIFEST_NAME",
    "BatchEvent",
    "BatchOptions",
    "BatchResult",
    "LetterRecord",
    "Manifest",
    "PostingInput",
    "RepeatedPair",
    "RepeatedSentence",
    "expand_postings",
    "read_list",
    "repeated_pairs",
    "repeated_sentences",
    "run_batch",
]
