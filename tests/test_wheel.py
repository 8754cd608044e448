"""The wheel ships everything: built, installed into a fresh virtual environment, and run from there."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from fixture_paths import EXAMPLES, ROOT
from helpers import docx_paragraphs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True)
    (built,) = out.glob("coverletter-*.whl")
    return built


def test_wheel_contains_templates_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "coverletter/templates/letters/default.md.j2" in names
    assert any(n.startswith("coverletter/templates/prompts/") for n in names)
    assert "coverletter/data/skills.txt" in names
    assert "coverletter/data/resume-schema.json" in names


def test_installed_wheel_generates_a_letter(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, text=True)
    # Dependencies come from this test run's environment, without its editable coverletter: a plain path entry
    # (not a site dir) adds the packages but does not run the editable install's .pth hook.
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  check=True, capture_output=True, text=True).stdout.strip())
    (purelib / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTHON"))}
    env["COVERLETTER_HOME"] = str(tmp_path / "home")
    where = subprocess.run([str(python), "-c", "import coverletter; print(coverletter.__file__)"],
                           cwd=tmp_path, env=env, check=True, capture_output=True, text=True).stdout
    assert str(env_dir) in where, f"coverletter imported from {where}, not the installed wheel"
    out = tmp_path / "letter.docx"
    run = subprocess.run([str(env_dir / "bin" / "coverletter"), "generate", str(EXAMPLES / "profile.json"),
                          str(EXAMPLES / "posting.txt"), "-o", str(out)],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "offline" in run.stderr
    text = "\n".join(docx_paragraphs(out))
    assert "Tidewater Labs" in text
    assert "Maya Okafor-Lindqvist" in text
