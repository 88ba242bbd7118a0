"""The store on SQLite (a temporary file) and PostgreSQL (a server the session makes available)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import create_engine, text

from crisismap.errors import StoreError
from crisismap.models import ACLED_COLUMNS, EXTRA_COLUMNS, Document, Mention
from crisismap.store import MemoryStore, SqlStore, Store, country_code, database_url, open_store
from crisismap.store.migrations import LATEST
from support import run_writers

MOPTI_TEXT = ("MOPTI, March 3 - Suspected JNIM militants attacked an army post near Mopti on Saturday, "
              "killing at least 12 soldiers, the army said.")


def mopti_doc(doc_id: str = "doc-mopti", **kw) -> Document:
    kw = {"title": "Militants attack army post near Mopti", "url": "https://www.rfi.fr/en/mopti",
          "source": "RFI", "published": dt.date(2024, 3, 3), "published_from": "metadata",
          "stripped": ["Share this article"], **kw}
    return Document(id=doc_id, origin="tests/mopti.txt", text=MOPTI_TEXT, **kw)


def mopti_attack(**kw) -> Mention:
    m = Mention(document_id="doc-mopti", event_date=dt.date(2024, 3, 2), time_precision=1,
                disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
                actor1="JNIM: Group for Support of Islam and Muslims", inter1=2,
                actor2="Military Forces of Mali (2021-)", inter2=1, interaction=12, iso=466,
                region="Western Africa", country="Mali", admin1="Mopti", admin2="Mopti", location="Mopti",
                latitude=14.4843, longitude=-4.1827, geo_precision=2, fatalities=12, fatalities_low=12,
                fatalities_high=12, notes="On 2 March 2024, JNIM attacked an army post near Mopti.",
                confidence=0.86, reported_by="the army")
    m.add_evidence("actor1", 27, 41, "JNIM militants")
    m.add_evidence("location", 69, 74, "Mopti")
    m.add_evidence("fatalities", 105, 116, "12 soldiers")
    for k, v in kw.items():
        setattr(m, k, v)
    return m


def doc_with(doc_id: str, text_: str = "", **kw) -> Document:
    return Document(id=doc_id, origin=f"tests/{doc_id}.txt", text=text_ or f"text of {doc_id}", **kw)


def _execute(db_url: str, sql: str) -> None:
    """Change the database behind the store's back, as another program could."""
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:
        conn.execute(text(sql))
    engine.dispose()


# --- writing ----------------------------------------------------------------------------------

def test_ids_by_country_and_one_event_per_mention_unlinked(store):
    burkina = Mention(event_type="Riots", country="Burkina Faso", iso=854)
    ids = store.add_document(mopti_doc(), [mopti_attack(), burkina, Mention(event_type="Protests")])
    assert ids == ["MLI1", "BFA1", "XXX1"]
    assert store.add_document(doc_with("d2"), [mopti_attack(iso=None)], link_events=False) == ["MLI2"]  # by name
    assert store.counts() == {"documents": 2, "mentions": 4, "events": 4}


def test_readding_a_document_adds_nothing(store):
    assert not store.has_document("doc-mopti")
    assert store.add_document(mopti_doc(), [mopti_attack()]) == ["MLI1"]
    assert store.has_document("doc-mopti")
    assert store.add_document(mopti_doc(), [mopti_attack(), mopti_attack()]) == []
    assert store.counts() == {"documents": 1, "mentions": 1, "events": 1}


def test_document_without_mentions(store):
    assert store.add_document(doc_with("quiet"), []) == []
    assert store.counts() == {"documents": 1, "mentions": 0, "events": 0}


def test_none_in_text_fields_is_stored_as_default(store):
    ids = store.add_document(doc_with("d"), [mopti_attack(actor2=None, notes=None, fatalities=None)])
    row = store.event(ids[0])
    assert (row["actor2"], row["notes"], row["fatalities"]) == ("", "", 0)


# --- reading ----------------------------------------------------------------------------------

def test_event_rows_have_acled_columns_extras_and_evidence(store):
    before = int(time.time())
    store.add_document(mopti_doc(), [mopti_attack()])
    [row] = store.events()
    assert set(ACLED_COLUMNS) | set(EXTRA_COLUMNS) | {"evidence", "document_ids"} <= set(row)
    assert row["event_id_cnty"] == "MLI1"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-03-02", 2024, 1)
    assert (row["iso"], row["region"], row["country"]) == (466, "Western Africa", "Mali")
    assert (row["admin1"], row["location"]) == ("Mopti", "Mopti")
    assert (row["latitude"], row["longitude"]) == pytest.approx((14.4843, -4.1827))
    assert (row["fatalities"], row["fatalities_low"], row["fatalities_high"]) == (12, 12, 12)
    assert row["confidence"] == pytest.approx(0.86)
    assert row["source"] == "RFI"
    assert before - 1 <= row["timestamp"] <= int(time.time()) + 1
    assert row["review_status"] == "unreviewed"
    assert row["document_ids"] == ["doc-mopti"]
    assert [e["field"] for e in row["evidence"]] == ["actor1", "location", "fatalities"]
    for e in row["evidence"]:
        assert MOPTI_TEXT[e["start"]:e["end"]] == e["text"]
        assert e["document_id"] == "doc-mopti"


