"""The main job: inputs -> documents -> mentions -> store, one document per transaction.

Every face (CLI, tests, a Ray worker) calls these functions; they never print. Progress
and errors are reported through callbacks so the caller decides how to show them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .claims import document_claims
from .cleaning import clean_text
from .dedup import DedupIndex
from .errors import InputError
from .extract import Extractor
from .html import html_to_text
from .language import detect_language
from .models import Document, Mention, RawDocument, document_id
from .pubdate import resolve_published
from .readers import read_inputs


@dataclass
class IngestReport:
    documents: int = 0  # new documents stored
    duplicates: int = 0  # already in the store: nothing added
    events: int = 0  # new events
    linked: int = 0  # mentions that joined an event reported before (by another document or this one)
    copies: int = 0  # copy and rewrite links found (the new document may be the copy or the original)
    errors: list[str] = field(default_factory=list)
    words: int = 0
    coarse: int = 0  # new mentions placed no nearer than a region or a country (geo_precision 3)

    @property
    def skipped(self) -> int:
        return len(self.errors)


def prepare(raw: RawDocument) -> Document:
    """Raw input -> a clean Document (HTML extraction, boilerplate, language, date)."""
    metadata_date = None
    text, title, url, source = raw.text, raw.title, raw.url, raw.source
    if raw.is_html:
        text, meta = html_to_text(raw.text, raw.origin)
        title = title or meta.title
        url = url or meta.url
        source = source or meta.source
        metadata_date = meta.published
    cleaned, stripped = clean_text(text)
    if not cleaned.strip():
        raise InputError(raw.origin, "no article text left after removing boilerplate")
    if title is None and "\n" in cleaned:  # a scraped page starts with its headline
        first = cleaned.split("\n", 1)[0].strip()
        title = first if len(first) < 200 else None
    published, how = resolve_published(raw.published, metadata_date, cleaned)
    return Document(id=document_id(cleaned), origin=raw.origin, text=cleaned, title=title, url=url,
                    source=source, published=published, published_from=how,
                    language=detect_language(cleaned), stripped=stripped)


def dedup_index(store) -> DedupIndex:
    """A DedupIndex holding every stored document, so new ones are checked against them.
    Texts are fetched back from the store when a rewrite is scored, not kept in memory."""
    index = DedupIndex(text_of=lambda doc_id: store.document(doc_id).text)
    for doc_id, text, published in store.document_texts():
        index.add(doc_id, text, published)
    return index


def ingest(paths: Iterable[str | Path], store, extractor: Extractor, *, link_events: bool = True,
           on_document: Callable[[Document, list[Mention] | None], None] | None = None,
           on_error: Callable[[InputError], None] | None = None) -> IngestReport:
    """Read every input, extract events and store what is new. Bad inputs are reported and skipped.

    New documents are checked for copies and rewrites of stored ones, and their mentions
    join the stored events they report (unless `link_events` is False).
    """
    report = IngestReport()
    index: DedupIndex | None = None
    for item in read_inputs(list(paths)):
        if isinstance(item, InputError):
            report.errors.append(str(item))
            if on_error:
                on_error(item)
            continue
        try:
            doc = prepare(item)
            if store.has_document(doc.id):
                report.duplicates += 1
                if on_document:
                    on_document(doc, None)
                continue
            mentions = extractor.extract(doc)
        except InputError as exc:
            report.errors.append(str(exc))
            if on_error:
                on_error(exc)
            continue
        except Exception as exc:  # one bad page must not stop the batch
            err = InputError(item.origin, f"could not be processed ({type(exc).__name__}: {exc})")
            report.errors.append(str(err))
            if on_error:
                on_error(err)
            continue
        if index is None:
            index = dedup_index(store)
        links = index.add(doc.id, doc.text, doc.published)
        ids = store.add_document(doc, mentions, links, link_events=link_events,
                                 claims=document_claims(doc.text, doc.published))
        report.documents += 1
        report.events += len(ids.created)
        report.linked += len(ids) - len(ids.created)
        report.copies += len(links)
        report.words += len(doc.text.split())
        report.coarse += sum(1 for m in mentions if m.geo_precision == 3)
        if on_document:
            on_document(doc, mentions)
    return report


def extract_records(lines: Iterable[str], extractor: Extractor, *, origin: str = "input") -> Iterator[dict]:
    """The `extract` contract: one output record per input line, in order, errors included."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rid = None
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("a line must be a JSON object")
            rid = rec.get("id")
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError('"text" is missing or empty')
            published = rec.get("published")
            published = dt.date.fromisoformat(published) if published else None
            raw = RawDocument(origin=f"{origin}:{lineno}", text=text, title=rec.get("title"),
                              url=rec.get("url"), source=rec.get("source"), published=published)
            doc = prepare(raw)
            events = [m.to_record() for m in extractor.extract(doc)]
            yield {"id": rid, "events": events}
        except Exception as exc:  # the contract: report the failure in the record, go on
            msg = str(exc) if isinstance(exc, (ValueError, InputError)) else f"{type(exc).__name__}: {exc}"
            yield {"id": rid if rid is not None else f"line {lineno}", "events": [],
                   "error": f"line {lineno}: {msg}"}
