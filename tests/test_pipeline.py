"""The main job end to end, in process: inputs -> store, with bad input and re-runs."""

import json

import pytest

from crisismap.models import RawDocument
from crisismap.pipeline import extract_records, ingest, prepare
from crisismap.store import MemoryStore
from support import EXAMPLES

pytestmark = pytest.mark.slow


def test_ingest_examples_then_again_adds_nothing(extractor):
    store = MemoryStore()
    first = ingest([EXAMPLES], store, extractor)
    assert first.documents == 9 and not first.errors
    assert first.events >= 7
    # feed.jsonl republishes the Gao protest; tenenkou-ambush-en.txt reports the ambush of centre-mali-fr.txt
    assert first.copies == 1 and first.linked >= 2
    [link] = store.document_links()
    assert (link["kind"], link["other_title"]) == ("duplicate-of", "Protest in Gao over power cuts")
    ambush = [e for e in store.events() if e["location"] == "Tenenkou"]
    assert len(ambush) == 1 and ambush[0]["source_count"] == 2
    counts = store.counts()
    second = ingest([EXAMPLES], store, extractor)
    assert (second.documents, second.events, second.duplicates) == (0, 0, 9)
    assert store.counts() == counts


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path, extractor):
    (tmp_path / "good.txt").write_text(
        "On 3 May 2024, gunmen killed four villagers in the village of Boni (Douentza, Mopti).", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "fine"}\n{broken\n', encoding="utf-8")
    store = MemoryStore()
    report = ingest([tmp_path], store, extractor)
    assert report.documents == 2  # good.txt and the first JSONL line
    assert len(report.errors) == 3
    assert any("binary.txt" in e for e in report.errors)
    assert any("empty.md" in e for e in report.errors)
    assert any("feed.jsonl:2" in e for e in report.errors)


def test_evidence_offsets_point_into_the_clean_text(extractor):
    doc = prepare(RawDocument("x", (EXAMPLES / "sahel-wire.txt").read_text(encoding="utf-8")))
    mentions = extractor.extract(doc)
    assert mentions
    for m in mentions:
        for ev in m.evidence:
            assert doc.text[ev.start:ev.end] == ev.text or ev.field == "denial"


def test_extract_contract_one_line_per_input_in_order(extractor):
    lines = [
        json.dumps({"id": "a", "text": "On 2 May 2024, JNIM militants abducted two traders near Boni (Douentza, Mopti).",
                    "published": "2024-05-03"}),
        "not json",
        json.dumps({"id": "c", "text": "", "published": None}),
        json.dumps({"id": "d", "text": "The minister met his counterpart in Bamako.", "published": "2024-05-03"}),
    ]
    out = list(extract_records(lines, extractor))
    assert [r["id"] for r in out] == ["a", "line 2", "c", "d"]
    assert out[0]["events"] and "error" not in out[0]
    ev = out[0]["events"][0]
    assert ev["event_type"] == "Violence against civilians"
    assert ev["sub_event_type"] == "Abduction/forced disappearance"
    assert ev["event_date"] == "2024-05-02" and ev["time_precision"] == 1
    assert ev["actor1"] == "JNIM: Group for Support of Islam and Muslims"
    assert ev["admin1"] == "Mopti"
    assert 0 < ev["confidence"] <= 1
    assert {e["field"] for e in ev["evidence"]} >= {"event_type", "event_date", "actor1", "location"}
    assert "error" in out[1] and out[1]["events"] == []
    assert "error" in out[2]
    assert out[3]["events"] == []  # diplomacy is not an ACLED event
