"""Turn files into articles to ingest, or into failures that say exactly what could not be read.

Formats:
- `.txt`: the first non-blank line is the title; the text is kept as decoded.
- `.json`: one object, or a list of objects; `.jsonl`: one object a line. Fields `title`,
  `text`, `url`, `source`, `published_at` (ISO date or date-time); only `text` is required,
  and the title defaults to the first non-blank line of the text.
- `.html`/`.htm` (or a `.txt` that is an HTML page): reduced to its text with selectolax.

Decoding accepts UTF-8 with or without a BOM and UTF-16/32 with a BOM; line ends become
`\\n`, as Python's text mode reads them. Anything else (invalid UTF-8, NUL bytes, binary
files) is a failure naming the file, the line where there is one, and the reason.
"""
from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import orjson
from selectolax.lexbor import LexborHTMLParser, LexborNode

from app.models import Article

TEXT_SUFFIXES = {".txt"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
# Annotation files in the guideline's format live beside the articles they annotate.
ANNOTATION_SUFFIX = ".gold.json"

FIELDS = ("title", "text", "url", "source", "published_at")
SOURCE_MAX_CHARS = Article.__table__.c.source.type.length
BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
HTML_START = re.compile(r"\A\s*(<!doctype\s+html|<html[\s>])", re.IGNORECASE)
HTML_BLOCK_TAGS = frozenset("h1 h2 h3 h4 h5 h6 p li blockquote pre figcaption td th dt dd".split())
HTML_BLOCKS = ", ".join(sorted(HTML_BLOCK_TAGS))
HTML_NOISE = "script, style, noscript, template, nav, header, footer, aside, form, svg"
WHITESPACE = re.compile(r"\s+")
TEXT_BYTES = b"\t\n\f\r" + bytes(range(32, 256))


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 16 * 1024 * 1024
    max_article_chars: int = 1_000_000


@dataclass(slots=True)
class Document:
    """An article as read, before extraction."""

    path: str
    line: int | None
    title: str
    text: str
    url: str | None = None
    source: str | None = None
    published_at: date | None = None
    size: int = 0  # bytes of input it came from, for progress


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


class ReadError(ValueError):
    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def find_files(paths: Iterable[Path]) -> Iterator[Path | Failure]:
    """The files under `paths`, folders walked recursively in name order.

    A file named explicitly is read whatever its suffix claims; inside folders only supported
    suffixes are read, and hidden files and annotation files (`*.gold.json`) are left out.
    """
    for path in paths:
        if path.is_dir():
            # Walked a folder at a time, in name order: the same order on every run, without
            # holding the names of a whole archive in memory.
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
                for name in sorted(names):
                    child = Path(folder, name)
                    if name.startswith(".") or not child.is_file():
                        continue
                    if child.suffix.lower() in SUPPORTED_SUFFIXES and not name.lower().endswith(ANNOTATION_SUFFIX):
                        yield child
        elif path.is_file():
            yield path
        elif path.exists():
            yield Failure(str(path), None, "not a regular file")
        else:
            yield Failure(str(path), None, "no such file or folder")


def read_file(path: Path, limits: Limits = Limits()) -> Iterator[Document | Failure]:
    """Every article in one file, each as a Document or a Failure; never raises for bad input."""
    name = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, limits)
            return
        if suffix not in SUPPORTED_SUFFIXES:
            raise ReadError(f"unsupported file type {path.suffix or '(none)'!r}; expected .txt, .json, .jsonl or .html")
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise ReadError(
                f"file is {size:,} bytes, over the limit of {limits.max_file_bytes:,} "
                "(CHANCERY_INGEST_MAX_FILE_BYTES; split large collections into .jsonl)"
            )
        text = decode(path.read_bytes())
        if suffix in JSON_SUFFIXES:
            yield from _read_json(name, text, size, limits)
        elif suffix in HTML_SUFFIXES or HTML_START.match(text):
            yield checked(_document_from_html(name, text, size), limits)
        else:
            yield checked(document_from_text(name, None, text, size), limits)
    except ReadError as error:
        yield Failure(name, error.line, error.reason)
    except OSError as error:
        yield Failure(name, None, f"cannot read: {error.strerror or error}")


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (BOM optional) or UTF-16/32 with a BOM; line ends made `\\n`."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(f"not valid {encoding.upper()} despite its byte-order mark ({error.reason})") from None
            break
    else:
        if _looks_binary(data):
            raise ReadError(f"binary file, not text (it begins with bytes {data[:4].hex(' ')})")
        nul = data.find(b"\x00")
        if nul >= 0:
            raise ReadError(
                f"binary content: NUL byte at offset {nul}; not a text file", data.count(b"\n", 0, nul) + 1
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ReadError(
                f"not valid UTF-8: byte 0x{data[error.start]:02x} at offset {error.start}",
                data.count(b"\n", 0, error.start) + 1,
            ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise ReadError("binary content: NUL character; not a text file", text.count("\n", 0, nul) + 1)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    """More than a tenth of control characters in the first 4 KiB: an image, archive or the like."""
    head = data[:4096]
    controls = len(head.translate(None, TEXT_BYTES))
    return bool(head) and controls * 10 > len(head)


def first_line(text: str) -> str:
    """The first non-blank line, its whitespace collapsed: a text file's title."""
    return next((title for title in (_collapse(line) for line in text.splitlines()) if title), "")


def document_from_text(path: str, line: int | None, text: str, size: int) -> Document:
    title = first_line(text)
    if not title:
        raise ReadError("empty: no text", line)
    return Document(path, line, title, text, size=size)


def _document_from_html(path: str, html: str, size: int) -> Document:
    tree = LexborHTMLParser(html)
    for node in tree.css(HTML_NOISE):
        node.decompose()
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = _collapse(title_node.text()) if title_node else ""
    blocks = [node for node in tree.css(HTML_BLOCKS) if not _inside_block(node)]
    paragraphs = [text for text in (_collapse(node.text()) for node in blocks) if text]
    if not paragraphs and tree.body is not None:
        paragraphs = [text for text in (_collapse(t) for t in tree.body.text(separator="\n").split("\n")) if text]
    if not paragraphs and not title:
        raise ReadError("empty: the HTML page has no text")
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return Document(path, None, paragraphs[0], "\n\n".join(paragraphs) + "\n", size=size)


def _inside_block(node: LexborNode) -> bool:
    """Whether a block holds this one (its text is then already in the outer block's)."""
    parent = node.parent
    while parent is not None:
        if parent.tag in HTML_BLOCK_TAGS:
            return True
        parent = parent.parent
    return False


def _collapse(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def _read_json(path: str, text: str, size: int, limits: Limits) -> Iterator[Document | Failure]:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise ReadError(f"invalid JSON: {error.msg}", error.lineno) from None
    if isinstance(value, dict):
        yield checked(document_from_object(path, None, value, size), limits)
    elif isinstance(value, list):
        share = size // max(len(value), 1)
        for number, item in enumerate(value, 1):
            try:
                if not isinstance(item, dict):
                    raise ReadError(f"expected an object, got {_json_type(item)}")
                yield checked(document_from_object(path, None, item, share), limits)
            except ReadError as error:
                yield Failure(path, error.line, f"item {number}: {error.reason}")
    else:
        raise ReadError(f"expected an object or a list of objects, got {_json_type(value)}")


def _read_jsonl(path: Path, limits: Limits) -> Iterator[Document | Failure]:
    name = str(path)
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            try:
                if len(raw) > limits.max_file_bytes:
                    raise ReadError(f"line is {len(raw):,} bytes, over the limit of {limits.max_file_bytes:,}")
                try:  # orjson checks the UTF-8 itself
                    value = orjson.loads(raw)
                except orjson.JSONDecodeError as error:
                    raise ReadError(f"invalid JSON: {error.msg}") from None
                if not isinstance(value, dict):
                    raise ReadError(f"expected an object, got {_json_type(value)}")
                yield checked(document_from_object(name, number, value, len(raw)), limits)
            except ReadError as error:
                yield Failure(name, number, error.reason)


def document_from_object(path: str, line: int | None, value: dict, size: int) -> Document:
    for field in FIELDS:
        item = value.get(field)
        if item is not None and not isinstance(item, str):
            raise ReadError(f"field {field!r} must be a string, got {_json_type(item)}", line)
    source = value.get("source")
    if source is not None and len(source) > SOURCE_MAX_CHARS:
        raise ReadError(f"field 'source' is longer than {SOURCE_MAX_CHARS} characters", line)
    text = value.get("text")
    if text is None:
        raise ReadError("no 'text' field", line)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ReadError("text contains a NUL character", line)
    title = _collapse(value.get("title") or "") or first_line(text)
    if not text.strip():
        raise ReadError("empty: 'text' has no text", line)
    return Document(
        path,
        line,
        title,
        text,
        url=_blank_to_none(value.get("url")),
        source=_blank_to_none(value.get("source")),
        published_at=_parse_date(value.get("published_at"), line),
        size=size,
    )


def checked(document: Document, limits: Limits) -> Document:
    if len(document.text) > limits.max_article_chars:
        raise ReadError(
            f"text is {len(document.text):,} characters, over the limit of {limits.max_article_chars:,} "
            "(CHANCERY_INGEST_MAX_ARTICLE_CHARS)",
            document.line,
        )
    return document


def _parse_date(value: str | None, line: int | None) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise ReadError(f"published_at {value!r} is not an ISO 8601 date", line) from None


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}.get(
        type(value), "null"
    )
