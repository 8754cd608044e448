"""Benchmark: how long parse_posting takes on postings of about 1 MB.

Run as ``python bench/bench_job.py [--size BYTES] [--repeat N]``. Three shapes are timed: a long pasted
posting (many sections and bullets, with board chrome), one huge paragraph without line breaks, and a list
of many short lines. Each must parse in well under a second; the script exits 1 if one takes 1 s or more.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coverletter.job.text import parse_posting  # noqa: E402
from coverletter.skills import load_lexicon  # noqa: E402

HEAD = """Back to search results
Promoted
Senior Platform Engineer
Example Systems · Berlin, Germany (Hybrid)
Posted 3 days ago · Over 100 applicants
Easy Apply
"""
SECTION = """
About the job
Example Systems builds infrastructure for logistics. At Example Systems, we run Kubernetes, Go and Python
services on AWS, with Kafka, PostgreSQL and Redis behind them, and we care about CI/CD, C++ and C# tooling too.

Responsibilities
- Design, build and operate distributed systems in Go and Python on Kubernetes (k8s) and AWS
- Own CI/CD pipelines in GitHub Actions; improve observability with Prometheus and Grafana
- Work with product managers and data scientists on machine learning (ML) features

Requirements
• 5+ years of experience with backend development in Go, Rust, Java or C++
• Strong knowledge of SQL, PostgreSQL and NoSQL stores such as MongoDB or Cassandra
• Excellent communication and collaboration skills; German is a plus

Nice to have
* Experience with Terraform, Helm and .NET / Node.js services
* Familiarity with Swift, Spark and R for data work

Similar jobs
Data Engineer
Acme Corp · Munich (On-site)
"""


def build(size: int) -> dict[str, str]:
    """Three postings of about ``size`` bytes each."""
    sections = HEAD + SECTION * (size // len(SECTION.encode()) + 1)
    sentence = ("We are looking for an engineer with experience in Python, Go, Kubernetes and SQL who writes "
                "clear documentation, mentors others and ships reliable services. ")
    paragraph = "Senior Engineer\nAcme\n\n" + sentence * (size // len(sentence) + 1)
    lines = "Requirements\n" + "".join(f"- Requirement number {i} with Python and C++\n" for i in range(size // 40))
    return {"sections": sections[:size], "one paragraph": paragraph[:size], "short lines": lines[:size]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes per posting (default 1 MB)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per posting; the best is reported")
    parser.add_argument("--limit", type=float, default=1.0, help="seconds a posting may take (default 1.0)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    load_lexicon()
    print(f"lexicon load: {time.perf_counter() - start:.3f} s")
    worst = 0.0
    for name, text in build(args.size).items():
        times, cpu = [], []
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            job = parse_posting(text, source="bench")
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        best = min(times)
        worst = max(worst, best)
        items = len(job.requirements) + len(job.preferred) + len(job.responsibilities)
        print(f"{name:14s} {len(text.encode()) / 1e6:.2f} MB  {best:.3f} s wall  {min(cpu):.3f} s cpu  "
              f"({items} items, {len(job.skills)} skills, {len(job.dropped)} dropped)")
    print(f"slowest: {worst:.3f} s (limit {args.limit:.1f} s)")
    return 0 if worst < args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
