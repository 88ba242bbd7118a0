"""Stored events out as ACLED CSV, GeoJSON or JSON Lines."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import TextIO

from .models import ACLED_COLUMNS, EXTRA_COLUMNS

FORMATS = ("acled-csv", "geojson", "jsonl")
CSV_COLUMNS = (*ACLED_COLUMNS, "fatalities_low", "fatalities_high")


@dataclass
class ExportReport:
    written: int = 0
    without_coordinates: int = 0  # GeoJSON only: rows left out


def _json_default(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _point(row: dict) -> list[float] | None:
    """[lon, lat] (RFC 7946 order) when the row has usable coordinates."""
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [lon, lat]


def _acled_csv(rows: list[dict], out: TextIO, report: ExportReport) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in CSV_COLUMNS])
        report.written += 1


def _geojson(rows: list[dict], out: TextIO, report: ExportReport) -> None:
    features = []
    for row in rows:
        point = _point(row)
        if point is None:
            report.without_coordinates += 1
            continue
        props = {c: row.get(c) for c in (*ACLED_COLUMNS, *EXTRA_COLUMNS)}
        features.append({"type": "Feature", "id": row.get("event_id_cnty"),
                         "geometry": {"type": "Point", "coordinates": point}, "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False,
              allow_nan=False, default=_json_default)
    out.write("\n")
    report.written = len(features)


def _jsonl(rows: list[dict], out: TextIO, report: ExportReport) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
        report.written += 1


_WRITERS = {"acled-csv": _acled_csv, "geojson": _geojson, "jsonl": _jsonl}


def export_rows(rows: list[dict], fmt: str, out: TextIO) -> ExportReport:
    """Write event rows (as Store.events gives them) to `out`; say how many went out and how many not."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    report = ExportReport()
    _WRITERS[fmt](rows, out, report)
    return report
