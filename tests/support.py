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
