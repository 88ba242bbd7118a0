"""The store on SQLAlchemy Core: the same statements on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields

from sqlalchemy import (
    URL,
    Connection,
    and_,
    bindparam,
    create_engine,
    event,
    func,
    make_url,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from ..claims import Statement
from ..consolidate import DocInfo, changes, consolidate, outlet, source_label, summary
from ..dedup import DocLink, link_roots
from ..errors import StoreError
from ..linking import MATCH, MAX_KM, WINDOW_DAYS, pair_score
from ..models import ACLED_COLUMNS, EXTRA_COLUMNS, Document, Evidence, Mention
from .base import EventIds, Store, country_code
from .migrations import EVENT_FIELDS, MENTION_FIELDS, _now, migrate
from .migrations import country_sequences as sequences_t
from .migrations import document_claims as claims_t
from .migrations import document_links as links_t
from .migrations import documents as documents_t
from .migrations import event_revisions as revisions_t
from .migrations import events as events_t
from .migrations import mentions as mentions_t

# Events a dated mention is compared with: a month-precise date may be anywhere in its
# month, a week-precise one within a week, plus the linking window.
CANDIDATE_DAYS = 31 + 7 + WINDOW_DAYS
LINK_HOPS = 4  # copies of rewrites of copies: how far a family of documents is followed

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


def _as_mention(row) -> Mention:
    m = Mention(document_id=row["document_id"], **{k: row[k] for k in MENTION_FIELDS})
    m.event_date = _as_date(m.event_date)
    m.evidence = [Evidence(**e) for e in row["evidence"]]
    return m


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

    def add_document(self, doc: Document, mentions: list[Mention], links: list[DocLink] = (), *,
                     link_events: bool = True, claims: list[Statement] = ()) -> EventIds:
        now = _now()
        with self._write() as conn:
            stmt = self._insert(documents_t).values(
                id=doc.id, origin=doc.origin, title=doc.title, url=doc.url, source=doc.source,
                published=_as_date(doc.published), published_from=doc.published_from,
                language=doc.language or "", text=doc.text, stripped=list(doc.stripped), added_at=now,
            ).on_conflict_do_nothing(index_elements=["id"]).returning(documents_t.c.id)
            if conn.execute(stmt).first() is None:  # already stored, perhaps by another process just now
                return EventIds()
            for link in links:
                conn.execute(self._insert(links_t).values(
                    doc_id=link.doc_id, other_id=link.other_id, kind=link.kind, score=link.score, created_at=now,
                ).on_conflict_do_nothing(index_elements=["doc_id", "other_id"]))
            if claims:
                conn.execute(claims_t.insert(), [
                    {"document_id": doc.id, **{k: v for k, v in asdict(c).items()}} for c in claims])
            family = self._family(conn, [doc.id]) if link_events else set()
            ids: list[str] = []
            touched: dict[str, str] = {}
            locked: set[str] = set()
            for ordinal, m in enumerate(mentions):
                values = _mention_values(m)
                code = country_code(m.iso, m.country)
                eid = None
                if link_events:
                    self._lock(conn, code, locked)
                    eid = self._match(conn, m, values, code, doc.id, family, ids)
                if eid is None:
                    seq = self._next_seq(conn, code)
                    eid = f"{code}{seq}"
                    conn.execute(events_t.insert(), dict(  # parameters at execute: the statement stays cached
                        event_id_cnty=eid, country_code=code, seq=seq, created_at=now, updated_at=now, revision=0,
                        **{k: values[k] for k in EVENT_FIELDS}))
                    touched[eid] = "created"
                else:
                    touched.setdefault(eid, "linked")
                conn.execute(mentions_t.insert(), dict(
                    document_id=doc.id, event_id=eid, ordinal=ordinal, **values,
                    evidence=[asdict(e) for e in m.evidence]))
                ids.append(eid)
            if links:  # a new copy or original changes who counts as a source elsewhere
                linked_docs = {x for link in links for x in (link.doc_id, link.other_id)} - {doc.id}
                for eid in self._events_of(conn, linked_docs):
                    touched.setdefault(eid, "relinked")
            for eid, action in touched.items():
                self._refresh(conn, eid, action, doc.id, now)
        return EventIds(ids, [eid for eid, action in touched.items() if action == "created"])

    # -- linking and reconciling -----------------------------------------------------------

    def _lock(self, conn: Connection, code: str, locked: set[str]) -> None:
        """PostgreSQL: one writer at a time links events of a country, or two reports of one
        event arriving together could each make an event. SQLite's write lock does this."""
        if self._dialect == "postgresql" and code not in locked:
            conn.execute(text("SELECT pg_advisory_xact_lock(4242002, :k)"), {"k": zlib.crc32(code.encode()) >> 1})
            locked.add(code)

    def _match(self, conn: Connection, m: Mention, values: dict, code: str, doc_id: str, family: set[str],
               this_doc: list[str]) -> str | None:
        """The stored event this mention reports, if any (see crisismap.linking)."""
        date = _as_date(m.event_date)
        if date is None or not m.country:
            return None
        near = self._near(m)
        if near is None:
            return None
        pad = dt.timedelta(days=CANDIDATE_DAYS)
        e = events_t.c
        rows = conn.execute(select(events_t).where(
            e.country_code == code, e.merged_into.is_(None), e.event_date.between(date - pad, date + pad), near,
        )).mappings().all()
        if not rows:
            return None
        docs_of: dict[str, set[str]] = {}
        q = select(mentions_t.c.event_id, mentions_t.c.document_id).where(
            mentions_t.c.event_id.in_([r["event_id_cnty"] for r in rows]))
        for eid, d in conn.execute(q):
            docs_of.setdefault(eid, set()).add(d)
        me = summary(None, values)
        best, best_score = None, 0.0
        for r in rows:
            eid = r["event_id_cnty"]
            docs = docs_of.get(eid, set())
            same_doc = doc_id in docs or eid in this_doc
            score = pair_score(me, summary(eid, r), same_document=same_doc,
                               same_family=not same_doc and bool(docs & family))
            if score > best_score:
                best, best_score = eid, score
        return best if best_score >= MATCH else None

    @staticmethod
    def _near(m: Mention):
        """Blocking by place, as crisismap.linking does: only events that pair_score could
        match. Without it a query returns every event of the country in the window, and
        ingest slows down as the store fills."""
        e = events_t.c
        same_admin1 = func.lower(e.admin1) == m.admin1.lower() if m.admin1 else None
        vague_place = m.geo_precision == 3 or not (m.location or m.latitude is not None)
        if vague_place:  # region-level: matched by admin1 only
            return same_admin1
        named = func.lower(e.location) == m.location.lower() if m.location else None
        if m.latitude is None or m.longitude is None:
            return or_(*(c for c in (same_admin1, named) if c is not None))
        dlat = MAX_KM / 111.0
        dlon = dlat / max(math.cos(math.radians(m.latitude)), 0.1)
        box = and_(e.latitude.between(m.latitude - dlat, m.latitude + dlat),
                   e.longitude.between(m.longitude - dlon, m.longitude + dlon))
        parts = [box]
        if same_admin1 is not None:  # events placed only at region level, or without coordinates
            parts.append(and_(same_admin1, or_(e.geo_precision == 3, e.latitude.is_(None))))
        if named is not None:
            parts.append(named)  # one name, two places: homonyms or a geocoder's guess
        return or_(*parts)

    def _family(self, conn: Connection, doc_ids) -> set[str]:
        """The documents linked to these as copies or rewrites, following links a few hops."""
        seen = set(doc_ids)
        frontier = set(doc_ids)
        for _ in range(LINK_HOPS):
            if not frontier:
                break
            q = select(links_t.c.doc_id, links_t.c.other_id).where(
                or_(links_t.c.doc_id.in_(frontier), links_t.c.other_id.in_(frontier)))
            found = {x for row in conn.execute(q) for x in row}
            frontier = found - seen
            seen |= found
        return seen

    def _events_of(self, conn: Connection, doc_ids: set[str]) -> list[str]:
        if not doc_ids:
            return []
        q = select(mentions_t.c.event_id).where(mentions_t.c.document_id.in_(doc_ids),
                                                mentions_t.c.event_id.is_not(None)).distinct()
        return sorted(conn.scalars(q))

    def _refresh(self, conn: Connection, eid: str, action: str, doc_id: str | None, now: dt.datetime,
                 note: str = "") -> None:
        """Reconcile the event over its mentions; record a revision when something changed."""
        d = documents_t.c
        rows = conn.execute(
            select(mentions_t, d.title, d.url, d.source, d.published, d.origin)
            .join(documents_t, d.id == mentions_t.c.document_id)
            .where(mentions_t.c.event_id == eid).order_by(mentions_t.c.id)).mappings().all()
        old = conn.execute(select(events_t).where(events_t.c.event_id_cnty == eid)).mappings().one()
        mentions = [_as_mention(r) for r in rows]
        docs = {r["document_id"]: DocInfo(r["document_id"], source_label(r["source"], r["url"], r["title"],
                                                                         r["origin"], r["document_id"]),
                                          _as_date(r["published"])) for r in rows}
        family = self._family(conn, list(docs))
        q = select(links_t.c.doc_id, links_t.c.other_id, links_t.c.kind, links_t.c.score).where(
            links_t.c.doc_id.in_(family))
        roots = link_roots(DocLink(*row) for row in conn.execute(q))
        with_figures = {m.document_id for m in mentions if m.fatalities or any(e.field == "fatalities" for e in m.evidence)}
        texts = dict(conn.execute(select(d.id, d.text).where(d.id.in_(with_figures))).tuples().all()) if with_figures else {}
        result = consolidate(mentions, docs, roots, texts)
        reconciliation = result.reconciliation(mentions)
        diff = changes(None if action == "created" else old, result.values)
        before = sum(1 for r in rows if r["document_id"] != doc_id) if doc_id else None  # mentions it had
        if action not in ("created", "relinked") and before is not None and before != len(rows):
            diff["mentions"] = [before, len(rows)]
        if action == "relinked" and not diff and reconciliation == old["reconciliation"]:
            return  # a new link that changes nothing here
        revision = old["revision"] + 1
        conn.execute(events_t.update().where(events_t.c.event_id_cnty == bindparam("eid")), dict(
            eid=eid, **result.values, reconciliation=reconciliation, revision=revision, updated_at=now))
        conn.execute(revisions_t.insert(), dict(event_id=eid, revision=revision, action=action, document_id=doc_id,
                                                changes=diff, note=note, created_at=now))

    # -- merging and splitting by hand -----------------------------------------------------

    def merge_events(self, keep: str, other: str, note: str = "") -> dict:
        """Move every mention of `other` into `keep`; `other` stays as a pointer to `keep`."""
        keep, other = keep.strip().upper(), other.strip().upper()
        if keep == other:
            raise StoreError(f"cannot merge {keep} with itself")
        now = _now()
        with self._write() as conn:
            for eid in (keep, other):
                self._live_event(conn, eid)
            conn.execute(mentions_t.update().where(mentions_t.c.event_id == other).values(event_id=keep))
            self._refresh(conn, keep, "merged", None, now, note or f"merged with {other} by hand")
            old = conn.execute(select(events_t.c.revision).where(events_t.c.event_id_cnty == other)).scalar_one()
            conn.execute(events_t.update().where(events_t.c.event_id_cnty == other).values(
                merged_into=keep, review_status="merged", revision=old + 1, updated_at=now))
            conn.execute(revisions_t.insert().values(
                event_id=other, revision=old + 1, action="merged-into", document_id=None,
                changes={"merged_into": [None, keep]}, note=note or f"merged into {keep} by hand", created_at=now))
        return self.event(keep)

    def split_event(self, event_id: str, mention_ids: list[int], note: str = "") -> dict:
        """Move the given mentions of an event into a new event of their own."""
        eid = event_id.strip().upper()
        now = _now()
        with self._write() as conn:
            row = self._live_event(conn, eid)
            have = set(conn.scalars(select(mentions_t.c.id).where(mentions_t.c.event_id == eid)))
            moving = set(mention_ids)
            if not moving or not moving <= have:
                raise StoreError(f"{eid} has mentions {sorted(have)}; cannot split off {sorted(moving - have) or '[]'}")
            if moving == have:
                raise StoreError(f"splitting off every mention of {eid} would leave it empty")
            code = row["country_code"]
            seq = self._next_seq(conn, code)
            new_id = f"{code}{seq}"
            conn.execute(events_t.insert().values(
                event_id_cnty=new_id, country_code=code, seq=seq, created_at=now, updated_at=now, revision=0,
                **{k: row[k] for k in EVENT_FIELDS}))
            conn.execute(mentions_t.update().where(mentions_t.c.id.in_(moving)).values(event_id=new_id))
            self._refresh(conn, new_id, "created", None, now, note or f"split from {eid} by hand")
            self._refresh(conn, eid, "split", None, now, note or f"mentions {sorted(moving)} split off into {new_id}")
        return self.event(new_id)

    def _live_event(self, conn: Connection, eid: str):
        row = conn.execute(select(events_t).where(events_t.c.event_id_cnty == eid)).mappings().first()
        if row is None:
            raise StoreError(f"no event {eid!r}; `crisismap events` lists them")
        if row["merged_into"]:
            raise StoreError(f"{eid} was merged into {row['merged_into']}; use that id")
        return row

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
        q = select(events_t).where(events_t.c.merged_into.is_(None))
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
            revisions = conn.execute(select(revisions_t).where(revisions_t.c.event_id == eid)
                                     .order_by(revisions_t.c.revision)).mappings().all()
            doc_ids = {m["document_id"] for m in ms}
            links = self._links(conn, or_(links_t.c.doc_id.in_(doc_ids), links_t.c.other_id.in_(doc_ids)))
        row = self._event_row(r, ms)
        rec = r["reconciliation"] or {}
        not_independent = set(rec.get("not_independent", []))
        row.update(revision=r["revision"], merged_into=r["merged_into"], reconciliation=rec, document_links=links)
        row["mentions"] = [
            {"id": m["id"], "document_id": m["document_id"], "ordinal": m["ordinal"],
             **{k: _iso(m[k]) if k == "event_date" else m[k] for k in MENTION_FIELDS},
             "evidence": list(m["evidence"]), "title": m["title"], "url": m["url"], "source": m["source"],
             "published": _iso(m["published"]), "independent": m["document_id"] not in not_independent}
            for m in ms
        ]
        row["revisions"] = [{"revision": v["revision"], "action": v["action"], "document_id": v["document_id"],
                             "changes": v["changes"], "note": v["note"], "at": _iso(v["created_at"])}
                            for v in revisions]
        return row

    def claims(self, *, kind: str | None = None, about: str | None = None) -> list[dict]:
        """Stored claims with their document's title and date, by subject then date."""
        d, c = documents_t.c, claims_t.c
        q = (select(claims_t, d.title, d.origin, d.published, d.published_from)
             .join(documents_t, d.id == c.document_id))
        if kind:
            q = q.where(c.kind == kind.strip().lower())
        if about:
            like = f"%{about.strip().lower()}%"
            q = q.where(or_(func.lower(c.subject).like(like), func.lower(c.text).like(like),
                            func.lower(c.source).like(like)))
        q = q.order_by(c.kind, c.subject, c.as_of.asc().nulls_last(), c.id)
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
        return [{**r, "as_of": _iso(r["as_of"]), "published": _iso(r["published"])} for r in rows]

    def document_links(self) -> list[dict]:
        """Every copy and rewrite found, with both documents' titles."""
        with self._read() as conn:
            return self._links(conn, True)

    def _links(self, conn: Connection, where) -> list[dict]:
        a, b = documents_t.alias("a"), documents_t.alias("b")
        q = (select(links_t.c.doc_id, links_t.c.kind, links_t.c.other_id, links_t.c.score,
                    a.c.title.label("doc_title"), a.c.origin.label("doc_origin"),
                    b.c.title.label("other_title"), b.c.origin.label("other_origin"))
             .join(a, a.c.id == links_t.c.doc_id).join(b, b.c.id == links_t.c.other_id)
             .where(where).order_by(links_t.c.created_at, links_t.c.doc_id))
        return [dict(r) for r in conn.execute(q).mappings()]

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
        outlets = [outlet(m["source"], m["url"]) for m in ms]
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

    def document_texts(self) -> Iterator[tuple[str, str, dt.date | None]]:
        q = select(documents_t.c.id, documents_t.c.text, documents_t.c.published).order_by(
            documents_t.c.added_at, documents_t.c.id)
        with self._read() as conn:
            for doc_id, text_, published in conn.execute(q.execution_options(yield_per=500)):
                yield doc_id, text_, _as_date(published)

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
            count = {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                     for name, t in (("documents", documents_t), ("mentions", mentions_t))}
            count["events"] = conn.execute(select(func.count()).select_from(events_t).where(
                events_t.c.merged_into.is_(None))).scalar_one()  # merged ones are pointers
            return count

    def close(self) -> None:
        self._engine.dispose()

    def __repr__(self) -> str:
        return f"SqlStore({self._where!r})"
