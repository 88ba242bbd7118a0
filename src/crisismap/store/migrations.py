"""The database layout and its numbered migrations, recorded in `schema_migrations`.

`metadata` is always today's layout and is what the queries use. A fresh database is created
from it in one step and every migration is recorded as applied; an older database gets the
migrations it lacks, in order, in one transaction. So a migration only has to bring a database
made by the previous version up to date (add columns, add tables such as event revisions or
document links) and then `metadata` is changed to match.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.schema import CreateColumn

from ..errors import StoreError

metadata = MetaData()


def _now() -> dt.datetime:
    """UTC, naive, to the second: the same value back from SQLite and PostgreSQL."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", DateTime, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("origin", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published", Date),
    Column("published_from", String(16)),
    Column("language", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("stripped", JSON, nullable=False),
    Column("added_at", DateTime, nullable=False),
)


def _acled_columns() -> list[Column]:
    """The event fields a mention reports and an event reconciles: same names as Mention."""
    return [
        Column("event_date", Date),
        Column("time_precision", Integer, nullable=False),
        Column("disorder_type", Text, nullable=False),
        Column("event_type", Text, nullable=False),
        Column("sub_event_type", Text, nullable=False),
        Column("actor1", Text, nullable=False),
        Column("assoc_actor_1", Text, nullable=False),
        Column("inter1", Integer),
        Column("actor2", Text, nullable=False),
        Column("assoc_actor_2", Text, nullable=False),
        Column("inter2", Integer),
        Column("interaction", Integer),
        Column("civilian_targeting", Text, nullable=False),
        Column("iso", Integer),
        Column("region", Text, nullable=False),
        Column("country", Text, nullable=False),
        Column("admin1", Text, nullable=False),
        Column("admin2", Text, nullable=False),
        Column("admin3", Text, nullable=False),
        Column("location", Text, nullable=False),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geo_precision", Integer),
        Column("fatalities", Integer, nullable=False),
        Column("fatalities_low", Integer, nullable=False),
        Column("fatalities_high", Integer, nullable=False),
        Column("notes", Text, nullable=False),
        Column("confidence", Float, nullable=False),
    ]


# Mention fields stored as they are (everything but document_id and evidence).
MENTION_FIELDS = tuple(c.name for c in _acled_columns()) + ("stance", "reported_by", "sentence_start")
EVENT_FIELDS = tuple(c.name for c in _acled_columns())

def _reconciled_columns() -> list[Column]:
    """What an event adds to its mentions' fields since version 2."""
    return [
        Column("fatalities_best", Integer, nullable=False, server_default="0"),
        Column("source_count", Integer, nullable=False, server_default="1"),  # independent sources
        Column("revision", Integer, nullable=False, server_default="1"),
        Column("merged_into", String(32)),  # set when merged by hand: the id stays resolvable
        Column("reconciliation", JSON),  # claims per source, contradictions, denials
    ]


events = Table(
    "events", metadata,
    Column("event_id_cnty", String(32), primary_key=True),
    Column("country_code", String(3), nullable=False),  # ISO3 prefix of the id
    Column("seq", Integer, nullable=False),  # number after the prefix, for numeric ordering
    *_acled_columns(),
    Column("source_scale", Text, nullable=False, server_default=""),
    Column("tags", Text, nullable=False, server_default=""),
    Column("review_status", String(16), nullable=False, server_default="unreviewed"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    *_reconciled_columns(),
    Index("ix_events_date", "event_date", "country_code", "seq"),
    Index("ix_events_country_date", "country_code", "event_date"),  # linking's candidate look-up
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    # Nullable so a later event-linking step can detach a mention before re-linking it.
    Column("event_id", String(32), ForeignKey("events.event_id_cnty"), index=True),
    Column("ordinal", Integer, nullable=False),  # position among the document's mentions
    *_acled_columns(),
    Column("stance", String(16), nullable=False),
    Column("reported_by", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("evidence", JSON, nullable=False),
    Index("ix_mentions_document", "document_id", "ordinal", unique=True),
)

# One row per ISO3 prefix: the last number handed out, so ids are never reused.
country_sequences = Table(
    "country_sequences", metadata,
    Column("country_code", String(3), primary_key=True),
    Column("last_seq", BigInteger, nullable=False),
)


# A copy or rewrite (doc_id) of another document (other_id): not an independent source.
document_links = Table(
    "document_links", metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("other_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16), nullable=False),  # duplicate-of | derived-from
    Column("score", Float, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_document_links_other", "other_id"),
)

# What a document states beyond events: quotes, and figures over many events (crisismap.claims).
document_claims = Table(
    "document_claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # quote | statistic | duration | troops | payment
    Column("subject", Text, nullable=False),
    Column("value", Float),
    Column("unit", String(32), nullable=False),
    Column("qualifier", String(32), nullable=False),
    Column("as_of", Date),
    Column("source", Text, nullable=False),  # who states it; the speaker of a quote
    Column("text", Text, nullable=False),  # the sentence; the quoted words of a quote
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

# What changed in an event, when and why: a document's mention, or a merge or split by hand.
event_revisions = Table(
    "event_revisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(32), ForeignKey("events.event_id_cnty"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("action", String(16), nullable=False),  # created | linked | relinked | merged | merged-into | split...
    Column("document_id", String(64)),
    Column("changes", JSON, nullable=False),  # {field: [old, new]}
    Column("note", Text, nullable=False, server_default=""),
    Column("created_at", DateTime, nullable=False),
    Index("ix_event_revisions_event", "event_id", "revision", unique=True),
)


class Migration(NamedTuple):
    version: int
    name: str
    apply: Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    metadata.create_all(conn)


def _links_and_revisions(conn: Connection) -> None:
    """Version 1 had one event per mention: each event gets its reconciled columns (one
    source, best = ACLED's figure) and a first revision; the new tables are created.
    Documents stored before keep no claims until they are ingested into a new database."""
    for column in Table("events", MetaData(), *_reconciled_columns()).columns:  # compiled as part of a table
        ddl = CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(text(f"ALTER TABLE events ADD COLUMN {ddl}"))
    conn.execute(events.update().values(fatalities_best=events.c.fatalities))
    metadata.create_all(conn, tables=[document_links, document_claims, event_revisions])
    next(i for i in events.indexes if i.name == "ix_events_country_date").create(conn)
    rows = conn.execute(select(events.c.event_id_cnty, events.c.created_at)).all()
    if rows:
        conn.execute(event_revisions.insert(), [
            {"event_id": eid, "revision": 1, "action": "created", "document_id": None, "changes": {},
             "note": "before revisions were recorded", "created_at": created} for eid, created in rows])


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, mentions, events, country sequences", _initial),
    Migration(2, "document links and claims, event revisions, reconciled event figures", _links_and_revisions),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    return conn.execute(select(func.max(schema_migrations.c.version))).scalar() or 0


def migrate(conn: Connection, where: str) -> int:
    """Bring the database up to LATEST inside the caller's transaction; return the version found."""
    if conn.dialect.name == "postgresql":  # two processes opening a fresh database at once
        conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    found = current_version(conn)
    if found > LATEST:
        raise StoreError(f"{where} has schema version {found} but this crisismap knows only up to {LATEST}: "
                         "upgrade crisismap (pip install -U crisismap) to open it")
    if found == LATEST:
        return found
    if found == 0:
        if inspect(conn).has_table("documents"):
            raise StoreError(f"{where} has a documents table but no schema_migrations: "
                             "not a crisismap database")
        _initial(conn)  # today's layout at once: later migrations are for older databases
        todo = MIGRATIONS
    else:
        todo = tuple(m for m in MIGRATIONS if m.version > found)
        for m in todo:
            m.apply(conn)
    now = _now()
    conn.execute(schema_migrations.insert(), [{"version": m.version, "name": m.name, "applied_at": now}
                                              for m in todo])
    return found
