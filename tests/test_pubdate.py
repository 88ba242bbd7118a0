"""Publication dates inferred from the text, and which source of date wins."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crisismap.pubdate import infer_published, resolve_published

SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS} (../shared is absent): seeds skipped")
D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("was due to visit from Feb. 6 to Feb. 17, 2023.", D(2023, 2, 17)),
    ("As reported by the Associated Press on March 28th, ...", None),  # no year: not a full date
    ("Fighting resumed in January 2024.", D(2024, 1, 31)),  # a month: its last day
    ("Prigozhin died in August of 2023.", D(2023, 8, 31)),
    ("On 17 February 2023 and again in February 2023.", D(2023, 2, 28)),
    ("The talks ran March 3-5, 2022.", D(2022, 3, 5)),
    ("The talks ran March 3 to April 2, 2022.", D(2022, 4, 2)),
    ("the 5th of May, 2021", D(2021, 5, 5)),
    ("Monday, June 5 2023", D(2023, 6, 5)),
    ("Published 2023-11-04", D(2023, 11, 4)),
    ("du 6 au 17 février 2023", D(2023, 2, 17)),
    ("le 1er mars 2022, puis en décembre 2021", D(2022, 3, 1)),
    ("On Feb. 17, 2022 France left; on Jan. 23, 2013 it came.", D(2022, 2, 17)),
    ("in 2022, since 2012, by 2030", None),  # bare years are not dates
    ("Needs rose by 17% compared to 2022, in March 2022 too.", D(2022, 12, 31)),  # a whole year, weighed
    ("deaths rose between 2021 – when there were 1,913 – and 2022 when there were 4,803", D(2022, 12, 31)),
    ("Deaths were higher than in 2021.", D(2021, 12, 31)),
    ("03/04/2023", None),  # day and month order unknown
    ("February 30, 2023", None),
    ("", None),
])
def test_infer_published(text, expected):
    assert infer_published(text, today=D(2025, 1, 1)) == expected


def test_future_dates_are_ignored():
    text = "Elections were held on July 9, 2023 and are planned again for March 2031."
    assert infer_published(text, today=D(2025, 1, 1)) == D(2023, 7, 9)
    assert infer_published("The mission ends in December 2099.") is None


def test_long_text():
    text = "Attacks rose in March 2022 and on Feb. 17, 2023 troops left. " + "No dates here at all. " * 20000
    assert infer_published(text) == D(2023, 2, 17)


@needs_seeds
@pytest.mark.parametrize("prefix, expected", [
    ("000", None),  # dates nothing
    ("001", D(2022, 12, 31)),  # "humanitarian needs increased by 17% compared to 2022"
    ("002", D(2023, 8, 31)),  # "in August of 2023"
    ("004", D(2023, 2, 17)),  # "from Feb. 6 to Feb. 17, 2023"
])
def test_seeds(prefix, expected):
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    assert infer_published(text) == expected


def test_resolve_published_order_of_trust():
    text = "Troops left on Feb. 17, 2022."
    assert resolve_published(D(2024, 1, 2), D(2023, 5, 6), text) == (D(2024, 1, 2), "input")
    assert resolve_published(None, D(2023, 5, 6), text) == (D(2023, 5, 6), "metadata")
    assert resolve_published(None, None, text) == (D(2022, 2, 17), "inferred")
    assert resolve_published(None, None, "No dates.") == (None, None)
