"""GeoNames country dumps (ML.txt, or ML.zip as downloaded) for village-level cover."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import GazetteerError
from .model import Layer, LayerBuilder, Row, km, size_feature
from .names import acled_admin, admin_name, ascii_name, key

COLUMNS = 19
EXPECTED = (f"expected a GeoNames country dump such as ML.txt: {COLUMNS} tab-separated columns "
            "(geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, "
            "feature code, country code, cc2, admin1..admin4 codes, population, elevation, dem, "
            "timezone, modification date)")
ADMIN_CODES = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "ADM4": "admin4"}
PLACE_CODES = {"PPLC": "capital", "PPLA": "city", "PPLA2": "town", "PPLA3": "town", "PPLA4": "town",
               "PPLX": "neighbourhood", "PPLQ": "abandoned", "PPLW": "abandoned", "PPLH": "abandoned",
               "PPLCH": "abandoned"}
# Wells, camps, mines, wadis, localities: Sahel reports name them like villages. Features
# that stretch over many kilometres (rivers, regions, ranges) have no meaningful point.
SITE_CLASSES = ("H", "L", "S", "T", "V")
EXTENTS = {"STM", "STMS", "STMX", "RGN", "RGNE", "RGNH", "AREA", "ZN", "ZNB", "MTS", "PLAT", "DSRT", "ERG",
           "PLN", "PLNX", "VAL", "VALS", "FRST", "FRSTF", "GRAZ", "BSND", "CNL", "RDGE"}


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            inner = next((n for n in z.namelist() if n.lower() == path.stem.lower() + ".txt"), None)
            if inner is None:
                raise GazetteerError(f"{path}: no {path.stem}.txt inside; {EXPECTED}")
            with z.open(inner) as f:
                yield from io.TextIOWrapper(f, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as f:
            yield from f


def _records(path: Path) -> list[list[str]]:
    records = []
    try:
        for n, line in enumerate(_lines(path), 1):
            if not line.strip():
                continue
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) != COLUMNS:
                raise GazetteerError(f"{path}, line {n}: {len(cols)} tab-separated columns; {EXPECTED}")
            try:
                float(cols[4]), float(cols[5])
            except ValueError:
                raise GazetteerError(f"{path}, line {n}: latitude/longitude {cols[4]!r}, {cols[5]!r} "
                                     f"are not numbers; {EXPECTED}") from None
            records.append(cols)
    except (OSError, zipfile.BadZipFile) as e:
        raise GazetteerError(f"{path}: cannot read ({getattr(e, 'strerror', None) or e}); {EXPECTED}") from e
    except UnicodeDecodeError:
        raise GazetteerError(f"{path}: not UTF-8 text; {EXPECTED}") from None
    if not records:
        raise GazetteerError(f"{path}: no places; {EXPECTED}")
    return records


def _is_point(r: list[str]) -> bool:
    """A populated place or a named site (well, camp, mine, locality)."""
    return r[6] == "P" or (r[6] in SITE_CLASSES and r[7] not in EXTENTS)


def _unique(pairs) -> dict:
    """key -> value where the key is unambiguous (admin2 codes are unique in some countries only)."""
    out: dict = {}
    for k, v in pairs:
        out[k] = v if k not in out else None
    return {k: v for k, v in out.items() if v is not None}


def _nearest(queries: list[tuple[float, float]], points: list[tuple[float, float]]) -> list[int]:
    """Index of the nearest point for each query (equirectangular: fine within a country)."""
    import numpy as np  # only needed here; keeps the import of crisismap light

    def xy(pts):
        a = np.radians(np.asarray(pts, dtype=float))
        return np.c_[a[:, 0], a[:, 1] * np.cos(a[:, 0])]

    q, p = xy(queries), xy(points)
    return [int(i) for start in range(0, len(q), 2048)
            for i in ((q[start:start + 2048, None, :] - p[None, :, :]) ** 2).sum(-1).argmin(1)]


def _admin_codes(records: list[list[str]], adm1: dict, adm2: dict) -> tuple[list[tuple[str, str, str]], set[int]]:
    """(admin1, admin2, admin3) codes per record, and the records whose admin2 is inferred.

    The ADM2 row's parent is authoritative: places keep old admin1 codes after a region is
    split (Menaka from Gao) while their cercle has moved. A village near the commune or
    cercle named after it is its seat and takes its codes. Most villages have no admin2
    code (ML.txt: 9 in 10): they get the nearest coded place's, within their admin1."""
    parent2 = _unique(((r[8], r[11]), r[10]) for r in records if r[7] == "ADM2")
    codes = []
    for r in records:
        cc, a1, a2 = r[8], r[10], r[11]
        if a2 and (cc, a1, a2) not in adm2:
            a1 = parent2.get((cc, a2), a1)
        codes.append((a1, a2 if (cc, a1, a2) in adm2 else "", r[12]))
    seats: dict[tuple, list[int]] = {}
    for i, r in enumerate(records):
        if r[7] in ("ADM2", "ADM3") and codes[i][1]:
            for n in {key(r[1]), key(admin_name(r[1]))}:
                seats.setdefault((r[8], codes[i][0], n), []).append(i)
    for i, r in enumerate(records):
        if _is_point(r) and not codes[i][1]:
            near = {j for n in (r[1], *r[3].split(",")) for j in seats.get((r[8], codes[i][0], key(n)), ())}
            for j in near:
                if km(float(r[4]), float(r[5]), float(records[j][4]), float(records[j][5])) <= 20:
                    codes[i] = codes[j] if records[j][7] == "ADM3" else (*codes[j][:2], codes[i][2])
    return codes, _infer_admin2(records, codes, adm1)


