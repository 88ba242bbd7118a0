"""How many of ACLED's locations the gazetteer resolves: within 25 km, and with the same admin1.

    .venv/bin/python benchmarks/gazetteer_coverage.py [ACLED_CSV [GEONAMES_DUMP]] [--misses]

Each distinct (location, admin1, admin2, latitude, longitude) is looked up with the file's
country (Mali by default) and admin_hints=[admin2, admin1], with the default gazetteer alone
and with the dump added; also weighted by the number of events at each. ACLED's file is read
for measurement only.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from crisismap.gazetteer import Gazetteer
from crisismap.gazetteer.model import km

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def measure(gaz: Gazetteer, rows: Counter, country: str, misses: bool = False) -> list[float]:
    """Shares within 25 km, same admin1, same admin2: of distinct locations, then of events."""
    hits = [0.0] * 6
    for (location, admin1, admin2, lat, lon), events in rows.items():
        place = gaz.best(location, country=country, admin_hints=[admin2, admin1])
        if place is None:
            if misses:
                print("  none:", location, admin2, admin1)
            continue
        d = km(place.latitude, place.longitude, float(lat), float(lon))
        for i, ok in enumerate((d <= 25, place.admin1 == admin1, place.admin2 == admin2)):
            hits[i] += ok
            hits[i + 3] += ok * events
        if misses and d > 25:
            print(f"  {d:6.0f} km: {location} ({admin2}, {admin1})"
                  f" -> {place.name} ({place.admin2}, {place.admin1})")
    n, total = len(rows), sum(rows.values())
    return [h / n for h in hits[:3]] + [h / total for h in hits[3:]]


def main(argv: list[str]) -> None:
    misses = "--misses" in argv
    args = [a for a in argv if a != "--misses"]
    acled = Path(args[0]) if args else SHARED / "data" / "acled-mali-2015-2022h1.csv"
    dump = Path(args[1]) if len(args) > 1 else SHARED / "geonames" / "ML.txt"
    with open(acled, encoding="utf-8", newline="") as f:
        events = list(csv.DictReader(f))
    rows = Counter((r["location"], r["admin1"], r["admin2"], r["latitude"], r["longitude"]) for r in events)
    country = Counter(r["country"] for r in events).most_common(1)[0][0]
    print(f"{len(rows)} distinct locations of {len(events)} events in {acled.name} ({country})")
    print(f"{'':>20}  {'of distinct locations':^40}  {'of events':^40}")
    print(f"{'':>20}  " + "  ".join([f"{'within 25 km':>12}  {'admin1 same':>12}  {'admin2 same':>12}"] * 2))
    for label, gaz in (("default", Gazetteer.default()),
                       (f"default + {dump.name}", Gazetteer.default().add_geonames(dump))):
        shares = measure(gaz, rows, country, misses)
        print(f"{label:>20}  " + "  ".join(f"{s:>12.1%}" for s in shares))


if __name__ == "__main__":
    main(sys.argv[1:])
