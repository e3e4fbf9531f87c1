"""The installed package carries its migrations, so `chancery db upgrade` needs no source tree."""
from __future__ import annotations

import tomllib
from pathlib import Path

from app.migrate import MIGRATIONS

ROOT = Path(__file__).resolve().parent.parent


def test_migrations_are_read_from_inside_the_package():
    package = ROOT / "app"
    assert MIGRATIONS.parent == package
    assert MIGRATIONS.resolve() == (ROOT / "migrations").resolve()


def test_package_data_ships_every_migration_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["app"]
    package = ROOT / "app"
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    migration_files = {
        package / "migrations" / path.relative_to(ROOT / "migrations")
        for path in (ROOT / "migrations").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert migration_files
    assert migration_files <= shipped
