"""The extractor (app/extract) compiled to C extensions by Cython: the same source, about a third
faster (bench/RESULTS.md). Each extension is optional: where no C compiler is found the package
installs as plain Python and runs the same. Everything else is in pyproject.toml."""

import hashlib
import json
import os
from pathlib import Path

from Cython.Build import cythonize
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

COMPILED_PACKAGE = Path("app/extract")
# Beside the compiled modules: the SHA-256 of the source each was built from (app/compiled.py).
BUILT_FROM = "compiled-from.json"

SOURCES = {
    f"app.extract.{path.stem}": path
    for path in sorted(COMPILED_PACKAGE.glob("*.py"))
    if path.stem != "__init__"  # loads first and checks that the compiled modules are current (app/compiled.py)
}


class BuildRecordingSources(build_ext):
    """build_ext, writing down beside the compiled modules which source each was built from."""

    def run(self) -> None:
        super().run()
        built: dict[str, str] = {}
        for ext in self.extensions:
            output = Path(self.get_ext_fullpath(ext.name))
            if output.exists():  # an optional extension that failed to build is left out
                built[output.name] = hashlib.sha256(SOURCES[ext.name].read_bytes()).hexdigest()
                folder = output.parent
        if built:
            (folder / BUILT_FROM).write_text(json.dumps(built, indent=1, sort_keys=True) + "\n")


setup(
    ext_modules=cythonize(
        [Extension(name, [str(path)], optional=True) for name, path in SOURCES.items()],
        language_level=3,
        compiler_directives={"binding": True},
        quiet=True,
    ),
    cmdclass={"build_ext": BuildRecordingSources},
    options={"build_ext": {"parallel": os.cpu_count() or 1}},
)
