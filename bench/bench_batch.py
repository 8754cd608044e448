"""Benchmark: start-up of an offline letter, a batch of offline letters, and the LLM-mode overhead per letter.

Run as ``python bench/bench_batch.py [--letters 100] [--repeat 7]``. Every ratio is measured in the same run:

- CPU of ``coverletter generate PROFILE POSTING -o letter.md`` against ``python -c "import jinja2, yaml"``
  (median of ``repeat``, side by side); target at most 2.5x.
- ``coverletter batch`` of ``letters`` offline letters (real postings from examples/ and tests/data/jobs/, repeated
  to the count), wall time, against ``letters`` x one letter's in-process time; then the same command again,
  which skips them all. Targets: under 10 s and under 2 s for 100.
- LLM mode against a loopback server that answers at once (bench/loopback.py), streamed and not: the time of a
  batch of one letter, and the time each further letter adds (one job at a time, so it is the tool's own).
  Target: under 100 ms a letter streamed.

Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from coverletter import api  # noqa: E402

PROFILE = ROOT / "examples" / "profile.json"
POSTING = ROOT / "examples" / "posting.txt"
JOBS = ROOT / "tests" / "data" / "jobs"
SKIP = {"text-not-a-posting.txt"}


def child_cpu(command: list[str]) -> float:
    """CPU seconds (user + system) of one run of command, to the microsecond (``os.times`` counts 10 ms ticks,
    too coarse for runs of 0.1-0.2 s)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(repeat: int, work: Path) -> tuple[float, float, float]:
    """(median CPU of an offline generate to Markdown, median CPU of the import floor, CPU of the first run).

    As installed from a wheel: the package's bytecode compiled (pip does it; this checkout may run with
    PYTHONDONTWRITEBYTECODE), and the user's cache directory (the CLI's compiled regular expressions) in
    place after the first run, which is reported on its own."""
    compileall.compile_dir(ROOT / "coverletter", quiet=1)
    first = child_cpu([sys.executable, "-m", "coverletter", "generate", str(PROFILE), str(POSTING),
                       "-o", str(work / "start-first.md")])
    letters, floor = [], []
    for n in range(repeat):
        floor.append(child_cpu([sys.executable, "-c", "import jinja2, yaml"]))
        letters.append(child_cpu([sys.executable, "-m", "coverletter", "generate", str(PROFILE), str(POSTING),
                                  "-o", str(work / f"start-{n}.md")]))
    return statistics.median(letters), statistics.median(floor), first


def postings_folder(count: int, work: Path) -> Path:
    """``count`` real postings: the example and the test postings, copied round-robin under numbered names."""
    tests = sorted(p for p in JOBS.iterdir() if p.suffix in (".txt", ".md", ".html", ".json", ".pdf")
                   and not p.name.endswith(".truth.json") and p.name not in SKIP)
    sources = [POSTING, *tests]
    folder = work / "postings"
    folder.mkdir()
    for n in range(count):
        source = sources[n % len(sources)]
        shutil.copy(source, folder / f"{n:03d}-{source.name}")
    return folder


def wall(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its worker processes)."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 9):
        raise SystemExit(done.stderr)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return time.perf_counter() - start, cpu


def one_letter_in_process(repeat: int) -> float:
    settings = api.resolve_settings(offline=True)
    api.generate(PROFILE, POSTING, settings)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        api.render(api.generate(PROFILE, POSTING, settings).letter, "md")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def llm_overhead(work: Path, stream: bool, count: int) -> tuple[float, float, float, float]:
    """Against an instant server: (a batch of one letter, the same again warm, what each further letter adds,
    and the CPU each further letter adds: this process's, the server's threads included)."""
    import loopback

    server = loopback.serve()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    settings = api.resolve_settings(base_url=url, api_key="bench", model="gpt-4o-mini")
    options = api.GenerateOptions(stream=stream, words=(10, 200))
    items = [api.PostingInput(str(POSTING), company=f"Lab {n}") for n in range(count)]
    try:
        times, cpu = [], []
        for run, size in enumerate((1, 1, count)):
            folder = work / f"llm-{stream}-{run}"
            start, start_cpu = time.perf_counter(), time.process_time()
            result = api.run_batch(PROFILE, items[:size], settings, options, api.BatchOptions(folder, jobs=1))
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            assert result.ok, [r.error for r in result.failures]
    finally:
        server.shutdown()
        server.server_close()
    return times[0], times[1], (times[2] - times[1]) / (count - 1), (cpu[2] - cpu[1]) / (count - 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    missed = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["COVERLETTER_HOME"] = str(work / "home")  # a fresh user directory and cache for the children
        letter_cpu, floor_cpu, first_cpu = startup(args.repeat, work)
        ratio = letter_cpu / floor_cpu
        missed += ratio > 2.5
        print(f"offline generate -o letter.md  {letter_cpu * 1000:7.0f} ms CPU; import floor {floor_cpu * 1000:.0f} ms"
              f"; ratio {ratio:.2f}x (target <= 2.5x); the very first run (empty cache) {first_cpu * 1000:.0f} ms")
        folder = postings_folder(args.letters, work)
        command = [sys.executable, "-m", "coverletter", "batch", str(PROFILE), str(folder), "-o", str(work / "out")]
        (first, first_cpu), (second, _) = wall(command), wall(command)
        single = one_letter_in_process(args.repeat)
        scale = args.letters / 100
        missed += first > 10 * scale or second > 2 * scale
        print(f"batch of {args.letters} offline letters {first:6.2f} s wall, {first_cpu:.2f} s CPU in its own "
              f"process (the forkserver's workers are not counted) (target < {10 * scale:g} s wall; load average "
              f"{os.getloadavg()[0]:.1f}); "
              f"{args.letters} x one letter in-process {args.letters * single:.2f} s; "
              f"ratio {first / (args.letters * single):.2f}")
        print(f"second run, all skipped         {second:6.2f} s wall (target < {2 * scale:g} s)")
        offline_letter = single
        for stream in (True, False):
            cold, warm, per_letter, per_letter_cpu = llm_overhead(work, stream, 11)
            kind = "streamed" if stream else "not streamed"
            missed += stream and (per_letter > 0.1 or cold - warm > 1.0)
            print(f"LLM mode, {kind:12}  first batch of one {cold * 1000:5.0f} ms (importing the client), again "
                  f"{warm * 1000:5.0f} ms" + (" (target: under 1 s more)" if stream else "") +
                  f"; each further letter {per_letter * 1000:4.0f} ms wall, {per_letter_cpu * 1000:.0f} ms CPU "
                  f"(an offline letter: {offline_letter * 1000:.0f} ms)" + (" (target < 100 ms)" if stream else "")
                  + f"; load average {os.getloadavg()[0]:.1f}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
