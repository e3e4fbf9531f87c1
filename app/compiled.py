"""Packages built as C extensions at install: setup.py has Cython compile app/extract, the
same Python source, which then runs about a third faster (bench/RESULTS.md).

A compiled module may only run the source it was built from. After an edit, a compiled module
is older than its source: the package's modules are then all loaded from source until the next
install builds them again (`make run` and `make test` do so when a source has changed), so
what runs is always what was written. CHANCERY_PURE_PYTHON=1 loads the source regardless:
for tracebacks with line numbers, cProfile, coverage. A machine without a C compiler installs
the source alone and runs it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path

PURE_PYTHON = "CHANCERY_PURE_PYTHON"


class _SourceFinder:
    """Finds a package's modules as source files, ahead of the compiled ones beside them."""

    def __init__(self, package: str, folder: Path) -> None:
        self.package = package
        self.folder = folder

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        package, _, module = name.rpartition(".")
        source = self.folder / f"{module}.py"
        if package != self.package or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(name, source)


def stale(folder: Path) -> bool:
    """Whether a compiled module in `folder` is older than its source."""
    for suffix in EXTENSION_SUFFIXES:
        for built in folder.glob(f"*{suffix}"):
            source = folder / f"{built.name.removesuffix(suffix)}.py"
            if source.is_file() and source.stat().st_mtime > built.stat().st_mtime:
                return True
    return False


def load_fresh(package: str, directory: str) -> None:
    """Call from a compiled package's __init__, before it imports its modules: they come from
    source if a compiled one is stale or CHANCERY_PURE_PYTHON=1 asks for it."""
    folder = Path(directory)
    if os.environ.get(PURE_PYTHON) == "1" or stale(folder):
        sys.meta_path.insert(0, _SourceFinder(package, folder))
