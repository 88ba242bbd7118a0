"""Source readers: files and folders in, RawDocuments (or one InputError per bad input) out.

Readers never raise on bad input: a batch of a thousand files should not stop at the
first broken one, so each problem is yielded as an InputError naming the file (and line)
and the caller reports it and goes on.

Decoding, in order:
1. a byte-order mark decides (UTF-8, UTF-32, UTF-16): it is an explicit declaration;
2. NUL bytes mean binary (UTF-16/32 without a BOM land here too: we cannot tell them
   from binary safely, so the message says to re-save as UTF-8);
3. strict UTF-8: by far the most common, and non-UTF-8 text almost never decodes as it;
4. for HTML, the page's own <meta charset> declaration;
5. cp1252 (Windows' superset of latin-1, what most "latin-1" text really is), then
   latin-1 — but only when the result looks like text (few control characters), so
   binary files without NUL bytes are still refused rather than turned into noise.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .models import RawDocument

MAX_BYTES = 5 * 1024 * 1024  # per file (per line for JSONL): bigger is not one news article
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Unicode Cc, less whitespace
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_JSONL_STR_FIELDS = ("title", "url", "source")


def read_inputs(paths: Iterable[str | Path],
                max_bytes: int = MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument for each readable input and an InputError for each bad one.

    Folders are walked recursively in sorted order, skipping hidden entries and files of
    unknown type; a file named explicitly must be of a known type.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, max_bytes, seen=set())
        elif path.is_file():
            yield from read_file(path, max_bytes)
        elif path.exists():
            yield InputError(str(path), "not a regular file or folder")
        else:
            yield InputError(str(path), "no such file or directory")


def read_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Yield what one file holds: one document, or one per JSONL line, or InputErrors."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield InputError(str(path), f"unsupported file type {suffix or '(no extension)'!r}; "
                                    f"crisismap reads {', '.join(SUFFIXES)}")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, max_bytes)
            return
        data = _read_bytes(path, max_bytes)
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(str(path), f"cannot read the file: {err.strerror or err}")
        return
    is_html = suffix in HTML_SUFFIXES
    try:
        text = decode_bytes(data, html=is_html)
    except ValueError as err:
        yield InputError(str(path), str(err))
        return
    if not text.strip():
        yield InputError(str(path), "the file has no text (only whitespace)")
        return
    yield RawDocument(origin=str(path), text=text, is_html=is_html)


def decode_bytes(data: bytes, html: bool = False) -> str:
    """Decode a file's bytes as described in the module docstring; ValueError if not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise ValueError(f"starts with a {codec} byte-order mark but is not valid {codec}: "
                                 f"{err.reason} at byte {err.start}") from None
    if b"\x00" in data:
        raise ValueError("looks binary (contains NUL bytes), not text; if it is UTF-16 text "
                         "without a byte-order mark, re-save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = ["cp1252", "latin-1"]
    if html and (declared := _declared_charset(data)):
        candidates.insert(0, declared)
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise ValueError("looks binary (not UTF-8 and full of control characters), not text")


def _walk(folder: Path, max_bytes: int, seen: set[Path]) -> Iterator[RawDocument | InputError]:
    real = folder.resolve()
    if real in seen:  # a symlink loop would otherwise never end
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        yield InputError(str(folder), f"cannot list the folder: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, max_bytes, seen)
        elif entry.suffix.lower() in SUFFIXES and entry.is_file():
            yield from read_file(entry, max_bytes)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:  # refuse from the size alone: never read a huge file whole
        raise InputError(str(path), _too_big(size, max_bytes))
    if size == 0:
        raise InputError(str(path), "the file is empty")
    with path.open("rb") as f:
        data = f.read(max_bytes + 1)  # the file may have grown since stat()
    if len(data) > max_bytes:
        raise InputError(str(path), _too_big(len(data), max_bytes))
    return data


def _too_big(size: int, max_bytes: int) -> str:
    return (f"{size:,} bytes is over the {max_bytes:,}-byte limit for one input; "
            "split it, or raise the limit if it really is one article")


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDocument | InputError]:
    # Streamed line by line: a JSONL file is a batch, so the size limit is per line.
    if path.stat().st_size == 0:
        yield InputError(str(path), "the file is empty")
        return
    found = False
    with path.open("rb") as f:
        for lineno, line in enumerate(_lines(f, max_bytes), start=1):
            origin = f"{path}:{lineno}"
            if line is None:
                yield InputError(origin, f"line is over the {max_bytes:,}-byte limit for one input")
                continue
            if lineno == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            found = True
            yield _jsonl_record(origin, line)
    if not found:
        yield InputError(str(path), "the file has no JSON lines (only whitespace)")


def _lines(f, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary file, None for one over max_bytes (skipped without keeping it)."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_record(origin: str, line: bytes) -> RawDocument | InputError:
    try:
        record = json.loads(line.decode("utf-8"))  # JSON text is UTF-8 (RFC 8259)
    except UnicodeDecodeError as err:
        return InputError(origin, f"line is not UTF-8 ({err.reason} at byte {err.start})")
    except json.JSONDecodeError as err:
        return InputError(origin, f"bad JSON: {err.msg} at column {err.colno}")
    if not isinstance(record, dict):
        return InputError(origin, "expected a JSON object with a \"text\" field, "
                                  f"got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "missing" if text is None else "empty" if isinstance(text, str) else "not a string"
        return InputError(origin, f"\"text\" is {what}; each line needs the article text in \"text\"")
    fields = {}
    for name in _JSONL_STR_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return InputError(origin, f"\"{name}\" must be a string, got {type(value).__name__}")
        fields[name] = (value.strip() or None) if value else None
    published = record.get("published")
    if published is not None:
        try:
            published = _parse_iso_date(published)
        except ValueError:
            return InputError(origin, f"\"published\" must be a date as YYYY-MM-DD, got {published!r}")
    return RawDocument(origin=origin, text=text, published=published, **fields)


def _parse_iso_date(value: object) -> dt.date | None:
    if value == "":
        return None
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        raise ValueError(value)
    return dt.date.fromisoformat(value.strip())


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # Browsers read "latin-1" and "ascii" pages as cp1252 (WHATWG), and so do the pages' authors.
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def _looks_like_text(text: str) -> bool:
    # Control characters other than whitespace are rare in text and common in binary data.
    return len(_CONTROLS.findall(text)) <= len(text) // 100

