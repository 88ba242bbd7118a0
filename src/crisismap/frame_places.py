"""Where a frame's event happened: the best of the toponyms its sentences name, weighed by how
surely each names the event's place, with the villages the gazetteer lacks named at their cercle
(geo_precision 2), and the country a whole report is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .actors import ActorDictionary
from .places import PART_TO_ADMIN1, Toponym, beside_border

Frame = Sequence[Sequence[Toponym]]  # each sentence's toponyms, in order

NEAR_AREA_KM = 15  # a known place this near a cercle's villages stands in for an unknown village of it
SOURCE_WEIGHT = {"coded": 1.4, "hint-first": 1.3, "hint": 1.0, "pattern": 0.9, "ner": 0.75, "admin-hint": 0.3, "region": 0.3,
                 "dateline": 0.25}


@dataclass
class ResolvedPlace:
    place: object  # gazetteer Place
    toponym: Toponym | None
    precision: int
    score: float
    unknown: Toponym | None = None  # "Sehe (Bankass, Mopti)" with Sehe not in the gazetteer: named, placed at Bankass


class PlaceResolver:
    """Built once with the extractor's gazetteer and actor dictionary (its countries and demonyms)."""

    def __init__(self, gazetteer, actors: ActorDictionary):
        self.gazetteer = gazetteer
        self.actors = actors
        self.country_names = self._build_country_names()

    def resolve(self, frame: Frame, country: str | None) -> ResolvedPlace | None:
        """The event's place from the toponyms of a frame's sentences, in order."""
        best, unknown = self._best_known_place(frame, country)
        if best is None:
            return self._region_only(frame, country)
        named = self._unknown_named(best, unknown, frame)
        return ResolvedPlace(best.place, best.toponym, 2, best.score, named) if named else best

    def _best_known_place(self, frame: Frame, country: str | None) -> tuple[ResolvedPlace | None, list[Toponym]]:
        """The best-weighted toponym the gazetteer knows, and the hinted ones it does not ("X (A, B)")."""
        best: ResolvedPlace | None = None
        unknown: list[Toponym] = []
        for i, places in enumerate(frame):
            for top in places:
                if top.source == "region" and not self._beside_place(top):
                    continue
                if not top.hints and self.names_country(top.name):
                    continue  # "a peacekeeper from Togo": a country, not its namesake village
                cands = self.gazetteer.lookup(top.name, country=country, admin_hints=list(top.hints))
                if not cands:
                    if top.source in ("hint", "hint-first", "coded") and top.hints:
                        unknown.append(top)
                    continue
                place, score = cands[0]
                if getattr(place, "feature", "") == "country":
                    continue
                # Sources ranked by how surely they name the event's place; earlier sentences first;
                # the second place of "between X and Y" only where the first is unknown.
                weight = SOURCE_WEIGHT.get(top.source, 0.7) * score * 0.9 ** i * (0.85 if top.second else 1.0)
                admin = getattr(place, "feature", "") in ("admin1", "admin2", "admin3")
                precision = 3 if admin else (2 if top.near or top.part else 1)
                if best is None or weight > best.score + 1e-9:
                    best = ResolvedPlace(place, top, precision, weight)
        return best, unknown

    def _unknown_named(self, best: ResolvedPlace, unknown: list[Toponym], frame: Frame) -> Toponym | None:
        """The village the coder would name where the gazetteer lacks it (placed at `best`, geo_precision 2):
        - `best` is the admin area of its "(A, B)": "Sehe (Bankass, Mopti)", placed at Bankass;
        - `best` is a place after it, in or beside its cercle: "Feto-Nelbi (Koro, Mopti), between Mondoro and X";
        - `best` is the second of "between Doro and Gossi (A, B)", or a known place named after it in
          or beside its cercle: "Tatakarat (Gao, Gao), southeast of NDaki (C, D)"."""
        top = best.toponym
        candidates = [t for t in unknown if not self.actors.find(t.name)]

        def beside(t: Toponym) -> bool:
            return self.gazetteer.distance_to_area(best.place, t.hints[0]) <= NEAR_AREA_KM

        if top.source == "admin-hint":
            return next((t for t in candidates if top.name in t.hints), None)
        if top.source in ("pattern", "ner") and not top.hints:
            return next((t for t in candidates if t.source in ("hint", "coded") and beside(t)), None)
        if top.source == "hint":
            order = {id(t): (i, t.start) for i, places in enumerate(frame) for t in places}  # where each is named
            return next((t for t in unknown if t.source == "hint-first" and t.hints == top.hints), None) or next(
                (t for t in candidates if t.source in ("hint", "hint-first") and t.hints != top.hints
                 and order[id(t)] < order[id(top)] and beside(t)), None)
        return None

    def _region_only(self, frame: Frame, country: str | None) -> ResolvedPlace | None:
        """Where the frame names no place but a region: "central Mali", "the Mopti region"."""
        for places in frame:
            for top in places:
                if top.source != "region":
                    continue
                if top.part:
                    c = self.gazetteer.country(top.name)
                    if c is None:
                        continue
                    admin1 = PART_TO_ADMIN1.get((c.country, top.part))
                    place = self.gazetteer.admin1_place(c.country, admin1) if admin1 else None
                    return ResolvedPlace(place or c, top, 3, 0.5)
                cands = self.gazetteer.lookup(top.name, country=country)
                if cands:
                    place = self.gazetteer.admin1_place(cands[0][0].country, cands[0][0].admin1) or cands[0][0]
                    return ResolvedPlace(place, top, 3, 0.5)
        return None

    def names_country(self, name: str) -> bool:
        """A country's name or demonym (codes, three letters at most, are not taken)."""
        return name in self.country_names or (len(name) > 3 and self.gazetteer.country(name) is not None)

    def _beside_place(self, top: Toponym) -> bool:
        """'east of Gao': a direction from a town, not a part of a country (a fallback place)."""
        return bool(top.part) and not self.names_country(top.name)

    def document_country(self, text: str, frame: Frame) -> str | None:
        """The country a report is about: the one its words name most often (`frame`: every sentence's toponyms)."""
        counts: dict[str, float] = {}
        for name, country in self.country_names.items():
            n = sum(not beside_border(text, m.start(), m.end())  # "the border with Niger" is no vote
                    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
            if n:  # a demonym ("French forces") says whose, more often than where: half a vote
                counts[country] = counts.get(country, 0) + n * (1 if name == country else 0.5)
        # "(Djenne, Mopti)": the region named last in the hints says the country.
        first_hint = True
        for places in frame:
            for top in places:
                # "MÉNAKA (Mali)": a hint that names a country is that country, not the
                # prefecture of Mali in Guinea.
                if top.name in self.country_names:
                    continue  # "in Mali and X (C, D)": the country is counted by name, not by X's hints
                named = [self.country_names[h] for h in top.hints if h in self.country_names]
                hinted = named[-1] if named else self.gazetteer.hint_country(top.hints) if top.hints else None
                if hinted:
                    # The first place hinted settles a tie ("between X (A, B) in Mali and Y (C, D) in Burkina Faso").
                    counts[hinted] = counts.get(hinted, 0) + 3 + (0.01 if first_hint else 0)
                    first_hint = False
        # A place the user's added gazetteers know says where, as much as "French forces" does.
        for name in {p.name for places in frame for p in places if p.source not in ("region", "admin-hint")}:
            for country in self.gazetteer.home_countries(name):
                counts[country] = counts.get(country, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _build_country_names(self) -> dict[str, str]:
        """Country names and capitalised demonyms ("Malian"), each to its country."""
        names = {}
        for country, info in self.actors.countries.items():
            names[country] = country
            for d in info.get("demonyms", []):
                if d[0].isupper():
                    names[d] = country
        return names
