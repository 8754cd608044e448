"""Letters for many postings at once: ``run_batch``, its inputs, its manifest and its repetition report."""

from .inputs import PostingInput, expand_postings, read_list
from .manifest import MANIFEST_NAME, LetterRecord, Manifest
from .repetition import RepeatedPair, repeated_pairs
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
    "expand_postings",
    "read_list",
    "repeated_pairs",
    "run_batch",
]
