"""The `chancery` command line."""
from __future__ import annotations

from pathlib import Path

import orjson
import typer

from app.extract import extract as extract_text

cli = typer.Typer(help="Chancery: diplomatic messages extracted from news reports.", no_args_is_help=True)


@cli.callback()
def root() -> None:
    """Chancery: diplomatic messages extracted from news reports."""


@cli.command()
def extract(files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, readable=True)) -> None:
    """Print what extraction finds in each FILE, one JSON object a line (see GUIDELINES.md)."""
    for path in files:
        text = path.read_text(encoding="utf-8")
        row = {"file": str(path), **extract_text(text).to_guideline_json()}
        typer.echo(orjson.dumps(row).decode())


def main() -> None:
    cli()
