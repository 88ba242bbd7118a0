"""An event's fields from all the mentions that report it.

Stores call this whenever an event gains or loses a mention. It decides which reports are
independent sources (a copy or rewrite repeats its original: one source per family of
documents), hands the figures, date and place to ``reconcile`` and takes the type and the
actors from the most confident independent report. Pure: rows in, values out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

from .linking import EventSummary
from .models import Mention
from .reconcile import Reconciled, reconcile

# Taken from the report the event's type and actors come from.
CODING_FIELDS = ("disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                 "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "notes")
PLACE_FIELDS = ("iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                "geo_precision")
# What a revision records when it changes.
TRACKED_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country",
                  "admin1", "location", "fatalities", "fatalities_low", "fatalities_best", "fatalities_high",
                  "source_count")


_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*(?:\s+|$)|\n")


@dataclass(frozen=True)
class DocInfo:
    id: str
    source: str  # outlet name, else the URL's host, else the title or file name
    published: dt.date | None = None


def outlet(source: str | None, url: str | None) -> str:
    """The outlet name for ACLED's source column; the URL's host when the name is unknown."""
    if source:
        return source
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else ""


def source_label(source: str | None, url: str | None, title: str | None, origin: str, doc_id: str) -> str:
    """How a document is named as a source. Without an outlet, its title: two unnamed
    documents must not count as one source."""
    title = " ".join((title or "").split())
    if len(title) > 80:
        title = title[:80].rsplit(" ", 1)[0] + "…"
    return outlet(source, url) or title or PurePath(origin).name or doc_id


def independence(doc_ids: Sequence[str], docs: Mapping[str, DocInfo], roots: Mapping[str, str]) -> list[bool]:
    """Per mention: does its document count as a source? One document per family of
    copies and rewrites does: the original when it reports the event, else the earliest."""
    families: dict[str, list[str]] = {}
    for d in dict.fromkeys(doc_ids):
        families.setdefault(roots.get(d, d), []).append(d)
    counted = set()
    for root, members in families.items():
        if root in members:
            counted.add(root)
        else:
            counted.add(min(members, key=lambda d: (docs[d].published or dt.date.max, d)))
    return [d in counted for d in doc_ids]


@dataclass
class Consolidated:
    values: dict  # event columns
    reconciled: Reconciled
    independent: list[bool]

    def reconciliation(self, mentions: Sequence[Mention]) -> dict:
        """JSON for the event row: sources, each claim with its evidence, denials."""
        r = self.reconciled
        return {
            "sources": r.sources,
            "not_independent": sorted({m.document_id for m, ok in zip(mentions, self.independent, strict=True)
                                       if not ok}),
            "claims": [asdict(c) for c in r.claims],
            "contradictions": [asdict(c) for c in r.contradictions],
            "denials": [asdict(d) for d in r.denials],
        }


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]: from the end of the previous one to the end of this one."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    return " ".join(text[begin:stop.start() + 1 if stop else len(text)].split())


def consolidate(mentions: Sequence[Mention], docs: Mapping[str, DocInfo], roots: Mapping[str, str],
                texts: Mapping[str, str] | None = None) -> Consolidated:
    """`texts` (document id -> clean text), when given, puts each claim's sentence beside its figure."""
    if not mentions:
        raise ValueError("an event needs at least one mention")
    independent = independence([m.document_id for m in mentions], docs, roots)
    r = reconcile(mentions, [docs[m.document_id].source for m in mentions], independent)
    for claim in r.claims:
        text = (texts or {}).get(claim.document_id)
        if text and claim.end:
            claim.sentence = sentence_at(text, claim.start, claim.end)
    counted = [i for i, m in enumerate(mentions) if independent[i] and m.stance != "denied"] or range(len(mentions))
    lead = mentions[max(counted, key=lambda i: (mentions[i].confidence, -i))]
    values = {f: getattr(lead, f) for f in CODING_FIELDS}
    dated = mentions[r.date_from] if r.date_from is not None else lead
    values.update(event_date=dated.event_date, time_precision=dated.time_precision)
    placed = mentions[r.place_from] if r.place_from is not None else lead
    values.update({f: getattr(placed, f) for f in PLACE_FIELDS})
    values.update(fatalities=r.fatalities, fatalities_low=r.fatalities_low, fatalities_best=r.fatalities_best,
                  fatalities_high=r.fatalities_high, source_count=max(1, r.independent_sources),
                  confidence=max(mentions[i].confidence for i in counted))
    return Consolidated(values, r, independent)


def changes(old: Mapping | None, new: Mapping) -> dict:
    """{field: [old, new]} for the tracked fields that differ; dates as ISO strings."""
    def plain(v):
        return v.isoformat() if isinstance(v, dt.date) else v

    out = {}
    for f in TRACKED_FIELDS:
        before = plain(old.get(f)) if old is not None else None
        after = plain(new.get(f))
        if before != after:
            out[f] = [before, after]
    return out


def summary(key: str, row: Mapping) -> EventSummary:
    """An event row as linking sees it."""
    date = row["event_date"]
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    elif isinstance(date, dt.datetime):
        date = date.date()
    return EventSummary(key, row["country"], date, row["time_precision"], row["event_type"], row["actor1"],
                        row["actor2"], row["admin1"], row["location"], row["latitude"], row["longitude"],
                        row["geo_precision"])
