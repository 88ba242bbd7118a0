"""Measuring extraction against human coders: an ACLED export with notes in, accuracy out.

One record per distinct note (ACLED may split a note into several events), published the
day after its last coded event. The scoring follows ../shared/tools/score_extract.py:
the primary predicted event (highest confidence) is right on a field when it equals that
field of any coded event of the note (case, accents and punctuation ignored; actors under
any of their ACLED names); fatalities
compare totals per note; coordinates count within 25 km.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import CrisismapError

FIELDS = ("event_type", "sub_event_type", "event_date", "actor1", "inter1", "actor2", "inter2",
          "country", "admin1", "admin2", "location")
GOLD_KEEP = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
             "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "civilian_targeting", "country",
             "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "fatalities")
# An event counts as right, for the confidence check, when these are all right.
CORE = ("event_type", "event_date", "admin1")


def norm(value) -> str:
    s = unicodedata.normalize("NFKD", str(value if value is not None else "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


@lru_cache(maxsize=1 << 14)
def _actor_key(name) -> str:
    """Actors compare by identity: an export made after a renaming or the end of a regime
    names the same actor differently (see ActorDictionary.identity); so does each of a pair,
    "JNIM: ... and/or Islamic State (Greater Sahara)"."""
    return " and/or ".join(norm(_actors().identity(part)) for part in str(name or "").split(" and/or "))


@lru_cache(maxsize=1)
def _actors():
    from .actors import ActorDictionary

    return ActorDictionary.default()


def num(x) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p = math.pi / 180
    h = (math.sin((b[0] - a[0]) * p / 2) ** 2 +
         math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def parse_day(s: str) -> dt.date:
    for fmt in ("%d %B %Y", "%Y-%m-%d", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(s.strip(), fmt).date()
        except ValueError:
            pass
    raise CrisismapError(f"unknown ACLED date format {s!r}: expected e.g. '30 June 2022' or '2022-06-30'")


@dataclass
class NoteRecord:
    id: str
    text: str
    published: dt.date
    gold: list[dict]


def load_notes(path: str | Path) -> list[NoteRecord]:
    """Distinct notes of an ACLED export, oldest first, each with its coded events."""
    p = Path(path)
    try:
        with p.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = {"notes", "event_date", "event_type"} - set(reader.fieldnames or [])
            if missing:
                raise CrisismapError(f"{p} is not an ACLED export with notes: missing columns {sorted(missing)}")
            by_note: dict[str, list[dict]] = defaultdict(list)
            for row in reader:
                if not (row.get("notes") or "").strip():
                    continue
                row["event_date"] = parse_day(row["event_date"]).isoformat()
                by_note[row["notes"]].append({k: row.get(k, "") for k in GOLD_KEEP})
    except FileNotFoundError:
        raise CrisismapError(f"{p} not found") from None
    ordered = sorted(by_note.items(), key=lambda kv: kv[1][0]["event_date"])
    out = []
    for i, (note, events) in enumerate(ordered):
        last = max(dt.date.fromisoformat(e["event_date"]) for e in events)
        out.append(NoteRecord(f"n{i:05d}", note, last + dt.timedelta(days=1), events))
    return out


def split_by_date(records: list[NoteRecord], holdout: float) -> tuple[list[NoteRecord], list[NoteRecord]]:
    """(first part, last `holdout` share) of records already sorted by date."""
    if not 0 < holdout < 1:
        raise CrisismapError(f"--holdout must be between 0 and 1 (got {holdout})")
    cut = int(round(len(records) * (1 - holdout)))
    return records[:cut], records[cut:]


@dataclass
class Scores:
    n: int = 0
    hits: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type)
    confident: int = 0
    confident_right: int = 0

    def accuracy(self) -> dict[str, float]:
        return {k: round(v / self.n, 4) for k, v in sorted(self.hits.items())} | {"n": self.n} if self.n else {}


def score_record(gold: list[dict], pred: list[dict], scores: Scores) -> list[str]:
    """Add one note's result to `scores`; return the fields it got wrong."""
    scores.n += 1
    p = max(pred, key=lambda e: num(e.get("confidence")) or 0.0) if pred else {}
    scores.hits["detected"] += bool(pred)
    wrong = []
    for name in FIELDS:
        key = _actor_key if name in ("actor1", "actor2") else norm
        right = bool(p) and key(p.get(name)) in {key(e[name]) for e in gold}
        scores.hits[name] += right
        if not right:
            wrong.append(name)
    gsum = sum(int(num(e["fatalities"]) or 0) for e in gold)
    if sum(int(num(e.get("fatalities")) or 0) for e in pred) == gsum:
        scores.hits["fatalities_exact"] += 1
    else:
        wrong.append("fatalities")
    lat, lon = num(p.get("latitude")), num(p.get("longitude"))
    near = lat is not None and lon is not None and min(
        km((lat, lon), (float(e["latitude"]), float(e["longitude"]))) for e in gold
        if num(e["latitude"]) is not None) <= 25
    scores.hits["within_25km"] += near
    if not near:
        wrong.append("within_25km")
    scores.confusion[(gold[0]["event_type"], p.get("event_type") or "(none)")] += 1
    if p and (num(p.get("confidence")) or 0) > 0.8:
        scores.confident += 1
        scores.confident_right += all(f not in wrong for f in CORE)
    return wrong


@dataclass
class Evaluation:
    scores: Scores
    seconds: float
    words: int
    misses: int

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def evaluate(records: Iterable[NoteRecord], extract: Callable[[list[dict]], list[dict]], *,
             misses_path: str | Path | None = None, batch: int = 64,
             progress: Callable[[int], None] | None = None) -> Evaluation:
    """Run `extract` (contract records in, contract records out) and score against the coders."""
    scores = Scores()
    words = misses = 0
    started = time.perf_counter()
    records = list(records)
    out = open(misses_path, "w", encoding="utf-8") if misses_path else None
    try:
        for i in range(0, len(records), batch):
            chunk = records[i:i + batch]
            inputs = [{"id": r.id, "text": r.text, "published": r.published.isoformat()} for r in chunk]
            results = {r["id"]: r for r in extract(inputs)}
            for r in chunk:
                words += len(r.text.split())
                pred = results.get(r.id, {}).get("events", [])
                wrong = score_record(r.gold, pred, scores)
                if wrong and out:
                    misses += 1
                    out.write(json.dumps({"id": r.id, "text": r.text, "published": r.published.isoformat(),
                                          "wrong": wrong, "gold": r.gold, "predicted": pred},
                                         ensure_ascii=False) + "\n")
            if progress:
                progress(len(chunk))
    finally:
        if out:
            out.close()
    return Evaluation(scores, time.perf_counter() - started, words, misses)
