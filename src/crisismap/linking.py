"""Mentions of the same event across documents.

Two mentions can be one event only when their dates can overlap, their places can be the
same and their types are compatible. The score is then a product: how sure the place is
the same (1 for one village, down to 0.55 at 50 km or for a region), times a discount for
merely compatible types (0.7), times 1.25 for a shared named actor or 0.75 for named and
different ones, times up to 0.9 for dates far apart in the window. At 0.6 and above they
are one event; so a village 40 km off, or a region, needs a shared actor to match.
Fatalities are left out on purpose: reports of one event disagree on them (Moura: 300,
"several hundred", 500).

Blocking keeps this near-linear: a mention is compared only with mentions of its country
that share a map cell (or a neighbour), a place name, or, for mentions placed only at
region level, an admin1; inside a block, only those whose dates fall in the window.

Vague mentions (placed at region level, or dated to the month) match many events, and
letting each of their matches merge clusters would chain distinct events into one. So a
vague mention joins only its single best match; precise mentions join every match.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from .models import Mention

WINDOW_DAYS = 2  # day-precise reports of one event differ by a day or two (night attacks, late news)
WEEK_DAYS = 7  # time_precision 2: "within a week"
MATCH = 0.6  # pair score from which two mentions are one event
SAME_PLACE_KM = 5
NEAR_KM = 25
MAX_KM = 50  # the geocoder may put one event in two nearby villages; beyond this, two places
PLACE = {"same": 1.0, "near": 0.8, "far": 0.55, "region": 0.55}
NAME_MATCH = 85  # rapidfuzz ratio: "Moura" / "Mora", "Ménaka" / "Menaka"
CELL_DEG = 0.5  # map cells of ~55 km: a cell and its neighbours cover MAX_KM
SHARED_ACTOR, OTHER_ACTORS = 1.25, 0.75
DATE_SPREAD = 0.1  # the most a date at the window's edge takes off
# Different types that reports of one event still use: victims called civilians by one
# source and fighters by another; a drone strike reported as an attack.
TYPE_COMPAT = {
    frozenset({"Violence against civilians", "Battles"}): 0.7,
    frozenset({"Violence against civilians", "Explosions/Remote violence"}): 0.6,
    frozenset({"Battles", "Explosions/Remote violence"}): 0.6,
    frozenset({"Protests", "Riots"}): 0.7,
}


@dataclass
class EventSummary:
    """What linking needs to know of an event or a mention."""

    key: Hashable
    country: str
    date: dt.date | None
    time_precision: int = 1
    event_type: str = ""
    actor1: str = ""
    actor2: str = ""
    admin1: str = ""
    location: str = ""
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None

    @classmethod
    def from_mention(cls, key: Hashable, m: Mention) -> EventSummary:
        return cls(key, m.country, m.event_date, m.time_precision, m.event_type, m.actor1, m.actor2,
                   m.admin1, m.location, m.latitude, m.longitude, m.geo_precision)

    @cached_property
    def vague_place(self) -> bool:
        return self.geo_precision == 3 or not (self.location or self.lat is not None)

    @cached_property
    def vague(self) -> bool:
        return self.vague_place or self.time_precision >= 3


# -- pieces of the score ----------------------------------------------------------------

@lru_cache(maxsize=1 << 16)  # a few thousand names and actors, compared millions of times
def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii").strip()


@lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    """A place name's skeleton, to block spelling variants together (Moura, Mora): its first
    letter, then consonants and digits."""
    name = re.sub(r"[^a-z0-9]", "", _fold(name))
    return name[:1] + re.sub(r"[aeiouyhw]", "", name[1:])


def _interval(e: EventSummary, window: int) -> tuple[int, int]:
    """Days the event may have happened on, as ordinals, widened by the window."""
    return _days(e.date, e.time_precision, window)


@lru_cache(maxsize=1 << 16)  # about a thousand dates a year, scored millions of times
def _days(d: dt.date, precision: int, window: int) -> tuple[int, int]:
    if precision >= 3:  # the month (dates module puts "late March" on the 25th)
        first = d.replace(day=1)
        last = d.replace(day=calendar.monthrange(d.year, d.month)[1])
        return first.toordinal() - window, last.toordinal() + window
    half = WEEK_DAYS if precision == 2 else 0
    return d.toordinal() - half - window, d.toordinal() + half + window


def _date_score(a: EventSummary, b: EventSummary, window: int) -> float:
    """0 when the dates cannot overlap; otherwise closer is better, relative to vagueness."""
    alo, ahi = _interval(a, window)
    blo, bhi = _interval(b, window)
    if alo > bhi or blo > ahi:
        return 0.0
    spread = (ahi - alo + bhi - blo) / 2 + 1
    return 1 - DATE_SPREAD * min(1.0, abs(a.date.toordinal() - b.date.toordinal()) / spread)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _place_score(a: EventSummary, b: EventSummary) -> float:
    same_admin = bool(a.admin1) and _fold(a.admin1) == _fold(b.admin1)
    if a.vague_place or b.vague_place:  # region-level places match by admin1 only
        return PLACE["region"] if same_admin else 0.0
    same_name = bool(a.location and b.location) and \
        fuzz.ratio(_fold(a.location), _fold(b.location)) >= NAME_MATCH
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return PLACE["same"] if same_name else (PLACE["region"] if same_admin else 0.0)
    dist = km(a.lat, a.lon, b.lat, b.lon)
    if dist <= SAME_PLACE_KM or (same_name and dist <= MAX_KM):
        return PLACE["same"]
    if dist <= NEAR_KM:
        return PLACE["near"]
    if dist <= MAX_KM:
        return PLACE["far"]
    # One name put in two places: homonymous villages, or the gazetteer's guess.
    return PLACE["region"] if same_name and same_admin else 0.0


def _type_score(a: EventSummary, b: EventSummary) -> float:
    if not a.event_type or not b.event_type:
        return 0.7
    if a.event_type == b.event_type:
        return 1.0
    return TYPE_COMPAT.get(frozenset({a.event_type, b.event_type}), 0.0)


@lru_cache(maxsize=1 << 16)
def _actor_key(name: str) -> str:
    """'Military Forces of Mali (2021-)' and '(2012-2021)' are one force for matching."""
    return re.sub(r"\s*\([^)]*\)", "", _fold(name)).strip()


def _known(name: str) -> bool:
    key = _actor_key(name)
    return bool(key) and not key.startswith(("unidentified", "civilians", "protesters", "rioters"))


def _actor_score(a: EventSummary, b: EventSummary) -> float:
    """A shared named actor confirms; an unknown side is neutral; named and different
    weakens but does not exclude, since sources blame different perpetrators for one event."""
    sides_a = {_actor_key(x) for x in (a.actor1, a.actor2) if _known(x)}
    sides_b = {_actor_key(x) for x in (b.actor1, b.actor2) if _known(x)}
    if sides_a & sides_b:
        return SHARED_ACTOR
    if not _known(a.actor1) or not _known(b.actor1):
        return 1.0
    return OTHER_ACTORS


def pair_score(a: EventSummary, b: EventSummary, *, window_days: int = WINDOW_DAYS,
               same_document: bool = False, same_family: bool = False) -> float:
    """How likely two mentions report one event, 0 when they cannot.

    `same_family`: the two documents are copies or rewrites of one story, so differences
    in type, actors or place detail are the rewriter's wording; place and date must still
    be compatible.
    """
    if a.date is None or b.date is None or not a.country or _fold(a.country) != _fold(b.country):
        return 0.0
    date = _date_score(a, b, window_days)
    place = _place_score(a, b)
    etype = _type_score(a, b)
    if not (date and place and etype):
        return 0.0
    if same_document and (place < 0.8 or a.event_type != b.event_type):
        return 0.0  # the extractor split them: only a clear repeat is one event
    actors = _actor_score(a, b)
    if same_family:  # one story retold: a region in one and a village of it in the other agree
        etype, actors, place = 1.0, max(actors, 1.0), max(place, PLACE["near"])
    return round(min(1.0, place * etype * actors * date), 3)


def match_event(mention: Mention | EventSummary, candidates: Sequence[EventSummary], *,
                window_days: int = WINDOW_DAYS) -> tuple[Hashable | None, float]:
    """The event a new mention belongs to, among candidates of its country and dates."""
    me = mention if isinstance(mention, EventSummary) else EventSummary.from_mention(None, mention)
    best_key, best = None, 0.0
    for cand in candidates:
        s = pair_score(me, cand, window_days=window_days)
        if s > best:
            best_key, best = cand.key, s
    return (best_key, best) if best >= MATCH else (None, best)


# -- blocking ---------------------------------------------------------------------------

def _lon_width(row: int) -> float:
    lat = (row + 0.5) * CELL_DEG
    return CELL_DEG / max(math.cos(math.radians(lat)), 0.1)  # cells keep ~55 km wide away from the equator


def _cell(lat: float, lon: float) -> tuple[int, int]:
    row = math.floor(lat / CELL_DEG)
    return row, math.floor(lon / _lon_width(row))


def _neighbour_cells(lat: float, lon: float):
    row = math.floor(lat / CELL_DEG)
    for r in (row - 1, row, row + 1):
        c = math.floor(lon / _lon_width(r))
        yield from ((r, c - 1), (r, c), (r, c + 1))


class _Blocks:
    """Mention indices by block key and date. Month-precision mentions are kept apart from
    the others so that a day-precise query looks only a week around its date for most of
    the block, and a month around it only among the few that need it."""

    def __init__(self):
        self._dates: dict[tuple, list[int]] = defaultdict(list)
        self._ids: dict[tuple, list[int]] = defaultdict(list)

    def add(self, key: tuple, e: EventSummary, idx: int) -> None:
        key = (*key, e.time_precision >= 3)
        self._dates[key].append(e.date.toordinal())
        self._ids[key].append(idx)

    def freeze(self) -> None:
        for key, days in self._dates.items():
            order = sorted(range(len(days)), key=days.__getitem__)
            self._dates[key] = [days[i] for i in order]
            self._ids[key] = [self._ids[key][i] for i in order]

    def get(self, key: tuple, lo: int, hi: int, window: int) -> list[int]:
        """Those whose days can overlap [lo, hi]: a date within a week (a month) of it."""
        out: list[int] = []
        for wide, pad in ((False, WEEK_DAYS + window), (True, 31 + window)):
            days = self._dates.get((*key, wide))
            if days:
                ids = self._ids[(*key, wide)]
                out += ids[bisect.bisect_left(days, lo - pad):bisect.bisect_right(days, hi + pad)]
        return out


def link_mentions(mentions: Sequence[Mention], *, doc_links: dict[str, str] | None = None,
                  window_days: int = WINDOW_DAYS) -> list[list[int]]:
    """Clusters (lists of indices into `mentions`) of mentions that report one event.

    `doc_links` maps a document id to the original it copies or rewrites (see
    ``dedup.link_roots``); mentions from one family of documents link more readily.
    Every mention is in exactly one cluster; clusters come in order of their first index.
    """
    roots = doc_links or {}
    items = [EventSummary.from_mention(i, m) for i, m in enumerate(mentions)]
    family = [roots.get(m.document_id, m.document_id) for m in mentions]
    cells, names, admin_vague, admin_all = _Blocks(), _Blocks(), _Blocks(), _Blocks()
    usable = []
    for i, e in enumerate(items):
        if e.date is None or not e.country:
            continue  # nothing to compare on: stays alone
        usable.append(i)
        country = _fold(e.country)
        admin = (country, _fold(e.admin1)) if e.admin1 else None
        if admin:
            admin_all.add(admin, e, i)
        if e.vague_place:
            if admin:
                admin_vague.add(admin, e, i)
            continue
        if e.lat is not None and e.lon is not None:
            cells.add((country, *_cell(e.lat, e.lon)), e, i)
        if e.location and _name_key(e.location):
            names.add((country, _name_key(e.location)), e, i)
    for blocks in (cells, names, admin_vague, admin_all):
        blocks.freeze()
    vague = [e.vague for e in items]
    parent = list(range(len(mentions)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in usable:
        e = items[i]
        country = _fold(e.country)
        lo, hi = _interval(e, window_days)
        w = window_days
        cands: set[int] = set()
        admin = (country, _fold(e.admin1)) if e.admin1 else None
        if e.vague_place:
            if admin:
                cands.update(admin_all.get(admin, lo, hi, w))
        else:
            if e.lat is not None and e.lon is not None:
                for cell in _neighbour_cells(e.lat, e.lon):
                    cands.update(cells.get((country, *cell), lo, hi, w))
            if e.location and _name_key(e.location):
                cands.update(names.get((country, _name_key(e.location)), lo, hi, w))
            if admin:
                cands.update(admin_vague.get(admin, lo, hi, w))
                if e.lat is None:  # a named place without coordinates meets others by admin1
                    cands.update(admin_all.get(admin, lo, hi, w))
        cands.discard(i)
        if not e.vague:
            # A vague one chooses from its side. Precise pairs are scored once, except where
            # one side has no coordinates: then only that side's look-up (by admin1) finds them.
            cands = {j for j in cands if not vague[j] and (j > i or e.lat is None or items[j].lat is None)}
        best_j, best = None, 0.0
        for j in sorted(cands):
            same_doc = bool(mentions[i].document_id) and mentions[i].document_id == mentions[j].document_id
            s = pair_score(e, items[j], window_days=window_days, same_document=same_doc,
                           same_family=not same_doc and bool(family[i]) and family[i] == family[j])
            if s < MATCH:
                continue
            if e.vague:
                if s > best:
                    best_j, best = j, s
            else:
                parent[find(j)] = find(i)
        if best_j is not None:
            parent[find(i)] = find(best_j)

    clusters: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        clusters.setdefault(find(i), []).append(i)
    return list(clusters.values())
