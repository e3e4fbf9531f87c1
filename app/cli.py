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


@cli.command()
def evaluate(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of NN.txt with NN.gold.json."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object."),
    quiet: bool = typer.Option(False, "--quiet", help="Leave out the per-article misses."),
) -> None:
    """Score extraction against gold annotations, with the figures of the shared scorer."""
    from app.evaluate import GoldError, evaluate_directory

    try:
        evaluation = evaluate_directory(directory)
    except GoldError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    if as_json:
        typer.echo(orjson.dumps(evaluation.summary()).decode())
    else:
        typer.echo("\n".join(evaluation.report_lines(misses=not quiet)))


def main() -> None:
    cli()
