"""The extractor (app/extract) compiled to C extensions by Cython: the same source, about a third
faster (bench/RESULTS.md). Each extension is optional: where no C compiler is found the package
installs as plain Python and runs the same. Everything else is in pyproject.toml."""

import os
from pathlib import Path

from Cython.Build import cythonize
from setuptools import Extension, setup

COMPILED_PACKAGE = Path("app/extract")

modules = [
    Extension(f"app.extract.{path.stem}", [str(path)], optional=True)
    for path in sorted(COMPILED_PACKAGE.glob("*.py"))
    if path.stem != "__init__"  # loads first and decides whether the compiled modules are fresh (app/compiled.py)
]
setup(
    ext_modules=cythonize(modules, language_level=3, compiler_directives={"binding": True}, quiet=True),
    options={"build_ext": {"parallel": os.cpu_count() or 1}},
)
