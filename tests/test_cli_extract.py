"""`chancery extract FILE...`: one JSON line a readable file; a file that is not text is named on stderr
with the reason, the others still printed, and the exit status is 1."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from app.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parent.parent / "seeds" / "000_333a7b3f00cc0f31.txt"
BAD = FIXTURES / "bad"


def run(*paths: Path):
    return CliRunner().invoke(cli, ["extract", *(str(path) for path in paths)])


def test_every_readable_file_is_printed_and_each_unreadable_one_named_with_its_reason() -> None:
    result = run(SEED, BAD / "invalid_utf8.txt", BAD / "picture.png", BAD / "utf16_bom.txt")
    assert result.exit_code == 1
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["file"] for row in printed] == [str(SEED), str(BAD / "utf16_bom.txt")]
    assert printed[0]["messages"] and printed[1]["title"]
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"error: {BAD / 'invalid_utf8.txt'}: not valid UTF-8: byte 0x")
    assert errors[1].startswith(f"error: {BAD / 'picture.png'}: binary file, not text")


def test_offsets_slice_the_file_as_the_guideline_reads_it() -> None:
    result = run(SEED, BAD / "crlf.txt")
    assert result.exit_code == 0 and not result.stderr
    for line in result.stdout.splitlines():
        row = json.loads(line)
        text = Path(row["file"]).read_text(encoding="utf-8")
        for statement in row["statements"]:
            assert text[statement["start"]:statement["end"]] == statement["text"]
