"""Packages built as C extensions at install: setup.py has Cython compile app/extract, the
same Python source, which then runs about a third faster (bench/RESULTS.md).

A compiled module may only stand for the source it was built from. setup.py writes down the
SHA-256 of each module's source beside the compiled modules (compiled-from.json); at import,
if any source differs from what was written down (an edit since the last build), the
package's modules are all loaded from source until the next install builds them again
(`make run` and `make test` do so when a source has changed). So what runs is always what
is written, whatever the files' times say (a wheel's files all get the time they are
unpacked). CHANCERY_PURE_PYTHON=1 loads the source regardless: for tracebacks with line
numbers, cProfile, coverage. A machine without a C compiler installs the source alone.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path

PURE_PYTHON = "CHANCERY_PURE_PYTHON"
BUILT_FROM = "compiled-from.json"  # {compiled file name: SHA-256 of its source}, written by setup.py


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
    """Whether a compiled module in `folder` was built from another source than the one beside
    it, or from a source nobody wrote down."""
    compiled = {path for suffix in EXTENSION_SUFFIXES for path in folder.glob(f"*{suffix}")}
    if not compiled:
        return False
    try:
        built_from = json.loads((folder / BUILT_FROM).read_text())
    except (OSError, ValueError):
        return True
    for path in compiled:
        source = folder / f"{path.name.split('.', 1)[0]}.py"
        if source.is_file() and built_from.get(path.name) != hashlib.sha256(source.read_bytes()).hexdigest():
            return True
    return False


def load_fresh(package: str, directory: str) -> None:
    """Call from a compiled package's __init__, before it imports its modules: they come from
    source if a compiled one is stale or CHANCERY_PURE_PYTHON=1 asks for it."""
    folder = Path(directory)
    if os.environ.get(PURE_PYTHON) == "1" or stale(folder):
        sys.meta_path.insert(0, _SourceFinder(package, folder))