def test_events_filters_and_order(store):
    store.add_document(doc_with("a"), [mopti_attack(event_date=dt.date(2024, 3, 5)) for _ in range(11)],
                       link_events=False)
    store.add_document(doc_with("b"), [
        mopti_attack(event_date=dt.date(2024, 1, 9), event_type="Violence against civilians"),
        mopti_attack(event_date=None),
        Mention(event_date=dt.date(2024, 2, 1), event_type="Protests", country="Niger", iso=562),
    ])
    ids = [r["event_id_cnty"] for r in store.events()]
    # by date (undated last), then numerically by id: MLI2 before MLI10
    assert ids == ["MLI12", "NER1", *(f"MLI{i}" for i in range(1, 12)), "MLI13"]
    assert [r["event_id_cnty"] for r in store.events(country="niger")] == ["NER1"]
    assert [r["event_id_cnty"] for r in store.events(country="NER")] == ["NER1"]
    assert len(store.events(country="Mali")) == 13
    assert [r["event_id_cnty"] for r in store.events(since=dt.date(2024, 1, 10), until=dt.date(2024, 3, 1))] \
        == ["NER1"]
    assert [r["event_id_cnty"] for r in store.events(event_type="violence against civilians")] == ["MLI12"]
    limited = store.events(country="Mali", limit=3)
    assert [r["event_id_cnty"] for r in limited] == ["MLI12", "MLI1", "MLI2"]
    assert all(r["evidence"] for r in limited)
    assert store.events(country="Chad") == []


def test_event_detail_lists_mentions_with_their_documents(store):
    store.add_document(mopti_doc(), [mopti_attack()])
    ev = store.event("mli1")
    assert ev["event_id_cnty"] == "MLI1" and ev["event_type"] == "Battles"
    [m] = ev["mentions"]
    assert (m["document_id"], m["title"], m["source"], m["published"]) == (
        "doc-mopti", "Militants attack army post near Mopti", "RFI", "2024-03-03")
    assert m["url"] == "https://www.rfi.fr/en/mopti"
    assert (m["stance"], m["reported_by"], m["event_date"]) == ("asserted", "the army", "2024-03-02")
    assert m["evidence"][1] == {"field": "location", "start": 69, "end": 74, "text": "Mopti"}
    assert store.event("MLI99") is None


def test_linked_event_joins_sources_and_evidence(store, db_url):
    store.add_document(mopti_doc(), [mopti_attack()])
    store.add_document(doc_with("reuters", MOPTI_TEXT, source=None, url="https://www.reuters.com/x"),
                       [mopti_attack()])
    # What event linking will do later: point the second mention at the first event.
    _execute(db_url, "UPDATE mentions SET event_id = 'MLI1' WHERE document_id = 'reuters'")
    row = store.event("MLI1")
    assert row["source"] == "RFI; reuters.com"
    assert row["document_ids"] == ["doc-mopti", "reuters"]
    assert len(row["evidence"]) == 6 and len(row["mentions"]) == 2
    assert store.events(country="Mali")[0]["source"] == "RFI; reuters.com"


def test_documents_listing_and_full_document(store):
    doc = mopti_doc()
    store.add_document(doc, [mopti_attack()])
    store.add_document(doc_with("bare"), [])
    listing = store.documents()
    assert sorted(d["id"] for d in listing) == ["bare", "doc-mopti"]
    mopti = next(d for d in listing if d["id"] == "doc-mopti")
    assert "text" not in mopti and mopti["text_length"] == len(MOPTI_TEXT)
    assert (mopti["published"], mopti["published_from"]) == ("2024-03-03", "metadata")
    assert mopti["language"] == "en"
    assert store.document("doc-mopti") == doc
    assert store.document("missing") is None


# --- robustness and schema --------------------------------------------------------------------

