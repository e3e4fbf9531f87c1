"""How `chancery ingest` reports: a progress bar on a terminal, plain lines otherwise, or JSON."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import orjson
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

from app.ingest.job import Summary, ingest, input_size
from app.ingest.readers import Failure


def run_ingest(
    paths: Sequence[Path], *, as_json: bool, workers: int | None, batch_size: int | None, bulk: bool = False
) -> int:
    """Run the ingest job and report; returns the exit status (1 if anything failed)."""
    errors = Console(stderr=True, highlight=False, soft_wrap=True)

    def report(failure: Failure) -> None:
        if not as_json:
            print(f"failed: {failure}", file=sys.stderr)

    if errors.is_terminal and not as_json:
        columns = (
            TextColumn("ingest"),
            BarColumn(),
            DownloadColumn(),
            ArticleRateColumn(),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=errors, transient=True) as progress:
            task = progress.add_task("ingest", total=input_size(paths), articles=0)
            summary = ingest(
                paths,
                workers=workers,
                batch_size=batch_size,
                bulk=bulk,
                on_failure=lambda failure: progress.console.print(f"[red]failed:[/red] {escape(str(failure))}"),
                on_progress=lambda size, articles: progress.update(
                    task, advance=size, articles=progress.tasks[task].fields["articles"] + articles
                ),
            )
    else:
        summary = ingest(paths, workers=workers, batch_size=batch_size, bulk=bulk, on_failure=report)
    _print_summary(summary, as_json)
    return 0 if summary.ok else 1


class ArticleRateColumn(ProgressColumn):
    """Articles read so far and articles a second (the bar itself counts bytes, for the ETA)."""

    def render(self, task: Task) -> Text:
        articles = task.fields.get("articles", 0)
        rate = articles / task.elapsed if task.elapsed else 0.0
        return Text(f"{articles:,} articles, {rate:,.0f}/s", style="progress.data.speed")


def _print_summary(summary: Summary, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(orjson.dumps(summary.as_json()).decode() + "\n")
    else:
        rate = (summary.ingested + summary.unchanged) / summary.seconds if summary.seconds else 0.0
        print(f"{summary.line()}, {rate:,.0f} articles/s")
