"""What every benchmark writes beside its figures: the machine, the commit, and its own
section of bench/RESULTS.md (replaced on each run, the other sections left alone)."""
from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"


def machine() -> str:
    """CPU model (from lscpu), core count, Python version and platform."""
    model = "unknown CPU"
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        model = next(line.split(":", 1)[1].strip() for line in lscpu.splitlines() if line.startswith("Model name"))
    except (OSError, subprocess.CalledProcessError, StopIteration):
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()} ({platform.system()} {platform.machine()})"


def commit(*watched: str) -> str:
    """The short commit id, saying so when the `watched` paths have uncommitted changes."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", *watched) if watched else ""
    return head + (f" with uncommitted changes in {', '.join(watched)}" if dirty else "")


def write_section(heading: str, text: str) -> None:
    """Replace the section starting at `heading` (a `## ` line) with `text`, or append it."""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    start = current.find(heading + "\n")
    if start < 0:
        updated = current.rstrip("\n") + "\n\n" + text
    else:
        following = current.find("\n## ", start + len(heading))
        updated = current[:start] + text.rstrip("\n") + "\n" + (current[following:] if following >= 0 else "")
    RESULTS.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")
