"""Places and the compact per-source index ("layer") the gazetteer searches."""

from __future__ import annotations

import math
import pickle
import sys
from array import array
from dataclasses import dataclass
from typing import NamedTuple

from .names import key, sound, stem

POPULATED = ("capital", "city", "town", "village", "neighbourhood", "abandoned")
ADMIN = ("admin1", "admin2", "admin3", "admin4")
POINTS = (*POPULATED, "site")  # "site": a well, camp, mine or locality, from a dump


@dataclass(frozen=True)
class Place:
    """A gazetteer entry, its names spelled as ACLED writes them: ASCII, admin areas without
    "Region"/"Cercle de"/"Province du" ('Segou', 'Menaka', 'Kadiogo')."""

    name: str
    latitude: float
    longitude: float
    country: str  # as ACLED writes it
    iso2: str
    iso3: str
    isonumeric: int  # ACLED's `iso` column
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    feature: str = "village"  # one of POINTS, ADMIN or "country"
    population: int = 0
    geonameid: int | None = None
    source: str = "default"  # "default" or the GeoNames dump's file name


def size_feature(population: int) -> str:
    """A populated place's feature where the data gives no rank."""
    return "city" if population >= 100_000 else "town" if population >= 10_000 else "village"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2, dlon = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def geo_precision(place: Place) -> int:
    """ACLED's codebook: 1 = the town or village itself, 3 = only a region or the country.
    (2, "near X", depends on the wording and is the extractor's call.)"""
    return 1 if place.feature in POINTS else 3


class Row(NamedTuple):
    """A place as stored."""
    name: str
    lat: float
    lon: float
    iso2: str
    admin1: str
    admin2: str
    admin3: str
    feature: str
    population: int
    geonameid: int | None


class Layer:
    """One source's places, stored by column so the cached index loads fast, with a name
    index per country (iso2 -> key -> row ids) that is unpickled on first use."""

    def __init__(self, source: str, columns: tuple, index: dict[str, dict | bytes],
                 countries: dict[str, tuple] | None = None, aliases: dict[str, str] | None = None,
                 inferred: set[int] | None = None):
        self.source = source
        self.columns = columns  # Row's fields; lat/lon/population/geonameid (-1: none) as arrays
        self._index = index
        self.countries = countries or {}  # iso2 -> (ACLED name, iso3, isonumeric, row id)
        self.aliases = aliases or {}  # key of a country name/code/demonym -> iso2
        self.inferred = inferred or set()  # rows whose admin2 is the nearest coded place's
        self._sounds: dict[str, tuple[dict[str, list[int]], list[str], list[str]]] = {}
        self._areas: dict[str, dict[str, tuple[array, array]]] = {}

    def __getstate__(self):
        index = {cc: idx if isinstance(idx, bytes) else pickle.dumps(idx, protocol=pickle.HIGHEST_PROTOCOL)
                 for cc, idx in self._index.items()}
        return (self.source, self.columns, index, self.countries, self.aliases, self.inferred)

    def __setstate__(self, state):
        self.__init__(*state)

    @property
    def iso2s(self):
        """The countries this layer has places in."""
        return self._index.keys()

    def row(self, rid: int) -> Row:
        values = [column[rid] for column in self.columns]
        if values[9] < 0:
            values[9] = None
        return Row(*values)

    def index(self, iso2: str) -> dict[str, int | tuple[int, ...]]:
        idx = self._index.get(iso2)
        if isinstance(idx, bytes):
            idx = self._index[iso2] = pickle.loads(idx)
        return idx or {}

    def ids(self, iso2: str, k: str) -> tuple[int, ...]:
        found = self.index(iso2).get(k, ())
        return (found,) if isinstance(found, int) else found

    def sounds(self, iso2: str) -> tuple[dict[str, list[int]], list[str], list[str]]:
        """Spelling-variant index of one country, built on first use (cheap per country): sound
        key -> rows, the sound keys, and the same keys stemmed (for fuzzy matching)."""
        if iso2 not in self._sounds:
            table: dict[str, list[int]] = {}
            for k, found in self.index(iso2).items():
                table.setdefault(sound(k), []).extend((found,) if isinstance(found, int) else found)
            self._sounds[iso2] = (table, list(table), [stem(k) for k in table])
        return self._sounds[iso2]


    def area_points(self, iso2: str, area_key: str) -> tuple[array, array]:
        """Latitudes and longitudes of the places this layer files under the admin area keyed
        `area_key` (any level): the area's extent, where only its centre is a row. Built per
        country on first use."""
        if iso2 not in self._areas:
            areas: dict[str, tuple[array, array]] = {}
            cols = self.columns
            for rid in range(len(cols[0])):
                if cols[3][rid] != iso2 or cols[7][rid] not in POINTS:
                    continue
                for f in {cols[4][rid], cols[5][rid], cols[6][rid]}:
                    if f:
                        lats, lons = areas.setdefault(key(f), (array("d"), array("d")))
                        lats.append(cols[1][rid])
                        lons.append(cols[2][rid])
            self._areas[iso2] = areas
        return self._areas[iso2].get(area_key, (array("d"), array("d")))


class LayerBuilder:
    """Collects rows and their names, then freezes them into a Layer."""

    def __init__(self, source: str):
        self.source = source
        self.rows: list[Row] = []
        self.keys: dict[str, dict[str, list[int]]] = {}

    def add(self, row: Row, names=(), keys: set[str] | None = None) -> int:
        """Add a row found under its name and `names` (or their precomputed `keys`)."""
        rid = len(self.rows)
        self.rows.append(row)
        index = self.keys.setdefault(row.iso2, {})
        for k in keys if keys is not None else {key(n) for n in (row.name, *names)}:
            if k:
                index.setdefault(k, []).append(rid)
        return rid

    def build(self, **kw) -> Layer:
        cols = list(zip(*self.rows, strict=True)) if self.rows else [()] * len(Row._fields)
        # Repeated strings (countries, admin names) interned: pickle then stores each once.
        repeated = [[sys.intern(v) for v in c] for c in cols[3:8]]  # iso2, admin1..3, feature
        columns = (list(cols[0]), array("d", cols[1]), array("d", cols[2]), *repeated,
                   array("q", cols[8]), array("q", [-1 if g is None else g for g in cols[9]]))
        index = {cc: {k: ids[0] if len(ids) == 1 else tuple(ids) for k, ids in idx.items()}
                 for cc, idx in self.keys.items()}
        return Layer(self.source, columns, index, **kw)
