"""Gazetteer load times (cold: building the cached index; warm: loading it) and lookups/second.

    .venv/bin/python benchmarks/gazetteer_bench.py [GEONAMES_DUMP]

Cold and warm loads run in fresh processes against a temporary cache dir, so the user's
cache is left alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crisismap.gazetteer import Gazetteer

DUMP = Path(__file__).resolve().parents[1].parent / "shared" / "geonames" / "ML.txt"
LOAD = """
import json, time
t0 = time.perf_counter()
from crisismap.gazetteer import Gazetteer
t1 = time.perf_counter()
gaz = Gazetteer.default()
gaz.country("Mali")
t2 = time.perf_counter()
gaz.lookup("Mopti", country="Mali")
t3 = time.perf_counter()
gaz.lookup("Mopti")
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "first_in_country": t3 - t2, "first_anywhere": t4 - t3}))
"""
TOWNS = ["Bamako", "Mopti", "Gao", "Ségou", "Tombouctou", "Kidal", "Menaka", "Sevare", "Ouagadougou",
         "Djibo", "Niamey", "Timbuktu", "Kayes", "Sikasso", "Dori", "Fada N'gourma", "Boni", "Douentza",
         "Paris", "Lagos"]
VILLAGES = [("Moura", ()), ("Tongolo-Coura", ("Macina", "Segou")), ("Diabaly", ()),
            ("Boulkessi", ("Douentza",)), ("Ogossagou", ("Bankass", "Mopti")), ("Sobane Da", ()),
            ("Dioura", ("Tenenkou",)), ("Nampala", ())]


def load_times(cache: str) -> dict:
    env = {**os.environ, "CRISISMAP_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def rate(fn, items, seconds: float = 1.0) -> float:
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for item in items:
            fn(item)
        n += len(items)
    return n / (time.perf_counter() - start)


def main() -> None:
    dump = Path(sys.argv[1]) if len(sys.argv) > 1 else DUMP
    with tempfile.TemporaryDirectory() as cache:
        cold = load_times(cache)
        warm = load_times(cache)
    print(f"cold load (build + cache the index): {cold['load']:.2f} s  (import {cold['import']:.2f} s)")
    print(f"warm load (cached index):            {warm['load']:.2f} s  (import {warm['import']:.2f} s)")
    print(f"  then first lookup in one country:  {warm['first_in_country']:.3f} s (unpickles that country's names)")
    print(f"  then first lookup in all countries: {warm['first_anywhere']:.2f} s (unpickles the rest)")

    gaz = Gazetteer.default()
    gaz.country("Mali")
    print(f"lookups/s, default, no country:      {rate(lambda n: gaz.lookup(n), TOWNS):8.0f}")
    print(f"lookups/s, default, country=Mali:    {rate(lambda n: gaz.lookup(n, country='Mali'), TOWNS):8.0f}")
    if not dump.is_file():
        print(f"({dump} not found: no dump timings)")
        return
    start = time.perf_counter()
    gaz.add_geonames(dump)
    print(f"add_geonames({dump.name}):               {time.perf_counter() - start:.2f} s")
    for label, items in (("towns", [(n, ()) for n in TOWNS]), ("villages, hints", VILLAGES)):
        r = rate(lambda v: gaz.lookup(v[0], country="Mali", admin_hints=v[1]), items)
        print(f"lookups/s, +{dump.name}, {label:<15} {r:8.0f}")


if __name__ == "__main__":
    main()
