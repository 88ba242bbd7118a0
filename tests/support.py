"""Paths the tests share; ../shared is there in development checkouts and CI only."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or a skip that says what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference material {path} is absent (../shared is only in development checkouts)")
    return path


def extract_text(extractor, text: str) -> list:
    """The events `extractor` finds in `text`, published on 10 May 2023."""
    import datetime as dt

    from crisismap.pipeline import prepare
    from crisismap.readers import RawDocument

    return extractor.extract(prepare(RawDocument(origin="t", text=text, published=dt.date(2023, 5, 10))))


def run_writers(db_url: str, write, names: str = "xy") -> list:
    """Run write(store, name) in one thread per name, each with its own store on db_url;
    return the stores' combined results. An exception in any thread fails the test."""
    import threading

    from crisismap.store import open_store

    stores = [open_store(db_url) for _ in names]
    results: list = []
    errors: list[BaseException] = []

    def run(store, name):
        try:
            results.extend(write(store, name) or [])
        except BaseException as exc:  # noqa: B036 - re-raised below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s, n)) for s, n in zip(stores, names, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    if errors:
        raise errors[0]
    return results
