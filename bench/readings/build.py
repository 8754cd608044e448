"""Build a blind reading (../shared/checks/READER_RUBRIC.md) and summarise it.

    python bench/readings/build.py packets SPEC.json OUT_DIR    # letters written, shuffled, split per reader
    python bench/readings/build.py summary OUT_DIR NAME.json    # readers' answers + the key -> reading file

SPEC lists ``pairs`` ([profile, posting] paths from the project's root, written with ``coverletter generate
--offline`` as a user would) and ``humans`` (letters of tests/data/letters/real: the letter, its author's CV
transcribed as JSON Resume, and its posting when public). OUT_DIR gets ``reader-N/item-XX/`` folders
(letter.txt, posting.txt, profile.*) that carry nothing but the texts, ``reader-N/README.md`` with what to
answer, and ``key.json`` (what each item is), which no reader is shown. A program's letter is written as plain text
(``--format txt``), as the reader of its DOCX or PDF sees it: no Markdown escapes.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[2]
RUBRIC = ROOT.parent / "shared" / "checks" / "READER_RUBRIC.md"
SCORES = ("specific", "relevant", "natural", "true", "keep_reading")
ASK = """# Blind reading

Read {rubric} first. Then, for each folder item-XX here, read letter.txt as the hiring manager of the posting
(posting.txt) would, with the candidate's profile (profile.*) beside you, and score it 1-5 on the rubric's five
scores. Quote the letter's worst sentence word for word, and guess whether a person wrote it or a program
assembled it. Judge each letter on its own; do not look at anything outside this folder and the rubric.

Write your answers to answers.json in this folder: a JSON list with one object per item:
{{"item": "item-01", "specific": n, "relevant": n, "natural": n, "true": n, "keep_reading": n,
 "worst": "...", "guess": "person" or "program", "why": "one sentence"}}
"""


def _named(profile: Path, folder: Path) -> Path:
    """The CV, or, when its own text leaves the name out (a personal site keeps it in its _config.yml) and its
    truth file gives it, the CV imported to JSON Resume with that name added: what its user does after
    ``generate`` says 'basics.name is missing'."""
    truth = profile.with_name(profile.stem + ".truth.json")
    outside = json.loads(truth.read_text()).get("name_outside_cv") if truth.exists() else None
    if not outside:
        return profile
    imported = folder / "profile.json"
    subprocess.run([str(ROOT / ".venv" / "bin" / "coverletter"), "profile", "import", str(profile), "-o",
                    str(imported), "--force"], cwd=ROOT, check=True, capture_output=True)
    data = json.loads(imported.read_text())
    data.setdefault("basics", {})["name"] = re.split(r"\s*[(,]", outside)[0].strip()
    imported.write_text(json.dumps(data, indent=2, ensure_ascii=False))
    return imported


def _program_item(profile: Path, posting: Path, folder: Path) -> None:
    letter = folder / "letter.txt"  # the letter as its reader sees it (as DOCX or PDF would show it), not Markdown
    named = _named(profile, folder)
    cmd = [str(ROOT / ".venv" / "bin" / "coverletter"), "generate", str(named), str(posting), "--offline",
           "--format", "txt", "-o", str(letter), "--force"]
    subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True, text=True)
    if not letter.exists():
        raise SystemExit(f"no letter for {profile.name} x {posting.name}")
    if named != profile:
        pass  # the reader gets the imported CV with its name, as the letter was written from it
    elif profile.suffix in (".json", ".yaml", ".yml"):
        shutil.copy(profile, folder / f"profile{profile.suffix}")
    else:  # a CV in another format: the reader gets what the tool understood of it, as the tool's user would
        subprocess.run([str(ROOT / ".venv" / "bin" / "coverletter"), "profile", "import", str(profile), "-o",
                        str(folder / "profile.json"), "--force"], cwd=ROOT, check=True, capture_output=True)
    shutil.copy(posting, folder / "posting.txt")


def _human_item(letter: Path, folder: Path) -> None:
    truth = json.loads(letter.with_name(letter.name.replace(".md", ".truth.json")).read_text())
    shutil.copy(letter, folder / "letter.txt")
    shutil.copy(letter.parent / truth["profile"], folder / "profile.json")
    posting = truth.get("posting")
    if posting:
        shutil.copy(letter.parent / posting["file"], folder / "posting.txt")
    else:
        what = ", ".join(x for x in (truth.get("role"), truth.get("employer")) if x) or "not named"
        (folder / "posting.txt").write_text(f"(The posting is not public. The letter applies for: {what}.)\n")


def packets(spec_path: Path, out: Path, readers: int = 2) -> None:
    spec = json.loads(spec_path.read_text())
    items = [("program", f"{a} x {b}") for a, b in spec["pairs"]] + [("human", h) for h in spec["humans"]]
    random.Random(spec.get("seed", 0)).shuffle(items)
    key = {}
    for n, (kind, src) in enumerate(items, 1):
        name = f"item-{n:02d}"
        folder = out / f"reader-{(n - 1) % readers + 1}" / name
        folder.mkdir(parents=True, exist_ok=True)
        if kind == "program":
            profile, posting = (ROOT / s for s in src.split(" x "))
            _program_item(profile, posting, folder)
        else:
            _human_item(ROOT / src, folder)
        key[name] = {"kind": kind, "src": src}
    for r in range(1, readers + 1):
        (out / f"reader-{r}" / "README.md").write_text(ASK.format(rubric=RUBRIC))
    (out / "key.json").write_text(json.dumps(key, indent=1))


def summary(out: Path, name: Path) -> None:
    key = json.loads((out / "key.json").read_text())
    answers = [a for f in sorted(out.glob("reader-*/answers.json")) for a in json.loads(f.read_text())]
    items = [{**a, **key[a["item"]]} for a in answers]
    name.write_text(json.dumps({"set": name.stem.removeprefix("reading-"), "items": items}, indent=1))
    for kind in ("program", "human"):
        mine = [i for i in items if i["kind"] == kind]
        if not mine:
            continue
        means = "  ".join(f"{s} {mean(i[s] for i in mine):.2f}" for s in SCORES)
        guessed = sum(i["guess"] == "program" for i in mine)
        low = sum(i["true"] < 3 for i in mine)
        print(f"{kind} ({len(mine)}): {means}  guessed program {guessed}/{len(mine)}  true<3 {low}")
    for i in sorted(items, key=lambda i: i["keep_reading"] + i["natural"])[:6]:
        print(f"  worst [{i['kind']}] {i['src']}: {i['worst']}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["packets"]:
        packets(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1:2] == ["summary"]:
        summary(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        raise SystemExit(__doc__)
