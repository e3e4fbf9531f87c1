"""The compiled extractor (setup.py, app/compiled.py): it runs only while fresh, and it finds
exactly what its source finds."""

import os
import subprocess
import sys
import time
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import app.extract
from app.compiled import stale

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PACKAGE = ROOT / "app" / "extract"


def _aged(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when))


def test_a_compiled_module_older_than_its_source_is_stale(tmp_path: Path) -> None:
    (tmp_path / "names.py").write_text("")
    built = tmp_path / f"names{EXTENSION_SUFFIXES[0]}"
    built.write_bytes(b"")
    _aged(tmp_path / "names.py", 60)
    assert not stale(tmp_path)
    _aged(built, 120)
    assert stale(tmp_path)


def test_a_folder_without_compiled_modules_is_not_stale(tmp_path: Path) -> None:
    (tmp_path / "names.py").write_text("")
    assert not stale(tmp_path)


def _import_in_child(tmp_path: Path, *, stale_extension: bool, environment: dict[str, str]) -> str:
    """Import a package laid out like app/extract, whose module `rules` has a compiled file
    beside its source, in a fresh interpreter: what `rules.ORIGIN` says, or the error's last line."""
    package = tmp_path / "compiledpkg"
    package.mkdir()
    (package / "__init__.py").write_text("from app.compiled import load_fresh\nload_fresh(__name__, __path__[0])\n")
    (package / "rules.py").write_text("ORIGIN = 'source'\n")
    # Not a loadable extension: loading it raises, so "source" can only come from rules.py.
    built = package / f"rules{EXTENSION_SUFFIXES[0]}"
    built.write_bytes(b"not an extension")
    _aged(package / "rules.py", 60)
    if stale_extension:
        _aged(built, 120)
    code = "import compiledpkg.rules as r; print(r.ORIGIN)"
    environment = {**{k: v for k, v in os.environ.items() if k != "CHANCERY_PURE_PYTHON"},
                   "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}", **environment}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=environment)
    return result.stdout.strip() or result.stderr.strip().splitlines()[-1]


def test_a_fresh_compiled_module_is_the_one_imported(tmp_path: Path) -> None:
    # the fake extension is loaded, and fails: what the two tests below must avoid
    assert "ImportError" in _import_in_child(tmp_path, stale_extension=False, environment={})


def test_a_stale_compiled_module_gives_way_to_its_source(tmp_path: Path) -> None:
    assert _import_in_child(tmp_path, stale_extension=True, environment={}) == "source"


def test_pure_python_is_loaded_on_request(tmp_path: Path) -> None:
    assert _import_in_child(tmp_path, stale_extension=False, environment={"CHANCERY_PURE_PYTHON": "1"}) == "source"


def _compiled_and_fresh() -> bool:
    return any(PACKAGE.glob(f"*{EXTENSION_SUFFIXES[0]}")) and not stale(PACKAGE)


def test_the_extractor_runs_compiled_when_its_compiled_modules_are_fresh() -> None:
    # `make test` builds them (setup.py); after an edit they are stale until the next build
    assert app.extract.COMPILED == (_compiled_and_fresh() and os.environ.get("CHANCERY_PURE_PYTHON") != "1")


def _extract_fixtures(pure: bool) -> str:
    files = sorted(str(p) for p in FIXTURES.glob("*/*.txt") if p.parent.name != "bad")
    environment = dict(os.environ)
    environment.pop("CHANCERY_PURE_PYTHON", None)
    if pure:
        environment["CHANCERY_PURE_PYTHON"] = "1"
    code = "from app.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", code, "extract", *files],
                            capture_output=True, text=True, check=True, env=environment, cwd=ROOT)
    return result.stdout


def test_the_compiled_extractor_finds_what_its_source_finds() -> None:
    # Every fixture article (the dev corpus and every held-out set). After an edit, before the next
    # build, both runs are the source; `make test` builds first, so there it compares the two.
    assert _extract_fixtures(pure=False) == _extract_fixtures(pure=True)
