"""A publication date for documents that come without one.

Order of trust: the date the user gave, then the page's own metadata, then an inference
from the text. The inference is the *end of the latest period the text dates
explicitly*: the latest full date ("Feb. 6 to Feb. 17, 2023" gives 2023-02-17) or, when
a month with its year ("in August of 2023") is the latest thing, that month's last day.
That is the earliest reference date on or after everything the text dates, so it claims
no more than the text says, and year-less dates in the text ("on March 28th", "Feb. 7")
then resolve into the year the text itself points to. It can be later than the real
date when the text looks ahead ("is due to travel from Feb. 6 to Feb. 17, 2023"), and
earlier when the text dates nothing recent; callers keep the "inferred" label for that.
Dates without a year, bare years ("in 2022") and numeric dates (03/04/2023 is ambiguous)
are not used, except a year the text compares against ("compared to 2022", "between 2021
and 2022", "than in 2022"): a text weighing a whole year was written after it ended, so
the year's last day counts. Dates after today are ignored: a text cannot be published in the future.

We use our own regexes: dateparser's search takes ~80 ms on a 11 kB article and splits
"Feb. 17, 2022" into "Feb" and "17, 2022", resolving both against the wrong year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from .dates import MONTHS

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er)?"
_YEAR = r"(?:19|20)\d\d"
_TO = r"\s*(?:-|–|—|to|and|through|till|until|au|et)\s*"
# Day-level patterns first: their spans hide the month-year inside "17 February 2023".
_PATTERNS = [
    # "Feb. 17, 2023", "Feb. 6 to Feb. 17, 2023", "March 3-5, 2022", "June 5 2023"
    rf"\b(?P<m0>{_MONTH})\s+(?P<d0>{_DAY})\b(?:{_TO}(?:(?P<m>{_MONTH})\s+)?(?P<d>{_DAY})\b)?"
    rf",?\s+(?P<y>{_YEAR})\b",
    # "17 February 2023", "6 to 17 February 2023", "1er mars 2022", "the 5th of May, 2021"
    rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b",
    # ISO "2023-02-17"
    r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b",
    # "January 2024", "in August of 2023", "août de 2023"
    rf"\b(?P<m>{_MONTH}),?\s+(?:of\s+|de\s+)?(?P<y>{_YEAR})\b",
]
_COMPILED = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]
# Every pattern needs a year, so only the text around each year is searched: scanning all
# of a 400 kB text with the month alternation takes ~0.3 s, the windows a few ms.
_YEAR_RE = re.compile(_YEAR)
_REACH = 40  # longest "Month D to Month D, " before a year, with room to spare
_DIGITS = re.compile(r"\d+")
_COMPARED_YEAR = re.compile(
    rf"(?i)(?:compared\s+(?:to|with)|than|par\s+rapport\s+à|"
    rf"(?:from|between|entre)\s+{_YEAR}\b[^.]{{0,80}}?\b(?:to|and|et))\s+(?:in\s+|en\s+)?(?P<y>{_YEAR})\b")


def infer_published(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """The end of the latest period the text dates explicitly (see the module docstring)."""
    today = today or dt.date.today()
    latest = None
    for end in _period_ends(text):
        if end <= today and (latest is None or end > latest):
            latest = end
    return latest


def resolve_published(given: dt.date | None, metadata: dt.date | None,
                      text: str) -> tuple[dt.date | None, str | None]:
    """The publication date and where it came from: "input", "metadata", "inferred" or None."""
    if given is not None:
        return given, "input"
    if metadata is not None:
        return metadata, "metadata"
    inferred = infer_published(text)
    return (inferred, "inferred") if inferred is not None else (None, None)


def _windows(text: str) -> Iterator[tuple[int, int]]:
    start = end = -1
    for m in _YEAR_RE.finditer(text):
        lo = max(0, m.start() - _REACH)
        while lo > 0 and text[lo - 1].isalnum():  # start on a word: \b sees a window's start as one
            lo -= 1
        if lo > end:
            if end >= 0:
                yield start, end
            start = lo
        end = m.end() + 6  # ISO dates go on after the year: "-02-17"
    if end >= 0:
        yield start, end


def _period_ends(text: str) -> Iterator[dt.date]:
    for start, end in _windows(text):
        yield from _window_ends(text, start, end)
    for m in _COMPARED_YEAR.finditer(text):
        yield dt.date(int(m.group("y")), 12, 31)


def _window_ends(text: str, start: int, end: int) -> Iterator[dt.date]:
    taken: list[tuple[int, int]] = []
    for pattern in _COMPILED:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append(m.span())
            g = m.groupdict()
            year = int(g["y"])
            month = int(g["mn"]) if g.get("mn") else MONTHS.get((g.get("m") or g["m0"]).lower().rstrip("."))
            day = g.get("d") or g.get("d0")
            try:
                if day:
                    yield dt.date(year, month, int(_DIGITS.match(day).group(0)))
                else:
                    yield dt.date(year, month, calendar.monthrange(year, month)[1])
            except (TypeError, ValueError):  # "February 30", month 13
                continue
