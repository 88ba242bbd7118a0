"""The default event-type model: trained from the project's own reports, used beside the rules."""

from __future__ import annotations

import pytest

from crisismap.event_types import EVENT_TYPE_OF
from crisismap.type_model import default_model, training_reports


def test_the_training_reports_are_labelled_with_acled_types_in_both_languages():
    rows = training_reports()
    assert len(rows) >= 1000
    for r in rows:
        assert set(r) == {"text", "lang", "sub_event_type"}
        assert r["lang"] in ("en", "fr")
        assert r["sub_event_type"] is None or r["sub_event_type"] in EVENT_TYPE_OF
    for sub in EVENT_TYPE_OF:  # every type, in English and in French
        assert {r["lang"] for r in rows if r["sub_event_type"] == sub} == {"en", "fr"}, sub
    assert sum(r["sub_event_type"] is None for r in rows) >= 200
    assert len({r["text"] for r in rows}) == len(rows)


@pytest.fixture(scope="module")
def model():
    return default_model()


@pytest.mark.parametrize("text, sub_event_type", [
    ("A mob beat a suspected thief to death in the market on Sunday, witnesses said.", "Mob violence"),
    ("Les deux parties ont signé un accord de cessez-le-feu à Niamey.", "Agreement"),
    ("Police fired tear gas to disperse hundreds of students marching on the ministry.", "Protest with intervention"),
])
def test_the_model_types_reports_no_rule_was_written_for(model, text, sub_event_type):
    (pred,) = model.predict([text])
    assert pred.sub_event_type == sub_event_type and pred.event_type == EVENT_TYPE_OF[sub_event_type]


@pytest.mark.parametrize("text", [
    "Floods swept away hundreds of homes in the region after three days of heavy rain.",
    "Le président a reçu son homologue sénégalais pour parler de coopération économique.",
])
def test_the_model_says_no_event_for_reports_of_other_things(model, text):
    (pred,) = model.predict([text])
    assert pred.event_type is None and pred.sub_event_type is None


def test_the_trained_model_is_cached_and_reloads(model, tmp_path, monkeypatch):
    import crisismap.type_model as tm

    monkeypatch.setenv("CRISISMAP_CACHE", str(tmp_path))
    monkeypatch.setattr(tm, "_DEFAULT", None)
    first = tm.default_model()
    (cached,) = tmp_path.glob("type-model-*.pkl")
    monkeypatch.setattr(tm, "_DEFAULT", None)
    again = tm.default_model()
    assert again is not first and again.labels == first.labels and cached.exists()
