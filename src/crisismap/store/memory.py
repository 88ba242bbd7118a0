"""An in-memory store for tests: SqlStore on a private SQLite database.

Running the real SQL rather than a dict-based twin means tests of other stages exercise the
same id allocation, ordering and row shapes as production, with nothing to keep in sync.
"""

from __future__ import annotations

from sqlalchemy.pool import StaticPool

from .sql import SqlStore


class MemoryStore(SqlStore):
    def __init__(self) -> None:
        # One shared connection: each new connection to "sqlite://" would be a new, empty database.
        super().__init__("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})

    def __repr__(self) -> str:
        return "MemoryStore()"
