"""One event's figures, date and place from the mentions that report it.

Fatalities, in ACLED's and UCDP's terms:

- ``fatalities`` (ACLED): the most conservative figure, the lowest one stated by an
  independent source;
- ``fatalities_low`` / ``fatalities_high`` (UCDP): the lowest low and the highest high;
- ``fatalities_best``: the median over independent sources (each source's lowest figure).

Rules, with why:

- Only independent sources count; copies and rewrites repeat their original, and a
  mention whose own stance is "denied" is a denial, not a confirmation. A report that
  states the event and quotes a denial of it ("The army denied this") still confirms it;
  the denial is listed with who made it.
- Vague figures ("several hundred", "dozens") carry ACLED's floor (100, 12), far below
  what they mean. Where any firm figure ("at least 300", "over 500") exists they do not
  set ``fatalities`` or the low, and do not enter the best; they still widen the high.
  Moura: 300 / several hundred (100, 200-900) / 500 gives 300, low 300, best 400, high 900.
- An absurd figure, over 10 times the median of the others and at least 100 more (a
  typed 30,000 for a village), is kept as a claim flagged "outlier" and used nowhere. The
  100 keeps early low tolls that grow (3, then 40) from being called outliers.
- A stated zero ("no casualties") is a claim, but positive figures win: first reports
  often say no one was hurt before bodies are found.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .models import Mention

OUTLIER_RATIO = 10
OUTLIER_MIN_GAP = 100
VAGUE_WORDS = re.compile(
    r"(?i)\b(?:several|few|dozens?|scores?|hundreds|thousands|many|numerous|some|multiple|plusieurs|"
    r"quelques|dizaines?|douzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaines?|milliers|"
    r"nombreu(?:x|ses))\b")
DENIAL_RE = re.compile(r"(?i)\b(?:denied|denies|deny|denying|dismissed|rejected|refuted|démenti|dément|"
                       r"nié|nie|rejeté)\b")
_CLAUSE_START = re.compile(r"(?i)[,;:(“\"]|\b(?:which|that|but|and|yet|while|who|whereas|qui|que|mais)\b")
_NOT_SUBJECT = {"has", "have", "had", "was", "were", "is", "are", "been", "also", "consistently",
                "repeatedly", "strongly", "flatly", "categorically", "always", "later", "quickly", "swiftly",
                "already", "both", "since", "then", "immediately", "a", "ont", "toujours", "aussitôt",
                "fermement"}


@dataclass
class Claim:
    field: str  # "fatalities"
    value: int
    source: str
    evidence_text: str
    start: int
    end: int  # the span covers every piece of evidence the figure adds up
    low: int = 0
    high: int = 0
    flags: list[str] = field(default_factory=list)  # vague | outlier | zero | not-independent | denied
    document_id: str = ""
    sentence: str = ""  # the sentence the figure is in, when the document text is at hand


@dataclass
class Denial:
    who: str
    text: str  # the sentence
    source: str
    start: int
    end: int


@dataclass
class Reconciled:
    fatalities: int = 0
    fatalities_low: int = 0
    fatalities_best: int = 0
    fatalities_high: int = 0
    independent_sources: int = 0
    sources: list[str] = field(default_factory=list)  # the independent confirming ones
    event_date: dt.date | None = None
    time_precision: int = 3
    date_from: int | None = None  # index of the mention the date comes from
    place_from: int | None = None  # and the place (copy iso, region, admin2... from it)
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    claims: list[Claim] = field(default_factory=list)  # every figure stated, once per source
    contradictions: list[Claim] = field(default_factory=list)  # the claims, when they disagree
    denials: list[Denial] = field(default_factory=list)

    @property
    def outliers(self) -> list[Claim]:
        return [c for c in self.claims if "outlier" in c.flags]


def reconcile(mentions: Sequence[Mention], sources: Sequence[str], independent: Sequence[bool]) -> Reconciled:
    if not (len(mentions) == len(sources) == len(independent)):
        raise ValueError(f"reconcile needs one source and one independence flag per mention: got "
                         f"{len(mentions)} mentions, {len(sources)} sources, {len(independent)} flags")
    out = Reconciled()
    denied = [m.stance == "denied" for m in mentions]
    counted = [i for i in range(len(mentions)) if independent[i] and not denied[i]]
    out.sources = list(dict.fromkeys(sources[i] for i in counted))
    out.independent_sources = len(out.sources)
    # Without an independent confirmation, the figures still come from what was said.
    basis = counted or [i for i in range(len(mentions)) if not denied[i]] or list(range(len(mentions)))

    claims: dict[int, Claim] = {}
    for i, m in enumerate(mentions):
        claim = _claim(m, sources[i])
        if claim is not None:
            if not independent[i]:
                claim.flags.append("not-independent")
            if denied[i]:
                claim.flags.append("denied")
            claims[i] = claim
    _flag_outliers(claims, basis)
    _figures(out, [claims[i] for i in basis if i in claims])

    seen = set()
    for claim in claims.values():
        if (claim.source, claim.value) not in seen:
            seen.add((claim.source, claim.value))
            out.claims.append(claim)
    if len({c.value for c in out.claims}) > 1:
        out.contradictions = sorted(out.claims, key=lambda c: (c.value, c.source))
    out.denials = _denials(mentions, sources)
    _date(out, mentions)
    _place(out, mentions)
    return out


def _claim(m: Mention, source: str) -> Claim | None:
    evidence = [e for e in m.evidence if e.field == "fatalities"]
    if not evidence and not m.fatalities:
        return None  # the report says nothing of deaths: no figure, not a zero
    text = " + ".join(e.text for e in evidence)
    start = min((e.start for e in evidence), default=0)
    end = max((e.end for e in evidence), default=0)
    value = m.fatalities
    low = min(m.fatalities_low, value) if m.fatalities_low else value
    high = max(m.fatalities_high, value)
    flags = []
    if value == 0:
        flags.append("zero")
    elif text and not re.search(r"\d", text) and VAGUE_WORDS.search(text):
        flags.append("vague")
    return Claim("fatalities", value, source, text, start, end, low, high, flags, m.document_id)


def _flag_outliers(claims: dict[int, Claim], basis: list[int]) -> None:
    for i, claim in claims.items():
        others = [claims[j].value for j in basis if j != i and j in claims and claims[j].value > 0]
        if claim.value and others:
            med = statistics.median(others)
            if claim.value > OUTLIER_RATIO * med and claim.value - med >= OUTLIER_MIN_GAP:
                claim.flags.append("outlier")


def _figures(out: Reconciled, claims: list[Claim]) -> None:
    usable = [c for c in claims if "outlier" not in c.flags and c.value > 0]
    if not usable:
        return  # no figure, or only zeros: all stay 0
    firm = [c for c in usable if "vague" not in c.flags]
    pool = firm or usable
    per_source: dict[str, int] = {}
    for c in pool:
        per_source[c.source] = min(per_source.get(c.source, c.value), c.value)
    out.fatalities = min(c.value for c in pool)
    out.fatalities_low = min(min(c.low for c in pool), out.fatalities)
    out.fatalities_best = max(out.fatalities, round(statistics.median(per_source.values())))
    out.fatalities_high = max(max(c.high for c in usable), out.fatalities_best)


def denier(sentence: str) -> str:
    """Who denies, in a sentence like "The Malian junta has consistently denied these accusations"."""
    m = DENIAL_RE.search(sentence)
    if not m:
        return ""
    before = sentence[:m.start()]
    if re.search(r"(?i)\b(?:was|were|been|being|is|are|a\s+été|ont\s+été)\s+(?:\w+ly\s+)?$", before):
        by = re.match(r"(?i)\s+(?:by|par)\s+(?:the\s+|les?\s+|la\s+)?(.+?)"
                      r"(?=\s+(?:on|in|at|after|during|when|who|which|as|le|en)\b|[,.;]|$)",
                      sentence[m.end():])
        return by.group(1).strip() if by else ""
    cut = 0
    for c in _CLAUSE_START.finditer(before):
        cut = c.end()
    words = before[cut:].split()
    while words and words[-1].lower() in _NOT_SUBJECT:
        words.pop()
    if words and words[0].lower() in ("the", "les", "le", "la"):
        words = words[1:]
    return " ".join(words[-6:])


def _denials(mentions: Sequence[Mention], sources: Sequence[str]) -> list[Denial]:
    out, seen = [], set()
    for m, source in zip(mentions, sources, strict=True):
        evidence = [e for e in m.evidence if e.field == "denial"]
        if not evidence and m.stance == "denied":
            evidence = [e for e in m.evidence if e.field == "event_type"][:1]
        for e in evidence:
            if (source, e.start) in seen:
                continue
            seen.add((source, e.start))
            out.append(Denial(denier(e.text) or m.reported_by, e.text, source, e.start, e.end))
    return out


def _date(out: Reconciled, mentions: Sequence[Mention]) -> None:
    dated = [(m.time_precision, m.event_date, i) for i, m in enumerate(mentions) if m.event_date]
    if dated:
        out.time_precision, out.event_date, out.date_from = min(dated)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode().strip()


def _place(out: Reconciled, mentions: Sequence[Mention]) -> None:
    placed = [i for i, m in enumerate(mentions) if m.country or m.location]
    if not placed:
        return
    reported = Counter(_fold(mentions[i].location) for i in placed)
    i = min(placed, key=lambda i: (mentions[i].geo_precision or 4, -reported[_fold(mentions[i].location)], i))
    m = mentions[i]
    out.place_from = i
    out.country, out.admin1, out.admin2, out.admin3 = m.country, m.admin1, m.admin2, m.admin3
    out.location, out.geo_precision = m.location, m.geo_precision
    out.latitude, out.longitude = m.latitude, m.longitude
