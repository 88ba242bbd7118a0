"""Exports: the ACLED CSV layout (golden file), GeoJSON validity, JSON Lines."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from crisismap.export import CSV_COLUMNS, FORMATS, export_rows
from crisismap.models import ACLED_COLUMNS, EXTRA_COLUMNS, Document, Mention
from crisismap.store import MemoryStore

GOLDEN = Path(__file__).parent / "golden"


def segou_row(**kw) -> dict:
    """A row as Store.events gives it, with quoting and non-ASCII to exercise the CSV."""
    row = {
        "event_id_cnty": "MLI7", "event_date": "2024-03-02", "year": 2024, "time_precision": 1,
        "disorder_type": "Political violence", "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "assoc_actor_1": "", "inter1": 2, "actor2": "Civilians (Mali)",
        "assoc_actor_2": "Fulani Ethnic Group (Mali)", "inter2": 7, "interaction": 27,
        "civilian_targeting": "Civilian targeting", "iso": 466,
        "region": "Western Africa", "country": "Mali", "admin1": "Ségou", "admin2": "Niono", "admin3": "",
        "location": "Niono", "latitude": 14.2526, "longitude": -5.9929, "geo_precision": 1,
        "source": "RFI; Studio Tamani", "source_scale": "", "notes": 'On 2 March 2024, militants "attacked" '
        "Niono, killing 3 to 5 civilians.", "fatalities": 3, "tags": "", "timestamp": 1709500000,
        "fatalities_low": 3, "fatalities_high": 5, "confidence": 0.74, "review_status": "unreviewed",
        "evidence": [{"field": "location", "start": 40, "end": 45, "text": "Niono", "document_id": "d1"}],
        "document_ids": ["d1"],
    }
    row.update(kw)
    return row


def export(rows, fmt):
    out = io.StringIO()
    report = export_rows(rows, fmt, out)
    return out.getvalue(), report


def test_formats():
    assert FORMATS == ("acled-csv", "geojson", "jsonl")
    with pytest.raises(ValueError, match="acled-csv, geojson, jsonl"):
        export([], "xlsx")


def test_acled_csv_matches_golden_file():
    text, report = export([segou_row()], "acled-csv")
    assert text == (GOLDEN / "acled_one_row.csv").read_text(encoding="utf-8")
    assert report.written == 1


def test_acled_csv_columns_and_empty_cells():
    text, _ = export([segou_row(), segou_row(event_id_cnty="XXX1", event_date=None, year=None, latitude=None,
                                             inter2=None)], "acled-csv")
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    assert tuple(header) == CSV_COLUMNS == (*ACLED_COLUMNS, "fatalities_low", "fatalities_high")
    assert len(header) == 33
    first, second = (dict(zip(header, r, strict=True)) for r in reader)
    assert first["notes"] == segou_row()["notes"] and first["admin1"] == "Ségou"
    assert (second["event_date"], second["year"], second["latitude"], second["inter2"]) == ("", "", "", "")


def test_geojson_is_a_valid_feature_collection():
    rows = [segou_row(), segou_row(event_id_cnty="MLI8", latitude=None, longitude=None),
            segou_row(event_id_cnty="MLI9", latitude=95.0),  # out of range: left out
            segou_row(event_id_cnty="MLI10", longitude="-4.1")]
    text, report = export(rows, "geojson")
    fc = json.loads(text)  # strict JSON: no NaN
    assert fc["type"] == "FeatureCollection"
    assert (report.written, report.without_coordinates) == (2, 2)
    assert [f["id"] for f in fc["features"]] == ["MLI7", "MLI10"]
    for f in fc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]  # RFC 7946: longitude first
        assert all(isinstance(v, float) for v in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert list(f["properties"]) == [*ACLED_COLUMNS, *EXTRA_COLUMNS]
    assert fc["features"][0]["geometry"]["coordinates"] == [-5.9929, 14.2526]
    assert fc["features"][0]["properties"]["admin1"] == "Ségou"


def test_jsonl_keeps_evidence():
    rows = [segou_row(), segou_row(event_id_cnty="MLI8", event_date=dt.date(2024, 3, 4))]
    text, report = export(rows, "jsonl")
    lines = text.splitlines()
    assert report.written == len(lines) == 2
    first, second = map(json.loads, lines)
    assert first == segou_row()
    assert second["event_date"] == "2024-03-04"
    assert first["evidence"][0]["text"] == "Niono"


def test_store_rows_export_in_every_format():
    m = Mention(event_date=dt.date(2024, 3, 2), event_type="Battles", country="Mali", iso=466,
                location="Mopti", latitude=14.4843, longitude=-4.1827, fatalities=12)
    m.add_evidence("location", 0, 5, "Mopti")
    with MemoryStore() as store:
        store.add_document(Document(id="d", origin="t", text="Mopti clash", source="RFI"), [m, Mention()])
        rows = store.events()
    text, _ = export(rows, "acled-csv")
    assert [r["event_id_cnty"] for r in csv.DictReader(io.StringIO(text))] == ["MLI1", "XXX1"]
    text, report = export(rows, "geojson")
    assert len(json.loads(text)["features"]) == 1 and report.without_coordinates == 1
    text, _ = export(rows, "jsonl")
    assert json.loads(text.splitlines()[0])["evidence"][0]["document_id"] == "d"
