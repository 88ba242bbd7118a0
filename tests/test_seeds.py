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


def test_moura_killings_found_in_mopti_with_their_toll(seeded):
    store, _ = seeded
    moura = [e for e in store.events() if e["admin1"] == "Mopti" and e["latitude"] and
             abs(e["latitude"] - 14.33) < 0.2 and abs(e["longitude"] + 4.60) < 0.2]
    assert len(moura) >= 3  # reported by several articles
    for e in moura:
        day = dt.date.fromisoformat(e["event_date"])
        assert (day.year, day.month) == (2022, 3)
        assert e["event_type"] == "Violence against civilians"
    assert {e["fatalities"] for e in moura} >= {300}
    assert max(e["fatalities_high"] for e in moura) >= 500


def test_general_statements_are_not_events(seeded):
    store, _ = seeded
    assert len(store.events()) <= 8  # five long articles, most of it context and diplomacy