def test_interrupted_document_leaves_committed_ones_intact(db_url, monkeypatch):
    with open_store(db_url) as store:
        assert store.add_document(doc_with("first"), [mopti_attack()]) == ["MLI1"]
        real = SqlStore._next_seq
        calls = []

        def interrupted(self, conn, code):
            calls.append(code)
            if len(calls) == 2:
                raise KeyboardInterrupt  # Ctrl-C between two mentions of one document
            return real(self, conn, code)

        monkeypatch.setattr(SqlStore, "_next_seq", interrupted)
        with pytest.raises(KeyboardInterrupt):
            store.add_document(doc_with("second"), [mopti_attack(), mopti_attack()], link_events=False)
        monkeypatch.undo()
    with open_store(db_url) as store:
        assert store.counts() == {"documents": 1, "mentions": 1, "events": 1}
        assert not store.has_document("second")
        assert store.add_document(doc_with("second"), [mopti_attack(), mopti_attack()], link_events=False) \
            == ["MLI2", "MLI3"]


def test_migrations_are_recorded_once(db_url):
    open_store(db_url).close()
    with open_store(db_url) as store:
        store.add_document(doc_with("a"), [mopti_attack()])
    engine = create_engine(database_url(db_url))
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version, name, applied_at FROM schema_migrations")).all()
    engine.dispose()
    assert [r.version for r in rows] == list(range(1, LATEST + 1))
    assert all(r.name and r.applied_at for r in rows)
    with open_store(db_url) as store:
        assert store.counts()["events"] == 1


def test_older_database_gets_missing_migrations(db_url, monkeypatch):
    from crisismap.store import migrations

    with open_store(db_url) as store:
        store.add_document(doc_with("a"), [mopti_attack()])

    def add_table(conn):
        conn.execute(text("CREATE TABLE future_table (a VARCHAR(64), b VARCHAR(64))"))

    upgraded = (*migrations.MIGRATIONS, migrations.Migration(LATEST + 1, "a future table", add_table))
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    monkeypatch.setattr(migrations, "LATEST", LATEST + 1)
    with open_store(db_url) as store:
        assert store.counts()["events"] == 1
    _execute(db_url, "INSERT INTO future_table VALUES ('a', 'b')")  # the table exists now
    engine = create_engine(database_url(db_url))
    with engine.connect() as conn:
        versions = conn.scalars(text("SELECT version FROM schema_migrations ORDER BY version")).all()
    engine.dispose()
    assert versions == list(range(1, LATEST + 2))


def test_newer_schema_is_refused(db_url):
    open_store(db_url).close()
    _execute(db_url, f"INSERT INTO schema_migrations (version, name, applied_at) "
                     f"VALUES ({LATEST + 1}, 'from the future', '2030-01-01 00:00:00')")
    with pytest.raises(StoreError, match="upgrade crisismap"):
        open_store(db_url)


def test_concurrent_writers_get_distinct_ids(db_url):
    def write(store, prefix):
        got = []
        for i in range(8):
            got += store.add_document(doc_with(f"{prefix}{i}"), [mopti_attack(), mopti_attack()], link_events=False)
            got += store.add_document(doc_with(f"shared{i}"), [mopti_attack()], link_events=False)  # both try it
        return got

    got = run_writers(db_url, write)
    assert sorted(got, key=lambda e: int(e[3:])) == [f"MLI{i}" for i in range(1, 41)]


# --- opening ----------------------------------------------------------------------------------

def test_database_url_forms(tmp_path):
    assert database_url("postgresql://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    target = tmp_path / "new" / "x.db"
    assert database_url(f"sqlite:///{target}") == f"sqlite:///{target}"
    assert target.parent.is_dir()
    with pytest.raises(StoreError, match="unsupported"):
        database_url("mysql://u@h/db")


def test_open_errors_are_store_errors(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("not a database, just notes\n" * 100)
    with pytest.raises(StoreError, match="not a"):
        open_store(str(junk))
    with pytest.raises(StoreError):
        open_store("postgresql://postgres@127.0.0.1:1/none?connect_timeout=3")


def test_memory_store_is_a_store():
    with MemoryStore() as store:
        assert isinstance(store, Store)
        assert store.add_document(mopti_doc(), [mopti_attack()]) == ["MLI1"]
        assert store.events()[0]["source"] == "RFI"
    with MemoryStore() as other:  # each one starts empty
        assert other.counts() == {"documents": 0, "mentions": 0, "events": 0}
    with open_store("sqlite://") as mem:
        assert isinstance(mem, MemoryStore)
        mem.add_document(mopti_doc(), [mopti_attack()])
        assert mem.has_document("doc-mopti")


@pytest.mark.parametrize(("iso", "country", "code"), [
    (466, "Mali", "MLI"), (None, "Mali", "MLI"), (854, "", "BFA"), (None, "burkina faso", "BFA"),
    (None, "Kosovo", "XKX"), (None, "", "XXX"), (None, "Atlantis", "XXX"), (999, "Mali", "MLI"),
])
def test_country_code(iso, country, code):
    assert country_code(iso, country) == code
