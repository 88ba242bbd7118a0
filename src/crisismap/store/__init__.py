"""Where documents, mentions and events are kept: SQLite or PostgreSQL behind one interface."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import URL

from ..errors import StoreError
from .base import EventIds, Store, country_code
from .memory import MemoryStore
from .sql import SqlStore

__all__ = ["EventIds", "MemoryStore", "SqlStore", "Store", "StoreError", "country_code", "database_url", "open_store"]


def database_url(db: str) -> str | URL:
    """A SQLAlchemy URL for a path, sqlite:///... or postgresql://...; SQLite parent folders are made."""
    db = db.strip()
    scheme, sep, rest = db.partition("://")
    if not sep:
        path = Path(db).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(path))  # no URL parsing: any file name works
    scheme = scheme.lower()
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    if scheme == "postgresql+psycopg":
        return db
    if scheme == "sqlite":
        name = rest[1:].split("?", 1)[0] if rest.startswith("/") else ""
        if name and name != ":memory:":
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        return db
    raise StoreError(f"unsupported database {db!r}: give a file path, sqlite:///PATH or postgresql://...")


def open_store(db: str | os.PathLike) -> Store:
    """Open (and create or migrate) the store at a path or URL; "sqlite://" is a MemoryStore."""
    db = str(db)
    if db.strip() in ("sqlite://", "sqlite:///:memory:", ":memory:"):
        return MemoryStore()  # one shared connection, else each would see its own empty database
    try:
        return SqlStore(database_url(db))
    except OSError as exc:
        raise StoreError(f"cannot create the database folder for {db}: {exc}") from None
