"""The compiled extractor (setup.py, app/compiled.py): it runs only while built from the source beside it, and it finds
exactly what its source finds."""

import hashlib
import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import app.extract
from app.compiled import BUILT_FROM, stale

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PACKAGE = ROOT / "app" / "extract"


def _compiled_beside(folder: Path, module: str, source: str, built_from: str | None) -> None:
    """A module's source, a compiled file beside it (not loadable: importing it raises, so a
    module that loads came from source), and the record of the source it was built from."""
    (folder / f"{module}.py").write_text(source)
    built = f"{module}{EXTENSION_SUFFIXES[0]}"
    (folder / built).write_bytes(b"not an extension")
    if built_from is not None:
        digest = hashlib.sha256(built_from.encode()).hexdigest()
        (folder / BUILT_FROM).write_text(json.dumps({built: digest}))


def test_a_compiled_module_built_from_its_source_is_current(tmp_path: Path) -> None:
    _compiled_beside(tmp_path, "names", "RULES = 1\n", built_from="RULES = 1\n")
    assert not stale(tmp_path)


def test_a_compiled_module_built_from_another_source_is_stale(tmp_path: Path) -> None:
    _compiled_beside(tmp_path, "names", "RULES = 2\n", built_from="RULES = 1\n")
    assert stale(tmp_path)


def test_a_compiled_module_with_no_record_of_its_source_is_stale(tmp_path: Path) -> None:
    _compiled_beside(tmp_path, "names", "RULES = 1\n", built_from=None)
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
    source = "ORIGIN = 'source'\n"
    _compiled_beside(package, "rules", source, built_from="ORIGIN = 'an older source'\n" if stale_extension else source)
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
