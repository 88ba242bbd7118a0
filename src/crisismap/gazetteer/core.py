"""Gazetteer: place names -> scored candidates, over the world default and added dumps."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from .default import default_layer
from .geonames import read_dump
from .model import ADMIN, POINTS, Layer, Place, Row, km
from .names import key, sound, split_level, stem

EXACT, ALTERNATE, SOUND, FUZZY = 1.0, 0.95, 0.85, 0.8  # how a name matched
# Populated places first for ambiguous names ("Mopti" is the town); a country wins for its own name.
FEATURE_WEIGHT = {"capital": 1.0, "city": 1.0, "town": 0.99, "village": 0.97, "neighbourhood": 0.9,
                  "abandoned": 0.9, "admin1": 0.92, "admin2": 0.91, "admin3": 0.9, "admin4": 0.89,
                  "site": 0.86, "country": 1.05}
MAX_RESULTS = 20
HINT_FAR_KM = 75  # a place this far from every admin area the text names is a namesake
SOUND_HINT_KM = 80  # a same-sound spelling may lie this far from the named cercle's towns (cercles differ)
EDGE_KM = 15  # a place this near the towns an admin area holds lies in it, whatever its own admin fields say
NAMESAKE_KM_PENALTY = 0.0002  # per km from the first named area, up to 200 km: a tie-breaker


class Gazetteer:
    """The world default (town level) plus any GeoNames dumps added for village-level cover.
    The default index loads on first use, once per process."""

    def __init__(self) -> None:
        self._dumps: list[Layer] = []
        self._default: Layer | None = None
        self._edges: dict[tuple[str, str], tuple] = {}  # (iso2, area key) -> the area's places, as arrays

    @classmethod
    def default(cls) -> Gazetteer:
        return cls()

    def __getstate__(self):
        return {"_dumps": self._dumps, "_default": None, "_edges": {}}  # a worker loads the default from its cache

    def add_geonames(self, path: str | Path) -> Gazetteer:
        """Add a GeoNames country dump (ML.txt format); raises GazetteerError if it is not one."""
        self._dumps.append(read_dump(path))
        return self

    @property
    def has_dumps(self) -> bool:
        """Whether a GeoNames country dump was added (village-level cover)."""
        return bool(self._dumps)

    @property
    def _base(self) -> Layer:
        if self._default is None:
            self._default = default_layer()
        return self._default

    @property
    def _layers(self) -> list[Layer]:
        return [self._base, *self._dumps]  # later layers win where both hold a place

    # -- countries ---------------------------------------------------------------------------
    def country(self, name_or_code: str) -> Place | None:
        """'Mali', 'mali', 'ML', 'MLI', '466', 'Malian' -> Mali's entry."""
        base = self._base
        text = name_or_code.strip()
        cc = base.aliases.get(text) if text.isupper() or text.isdigit() else None
        k = key(text)
        for layer in self._layers:
            cc = cc or layer.aliases.get(k)
        cc = cc or base.aliases.get(text.upper())  # "mli": a code, where no name matched
        if cc not in base.countries:
            return None
        return self._place(base, base.countries[cc][3])

    def admin1_place(self, country: str, admin1_name: str) -> Place | None:
        """The region entry (feature 'admin1') of `country` named `admin1_name`."""
        return self.admin_place(country, admin1_name, "admin1")

    def admin_place(self, country: str, name: str, level: str) -> Place | None:
        """The admin area entry of `level` ('admin1', 'admin2', ...) of `country` named `name`."""
        c = self.country(country)
        k = key(split_level(name)[0])
        if c is None or not k:
            return None
        for layer in reversed(self._layers):
            for rid in layer.ids(c.iso2, k) or layer.sounds(c.iso2)[0].get(sound(k), ()):
                if layer.row(rid).feature == level:
                    return self._place(layer, rid)
        return None

    def home_countries(self, name: str) -> list[str]:
        """The countries of the added dumps that know `name` exactly: a user adds a country's
        dump because the reports are about it, so its villages say where a report is."""
        k = key(split_level(name)[0])
        if not k:
            return []
        codes = {cc for layer in self._dumps for cc in layer.iso2s if layer.ids(cc, k)}
        return sorted(self._base.countries[cc][0] for cc in codes if cc in self._base.countries)

    def hint_country(self, hints: Sequence[str]) -> str | None:
        """The country whose admin areas the text's "(cercle, region)" hints name: the last
        hint must be an admin area there; the others, named there too, settle a tie."""
        keys = [key(split_level(h)[0]) for h in hints]
        if not keys or not keys[-1]:
            return None
        votes: dict[str, int] = {}
        for layer in self._layers:
            for cc in layer.iso2s:
                if any(layer.row(rid).feature in ADMIN for rid in layer.ids(cc, keys[-1])):
                    votes[cc] = max(votes.get(cc, 0), 1 + sum(bool(layer.ids(cc, k)) for k in keys[:-1] if k))
        if not votes:
            return None
        cc = max(votes, key=votes.get)
        return self._base.countries[cc][0] if cc in self._base.countries else None

    # -- places ------------------------------------------------------------------------------
    def lookup(self, name: str, *, country: str | None = None, admin_hints: Sequence[str] = (),
               fuzzy: bool = True) -> list[tuple[Place, float]]:
        """Candidates for `name`, best first, with scores in (0, 1].

        `country` (name or ISO code) restricts the search; an unknown country gives no
        candidates. `admin_hints` are the admin areas the text gives ("X (Macina, Segou)"):
        candidates in them are boosted strongly. With `fuzzy`, spelling variants match
        too, at a lower score: within `country`, or within the added dumps' countries."""
        query, level = split_level(name)
        k = key(query)
        iso = None
        if country:
            c = self.country(country)
            if c is None:
                return []
            iso = c.iso2
        if not k:
            return []
        layers = self._layers
        found: dict[tuple[int, int], float] = {}
        for li, layer in enumerate(layers):
            for cc in [iso] if iso else layer.iso2s:
                for rid in layer.ids(cc, k):
                    found[(li, rid)] = EXACT if key(layer.columns[0][rid]) == k else ALTERNATE
        hints = [h for h in (key(split_level(x)[0]) for x in admin_hints) if h]
        if fuzzy:
            self._variants(k, iso, layers, found, hints)
        scored: dict[object, tuple[float, int, int]] = {}
        near_cache: dict[str, list[tuple[float, float]]] = {}
        for (li, rid), quality in found.items():
            row = layers[li].row(rid)
            score = quality * _feature_weight(row.feature, level) + _population_bonus(row.population)
            if hints:
                match = self._hint_match(layers[li], rid, hints, near_cache)
                if quality < ALTERNATE and not match:
                    continue  # a spelling guess the text's own admin names contradict
                if quality <= SOUND and len(hints) > 1 and not self._in_first_hint(
                        row, hints[0], near_cache, 40 if quality < SOUND else SOUND_HINT_KM):
                    continue  # a spelling guess in the right region but another cercle
                if not match and self._far_from_hints(row, hints, near_cache):
                    continue  # a namesake elsewhere in the country: the text's place is not known
                # Unconfirmed candidates lose 40%; confirmed ones gain half their distance to 1.
                score *= 0.6 + 0.4 * match
                score += (1 - score) * 0.5 * match
                # Namesakes alike: the one nearest the named areas.
                score -= NAMESAKE_KM_PENALTY * min(self._hintkm(row, hints[0], near_cache), 200)
                if row.feature not in POINTS and k in hints:
                    score *= 0.9  # "Tessalit (Tessalit, Kidal)": the town the cercle is named after
            # One entry per place: the latest layer's row (a dump knows more), the best score.
            ident = (row.geonameid if row.feature in POINTS
                     else (row.iso2, row.feature, key(row.name), key(row.admin1)))
            prev = scored.get(ident)
            if prev is None:
                scored[ident] = (score, li, rid)
            else:
                keep = (li, rid) if (li, score) > (prev[1], prev[0]) else prev[1:]
                scored[ident] = (max(score, prev[0]), *keep)
        ranked = sorted(scored.values(), key=lambda s: (-s[0], -layers[s[1]].columns[8][s[2]]))[:MAX_RESULTS]
        return [(self._place(layers[li], rid), round(min(score, 1.0), 4)) for score, li, rid in ranked]

    def best(self, name: str, **kw) -> Place | None:
        found = self.lookup(name, **kw)
        return found[0][0] if found else None

    def _variants(self, k, iso, layers, found, hints) -> None:
        """Spelling variants: same `sound()` key, then rapidfuzz ratio on those keys."""
        s = sound(k)
        targets = [(li, layer, cc) for li, layer in enumerate(layers)
                   for cc in ([iso] if iso else (layer.iso2s if li else ()))]
        for li, layer, cc in targets:
            for rid in layer.sounds(cc)[0].get(s, ()):
                found.setdefault((li, rid), SOUND)
        if len(s) < 5:
            return  # short names: one letter off is another place
        if found and not hints:
            return
        if found and hints and any(self._hint_match(layers[li], rid, hints, {}) >= 0.85 for li, rid in found):
            return
        cutoff = 80 if len(s) >= 8 else 85
        for li, layer, cc in targets:
            table, choices, stems = layer.sounds(cc)
            best = process.extract(stem(s), stems, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
            for _, ratio, i in best:
                if fuzz.ratio(s, choices[i]) < cutoff - 5:
                    continue  # alike only once the prefix is gone: "Intahaka" is not "Ahakak"
                for rid in table[choices[i]]:
                    found.setdefault((li, rid), FUZZY * ratio / 100)

    def _hint_match(self, layer: Layer, rid: int, hints: list[str], near: dict) -> float:
        """Share of the hints that name the candidate's admin areas or country (an admin2
        inferred from neighbours counts less). Where the candidate's admin2 is unknown, a
        hint naming a town or area near it counts for some, less with distance."""
        row = layer.row(rid)
        fields = [(key(f), 0.85 if level == 2 and rid in layer.inferred else 1.0)
                  for level, f in ((1, row.admin1), (2, row.admin2), (3, row.admin3)) if f]
        info = self._base.countries.get(row.iso2)
        if info:
            fields.append((key(info[0]), 1.0))
        total = 0.0
        for h in hints:
            hs = sound(h)
            credit = max((w for f, w in fields if _same_area(f, h, hs)), default=0.0)
            if not credit:
                credit = max((0.9 * w for f, w in fields if fuzz.ratio(hs, sound(f)) >= 85), default=0.0)
            if not credit and not row.admin2:
                credit = 0.7 * max(0.0, 1 - self._hintkm(row, h, near) / 100)
            if not credit and self._edge_km(row.iso2, row.lat, row.lon, h) <= EDGE_KM:
                credit = 0.7  # "Doro (Gourma-Rharous, Tombouctou)": GeoNames files it in Gao, at the border
            total += credit
        return total / len(hints)

    def _in_first_hint(self, row: Row, h: str, near: dict, km_: float = 40) -> bool:
        """`row` lies in the admin area the first hint names ("(Ansongo, Gao)": the cercle), by its
        own admin fields or, since GeoNames' cercles are not always ACLED's, within `km_` of its towns."""
        if any(f and _same_area(key(f), h, sound(h)) for f in (row.admin2, row.admin3)):
            return True
        return self._hintkm(row, h, near, towns_only=True) <= km_

    def _far_from_hints(self, row: Row, hints: list[str], near: dict) -> bool:
        """Every hint that names a place of the row's country is over HINT_FAR_KM away."""
        dists = [self._hintkm(row, h, near) for h in hints]
        known = [d for d in dists if d < 1e9]
        return bool(known) and min(known) > HINT_FAR_KM

    def _hintkm(self, row: Row, h: str, near: dict, towns_only: bool = False) -> float:
        """Distance from `row` to the nearest town or admin area named `h` in its country
        (`towns_only`: not a region's centre, hundreds of km from its towns)."""
        if (row.iso2, h, towns_only) not in near:
            rows = [r for layer in self._layers for rid in layer.ids(row.iso2, h) for r in (layer.row(rid),)]
            kinds = ("capital", "city", "town", "admin2", "admin3") if towns_only else ("capital", "city", "town", *ADMIN)
            big = [r for r in rows if r.feature in kinds]
            near[(row.iso2, h, towns_only)] = [(r.lat, r.lon) for r in big or rows]
        return min((km(row.lat, row.lon, lat, lon) for lat, lon in near[(row.iso2, h, towns_only)]), default=1e9)

    def distance_to_area(self, place: Place, area: str) -> float:
        """Kilometres from `place` to the nearest village or site the dumps file under the admin
        area named `area` (0 inside it; 1e9 where the dumps know no such area)."""
        k = key(split_level(area)[0])
        if place.admin2 and key(place.admin2) == k:
            return 0.0
        return self._edge_km(place.iso2, place.latitude, place.longitude, k)

    def _edge_km(self, iso2: str, lat: float, lon: float, h: str) -> float:
        """Distance from (lat, lon) to the nearest village or site the dumps file under the area
        keyed `h` in `iso2`: admin borders in GeoNames are not ACLED's, and a cercle's centre is
        far from its edge."""
        pts = self._edges.get((iso2, h))
        if pts is None:
            lats, lons = [], []
            for layer in self._dumps:
                la, lo = layer.area_points(iso2, h)
                lats += la
                lons += lo
            pts = self._edges[(iso2, h)] = (np.radians(lats), np.radians(lons))
        if not len(pts[0]):
            return 1e9
        lat, lon = math.radians(lat), math.radians(lon)
        # Equirectangular distance: exact enough at tens of km.
        dx = (pts[1] - lon) * math.cos(lat)
        dy = pts[0] - lat
        return float(np.sqrt((dx * dx + dy * dy).min()) * 6371.0)

    def _place(self, layer: Layer, rid: int) -> Place:
        r = layer.row(rid)
        name, iso3, num, _ = self._base.countries.get(r.iso2, (r.iso2, "", 0, None))
        return Place(r.name, r.lat, r.lon, name, r.iso2, iso3, num, r.admin1, r.admin2, r.admin3, r.feature,
                     r.population, r.geonameid, layer.source)


def _same_area(field_key: str, hint_key: str, hint_sound: str) -> bool:
    """An admin field names the area a hint names: the same key, or the same spelling-variant key."""
    return field_key == hint_key or sound(field_key) == hint_sound


def _feature_weight(feature: str, level: str | None) -> float:
    if level is None:
        return FEATURE_WEIGHT.get(feature, 0.9)
    # The query named a level ("the Mopti region"): that level's entry first.
    return 1.05 if feature == level else 0.95 if feature in ADMIN else 0.85


def _population_bonus(population: int) -> float:
    return 0.04 * min(math.log10(1 + max(population, 0)), 7.0) / 7.0
