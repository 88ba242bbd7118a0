"""The store on SQLAlchemy Core: the same statements on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from urllib.parse import urlsplit

from sqlalchemy import URL, Connection, create_engine, event, func, make_url, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from ..errors import StoreError
from ..models import ACLED_COLUMNS, EXTRA_COLUMNS, Document, Mention
from .base import Store, country_code
from .migrations import EVENT_FIELDS, MENTION_FIELDS, _now, migrate
from .migrations import country_sequences as sequences_t
from .migrations import documents as documents_t
from .migrations import events as events_t
from .migrations import mentions as mentions_t

_MENTION_DEFAULTS = {f.name: f.default for f in fields(Mention)}


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10]) if value else None
    return value


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _mention_values(m: Mention) -> dict:
    """Mention fields for a row; None in a field whose default isn't None gets the default."""
    out = {}
    for name in MENTION_FIELDS:
        value = getattr(m, name)
        out[name] = _MENTION_DEFAULTS[name] if value is None else value
    out["event_date"] = _as_date(m.event_date)
    return out


def _outlet(source: str | None, url: str | None) -> str:
    """The outlet name for ACLED's source column; the URL's host when the name is unknown."""
    if source:
        return source
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else ""


class SqlStore(Store):
    def __init__(self, url: str | URL, **engine_kwargs):
        try:
            self.url = make_url(url)
            self._where = self.url.render_as_string(hide_password=True)
            self._engine = create_engine(self.url, **engine_kwargs)
        except (ArgumentError, ValueError) as exc:
            raise StoreError(f"{url!s}: not a database URL ({exc})") from None
        except (ImportError, NoSuchModuleError) as exc:
            raise StoreError(f"{url!s}: database driver missing ({exc}); for PostgreSQL: "
                             "pip install 'crisismap[postgres]'") from None
        self._dialect = self._engine.dialect.name
        self._insert = pg_insert if self._dialect == "postgresql" else sqlite_insert
        if self._dialect == "sqlite":
            self._sqlite_setup()
        try:
            with self._write() as conn:
                migrate(conn, self._where)
        except BaseException:
            self._engine.dispose()
            raise

    def _sqlite_setup(self) -> None:
        @event.listens_for(self._engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers don't block the writer
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")  # wait for another writer rather than fail
            cur.close()

        @event.listens_for(self._engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # IMMEDIATE takes the write lock up front: a read-then-write transaction can't deadlock.
            write = conn.get_execution_options().get("crisismap_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:  # server gone, file locked, not a database...
            raise StoreError(f"{self._where}: {exc.orig}") from exc
        except DBAPIError as exc:
            if "not a database" in str(exc.orig):
                raise StoreError(f"{self._where}: not a SQLite database") from exc
            raise

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._guard(), self._engine.connect() as conn:
            conn.execution_options(crisismap_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._guard(), self._engine.connect() as conn:
            yield conn

    # -- writing ---------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self._read() as conn:
            found = conn.execute(select(documents_t.c.id).where(documents_t.c.id == doc_id)).first()
        return found is not None

    def add_document(self, doc: Document, mentions: list[Mention]) -> list[str]:
        now = _now()
        with self._write() as conn:
            stmt = self._insert(documents_t).values(
                id=doc.id, origin=doc.origin, title=doc.title, url=doc.url, source=doc.source,
                published=_as_date(doc.published), published_from=doc.published_from,
                language=doc.language or "", text=doc.text, stripped=list(doc.stripped), added_at=now,
            ).on_conflict_do_nothing(index_elements=["id"]).returning(documents_t.c.id)
            if conn.execute(stmt).first() is None:  # already stored, perhaps by another process just now
                return []
            ids = []
            for ordinal, m in enumerate(mentions):
                values = _mention_values(m)
                code = country_code(m.iso, m.country)
                seq = self._next_seq(conn, code)
                eid = f"{code}{seq}"
                conn.execute(events_t.insert().values(
                    event_id_cnty=eid, country_code=code, seq=seq, created_at=now, updated_at=now,
                    **{k: values[k] for k in EVENT_FIELDS}))
                conn.execute(mentions_t.insert().values(
                    document_id=doc.id, event_id=eid, ordinal=ordinal, **values,
                    evidence=[asdict(e) for e in m.evidence]))
                ids.append(eid)
        return ids

    def _next_seq(self, conn: Connection, code: str) -> int:
        """Next number for this prefix; the upsert locks the row until the transaction ends."""
        stmt = self._insert(sequences_t).values(country_code=code, last_seq=1).on_conflict_do_update(
            index_elements=["country_code"], set_={"last_seq": sequences_t.c.last_seq + 1},
        ).returning(sequences_t.c.last_seq)
        return int(conn.execute(stmt).scalar_one())

    # -- reading ---------------------------------------------------------------------------

    def events(self, *, country: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, event_type: str | None = None,
               limit: int | None = None) -> list[dict]:
        q = select(events_t)
        if country:
            c = country.strip()  # a name (any case) or an ISO3 code
            q = q.where(or_(func.lower(events_t.c.country) == c.lower(),
                            events_t.c.country_code == c.upper()))
        if since:
            q = q.where(events_t.c.event_date >= _as_date(since))
        if until:
            q = q.where(events_t.c.event_date <= _as_date(until))
        if event_type:
            q = q.where(func.lower(events_t.c.event_type) == event_type.strip().lower())
        q = q.order_by(events_t.c.event_date.asc().nulls_last(), events_t.c.country_code, events_t.c.seq)
        if limit is not None:
            q = q.limit(limit)
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
            ids = q.with_only_columns(events_t.c.event_id_cnty)
            by_event = self._mentions(conn, mentions_t.c.event_id.in_(ids))
        return [self._event_row(r, by_event.get(r["event_id_cnty"], [])) for r in rows]

    def event(self, event_id: str) -> dict | None:
        eid = event_id.strip().upper()
        with self._read() as conn:
            r = conn.execute(select(events_t).where(events_t.c.event_id_cnty == eid)).mappings().first()
            if r is None:
                return None
            ms = self._mentions(conn, mentions_t.c.event_id == eid).get(eid, [])
        row = self._event_row(r, ms)
        row["mentions"] = [
            {"id": m["id"], "document_id": m["document_id"], "ordinal": m["ordinal"],
             **{k: _iso(m[k]) if k == "event_date" else m[k] for k in MENTION_FIELDS},
             "evidence": list(m["evidence"]), "title": m["title"], "url": m["url"], "source": m["source"],
             "published": _iso(m["published"])}
            for m in ms
        ]
        return row

    def _mentions(self, conn: Connection, where) -> dict[str, list]:
        d = documents_t.c
        q = (select(mentions_t, d.title, d.url, d.source, d.published)
             .join(documents_t, d.id == mentions_t.c.document_id).where(where).order_by(mentions_t.c.id))
        out: dict[str, list] = {}
        for m in conn.execute(q).mappings():
            out.setdefault(m["event_id"], []).append(m)
        return out

    @staticmethod
    def _event_row(r, ms: list) -> dict:
        date = r["event_date"]
        created = r["created_at"].replace(tzinfo=dt.timezone.utc)
        outlets = [_outlet(m["source"], m["url"]) for m in ms]
        derived = {
            "event_date": _iso(date), "year": date.year if date else None,
            "source": "; ".join(dict.fromkeys(o for o in outlets if o)),
            "timestamp": int(created.timestamp()),
        }
        row = {c: derived[c] if c in derived else r[c] for c in (*ACLED_COLUMNS, *EXTRA_COLUMNS)}
        row["review_status"] = r["review_status"]
        row["evidence"] = [{**e, "document_id": m["document_id"]} for m in ms for e in m["evidence"]]
        row["document_ids"] = list(dict.fromkeys(m["document_id"] for m in ms))
        return row

    def documents(self) -> list[dict]:
        q = (select(*(c for c in documents_t.c if c.name not in ("text", "stripped")),
                    func.length(documents_t.c.text).label("text_length"))
             .order_by(documents_t.c.added_at, documents_t.c.id))
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
        return [{**r, "published": _iso(r["published"]), "added_at": _iso(r["added_at"])} for r in rows]

    def document(self, doc_id: str) -> Document | None:
        with self._read() as conn:
            r = conn.execute(select(documents_t).where(documents_t.c.id == doc_id)).mappings().first()
        if r is None:
            return None
        return Document(id=r["id"], origin=r["origin"], text=r["text"], title=r["title"], url=r["url"],
                        source=r["source"], published=r["published"], published_from=r["published_from"],
                        language=r["language"], stripped=list(r["stripped"] or []))

    def counts(self) -> dict:
        with self._read() as conn:
            tables = {"documents": documents_t, "mentions": mentions_t, "events": events_t}
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for name, t in tables.items()}

    def close(self) -> None:
        self._engine.dispose()

    def __repr__(self) -> str:
        return f"SqlStore({self._where!r})"
