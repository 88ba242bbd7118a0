"""The news-snippets measurement sets (benchmarks/data/news_snippets*.jsonl) are well formed and
share no wording with the reports the default model is trained on.

Data only: no model loads, nothing is timed. The scores come from benchmarks/snippets_eval.py.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "news_snippets.jsonl"
SETS = [DATA, *(ROOT / "benchmarks" / "data" / f"news_snippets_{s}.jsonl" for s in ("blind", "blind2", "blind3", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8"))]
SCRIPT = ROOT / "benchmarks" / "snippets_eval.py"
MAY_LACK = {"dev3-": 1, "dev5-": 2}  # sub-event types a non-event set may lack (dev3 lost its "Other" reports below)
EVENTS_ONLY = "dev4-"  # a set of events only, worded obliquely: it measures detection

# ACLED's 25 sub-event types, written out here independently of the script.
ACLED_SUB_EVENT_TYPES = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
    "Sexual violence", "Attack", "Abduction/forced disappearance",
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration", "Mob violence",
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
}
FIELDS = {"id", "lang", "text", "published", "sub_event_type"}


@pytest.fixture(scope="module", params=SETS, ids=lambda p: p.stem)
def snippets(request) -> list[dict]:
    lines = request.param.read_text(encoding="utf-8").splitlines()
    records = []
    for n, line in enumerate(lines, 1):
        assert line.strip(), f"line {n} is blank"
        rec = json.loads(line)
        assert isinstance(rec, dict), f"line {n} is not a JSON object"
        records.append(rec)
    return records


def test_there_are_25_acled_sub_event_types():
    assert len(ACLED_SUB_EVENT_TYPES) == 25


def test_every_line_has_the_fields_and_valid_values(snippets):
    assert len(snippets) >= 150
    for rec in snippets:
        assert set(rec) == FIELDS, rec.get("id")
        assert isinstance(rec["id"], str) and rec["id"], rec
        assert rec["lang"] in ("en", "fr"), rec["id"]
        assert isinstance(rec["text"], str) and 40 <= len(rec["text"]) <= 600, rec["id"]
        dt.date.fromisoformat(rec["published"])
        assert rec["sub_event_type"] is None or rec["sub_event_type"] in ACLED_SUB_EVENT_TYPES, rec["id"]


def test_ids_and_texts_are_unique(snippets):
    ids = [r["id"] for r in snippets]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in snippets]
    assert len(texts) == len(set(texts))


def test_every_sub_event_type_and_non_events_are_present(snippets):
    labels = [r["sub_event_type"] for r in snippets]
    # The sets written for non-events hold few events: a type or two may be missing.
    may_lack = next((n for prefix, n in MAY_LACK.items() if snippets[0]["id"].startswith(prefix)), 0)
    assert len(ACLED_SUB_EVENT_TYPES - set(labels)) <= may_lack
    if snippets[0]["id"].startswith(EVENTS_ONLY):
        assert labels.count(None) == 0
    else:
        assert labels.count(None) >= 25


def test_french_share_is_at_least_a_quarter(snippets):
    french = sum(r["lang"] == "fr" for r in snippets)
    assert french / len(snippets) >= 0.25
    assert any(r["lang"] == "fr" and r["sub_event_type"] is None for r in snippets) or \
        snippets[0]["id"].startswith(EVENTS_ONLY)


def test_script_taxonomy_is_acleds():
    spec = importlib.util.spec_from_file_location("snippets_eval", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # no model loads at module level
    assert set(module.SUB_EVENT_TYPES) == ACLED_SUB_EVENT_TYPES
    assert len(module.SUB_EVENT_TYPES) == 25
    assert module.load_snippets(DATA)[0]["id"]


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_the_training_reports_share_no_eight_word_run_with_the_snippets(snippets):
    from crisismap.type_model import training_reports

    trained = set().union(*(_shingles(r["text"]) for r in training_reports()))
    shared = [r["id"] for r in snippets if _shingles(r["text"]) & trained]
    assert not shared, f"snippets worded like training reports: {shared}"
