"""The data model shared by every stage: documents, event mentions and their evidence.

Stages pass these plain dataclasses along; stores and exports turn them into rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field

# ACLED's 31 export columns, in ACLED's order and spelling.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
# What crisismap adds after ACLED's columns: the UCDP-style range and best estimate, how
# many independent sources report the event, our confidence.
EXTRA_COLUMNS = ("fatalities_low", "fatalities_high", "fatalities_best", "source_count", "confidence")

# Fields of an event object in the `extract` contract, in output order.
EXTRACT_FIELDS = (
    "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "notes", "fatalities_low", "fatalities_high",
    "confidence",
)


def normalise_text(text: str) -> str:
    """Canonical form used for identity: NFC, collapsed whitespace, lower case."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def document_id(text: str) -> str:
    """A document's id is the hash of its normalised clean text, so re-ingesting adds nothing."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class RawDocument:
    """What a reader yields: text or HTML plus whatever metadata the input carried."""

    origin: str  # file path, "path:line" for JSONL, or URL: used in messages
    text: str
    is_html: bool = False
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet name
    published: dt.date | None = None


@dataclass
class Document:
    id: str
    origin: str
    text: str  # cleaned text; every evidence offset points into it
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    # "input" (given by the user), "metadata" (from the page) or "inferred" (from the text)
    published_from: str | None = None
    language: str = "en"
    stripped: list[str] = field(default_factory=list)  # boilerplate removed by cleaning

    def to_dict(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class Evidence:
    field: str
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """One report of one event in one document, in ACLED's terms."""

    document_id: str = ""
    event_date: dt.date | None = None
    time_precision: int = 3
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""
    iso: int | None = None
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    fatalities_low: int = 0
    fatalities_high: int = 0
    notes: str = ""
    confidence: float = 0.0
    stance: str = "asserted"  # asserted | alleged | denied
    reported_by: str = ""  # who the document attributes the report to
    sentence_start: int = 0  # where the mention's sentence starts in the clean text
    evidence: list[Evidence] = field(default_factory=list)

    def add_evidence(self, name: str, start: int, end: int, text: str) -> None:
        self.evidence.append(Evidence(name, start, end, text))

    def to_record(self) -> dict:
        """The event object of the `extract` contract."""
        rec = {}
        for name in EXTRACT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            rec[name] = value
        rec["confidence"] = round(self.confidence, 3)
        rec["stance"] = self.stance
        rec["reported_by"] = self.reported_by
        rec["evidence"] = [asdict(e) for e in self.evidence]
        return rec
