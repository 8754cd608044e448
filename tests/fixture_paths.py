"""Paths the tests share: the project, its examples, and the read-only shared fixtures beside it.

A module of its own, not conftest.py, so that a conftest.py in a subfolder cannot shadow it.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COVERLETTER_SHARED", ROOT.parent / "shared")).resolve()
FIXTURES = SHARED / "fixtures"
EXAMPLES = ROOT / "examples"
TEST_DATA = ROOT / "tests" / "data"
SEED_POSTING = FIXTURES / "seed" / "dropbox-phd-systems-intern-misujob.txt"
SAMPLE_PROFILE = FIXTURES / "profiles" / "01-jsonresume-sample-richard-hendriks.resume.json"
RENDERCV_PROFILE = FIXTURES / "profiles" / "07-rendercv-john-doe-classic.yaml"
