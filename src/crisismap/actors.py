"""Actors: spans in the text -> ACLED-style canonical names and inter codes.

The dictionary (data/actors.json) is written by the project; users add theirs with
`--actors FILE` in the same format. Names carry the period of the government in power
("Military Forces of Mali (2021-)"), taken from the event date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from .errors import CrisismapError

SUSPECT_RE = re.compile(
    r"(?:suspected|presumed|alleged|allegedly|believed\s+to\s+be|likely|possibly|reportedly|"
    r"présumés?|supposés?|suspectés?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    key: int  # index of the dictionary entry
    country: str | None  # bound by a demonym ("Malian army") or by the entry itself
    generic: bool  # "soldiers", "the army": a state force of whatever country the event is in
    suspected: bool
    victim: bool
    inter: int


class ActorDictionary:
    def __init__(self, data: dict):
        self.countries: dict[str, dict] = data.get("countries", {})
        self.entries: list[dict] = data.get("actors", [])
        self.associates: list[dict] = data.get("associates", [])

    @classmethod
    def default(cls, extra: list[str | Path] = ()) -> ActorDictionary:
        text = resources.files("crisismap").joinpath("data/actors.json").read_text(encoding="utf-8")
        data = json.loads(text)
        for path in extra:
            data = merge(data, load_user_file(path))
        return cls(data)

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern, list[tuple[str, int, str | None, bool]]]]:
        """(regex, alias table) pairs: case-sensitive acronyms and case-insensitive names."""
        exact: dict[str, tuple[int, str | None, bool]] = {}
        folded: dict[str, tuple[int, str | None, bool]] = {}
        for key, entry in enumerate(self.entries):
            fixed = entry.get("country")
            for alias in entry.get("aliases", []):
                for text, country in self._expand(alias, fixed):
                    table = exact if _is_acronym(text) else folded
                    table.setdefault(text if table is exact else text.lower(), (key, country, False))
            for alias in entry.get("generic", []):
                table = exact if _is_acronym(alias) else folded
                table.setdefault(alias if table is exact else alias.lower(), (key, fixed, True))
        out = []
        for table, flags in ((exact, 0), (folded, re.IGNORECASE)):
            if not table:
                continue
            names = sorted(table, key=len, reverse=True)
            rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", flags)
            out.append((rx, table))
        return out

    def _expand(self, alias: str, fixed: str | None):
        if "{demonym}" not in alias and "{country}" not in alias:
            yield alias, fixed
            return
        for country, info in self.countries.items():
            if fixed and country != fixed:
                continue
            if "{country}" in alias:
                yield alias.replace("{country}", country), country
            else:
                for demonym in info.get("demonyms", []):
                    yield alias.replace("{demonym}", demonym), country

    def find(self, text: str) -> list[ActorMention]:
        """Actor spans in `text`, longest first where they overlap."""
        found: list[ActorMention] = []
        for rx, table in self._patterns:
            is_exact = rx.flags & re.IGNORECASE == 0
            for m in rx.finditer(text):
                key, country, generic = table[m.group(0) if is_exact else m.group(0).lower()]
                entry = self.entries[key]
                suspected = bool(SUSPECT_RE.search(text[max(0, m.start() - 40):m.start()])) or \
                    m.group(0).lower() in {s.lower() for s in entry.get("suspected", [])}
                found.append(ActorMention(m.start(), m.end(), m.group(0), key, country, generic, suspected,
                                          bool(entry.get("victim")), int(entry["inter"])))
        found.sort(key=lambda a: (a.start, a.start - a.end))
        kept: list[ActorMention] = []
        for a in found:
            if kept and a.start < kept[-1].end:
                continue
            kept.append(a)
        return sorted(kept + self._shared_nouns(text, kept), key=lambda a: a.start)

    def _shared_nouns(self, text: str, kept: list[ActorMention]) -> list[ActorMention]:
        """"French and Malian forces": the first word names an actor of its own with the noun the
        second one has ("French forces")."""
        out = []
        for a in kept:
            lead = re.search(r"(?<![\w-])([A-Z][\w'’-]+)\s+(?:and|et)\s+$", text[max(0, a.start - 30):a.start])
            if not lead or " " not in a.text:
                continue
            word, rest = lead.group(1), a.text.split(None, 1)[1]
            (b, *_) = self.find(f"{word} {rest}") or (None,)
            if b is None or b.start != 0 or b.end != len(word) + 1 + len(rest) or b.key == a.key and b.country == a.country:
                continue
            start = max(0, a.start - 30) + lead.start(1)
            if any(k.start <= start < k.end for k in kept):
                continue
            out.append(ActorMention(start, start + len(word), word, b.key, b.country, b.generic, a.suspected,
                                    b.victim, b.inter))
        return out

    def regime(self, country: str, date: dt.date | None) -> str:
        periods = self.countries.get(country, {}).get("regimes", [])
        return _period(periods, date) or ""

    def name(self, mention: ActorMention, country: str | None, date: dt.date | None) -> tuple[str, int]:
        """The ACLED name and inter code of an actor mention in an event in `country` on `date`."""
        entry = self.entries[mention.key]
        own = mention.country or entry.get("country") or country or ""
        template = _period(entry.get("periods", []), date) or entry["name"]
        name = template.replace("{country}", own or "International")
        if "{regime}" in name:
            regime = self.regime(own, date)
            name = name.replace(" ({regime})", f" ({regime})" if regime else "")
        inter = int(entry["inter"])
        if entry.get("state") and country and own and own != country:
            inter = 8  # a state force abroad is an external force (ACLED)
        return name, inter

    def identity(self, name: str) -> str:
        """One key for the names an actor has had: ACLED renames a group (Islamic State
        (Greater Sahara) -> (Sahel)) and closes a regime's period ("(2015-)" -> "(2015-2022)")
        in later exports, so two exports of one event can name its actor differently."""
        key = re.sub(r"\((\d{4})-\d{4}\)", r"(\1-)", " ".join(name.split()))
        return self._former.get(key.lower(), key.lower())

    @cached_property
    def _former(self) -> dict[str, str]:
        out = {}
        for entry in self.entries:
            labels = [p[2] for p in entry.get("periods", [])]
            for label in labels:
                out[label.lower()] = labels[-1].lower()
        return out

    def associate(self, text: str, country: str) -> str:
        """The associated-actor name for a victim group ("farmers" -> "Farmers (Mali)")."""
        low = text.lower()
        for entry in self.associates:
            if any(low == a.lower() or low.endswith(" " + a.lower()) for a in entry["aliases"]):
                return entry["name"].replace("{country}", country)
        return ""


def _period(periods: list, date: dt.date | None) -> str | None:
    if not periods:
        return None
    if date is None:
        return periods[-1][2]
    for start, end, label in periods:
        if (start is None or date >= dt.date.fromisoformat(start)) and (
                end is None or date <= dt.date.fromisoformat(end)):
            return label
    return periods[-1][2]


def _is_acronym(text: str) -> bool:
    return len(text) <= 6 and sum(c.isupper() for c in text) >= 2 and " " not in text


def load_user_file(path: str | Path) -> dict:
    """A user's actor file, in the format of data/actors.json."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CrisismapError(f"actor file {p} not found") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CrisismapError(f"actor file {p} is not valid JSON: {exc}") from None
    for i, entry in enumerate(data.get("actors", [])):
        if not entry.get("name") or "inter" not in entry or not entry.get("aliases"):
            raise CrisismapError(
                f"actor file {p}: entry {i} needs \"name\", \"inter\" (1-8) and \"aliases\" (a list)")
    return data


def merge(base: dict, extra: dict) -> dict:
    """User entries come first so that their aliases win over ours."""
    return {
        "countries": {**base.get("countries", {}), **extra.get("countries", {})},
        "actors": extra.get("actors", []) + base.get("actors", []),
        "associates": extra.get("associates", []) + base.get("associates", []),
    }
