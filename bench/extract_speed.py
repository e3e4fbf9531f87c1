#!/usr/bin/env python3
"""Extraction speed: articles per second of `app.extract.extract` alone, on one core.

    .venv/bin/python bench/extract_speed.py                 # 2,000 generated articles, 3 rounds
    .venv/bin/python bench/extract_speed.py --articles 5000 --no-write

Measures two corpora separately: ~500-word articles from bench/generate.py (held in memory,
so no I/O is timed) and the development corpus (tests/fixtures/dev, 31 articles, repeated
to as many articles as the generated set). Extraction runs in this one single-threaded
process (--pin also pins it to one CPU); CPU time is measured beside wall-clock time. Each
corpus is timed over several rounds after a warm-up; the median round is the figure. A
cProfile run over the generated articles gives the functions where the time goes.

The extractor is measured as installed: compiled by Cython where the install found a C
compiler (setup.py, app/compiled.py). The same rounds are then run on its source in a child
process (CHANCERY_PURE_PYTHON=1), which cProfile can also see into, for the profile.

The results replace the "Extraction speed" section of bench/RESULTS.md (unless --no-write),
with the machine, the date, the commit and the exact command.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate
from results import RESULTS, commit, machine, write_section

import app.extract
from app.compiled import PURE_PYTHON
from app.extract import extract

DEV = ROOT / "tests" / "fixtures" / "dev"
SECTION = "## Extraction speed"
TARGET = 2000


@dataclass(slots=True)
class Timing:
    corpus: str
    articles: int
    words: int
    rounds: list[float]  # wall-clock seconds per round
    cpu_rounds: list[float]  # CPU seconds of this process per round

    @property
    def rate(self) -> float:
        """Articles per second in the median round."""
        return self.articles / statistics.median(self.rounds)

    @property
    def cpu_rate(self) -> float:
        """Articles per CPU second in the median round: what other processes on a shared
        machine take from the wall-clock figure, this one keeps."""
        return self.articles / statistics.median(self.cpu_rounds)

    @property
    def best(self) -> float:
        return self.articles / min(self.rounds)


def generated_texts(n: int, seed: int) -> list[str]:
    buffer = io.BytesIO()
    generate(n, seed, buffer)
    return [orjson.loads(line)["text"] for line in buffer.getvalue().splitlines()]


def dev_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]


def time_extraction(corpus: str, texts: list[str], rounds: int) -> Timing:
    for text in texts[:20]:  # warm-up: compiled patterns, caches
        extract(text)
    seconds, cpu_seconds = [], []
    for _ in range(rounds):
        started, cpu_started = time.perf_counter(), time.process_time()
        for text in texts:
            extract(text)
        seconds.append(time.perf_counter() - started)
        cpu_seconds.append(time.process_time() - cpu_started)
    return Timing(corpus, len(texts), sum(len(t.split()) for t in texts), seconds, cpu_seconds)


def profile_tables(texts: list[str], top: int) -> str:
    """Two tables from one cProfile run: the functions with the most own time, and the
    extractor's own functions by time including their callees (its phases)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        extract(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt or 1.0
    rows = list(stats.stats.items())  # type: ignore[attr-defined]
    by_own = sorted(rows, key=lambda item: item[1][2], reverse=True)[:top]
    extractor = [r for r in rows if "app/extract" in r[0][0].replace("\\", "/")]
    by_cumulative = sorted(extractor, key=lambda item: item[1][3], reverse=True)[:top]
    header = ["| function | calls | own s | own % | with callees s | with callees % |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]

    def table(selected: list) -> list[str]:
        lines = list(header)
        for (filename, line, name), (_, calls, own, cumulative, _) in selected:
            where = f"{_short_path(filename)}:{line}({name})" if line else name
            lines.append(f"| `{where}` | {calls:,} | {own:.3f} | {100 * own / total:.1f} "
                         f"| {cumulative:.3f} | {100 * cumulative / total:.1f} |")
        return lines

    return "\n".join(["By own time:", "", *table(by_own), "", "The extractor's functions by time with callees:",
                      "", *table(by_cumulative)])


def _short_path(filename: str) -> str:
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return path.name


def pin_to_one_cpu() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def source_run(args: argparse.Namespace) -> tuple[list[Timing], str]:
    """The same rounds on the extractor's source, with the profile, in a child process (which
    inherits this one's CPU pinning)."""
    command = [sys.executable, __file__, "--articles", str(args.articles), "--rounds", str(args.rounds),
               "--seed", str(args.seed), "--top", str(args.top), "--source-child"]
    child = subprocess.run(command, env={**os.environ, PURE_PYTHON: "1"}, capture_output=True, check=True)
    found = orjson.loads(child.stdout)
    return [Timing(**t) for t in found["timings"]], found["profile"]


def measure(args: argparse.Namespace, label: str) -> list[Timing]:
    texts = generated_texts(args.articles, args.seed)
    dev = dev_texts()
    dev_repeated = (dev * (args.articles // len(dev) + 1))[: max(args.articles, len(dev))]
    return [
        time_extraction(f"generated (bench/generate.py){label}", texts, args.rounds),
        time_extraction(f"dev corpus ({len(dev)} articles, repeated){label}", dev_repeated, args.rounds),
    ]


def report(timings: list[Timing], profile: str, pinning: str, command: str, load_before: float,
           note: str | None = None) -> str:
    generated = timings[0]
    verdict = "meets" if generated.cpu_rate >= TARGET else "misses"
    build = ("compiled by Cython at install (setup.py); its source, run as plain Python, is measured below it"
             if app.extract.COMPILED else "plain Python (no compiled modules, or stale ones: app/compiled.py)")
    lines = [
        SECTION,
        "",
        f"- **{generated.cpu_rate:,.0f} articles per CPU second** on ~{generated.words // generated.articles}-word "
        f"generated articles ({verdict} the {TARGET:,} articles/s target); wall clock {generated.rate:,.0f} "
        f"articles/s (best round {generated.best:,.0f}). CPU time is the figure: on a shared machine, other "
        "processes on the same core stretch wall-clock time but not this process's CPU time.",
        f"- Extractor: {build}.",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; commit {commit('app/extract')}.",
        f"- Machine: {machine()}; one process, {pinning}; load average at the start "
        f"{load_before:.2f} (the other core may have been busy).",
        f"- Command: `{command}`",
        *([f"- Note: {note}"] if note else []),
        "",
        "| corpus | articles | words/article | rounds (s) | articles/s (median) | articles per CPU s | words/s |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for t in timings:
        rounds = ", ".join(f"{s:.3f}" for s in t.rounds)
        words_per_second = t.words / statistics.median(t.rounds)
        lines.append(f"| {t.corpus} | {t.articles:,} | {t.words // t.articles} | {rounds} | {t.rate:,.0f} "
                     f"| {t.cpu_rate:,.0f} | {words_per_second:,.0f} |")
    lines += ["", f"Profile (cProfile over the source, {generated.articles:,} generated articles; "
                  "cProfile slows the run, so read shares, not seconds):", "", profile, ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="generated articles to extract (default 2000)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per corpus (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--top", type=int, default=15, help="functions in the profile table (default 15)")
    parser.add_argument("--pin", action="store_true",
                        help="pin the process to one CPU (on a busy machine this can cost wall-clock time)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--note", help="a line on the conditions of the run, printed under the command")
    parser.add_argument("--source-child", action="store_true", help=argparse.SUPPRESS)  # see source_run
    args = parser.parse_args()
    if args.source_child:
        timings = measure(args, ", source")
        profile = profile_tables(generated_texts(args.articles, args.seed), args.top)
        sys.stdout.buffer.write(orjson.dumps({"timings": [asdict(t) for t in timings], "profile": profile}))
        return

    arguments = sys.argv[1:]
    if args.note is not None:  # the note is printed on its own line, not in the command
        at = next(i for i, a in enumerate(arguments) if a == "--note" or a.startswith("--note="))
        del arguments[at:at + (1 if "=" in arguments[at] else 2)]
    command = "python bench/extract_speed.py" + "".join(" " + shlex.quote(a) for a in arguments)
    load_before = os.getloadavg()[0]
    pinning = pin_to_one_cpu() if args.pin else "single-threaded, not pinned"
    if app.extract.COMPILED:
        timings = measure(args, ", compiled")
        source_timings, profile = source_run(args)
        timings += source_timings
    else:
        timings = measure(args, "")
        profile = profile_tables(generated_texts(args.articles, args.seed), args.top)
    text = report(timings, profile, pinning, command, load_before, args.note)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)
        print(f"written to {RESULTS.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
