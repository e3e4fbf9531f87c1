#!/usr/bin/env python3
"""API latency and throughput, Chancery beside Datasette on the same SQLite file.

    bench/setup.sh                                   # wrk and Datasette, once
    .venv/bin/python bench/api_bench.py --articles 100000
    .venv/bin/python bench/api_bench.py --articles 1000000 --duration 15

1. Generates N articles with bench/generate.py and ingests them with `chancery ingest`
   into bench/out/bench-N.db (both kept and reused; --rebuild starts again), timing it.
2. Starts one uvicorn worker serving app.main:app on 127.0.0.1, and asks its OpenAPI
   document which endpoints and parameters exist: a scenario whose endpoint is not there
   yet is listed as "not served" instead of failing the run.
3. Runs wrk (one thread, bounded in time) against each scenario: a first list page, a
   keyset page further on, filtered lists, a detail over many ids, search on a rare and a
   common term, each aggregate; and streams each export, counting rows per second.
4. Stops it, starts Datasette (immutable mode) on the same file and runs the same list,
   filter, detail and search queries in its fastest form (`_nocount=1&_nofacet=1`, `_col=`
   for the columns Chancery returns), then stops it. The servers run one after the other,
   never together, so neither competes for a core with the other.
5. Writes p50/p95/p99 latency and req/s side by side to the "API" section of
   bench/RESULTS.md ("API at N articles" for another size), with the machine, the date
   and the command.

Loopback only; every load run stops by itself after --duration seconds.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from results import commit, machine, write_section  # noqa: E402

OUT = ROOT / "bench" / "out"
VENV_BIN = ROOT / ".venv" / "bin"
DATASETTE = OUT / "datasette-venv" / "bin" / "datasette"
WRK_SCRIPT = ROOT / "bench" / "wrk" / "report.lua"
SECTION = "## API"  # at the default size; other sizes get a section of their own
HOST = "127.0.0.1"
PAGE = 50
COMMON_TERM = "cooperation"


@dataclass(slots=True)
class Load:
    """What one wrk run measured."""

    p50_ms: float
    p95_ms: float
    p99_ms: float
    rps: float
    requests: int
    errors: int
    first: str = "–"  # the one request made before the load: for an aggregate, computed, not cached

    @classmethod
    def from_wrk(cls, line: str) -> Load:
        data = json.loads(line.removeprefix("RESULT "))
        return cls(data["p50"] / 1000, data["p95"] / 1000, data["p99"] / 1000,
                   data["requests"] / data["seconds"], data["requests"], data["errors"] + data["non_2xx"])


@dataclass(slots=True)
class Scenario:
    name: str
    path: str | None  # None: the endpoint is not served
    paths_file: Path | None = None  # rotate over these paths (details)
    note: str = ""


# --- corpus and database -----------------------------------------------------------------


def build_database(n: int, seed: int, rebuild: bool) -> tuple[Path, str]:
    """The SQLite file of n generated articles, and how it was obtained."""
    OUT.mkdir(parents=True, exist_ok=True)
    corpus = OUT / f"corpus-{n}-seed{seed}.jsonl"
    database = OUT / f"bench-{n}-seed{seed}.db"
    if rebuild:  # the generator may have changed too: both are made again
        for path in (corpus, database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            path.unlink(missing_ok=True)
    if not corpus.exists():
        partial = corpus.with_suffix(".partial")
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(n), "--seed", str(seed),
                        "--workers", str(os.cpu_count() or 1), "--out", str(partial)], check=True)
        partial.rename(corpus)
    if database.exists():
        return database, f"reused `{database.relative_to(ROOT)}`" + upgraded(database)
    # Built under another name, so an interrupted build is never taken for a finished one.
    building = database.with_suffix(".building.db")
    for path in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run([str(VENV_BIN / "chancery"), "ingest", str(corpus), "--json"],
                          env={**os.environ, "CHANCERY_DATABASE_URL": f"sqlite:///{building}"},
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode not in (0, 1):  # 1: some input failed, which the summary says
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"chancery ingest failed with exit code {done.returncode}")
    with closing(sqlite3.connect(building)) as db:  # fold the WAL into the file before renaming it
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    building.rename(database)
    return database, (f"built by `chancery ingest` in {seconds:,.0f} s ({n / seconds:,.0f} articles/s, "
                      f"peak RSS of a child {peak_mb:,.0f} MB)")


def upgraded(database: Path) -> str:
    """Bring a reused database to the latest migration (it may have been built by older code);
    what was done, for the provenance."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        before = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    started = time.perf_counter()
    subprocess.run([str(VENV_BIN / "chancery"), "db", "upgrade"], check=True, capture_output=True,
                   env={**os.environ, "CHANCERY_DATABASE_URL": f"sqlite:///{database}"})
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        after = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if after == before:
        return f", at migration {after}"
    return f", upgraded from migration {before} to {after} in {time.perf_counter() - started:,.0f} s"


