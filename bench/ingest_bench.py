#!/usr/bin/env python3
"""Ingest throughput: `chancery ingest` of N generated articles into a fresh SQLite database.

    python bench/ingest_bench.py --articles 100000
    python bench/ingest_bench.py --articles 1000000 --writer-sample 0
    python bench/ingest_bench.py --articles 1000000 --writer-sample 0 --bulk

Generates the corpus with bench/generate.py (kept in bench/out/ for the next run), then
times the real command on it: wall time, articles/s, CPU seconds of the process tree, and
its peak memory, the sum over the whole tree (the command and its extraction workers),
sampled every SAMPLE_SECONDS from /proc (RSS, and PSS, which shares shared pages out).
Then, on the first --writer-sample articles, the writer alone (extraction done beforehand,
not timed) into another fresh database, to tell the two stages apart. The machine may be
shared: the load average before and after each run goes beside the figures.
Results go to the "Ingest" section of bench/RESULTS.md (--no-write: print only).
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shlex
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import ROOT, commit, machine, write_section  # noqa: E402

OUT = ROOT / "bench" / "out"
VENV_BIN = ROOT / ".venv" / "bin"
SAMPLE_SECONDS = 0.25
TARGET_ARTICLES, TARGET_SECONDS, TARGET_MB = 1_000_000, 360, 500


def corpus(articles: int, seed: int) -> Path:
    path = OUT / f"corpus-{articles}-seed{seed}.jsonl"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        command = [sys.executable, str(ROOT / "bench" / "generate.py"), str(articles), "--seed", str(seed)]
        subprocess.run([*command, "--workers", "2", "--out", str(partial)], check=True)
        partial.rename(path)
    return path


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _tree(root: int) -> list[int]:
    """`root` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending += children.get(pid, [])
    return found


def _cpu_ticks(pid: int) -> int | None:
    """User plus system CPU time of one process (itself, not its children), in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; zeros once it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            fields = dict(line.split(":", 1) for line in rollup if ":" in line)
        return int(fields["Rss"].split()[0]), int(fields["Pss"].split()[0])
    except (OSError, KeyError, ValueError):
        return 0, 0


class PeakMemory(threading.Thread):
    """Largest sum of RSS and of PSS over a process tree, sampled until `stop`; also the last
    CPU time seen of each process below the root (the extraction workers)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.rss_kib = self.pss_kib = 0
        self.processes = 0
        self.peak_at = 0.0  # seconds from the start to the largest RSS
        self.peak_processes = 0  # processes in the tree then
        self.descendant_ticks: dict[int, int] = {}
        self._done = threading.Event()

    def run(self) -> None:
        started = time.perf_counter()
        while not self._done.is_set():
            pids = _tree(self.pid)
            for pid in pids[1:]:
                ticks = _cpu_ticks(pid)
                if ticks is not None:
                    self.descendant_ticks[pid] = ticks
            sizes = [_memory_kib(pid) for pid in pids]
            rss = sum(rss for rss, _ in sizes)
            if rss > self.rss_kib:
                self.rss_kib, self.peak_at, self.peak_processes = rss, time.perf_counter() - started, len(pids)
            self.pss_kib = max(self.pss_kib, sum(pss for _, pss in sizes))
            self.processes = max(self.processes, len(pids))
            self._done.wait(SAMPLE_SECONDS)

    def stop(self) -> None:
        self._done.set()
        self.join()


