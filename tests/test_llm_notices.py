"""Notices only when they apply (issue 17): nothing about API keys when the user chose --offline."""

from __future__ import annotations

import pytest

from fixture_paths import EXAMPLES
from helpers import run_cli

PROFILE, POSTING = str(EXAMPLES / "profile.json"), str(EXAMPLES / "posting.txt")


def test_offline_by_choice_prints_no_key_notice(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    code, out, err = run_cli(capsys, "generate", PROFILE, POSTING, "--offline")
    assert code == 0 and "Dear " in out
    assert "OPENAI_API_KEY" not in err and "offline" not in err.casefold()


def test_offline_for_want_of_a_key_says_how_to_use_a_model(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    code, _, err = run_cli(capsys, "generate", PROFILE, POSTING)
    assert code == 0 and "set OPENAI_API_KEY" in err.splitlines()[0]


def test_local_without_a_model_is_one_line_saying_what_to_get(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    code, out, err = run_cli(capsys, "generate", PROFILE, POSTING, "--local")
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 7 and out == "" and len(lines) == 1, err
    assert lines[0].startswith("Error: --local needs a model") and "GGUF" in lines[0] and "3B" in lines[0]
    assert "--model-path smollm2" in lines[0]


def test_offline_letters_never_import_the_openai_client() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom coverletter.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "import threading\nassert not [t for t in threading.enumerate() if 'openai' in t.name]\n"
            "print('openai' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, "generate", PROFILE, POSTING, "--offline"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"
