"""Shared fixtures. Each section is self-contained: add new ones in their own section."""

from __future__ import annotations

import os
import secrets
import subprocess
from pathlib import Path

import pytest

# --- PostgreSQL -------------------------------------------------------------------------------
# Store tests run on PostgreSQL too, never skipped: the session makes a server answer
# (scripts/ensure-postgres.sh), then works in a database of its own, dropped at the end.

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
ENSURE_PG = Path(__file__).resolve().parents[1] / "scripts" / "ensure-postgres.sh"


def _libpq(url) -> str:
    """psycopg wants a plain postgresql:// URL, without SQLAlchemy's driver suffix."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url():
    """SQLAlchemy URL (postgresql+psycopg://) of an empty database made for this test session."""
    import psycopg
    from psycopg import sql
    from sqlalchemy import make_url

    base = make_url(os.environ.get("CRISISMAP_TEST_PG", PG_DEFAULT))
    env = {**os.environ, "CRISISMAP_TEST_PG": _libpq(base)}
    try:
        proc = subprocess.run(["bash", str(ENSURE_PG)], env=env, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.fail(f"{ENSURE_PG} could not run: {exc}", pytrace=False)
    if proc.returncode != 0:
        pytest.fail(f"no PostgreSQL server for the tests: {ENSURE_PG} exited {proc.returncode}:\n"
                    f"{proc.stdout}{proc.stderr}", pytrace=False)
    name = f"crisismap_test_{os.getpid()}_{secrets.token_hex(4)}"
    try:
        with psycopg.connect(_libpq(base), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        pytest.fail(f"cannot create test database {name} at {base}: {exc}", pytrace=False)
    yield base.set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)
    with psycopg.connect(_libpq(base), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def pg_fresh_url(pg_url):
    """pg_url, but in a new empty schema (first on search_path), dropped after the test."""
    import psycopg
    from psycopg import sql
    from sqlalchemy import make_url

    url = make_url(pg_url)
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


# --- Extraction -------------------------------------------------------------------------------
# spaCy models and the gazetteer load once per test session.

from support import shared_path  # noqa: E402


@pytest.fixture(scope="session")
def extractor():
    """The default extractor: world gazetteer, shipped actor dictionary, spaCy models."""
    from crisismap.context import build_extractor

    return build_extractor()


@pytest.fixture(scope="session")
def mali_extractor(extractor):
    """The default extractor plus the GeoNames dump for Mali (village-level places)."""
    from crisismap.extract import Extractor
    from crisismap.gazetteer import Gazetteer

    gaz = Gazetteer.default().add_geonames(shared_path("geonames", "ML.txt"))
    return Extractor(gaz, extractor.actors)


# --- stores -------------------------------------------------------------------------------------
# Store tests run twice: on a SQLite file and on PostgreSQL.

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "data" / "crisismap.db")  # parent folder made by open_store
    return request.getfixturevalue("pg_fresh_url")


@pytest.fixture
def store(db_url):
    from crisismap.store import open_store

    with open_store(db_url) as s:
        yield s
