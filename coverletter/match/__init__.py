"""match: rank the profile's evidence for each line of a posting (BM25), the skills lexicon, coverage and gaps.

May import: the leaves (text, style, errors, paths, files, settings, datamodel), profile and job.
"""

from .coverage import GAP_POLICIES, Match, RequirementMatch, check_gap_policy, default_lexicon, match_profile

__all__ = ["GAP_POLICIES", "Match", "RequirementMatch", "check_gap_policy", "default_lexicon", "match_profile"]