def cpu_jiffies() -> tuple[int, int]:
    """(busy, all) CPU time of the whole machine so far, from /proc/stat, in clock ticks."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return sum(fields) - idle, sum(fields)


def run_ingest(corpus_path: Path, database: Path, bulk: bool = False) -> dict:
    options = ["--json", *(["--bulk"] * bulk)]
    command = [str(VENV_BIN / "chancery"), "ingest", str(corpus_path), *options]
    env = {**os.environ, "CHANCERY_DATABASE_URL": f"sqlite:///{database}"}
    load_before = os.getloadavg()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine_before = cpu_jiffies()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, cwd=ROOT)
    peak = PeakMemory(process.pid)
    peak.start()
    stdout, _ = process.communicate()
    wall = time.perf_counter() - started
    machine_after = cpu_jiffies()
    peak.stop()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"chancery ingest failed ({process.returncode}): {stdout.decode()[-2000:]}")
    summary = json.loads(stdout)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    # The workers' CPU as last sampled (up to SAMPLE_SECONDS before each exits); the rest is the command's own process.
    workers_cpu = sum(peak.descendant_ticks.values()) / os.sysconf("SC_CLK_TCK")
    return {
        "command": "CHANCERY_DATABASE_URL=sqlite:///" + str(database.relative_to(ROOT)) + " " + shlex.join(
            ["chancery", "ingest", str(corpus_path.relative_to(ROOT)), *options]
        ),
        "summary": summary,
        "wall": wall,
        "cpu": cpu,
        "workers_cpu": workers_cpu,
        "rss_mb": peak.rss_kib / 1024,
        "pss_mb": peak.pss_kib / 1024,
        "processes": peak.processes,
        "peak_at": peak.peak_at,
        "peak_processes": peak.peak_processes,
        "load_before": load_before,
        "load_after": os.getloadavg(),
        # Cores' worth of CPU the whole machine was busy with during the run (this run included).
        "machine_busy": (machine_after[0] - machine_before[0]) / (machine_after[1] - machine_before[1]) * (os.cpu_count() or 1),
    }


def table_counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "actors", "messages", "message_reports", "statements")
        }


def writer_alone(corpus_path: Path, articles: int, database: Path) -> dict:
    """The writer on `articles` articles extracted beforehand, in this process (not timed: reading, extraction)."""
    sys.path.insert(0, str(ROOT))
    from app.db import make_engine
    from app.ingest.extraction import extract_texts
    from app.ingest.identity import article_id, content_hash
    from app.ingest.job import batch_name
    from app.ingest.readers import Limits, read_file
    from app.ingest.writer import Prepared, Writer
    from app.migrate import upgrade
    from app.config import get_settings

    settings = get_settings()
    documents = list(itertools.islice(read_file(corpus_path, Limits(10**12, 10**9)), articles))
    prepared = []
    for document, extraction in zip(documents, extract_texts([d.text for d in documents]), strict=True):
        hash_ = content_hash(document.text)
        prepared.append(Prepared(document, hash_, article_id(hash_), extraction))
    url = f"sqlite:///{database}"
    engine = make_engine(url, bulk=True)
    upgrade(url, engine)
    writer = Writer(engine, batch_name([corpus_path]))
    load_before = os.getloadavg()
    started, cpu_started = time.perf_counter(), time.process_time()
    size = settings.ingest_batch_size
    for start in range(0, len(prepared), size):
        writer.write(prepared[start : start + size])
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    engine.dispose()
    return {"articles": len(prepared), "wall": wall, "cpu": cpu, "load_before": load_before, "load_after": os.getloadavg()}


def load(values: tuple[float, float, float]) -> str:
    return " / ".join(f"{value:.2f}" for value in values)


def report(args: argparse.Namespace, corpus_path: Path, job: dict, counts: dict, writer: dict | None, size_mb: float) -> str:
    summary = job["summary"]
    done = summary["ingested"] + summary["unchanged"]
    rate = done / job["wall"]
    at_target = TARGET_ARTICLES / rate
    cores = os.cpu_count() or 1
    cpu_ms = job["cpu"] / done * 1000
    idle_bound = cores / (cpu_ms / 1000)  # articles/s if this run had every core to itself
    lines = [
        "## Ingest",
        "",
        f"- **{rate:,.0f} articles/s** for the whole `chancery ingest` of {done:,} generated articles "
        f"({job['wall']:.1f} s wall, {job['cpu']:.1f} CPU s over the process tree, "
        f"{job['cpu'] / done * 1000:.2f} CPU ms an article); "
        f"peak memory of the tree ({job['processes']} processes) {job['rss_mb']:,.0f} MB RSS, {job['pss_mb']:,.0f} MB PSS "
        f"(the RSS peak {job['peak_at']:.0f} s after the start, {job['peak_processes']} processes running).",
        f"- CPU an article: {(job['cpu'] - job['workers_cpu']) / done * 1000:.2f} ms in the command's own process "
        f"(reading, hashing, unpacking results, writing), {job['workers_cpu'] / done * 1000:.2f} ms in its extraction "
        f"workers (extraction, packing results); workers' CPU read from /proc every {SAMPLE_SECONDS} s.",
        f"- At that rate {TARGET_ARTICLES:,} articles take {at_target / 60:.1f} min "
        f"(target ≤ {TARGET_SECONDS / 60:.0f} min, i.e. ≥ {TARGET_ARTICLES / TARGET_SECONDS:,.0f} articles/s): "
        + ("met." if at_target <= TARGET_SECONDS else "missed.")
        + (" Extrapolated from this run, not measured at 1,000,000." if done < TARGET_ARTICLES else ""),
        f"- The machine is shared: during the run its {cores} cores were busy {job['machine_busy']:.2f} cores' worth, "
        f"this run {job['cpu'] / job['wall']:.2f} of them. With every core to itself, at {cpu_ms:.2f} CPU ms an article, "
        f"it could do at most {idle_bound:,.0f} articles/s ({TARGET_ARTICLES:,} in {TARGET_ARTICLES / idle_bound / 60:.1f} min). "
        f"Load average (1/5/15 min) before {load(job['load_before'])}, after {load(job['load_after'])} "
        "(the ingest itself runs three busy processes).",
    ]
    if writer:
        writer_rate = writer["articles"] / writer["wall"]
        lines.append(
            f"- The writer alone (extraction done beforehand), first {writer['articles']:,} articles into a fresh "
            f"database: **{writer_rate:,.0f} articles/s** ({writer['wall']:.1f} s, "
            f"{writer['cpu'] / writer['articles'] * 1000:.2f} CPU ms an article; load before "
            f"{load(writer['load_before'])}, after {load(writer['load_after'])}). The rest of a job's CPU is "
            "extraction (see Extraction speed), which two cores share with the writer."
        )
    lines += [
        f"- Stored: {', '.join(f'{table} {n:,}' for table, n in counts.items())}; database {size_mb:,.0f} MB; "
        f"{summary['failed']} failed.",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; commit {commit('app', 'migrations')}.",
        f"- Machine: {machine()}.",
        f"- Command: `python bench/ingest_bench.py {' '.join(sys.argv[1:])}`, which runs "
        f"`{job['command']}` on `{corpus_path.relative_to(ROOT)}`.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="articles to generate and ingest (default 100,000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--writer-sample", type=int, default=20_000, help="articles for the writer-alone run (0: skip)")
    parser.add_argument("--bulk", action="store_true", help="run `chancery ingest --bulk` (indexes built at the end)")
    parser.add_argument("--no-write", action="store_true", help="print the section instead of writing RESULTS.md")
    args = parser.parse_args()

    corpus_path = corpus(args.articles, args.seed)
    database = fresh(OUT / f"ingest-{args.articles}-seed{args.seed}.db")
    job = run_ingest(corpus_path, database, args.bulk)
    counts = table_counts(database)
    size_mb = sum(Path(f"{database}{s}").stat().st_size for s in ("", "-wal") if Path(f"{database}{s}").exists()) / 2**20
    writer = None
    if args.writer_sample:
        writer_db = fresh(OUT / "ingest-writer-alone.db")
        writer = writer_alone(corpus_path, min(args.writer_sample, args.articles), writer_db)
        fresh(writer_db)
    text = report(args, corpus_path, job, counts, writer, size_mb)
    print(text)
    if not args.no_write:
        write_section("## Ingest", text)


if __name__ == "__main__":
    main()
