"""Events across documents in the store: linking, sources, revisions, merges and splits, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, inspect, text

from crisismap.dedup import DocLink
from crisismap.errors import StoreError
from crisismap.models import Document, Mention
from crisismap.store import database_url, open_store
from support import run_writers

MOURA = dict(country="Mali", iso=466, admin1="Mopti", admin2="Djenne", location="Moura", latitude=14.3283,
             longitude=-4.6044, geo_precision=1, event_date=dt.date(2022, 3, 27), time_precision=1,
             disorder_type="Political violence", event_type="Violence against civilians", sub_event_type="Attack",
             actor1="Military Forces of Mali (2021-)", actor2="Civilians (Mali)", inter1=1, inter2=7, interaction=17)


def doc(doc_id: str, text_: str, published=None, source=None) -> Document:
    return Document(id=doc_id, origin=f"tests/{doc_id}.txt", text=text_, title=f"Report {doc_id}", source=source,
                    published=published)


def report(doc_id: str, text_: str, figure: str, value: int, high: int | None = None, **kw) -> tuple[Document, Mention]:
    d = doc(doc_id, text_, kw.pop("published", dt.date(2022, 4, 5)), kw.pop("source", None))
    m = Mention(document_id=doc_id, **{**MOURA, **kw}, fatalities=value, fatalities_low=value,
                fatalities_high=high or value, confidence=kw.get("confidence", 0.8))
    start = text_.index(figure)
    m.add_evidence("fatalities", start, start + len(figure), figure)
    return d, m


HRW = ("Survivors told Human Rights Watch about the killings. At least 300 people were killed in Moura "
       "in late March. The army denied this.")
UN = "UN experts said several hundred people were executed in Moura, central Mali, over several days."
UN_REPORT = "A UN report raised alarm over allegations of over 500 executions in Moura in March 2022."


def test_reports_of_one_event_become_one_event_with_reconciled_figures(store):
    d1, m1 = report("hrw", HRW, "300", 300)
    m1.add_evidence("denial", HRW.index("The army"), len(HRW), "The army denied this.")
    d2, m2 = report("un", UN, "several hundred", 100, 900, event_date=dt.date(2022, 3, 1), time_precision=3)
    d3, m3 = report("unreport", UN_REPORT, "500", 500, event_date=dt.date(2022, 3, 1), time_precision=3)
    assert store.add_document(d1, [m1]) == ["MLI1"]
    assert store.add_document(d2, [m2]) == ["MLI1"]
    assert store.add_document(d3, [m3]) == ["MLI1"]
    assert store.counts() == {"documents": 3, "mentions": 3, "events": 1}
    [row] = store.events()
    assert (row["fatalities"], row["fatalities_low"], row["fatalities_high"]) == (300, 300, 900)
    assert row["fatalities_best"] == 400 and row["source_count"] == 3
    assert (row["event_date"], row["time_precision"]) == ("2022-03-27", 1)  # the most precise report
    ev = store.event("MLI1")
    rec = ev["reconciliation"]
    assert [(c["value"], c["source"]) for c in rec["contradictions"]] == [
        (100, "Report un"), (300, "Report hrw"), (500, "Report unreport")]
    assert rec["contradictions"][1]["sentence"] == "At least 300 people were killed in Moura in late March."
    assert [(d["who"], d["source"]) for d in rec["denials"]] == [("army", "Report hrw")]
    assert [(r["revision"], r["action"], r["document_id"]) for r in ev["revisions"]] == [
        (1, "created", "hrw"), (2, "linked", "un"), (3, "linked", "unreport")]
    assert ev["revisions"][1]["changes"] == {"fatalities_high": [300, 900], "source_count": [1, 2], "mentions": [1, 2]}
    assert ev["revisions"][2]["changes"] == {"fatalities_best": [300, 400], "source_count": [2, 3], "mentions": [2, 3]}
    assert ev["revision"] == 3


def test_far_apart_or_different_events_stay_apart(store):
    d1, m1 = report("a", HRW, "300", 300)
    d2, m2 = report("b", UN, "several hundred", 100, location="Gao", admin1="Gao", latitude=16.27, longitude=-0.04)
    d3, m3 = report("c", UN_REPORT, "500", 500, event_date=dt.date(2022, 6, 27))
    d4, m4 = report("d", UN, "several hundred", 100, event_type="Protests", sub_event_type="Peaceful protest")
    ids = [store.add_document(d, [m])[0] for d, m in ((d1, m1), (d2, m2), (d3, m3), (d4, m4))]
    assert ids == ["MLI1", "MLI2", "MLI3", "MLI4"]


def test_a_rewrite_is_not_an_independent_source(store):
    d1, m1 = report("original", HRW, "300", 300, published=dt.date(2022, 4, 1))
    d2, m2 = report("rewrite", HRW.replace("Survivors", "Witnesses"), "300", 300, published=dt.date(2022, 4, 2))
    store.add_document(d1, [m1])
    store.add_document(d2, [m2], [DocLink("rewrite", "original", "derived-from", 0.6)])
    ev = store.event("MLI1")
    assert ev["source_count"] == 1
    assert {m["document_id"]: m["independent"] for m in ev["mentions"]} == {"original": True, "rewrite": False}
    assert ev["reconciliation"]["not_independent"] == ["rewrite"]
    assert [(lk["doc_id"], lk["kind"], lk["other_id"]) for lk in store.document_links()] == [
        ("rewrite", "derived-from", "original")]


def test_an_original_arriving_after_its_copy_takes_its_place(store):
    d_copy, m_copy = report("copy", UN, "several hundred", 100, 900)
    store.add_document(d_copy, [m_copy])
    d_orig, m_orig = report("orig", UN + " More.", "several hundred", 100, 900)
    store.add_document(d_orig, [m_orig], [DocLink("copy", "orig", "duplicate-of", 0.92)])
    ev = store.event("MLI1")
    assert ev["source_count"] == 1
    assert {m["document_id"]: m["independent"] for m in ev["mentions"]} == {"copy": False, "orig": True}


def test_a_denial_does_not_count_as_a_source(store):
    d1, m1 = report("hrw", HRW, "300", 300)
    d2, m2 = report("army", UN, "several hundred", 0, stance="denied", reported_by="the army")
    store.add_document(d1, [m1])
    store.add_document(d2, [m2])
    assert store.event("MLI1")["source_count"] == 1


def test_merge_and_split_by_hand_are_recorded(store):
    d1, m1 = report("a", HRW, "300", 300)
    d2, m2 = report("b", UN, "several hundred", 100, location="Sofara", latitude=14.01, longitude=-4.24)
    store.add_document(d1, [m1])
    store.add_document(d2, [m2])
    assert store.counts()["events"] == 2
    merged = store.merge_events("mli1", "MLI2", "same operation, two villages")
    assert merged["source_count"] == 2 and len(merged["mentions"]) == 2
    assert merged["revisions"][-1]["action"] == "merged"
    assert merged["revisions"][-1]["note"] == "same operation, two villages"
    gone = store.event("MLI2")
    assert gone["merged_into"] == "MLI1" and gone["revisions"][-1]["action"] == "merged-into"
    assert [e["event_id_cnty"] for e in store.events()] == ["MLI1"]
    assert store.counts()["events"] == 1
    with pytest.raises(StoreError, match="merged into MLI1"):
        store.merge_events("MLI1", "MLI2")
    with pytest.raises(StoreError, match="no event"):
        store.merge_events("MLI1", "MLI9")

    moving = [m["id"] for m in merged["mentions"] if m["document_id"] == "b"]
    new = store.split_event("MLI1", moving, "Sofara is another event")
    assert new["event_id_cnty"] == "MLI3" and [m["document_id"] for m in new["mentions"]] == ["b"]
    assert new["location"] == "Sofara" and new["revisions"][0]["note"] == "Sofara is another event"
    kept = store.event("MLI1")
    assert [m["document_id"] for m in kept["mentions"]] == ["a"] and kept["source_count"] == 1
    assert kept["revisions"][-1]["action"] == "split"
    with pytest.raises(StoreError, match="empty"):
        store.split_event("MLI1", [m["id"] for m in kept["mentions"]])
    with pytest.raises(StoreError, match="cannot split off"):
        store.split_event("MLI1", [9999])


def test_version_1_database_is_upgraded(db_url):
    with open_store(db_url) as store:
        store.add_document(*_one(report("old", HRW, "300", 300)), link_events=False)
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:  # take it back to version 1
        conn.execute(text("DROP TABLE event_revisions"))
        conn.execute(text("DROP TABLE document_links"))
        conn.execute(text("DROP TABLE document_claims"))
        conn.execute(text("DROP INDEX ix_events_country_date"))
        for col in ("fatalities_best", "source_count", "revision", "merged_into", "reconciliation"):
            conn.execute(text(f"ALTER TABLE events DROP COLUMN {col}"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version > 1"))
    engine.dispose()
    with open_store(db_url) as store:
        ev = store.event("MLI1")
        assert (ev["fatalities_best"], ev["source_count"], ev["revision"]) == (300, 1, 1)
        assert ev["revisions"][0]["action"] == "created"
        d2, m2 = report("new", UN, "several hundred", 100, 900)
        assert store.add_document(d2, [m2]) == ["MLI1"]  # the old event takes new reports
        assert store.event("MLI1")["revision"] == 2
    engine = create_engine(database_url(db_url))
    with engine.connect() as conn:
        assert {"document_links", "event_revisions"} <= set(inspect(conn).get_table_names())
    engine.dispose()


def _one(pair):
    d, m = pair
    return d, [m]


def test_concurrent_reports_of_one_event_make_one_event(db_url):
    def write(store, prefix):
        for i in range(6):
            d, m = report(f"{prefix}{i}", HRW + f" {prefix}{i}", "300", 300 + i)
            store.add_document(d, [m])

    run_writers(db_url, write)
    with open_store(db_url) as store:
        assert store.counts() == {"documents": 12, "mentions": 12, "events": 1}
        assert [r["revision"] for r in store.event("MLI1")["revisions"]] == list(range(1, 13))


def test_claims_are_kept_with_their_document(store):
    from crisismap.claims import document_claims

    text_ = ("Wagner has been in Mali for more than a year, officials said. "
             "“We will stay as long as we are needed,” the minister said on Monday.")
    d = doc("claims", text_, dt.date(2023, 2, 1))
    found = document_claims(text_, d.published)
    assert {c.kind for c in found} == {"duration", "quote"}
    store.add_document(d, [], claims=found)
    [duration] = store.claims(kind="duration")
    assert (duration["qualifier"], duration["value"], duration["unit"], duration["as_of"]) == (
        "more than", 1, "years", "2023-02-01")
    assert duration["title"] == "Report claims" and duration["published"] == "2023-02-01"
    [quote] = store.claims(kind="quote")
    assert quote["source"] == "minister" or "minister" in quote["source"]
    assert store.claims(about="wagner") == [duration]
    assert store.claims(about="nothing like it") == []


def test_add_document_says_which_events_it_started(store):
    d1, m1 = report("a", HRW, "300", 300)
    d2, m2 = report("b", UN, "several hundred", 100, location="Sofara", latitude=14.01, longitude=-4.24)
    first = store.add_document(d1, [m1])
    assert first == ["MLI1"] and first.created == ["MLI1"]
    d3, m3 = report("c", UN_REPORT, "500", 500)
    second = store.add_document(d3, [m3, m2])  # one known event, one new
    assert second == ["MLI1", "MLI2"] and second.created == ["MLI2"]
    assert store.add_document(d1, [m1]).created == []  # already stored
