"""Scoring against coders: notes from an export, the split by date, per-field rules."""

from __future__ import annotations

import csv

import pytest

from crisismap.errors import CrisismapError
from crisismap.evaluate import Scores, evaluate, load_notes, score_record, split_by_date

COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
           "country", "admin1", "admin2", "location", "latitude", "longitude", "fatalities", "notes"]


def gold(**kw) -> dict:
    row = {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2019-05-03",
           "actor1": "Islamic State (Greater Sahara)", "inter1": "2",
           "actor2": "Military Forces of Burkina Faso (2015-)", "inter2": "1", "country": "Burkina Faso",
           "admin1": "Sahel", "admin2": "Soum", "location": "Djibo", "latitude": "14.1", "longitude": "-1.63",
           "fatalities": "4"}
    return {**row, **kw}


def test_notes_are_grouped_dated_and_split(tmp_path):
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS)
        w.writeheader()
        w.writerow({**gold(event_date="3 May 2019"), "event_id_cnty": "BFA1", "notes": "Note A."})
        w.writerow({**gold(event_date="4 May 2019"), "event_id_cnty": "BFA2", "notes": "Note A."})  # one note, two events
        w.writerow({**gold(event_date="1 January 2019"), "event_id_cnty": "BFA3", "notes": "Note B."})
        w.writerow({**gold(event_date="2 January 2019"), "event_id_cnty": "BFA4", "notes": ""})  # no note: left out
    notes = load_notes(path)
    assert [(n.text, len(n.gold), n.published.isoformat()) for n in notes] == [
        ("Note B.", 1, "2019-01-02"), ("Note A.", 2, "2019-05-05")]
    first, last = split_by_date(notes, 0.5)
    assert [n.text for n in first] == ["Note B."] and [n.text for n in last] == ["Note A."]
    with pytest.raises(CrisismapError, match="between 0 and 1"):
        split_by_date(notes, 1.5)
    (tmp_path / "bad.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CrisismapError, match="missing columns"):
        load_notes(tmp_path / "bad.csv")


def test_actors_count_under_any_of_their_acled_names():
    scores = Scores()
    pred = gold(actor1="Islamic State (Sahel)", actor2="Military Forces of Burkina Faso (2015-2022)",
                confidence=0.9, latitude=14.12, longitude=-1.6)
    wrong = score_record([gold()], [pred], scores)
    assert wrong == []
    assert scores.hits["actor1"] == scores.hits["actor2"] == scores.hits["within_25km"] == 1
    wrong = score_record([gold()], [{**pred, "actor1": "JNIM: Group for Support of Islam and Muslims"}], scores)
    assert wrong == ["actor1"]


def test_fatalities_compare_totals_and_misses_are_written(tmp_path):
    scores = Scores()
    split = [gold(fatalities="3"), gold(fatalities="1")]  # the coders split one note into two events
    assert "fatalities" not in score_record(split, [gold(fatalities=4, confidence=0.5)], scores)
    assert "fatalities" in score_record(split, [gold(fatalities=3, confidence=0.5)], scores)
    assert score_record([gold()], [], scores)[:2] == ["event_type", "sub_event_type"]  # nothing found

    import datetime as dt

    from crisismap.evaluate import NoteRecord

    records = [NoteRecord("n1", "Note.", dt.date(2019, 5, 4), [gold()])]
    result = evaluate(records, lambda inputs: [{"id": i["id"], "events": []} for i in inputs],
                      misses_path=tmp_path / "misses.jsonl")
    assert result.misses == 1 and (tmp_path / "misses.jsonl").read_text().count("\n") == 1
    assert result.scores.accuracy()["detected"] == 0


def test_a_pair_of_actors_compares_under_either_actors_names():
    from crisismap.evaluate import _actor_key

    older = "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    newer = "JNIM: Group for Support of Islam and Muslims and/or Islamic State (West Africa) - Greater Sahara Faction"
    assert _actor_key(older) == _actor_key(newer)
    assert _actor_key(older) != _actor_key("JNIM: Group for Support of Islam and Muslims")
