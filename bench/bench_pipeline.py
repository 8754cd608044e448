"""Benchmark: each stage of an offline letter for the bundled example, and the CLI's start-up.

Run as ``python bench/bench_pipeline.py [--repeat N]``. Prints the median time of each stage; exits 1 when
a target is missed: `coverletter --help` under 0.5 s, a whole offline letter (load to Markdown) under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coverletter import api  # noqa: E402

PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"
TARGETS = {"coverletter --help": 0.5, "whole offline letter": 1.0}


def median_time(action: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    profile = api.load_profile(PROFILE)
    job = api.load_job(POSTING)
    matched = api.match(profile, job)
    letter = api.compose(profile, job, matched)

    def whole() -> bytes:
        p, j = api.load_profile(PROFILE), api.load_job(POSTING)
        return api.render(api.compose(p, j, api.match(p, j)), "md")

    stages: dict[str, Callable[[], Any]] = {
        "load profile": lambda: api.load_profile(PROFILE),
        "load posting": lambda: api.load_job(POSTING),
        "match": lambda: api.match(profile, job),
        "compose (offline)": lambda: api.compose(profile, job, matched),
        "check": lambda: api.check(letter, profile, job),
        "render md": lambda: api.render(letter, "md"),
        "render html": lambda: api.render(letter, "html"),
        "render docx": lambda: api.render(letter, "docx"),
        "whole offline letter": whole,
        "coverletter --help": lambda: subprocess.run([sys.executable, "-m", "coverletter", "--help"],
                                                     check=True, capture_output=True),
    }
    missed = 0
    for name, action in stages.items():
        seconds = median_time(action, repeat)
        target = TARGETS.get(name)
        verdict = "" if target is None else (" ok" if seconds < target else f" MISSED (target {target} s)")
        missed += bool(target is not None and seconds >= target)
        print(f"{name:24} {seconds * 1000:9.1f} ms{verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