def table_counts(database: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("articles", "actors", "messages", "message_reports", "statements") if t in tables}


def table_columns(database: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]


def rare_name(database: Path) -> str:
    """The name of an actor named in the fewest articles: a term that search finds rarely."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        found = db.execute(
            "SELECT a.name FROM actor_titles t JOIN actors a ON a.id = t.actor_id "
            "GROUP BY a.id ORDER BY count(*), a.id LIMIT 1"
        ).fetchone()
    return found[0] if found else "Geneva"


def has_table(database: Path, name: str) -> bool:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


# --- servers -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@contextmanager
def server(command: list[str], ready_url: str, env: dict[str, str] | None = None) -> Iterator[None]:
    """Run a server process until the block ends; wait until `ready_url` answers 200."""
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise SystemExit(f"{command[0]} exited:\n{log.read().decode(errors='replace')[-3000:]}")
            try:
                if httpx.get(ready_url, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{ready_url} did not answer within 60 s")
            time.sleep(0.2)
        yield
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def run_wrk(base: str, scenario: Scenario, duration: int, connections: int) -> Load:
    env = {**os.environ, "WRK_PATHS": str(scenario.paths_file or "")}
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "5s",
               "-s", str(WRK_SCRIPT), base + (scenario.path or "/")]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=duration + 60, check=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    return Load.from_wrk(line)


def measured(base: str, health: str, scenario: Scenario, duration: int, connections: int) -> Load | str | None:
    """The load run of a scenario; None if it is not served; a failure as text (recorded, and the
    run goes on). Waits first until the server answers promptly again, so that requests a slow
    scenario left running do not count against the next one."""
    if not scenario.path:
        return None
    if not settled(base + health):
        return "server busy (> 60 s)"
    first = "–"
    if not scenario.paths_file:
        started = time.perf_counter()
        try:
            status = httpx.get(base + scenario.path, timeout=30).status_code
            first = f"{(time.perf_counter() - started) * 1000:.0f}" + ("" if status == 200 else f" ({status})")
        except httpx.HTTPError as error:
            first = f"failed ({type(error).__name__})"
    try:
        load = run_wrk(base, scenario, duration, connections)
    except (subprocess.SubprocessError, StopIteration, OSError, ValueError) as error:
        return f"failed ({type(error).__name__}); first request {first} ms"
    load.first = first
    return load


def settled(health_url: str, within: float = 60) -> bool:
    """Whether the server answers `health_url` within a second, waiting up to `within` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if httpx.get(health_url, timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    return False


def export_rate(url: str, limit_seconds: float) -> tuple[float, int]:
    """Rows per second streaming an export: CSV records (less the header) or JSON lines.

    Records are counted on the raw bytes, at C speed, so that the client's parsing does not
    cap the figure: a CSV newline ends a record when the quotes before it are balanced
    (a quote inside a field is doubled, a field holding a newline is quoted)."""
    csv_format = url.split("?")[0].endswith(".csv")
    started = time.perf_counter()
    rows, open_quote = (-1 if csv_format else 0), False
    with httpx.stream("GET", url, timeout=limit_seconds + 30) as response:
        response.raise_for_status()
        for chunk in response.iter_raw():
            if csv_format:
                *lines, last = chunk.split(b"\n")
                for line in lines:
                    open_quote ^= line.count(b'"') & 1 == 1
                    rows += not open_quote
                open_quote ^= last.count(b'"') & 1 == 1
            else:
                rows += chunk.count(b"\n")
            if time.perf_counter() - started > limit_seconds:
                break
    return rows / (time.perf_counter() - started), rows


# --- scenarios ---------------------------------------------------------------------------


class Api:
    """Chancery's endpoints as its OpenAPI document describes them."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.openapi = httpx.get(base + "/openapi.json", timeout=30).json()

    def serves(self, path: str, *params: str) -> bool:
        operation = self.openapi.get("paths", {}).get(path, {}).get("get")
        if operation is None:
            return False
        names = {p["name"] for p in operation.get("parameters", [])}
        return all(p in names for p in params)

    def enum(self, path: str, param: str) -> list[str]:
        operation = self.openapi["paths"][path]["get"]
        schema = next(p["schema"] for p in operation["parameters"] if p["name"] == param)
        for candidate in (schema, *schema.get("anyOf", []), schema.get("items", {})):
            if "$ref" in candidate:
                candidate = self.openapi["components"]["schemas"][candidate["$ref"].rsplit("/", 1)[-1]]
            if "enum" in candidate:
                return list(candidate["enum"])
        return []

    def get(self, path: str, **params: object) -> dict:
        response = httpx.get(self.base + path, params=params, timeout=60)
        response.raise_for_status()
        return response.json()


def url(path: str, **params: object) -> str:
    query = urlencode([(k, v) for k, value in params.items() for v in (value if isinstance(value, list) else [value])])
    return f"{path}?{query}" if query else path


def write_paths(name: str, paths: list[str]) -> Path:
    file = OUT / f"wrk-paths-{name}.txt"
    file.write_text("\n".join(paths) + "\n", encoding="utf-8")
    return file


def cursor_five_pages_in(api: Api, **params: object) -> str | None:
    page, cursor = api.get("/v1/articles", limit=PAGE, **params), None
    for _ in range(5):
        cursor = page.get("next_cursor")
        if not cursor:
            break
        page = api.get("/v1/articles", limit=PAGE, cursor=cursor, **params)
    return cursor


def chancery_scenarios(api: Api, database: Path) -> tuple[list[Scenario], dict]:
    """Chancery's scenarios, and the sample values (ids, cursor, terms) Datasette's reuse."""
    first = api.get("/v1/articles", limit=PAGE)
    cursor = cursor_five_pages_in(api)
    by_id_cursor = cursor_five_pages_in(api, sort="id") if api.serves("/v1/articles", "sort") else None
    page = first
    articles = first["data"]
    ids = [a["id"] for a in articles]
    while len(ids) < 500 and page.get("next_cursor"):
        page = api.get("/v1/articles", limit=200, cursor=page["next_cursor"])
        ids += [a["id"] for a in page["data"]]
    source = articles[0]["source"] if articles else "Atlas Daily"
    messages = api.get("/v1/messages", limit=1)["data"] if api.serves("/v1/messages") else []
    country = (messages[0]["sender"].get("country") if messages else None) or "CHN"
    rare = rare_name(database)
    samples = {"columns": [k for k in (articles[0] if articles else {}) if k in table_columns(database, "articles")],
               "ids": ids, "source": source, "rare": rare}

    def when(condition: bool, name: str, path: str, **kw: object) -> Scenario:
        return Scenario(name, path if condition else None, **kw)  # type: ignore[arg-type]

    scenarios = [
        when(api.serves("/v1/articles"), "articles: first page", url("/v1/articles", limit=PAGE)),
        when(bool(cursor), "articles: keyset page (6th)", url("/v1/articles", limit=PAGE, cursor=cursor or "")),
        when(bool(by_id_cursor), "articles: keyset page (6th) by id",
             url("/v1/articles", limit=PAGE, sort="id", cursor=by_id_cursor or "")),
        when(api.serves("/v1/articles", "source", "published_from"), "articles: filtered (source, date)",
             url("/v1/articles", source=source, published_from="2015-01-01", limit=PAGE)),
        when(api.serves("/v1/messages", "kind"), "messages: filtered (kind)",
             url("/v1/messages", kind="condolence", limit=PAGE)),
        when(api.serves("/v1/messages", "sender_country", "kind"), "messages: filtered (sender country, kind)",
             url("/v1/messages", sender_country=country, kind="congratulation", limit=PAGE)),
        when(api.serves("/v1/senders"), "senders: first page", url("/v1/senders", limit=PAGE)),
        when(api.serves("/v1/statements"), "statements: first page", url("/v1/statements", limit=PAGE)),
        Scenario("articles: detail (500 ids)", "/v1/articles/{id}" if ids else None,
                 write_paths("chancery-detail", [f"/v1/articles/{i}" for i in ids[:500]]) if ids else None),
        when(api.serves("/v1/articles", "q"), f"search: rare term ({rare})", url("/v1/articles", q=rare, limit=PAGE)),
        when(api.serves("/v1/articles", "q"), f"search: common term ({COMMON_TERM})",
             url("/v1/articles", q=COMMON_TERM, limit=PAGE)),
    ]
    for resource_name in ("messages", "statements"):
        path = f"/v1/stats/{resource_name}"
        groups = api.enum(path, "group_by") if api.serves(path, "group_by") else []
        scenarios += [Scenario(f"stats: {resource_name} by {g}", url(path, group_by=g)) for g in groups]
        if not groups:
            scenarios.append(Scenario(f"stats: {resource_name}", None))
    return scenarios, samples


def page_five_in(base: str, first: str) -> str | None:
    """The path of the 6th page of a Datasette table view, following its `next_url`s; None if
    a page does not load within a minute."""
    try:
        page, deep = httpx.get(base + first, timeout=60).json(), None
        for _ in range(5):
            if not page.get("next_url"):
                break
            deep = httpx.URL(page["next_url"]).raw_path.decode()
            page = httpx.get(base + deep, timeout=60).json()
    except (httpx.HTTPError, ValueError):
        return None
    return deep


def deep_page(base: str, first: str) -> Scenario:
    path = page_five_in(base, first)
    return Scenario("", path, note="" if path else "Datasette: a page before the 6th took over 60 s")


def datasette_scenarios(database: Path, base: str, samples: dict) -> dict[str, Scenario]:
    """Datasette's form of the scenarios it can answer, keyed by the Chancery scenario name."""
    db = "/" + database.stem
    fast = {"_size": PAGE, "_nocount": 1, "_nofacet": 1}
    columns = {"_col": [c for c in samples["columns"] if c != "id"]}
    first = url(f"{db}/articles.json", **fast, **columns, _sort_desc="published_at")
    by_id = url(f"{db}/articles.json", **fast, **columns, _sort="id")
    scenarios = {
        "articles: first page": Scenario("", first),
        "articles: keyset page (6th)": deep_page(base, first),
        "articles: keyset page (6th) by id": deep_page(base, by_id),
        "articles: filtered (source, date)": Scenario("", url(
            f"{db}/articles.json", **fast, **columns, source=samples["source"],
            published_at__gte="2015-01-01", _sort_desc="published_at")),
        "messages: filtered (kind)": Scenario("", url(f"{db}/messages.json", **fast, kind="condolence", _labels="on"),
                                              note="Datasette: foreign keys as labels"),
        "statements: first page": Scenario("", url(f"{db}/statements.json", **fast, _labels="on"),
                                           note="Datasette: foreign keys as labels"),
        "articles: detail (500 ids)": Scenario("", f"{db}/articles/id.json", write_paths(
            "datasette-detail", [f"{db}/articles/{i}.json" for i in samples["ids"][:500]]),
            note="Datasette: the row alone; Chancery: the row with its actors, messages, statements"),
    }
    fts = next((t for t in ("articles_fts", "article_search") if has_table(database, t)), None)
    if fts:
        scenarios[f"search: rare term ({samples['rare']})"] = Scenario("", url(
            f"{db}/articles.json", **fast, **columns, _search=samples["rare"]))
        scenarios[f"search: common term ({COMMON_TERM})"] = Scenario("", url(
            f"{db}/articles.json", **fast, **columns, _search=COMMON_TERM))
    return scenarios


# --- the run -----------------------------------------------------------------------------


def cells(load: Load | str | None) -> list[str]:
    if load is None:
        return ["–"] * 4
    if isinstance(load, str):
        return [load, "–", "–", "–"]
    if load.requests == 0:
        return ["timed out (> 5 s)", "–", "–", "0"]
    errors = f" ({load.errors} errors)" if load.errors else ""
    return [f"{load.p50_ms:.1f}", f"{load.p95_ms:.1f}", f"{load.p99_ms:.1f}", f"{load.rps:,.0f}{errors}"]


def row(*values: str) -> str:
    return "| " + " | ".join(values) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the database (default 100000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per scenario (default 10)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (default 8)")
    parser.add_argument("--rebuild", action="store_true", help="generate the corpus and ingest it again")
    parser.add_argument("--no-datasette", action="store_true", help="measure Chancery alone")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: run bench/setup.sh")
    with_datasette = not args.no_datasette and DATASETTE.exists()
    command = "python bench/api_bench.py" + "".join(" " + shlex.quote(a) for a in sys.argv[1:])

    database, provenance = build_database(args.articles, args.seed, args.rebuild)
    load_before = os.getloadavg()
    counts = table_counts(database)

    port = free_port()
    base = f"http://{HOST}:{port}"
    uvicorn = [str(VENV_BIN / "uvicorn"), "app.main:app", "--host", HOST, "--port", str(port),
               "--workers", "1", "--no-access-log", "--log-level", "warning"]
    chancery: dict[str, Load | str | None] = {}
    exports: list[str] = []
    with server(uvicorn, base + "/healthz", {"CHANCERY_DATABASE_URL": f"sqlite:///{database}"}):
        api = Api(base)
        scenarios, samples = chancery_scenarios(api, database)
        for scenario in scenarios:
            chancery[scenario.name] = measured(base, "/healthz", scenario, args.duration, args.connections)
            print(f"chancery  {scenario.name}: {row(*cells(chancery[scenario.name]))}", file=sys.stderr)
        for path in sorted(p for p in api.openapi.get("paths", {}) if p.endswith((".csv", ".jsonl"))):
            settled(base + "/healthz")
            try:
                rate, rows = export_rate(base + path, limit_seconds=args.duration * 3)
                exports.append(f"| `{path}` | {rows:,} | {rate:,.0f} |")
            except httpx.HTTPError as error:
                exports.append(f"| `{path}` | failed ({type(error).__name__}) | – |")

    datasette: dict[str, Load | str | None] = {}
    notes: dict[str, str] = {}
    if with_datasette:
        port = free_port()
        base = f"http://{HOST}:{port}"
        command_ds = [str(DATASETTE), "serve", "-i", str(database), "-h", HOST, "-p", str(port),
                      "--setting", "default_page_size", str(PAGE), "--setting", "sql_time_limit_ms", "5000"]
        with server(command_ds, base + "/-/versions.json"):
            for name, scenario in datasette_scenarios(database, base, samples).items():
                datasette[name] = measured(base, "/-/versions.json", scenario, args.duration, args.connections)
                notes[name] = scenario.note
                print(f"datasette {name}: {row(*cells(datasette[name]))}", file=sys.stderr)

    load_after = os.getloadavg()
    section = SECTION if args.articles == 100_000 else f"{SECTION} at {args.articles:,} articles"
    lines = [
        section,
        "",
        f"- Database: {args.articles:,} generated articles (seed {args.seed}), {provenance}; rows: "
        + ", ".join(f"{t} {n:,}" for t, n in counts.items()) + ".",
        f"- Load: wrk, 1 thread, {args.connections} connections, {args.duration} s a scenario, loopback; "
        f"Chancery on one uvicorn worker; Datasette {'in immutable mode (`-i`), run after Chancery, never beside it' if with_datasette else 'not run'}.",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; commit {commit('app')}.",
        f"- Machine: {machine()}; load average (1/5/15 min) {' / '.join(f'{x:.2f}' for x in load_before)} before "
        f"the load runs, {' / '.join(f'{x:.2f}' for x in load_after)} after (other jobs may have shared the cores).",
        f"- Command: `{command}`",
        "",
        "First ms: one request alone before the load (an aggregate's result is then computed; under load it is "
        "mostly served from the result cache, which keeps it until the data changes).",
        "",
        "| scenario | Chancery first ms | p50 ms | p95 ms | p99 ms | req/s | Datasette p50 ms | p95 ms | p99 ms | req/s "
        "| Chancery / Datasette |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, load in chancery.items():
        other = datasette.get(name)
        # A ratio only against answers: a server whose every request failed has no rate to compare.
        both = isinstance(load, Load) and isinstance(other, Load) and other.requests > other.errors
        ratio = f"{load.rps / other.rps:.2f}×" if both else "–"  # type: ignore[union-attr]
        label = name + ("" if load else " (not served)")
        if notes.get(name):
            label += f" [{notes[name]}]"
        first = load.first if isinstance(load, Load) else "–"
        lines.append(row(label, first, *cells(load), *cells(other), ratio))
    lines += ["", "Exports (rows/s, streamed):", "", "| export | rows | rows/s |", "| --- | ---: | ---: |",
              *(exports or ["| (no export endpoint served) | – | – |"]), ""]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section(section, text)
        print("written to bench/RESULTS.md", file=sys.stderr)


if __name__ == "__main__":
    main()