def _infer_admin2(records: list[list[str]], codes: list[tuple[str, str, str]], adm1: dict) -> set[int]:
    labelled: dict[tuple, list[int]] = {}
    for i, (r, (a1, a2, _)) in enumerate(zip(records, codes, strict=True)):
        if a2:
            labelled.setdefault((r[8], a1), []).append(i)
            labelled.setdefault((r[8],), []).append(i)
    todo: dict[tuple, list[int]] = {}
    for i, (r, (a1, a2, _)) in enumerate(zip(records, codes, strict=True)):
        if _is_point(r) and not a2:
            group = (r[8], a1) if (r[8], a1) in adm1 and (r[8], a1) in labelled else (r[8],)
            if group in labelled:
                todo.setdefault(group, []).append(i)
    inferred = set()
    for group, idx in todo.items():
        pts = labelled[group]
        near = _nearest([(float(records[i][4]), float(records[i][5])) for i in idx],
                        [(float(records[j][4]), float(records[j][5])) for j in pts])
        for i, n in zip(idx, near, strict=True):
            codes[i] = (*codes[pts[n]][:2], codes[i][2])
            inferred.add(i)
    return inferred


def read_dump(path: str | Path) -> Layer:
    """A Layer of the dump's populated places and admin areas; GazetteerError if it is not one."""
    path = Path(path)
    records = [r for r in _records(path) if _is_point(r) or r[7] in ADMIN_CODES or r[7].startswith("PCL")]
    adm = [r for r in records if r[7] in ADMIN_CODES]
    adm1 = {(r[8], r[10]): acled_admin(r[8], r[1]) for r in adm if r[7] == "ADM1"}
    adm2 = {(r[8], r[10], r[11]): acled_admin(r[8], r[1]) for r in adm if r[7] == "ADM2"}
    adm3 = {(r[8], r[12]): acled_admin(r[8], r[1]) for r in adm if r[7] == "ADM3"}
    codes, inferred = _admin_codes(records, adm1, adm2)

    b = LayerBuilder(path.name)
    aliases, guessed = {}, set()
    for i, (r, (a1, a2, a3)) in enumerate(zip(records, codes, strict=True)):
        code, cc = r[7], r[8]
        if code.startswith("PCL"):  # the country itself: only its names, for country()
            aliases.update({key(n): cc for n in (r[1], r[2], *r[3].split(",")) if key(n)})
            continue
        names = (r[1], r[2], *r[3].split(","))
        pop = int(r[14] or 0)
        if code in ADMIN_CODES:
            feature, own = ADMIN_CODES[code], acled_admin(cc, r[1])
            names = (*names, own)
        elif r[6] != "P":
            feature, own = "site", ascii_name(r[1])
        else:
            feature = PLACE_CODES.get(code) or size_feature(pop)
            own = ascii_name(r[1])
        row = Row(own, float(r[4]), float(r[5]), cc, adm1.get((cc, a1), ""), adm2.get((cc, a1, a2), ""),
                  adm3.get((cc, a3), "") if a3 else "", feature, pop, int(r[0]))
        rid = b.add(row, names)
        if i in inferred:
            guessed.add(rid)
    return b.build(aliases=aliases, inferred=guessed)
