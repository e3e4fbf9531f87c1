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
    """Print what extraction finds in each FILE, one JSON object a line (see GUIDELINES.md).

    A file that is not text (invalid UTF-8, binary) gets one line on stderr naming it and why;
    the other files are printed all the same, and the exit status is 1."""
    failed = False
    for path in files:
        try:
            text = _article_text(path)
        except ValueError as error:
            typer.echo(f"error: {path}: {error}", err=True)
            failed = True
            continue
        row = {"file": str(path), **extract_text(text).to_guideline_json()}
        typer.echo(orjson.dumps(row).decode())
    if failed:
        raise typer.Exit(1)


def _article_text(path: Path) -> str:
    """The file as text, read as the guideline's offsets count it (UTF-8, line ends made "\\n"); one
    that is not UTF-8 is decoded as `chancery ingest` decodes it (UTF-16 or UTF-32 with a byte-order
    mark), else ValueError says why."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        from app.ingest.readers import decode

        return decode(path.read_bytes())


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


db = typer.Typer(help="Database: migrations and digest.", no_args_is_help=True)
cli.add_typer(db, name="db")


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply the Alembic migrations to the configured database (CHANCERY_DATABASE_URL), and build
    any index an interrupted `chancery ingest --bulk` left out."""
    from app.config import get_settings
    from app.db import make_engine
    from app.ingest.indexes import build_missing
    from app.migrate import upgrade

    url = get_settings().database_url
    engine = make_engine(url)
    try:
        upgrade(url, engine)
        built = build_missing(engine)
    finally:
        engine.dispose()
    if built:
        typer.echo(f"built {len(built)} indexes an interrupted bulk load left out: {', '.join(built)}")
    typer.echo("database is at the latest revision")


@db.command("digest")
def db_digest() -> None:
    """Print a SHA-256 of the stored content, independent of ingest order and time."""
    from app.config import get_settings
    from app.db import make_engine
    from app.ingest.digest import digest

    engine = make_engine(get_settings().database_url)
    try:
        typer.echo(digest(engine))
    finally:
        engine.dispose()


@cli.command()
def serve() -> None:
    """Serve the API (app.main:app) on CHANCERY_HOST:CHANCERY_PORT."""
    import uvicorn

    from app.config import get_settings

    settings = get_settings()
    uvicorn.run("app.main:app", host=settings.host, port=settings.port)


@cli.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files and folders (read recursively): .txt, .json, .jsonl, .html."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object, failures included."),
    workers: int | None = typer.Option(None, min=1, help="Extraction processes (default: CHANCERY_INGEST_WORKERS, else one per core)."),
    batch_size: int | None = typer.Option(None, min=1, help="Articles written a transaction (default: CHANCERY_INGEST_BATCH_SIZE, 5000)."),
    bulk: bool = typer.Option(
        False, "--bulk", help="First load of an empty SQLite database: build secondary indexes at the end (reads meanwhile are slower)."
    ),
) -> None:
    """Ingest articles; migrates a new database first. Exit status 1 if any file or line failed."""
    from app.ingest.cli import run_ingest

    raise typer.Exit(run_ingest(paths, as_json=as_json, workers=workers, batch_size=batch_size, bulk=bulk))


@cli.command()
def export(
    resource: str = typer.Argument(..., help="articles, messages or statements."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="csv or jsonl."),
    where: list[str] = typer.Option(
        [], "--where", "-w", help="FIELD=VALUE filter, as the API's list parameters (repeat: any of the values)."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
) -> None:
    """Write every matching article, message or statement as CSV or JSON lines, in constant memory."""
    import sys

    from app.db import get_engine
    from app.queries import export as exports

    if resource not in exports.RESOURCES or fmt not in exports.MEDIA_TYPES:
        raise typer.BadParameter(f"RESOURCE is one of {', '.join(exports.RESOURCES)}; --format csv or jsonl")
    try:
        filters = exports.filters_from_pairs(resource, where)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    _, build, columns = exports.RESOURCES[resource]
    with open(output, "wb") if output else sys.stdout.buffer as sink:
        for chunk in exports.stream(get_engine(), build, filters, columns, fmt):
            sink.write(chunk)


def main() -> None:
    cli()
