"""The five real seed articles (../shared/seeds) through the whole pipeline."""

import datetime as dt

import pytest

from crisismap.pipeline import ingest
from crisismap.store import MemoryStore
from support import shared_path

pytestmark = pytest.mark.slow

# Seed by seed: boilerplate that must be gone from the stored text, body that must stay.
SEEDS = {
    "000": (["Leave a Reply", "Required fields are marked"],
            ["The Wagner Group, a Russian mercenary organization",
             "As for other countries, the Russian minister stated that he does not care"]),
    "001": (["You May Also Like", "Ebanie Bridges", "Famousbio", "Pie chart of death toll"],
            ["At least 700 people have been killed in incidents involving the mercenaries",
             "it’s a friendship that can only blossom."]),
    "002": (["[mc4wp_form", "Subscribe To Our Newsletter", "READ: Mali: UN mission pulls out"],
            ["Last January a raid in Northern Mali claimed the lives of 25 civilians",
             "heated indirect exchange between French President Emmanuel Macron, and Vladimir Putin."]),
    "003": (["Marisol Gonzalez is a renowned journalist", "Post Comment", "Loading Now"],
            ["A UN report raised alarm over allegations of over 500 executions",
             "In summary, Wagner’s withdrawal from Mali has transitioned control to Africa Corps"]),
    "004": (["Eric Feferberg/AFP via Getty Images"],
            ["executed several hundred people, who had been rounded up in Moura",
             "The untold human suffering cannot be allowed to continue."]),
}


@pytest.fixture(scope="module")
def seeded(mali_extractor):
    store = MemoryStore()
    report = ingest([shared_path("seeds")], store, mali_extractor)
    return store, report


def test_all_five_seeds_stored(seeded):
    store, report = seeded
    assert report.documents == 5 and not report.errors


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_boilerplate_gone_body_intact(seeded, seed):
    store, _ = seeded
    (doc_row,) = [d for d in store.documents() if f"/{seed}_" in d["origin"]]
    doc = store.document(doc_row["id"])
    gone, kept = SEEDS[seed]
    for text in gone:
        assert text not in doc.text
    for text in kept:
        assert text in doc.text
    assert doc.stripped or seed == "004"


def _seed_id(store, seed: str) -> str:
    (row,) = [d for d in store.documents() if f"/{seed}_" in d["origin"]]
    return row["id"]


def _moura(store) -> list[dict]:
    return [e for e in store.events() if e["admin1"] == "Mopti" and e["latitude"] and
            abs(e["latitude"] - 14.33) < 0.2 and abs(e["longitude"] + 4.60) < 0.2]


def test_moura_is_one_event_with_three_independent_sources(seeded):
    store, _ = seeded
    [moura] = _moura(store)
    day = dt.date.fromisoformat(moura["event_date"])
    assert (day.year, day.month) == (2022, 3)
    assert moura["event_type"] == "Violence against civilians"
    assert moura["source_count"] == 3
    assert moura["fatalities"] == moura["fatalities_low"] == 300  # "at least 300", ACLED's conservative figure
    assert moura["fatalities_high"] > 500  # "over 500", "several hundred"
    ev = store.event(moura["event_id_cnty"])
    reporting = {_seed_id(store, s): s for s in ("001", "003", "004")}
    assert {m["document_id"] for m in ev["mentions"]} == set(reporting)
    claims = {(reporting[c["document_id"]], c["value"]) for c in ev["reconciliation"]["contradictions"]}
    assert {("001", 300), ("003", 500), ("004", 300)} <= claims
    for c in ev["reconciliation"]["contradictions"]:  # each figure with its sentence
        assert c["evidence_text"] in c["sentence"] and "Moura" in c["sentence"] or c["flags"] == ["vague"]


def test_rewrite_000_is_linked_to_001_and_not_a_source(seeded):
    store, _ = seeded
    [link] = store.document_links()
    assert (link["doc_id"], link["kind"], link["other_id"]) == (
        _seed_id(store, "000"), "derived-from", _seed_id(store, "001"))
    for e in store.events():
        assert _seed_id(store, "000") not in e["document_ids"]


def test_denials_are_attached_to_what_they_deny(seeded):
    store, _ = seeded
    [moura] = _moura(store)
    denials = store.event(moura["event_id_cnty"])["reconciliation"]["denials"]
    assert {d["who"] for d in denials} == {"army", "Malian junta"}
    assert all("denied" in d["text"] for d in denials)


def test_reingesting_the_seeds_changes_nothing(seeded, mali_extractor):
    store, _ = seeded
    before = (store.counts(), [e["revision"] for e in (store.event(r["event_id_cnty"]) for r in store.events())])
    report = ingest([shared_path("seeds")], store, mali_extractor)
    assert report.documents == 0 and report.duplicates == 5
    assert (store.counts(), [e["revision"] for e in (store.event(r["event_id_cnty"]) for r in store.events())]) == before


def test_general_statements_are_not_events(seeded):
    store, _ = seeded
    assert len(store.events()) <= 8  # five long articles, most of it context and diplomacy
