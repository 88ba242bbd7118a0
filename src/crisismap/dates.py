"""Event dates as reports write them, resolved against the publication date.

Finding date expressions is ours (dateparser's `search` is slow on long texts and misses
ranges and "(week of)" qualifiers); turning relative words ("yesterday", "dimanche
dernier", "last week") into days is dateparser's. time_precision follows ACLED:
1 = the day, 2 = within a week or a few days, 3 = the month or vaguer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12, "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_D2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th|er)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_PART = r"(?P<part>early|mid|late|end\s+of|beginning\s+of|the\s+end\s+of|début|debut|mi|fin)[\s-]+"

PATTERNS = [
    # "the night of 3 to 4 June", "dans la nuit du 3 au 4 juin 2022"
    rf"\b(?:the\s+)?night\s+of\s+(?:the\s+)?{_D}\s+(?:to|and|-|–)\s+{_D2}\s+{_M}(?:,?\s+{_Y})?",
    rf"\bnuit\s+du\s+{_D}\s+au\s+{_D2}\s+{_M}(?:\s+{_Y})?",
    # "11-12 March 2018", "between 18 - 21 May", "du 27 au 31 mars 2022"
    rf"\b{_D}\s*(?:-|–|to|and|au)\s*{_D2}\s+{_M}(?:,?\s+{_Y})?",
    # "30 June 2022", "1er juillet", "le 3 juin"
    rf"\b{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?",
    # "June 30, 2022", "Feb. 7", "March 28th"
    rf"\b{_M}\s+{_D}\b(?:,?\s+{_Y})?",
    # "late March 2022", "in March", "last March", "mars dernier", "fin mars 2022"
    rf"\b(?:{_PART})?(?:of\s+)?(?P<last>last\s+)?{_M}(?:\s+(?:of\s+)?{_Y}|\s+(?P<dernier>dernier))?\b",
]
# Group names repeat across patterns, so each is compiled on its own, tried in order.
COMPILED = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
RELATIVE_RE = re.compile(
    r"\b(?:yesterday|the\s+day\s+before\s+yesterday|last\s+night|overnight|this\s+morning|today|"
    r"earlier\s+this\s+week|last\s+week|(?:(?:on|last|of|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)(?:\s+night|\s+morning|\s+evening|\s+afternoon)?|hier(?:\s+soir)?|avant-hier|aujourd'hui|"
    r"aujourd’hui|la\s+semaine\s+derni[èe]re|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)(?:\s+dernier|\s+soir|\s+matin)?)\b", re.IGNORECASE)
QUALIFIER_RE = re.compile(r"\s*\((?P<q>month of|week of|between[^)]*|weekend of)\)", re.IGNORECASE)
# Month-only words that are also ordinary words: need a year or a preposition to count.
AMBIGUOUS_MONTHS = {"may", "mar", "jun", "jul", "aug", "dec", "oct", "nov", "sep", "jan", "feb", "apr",
                    "mars", "mai", "march"}  # "the march ended": a walk, not a month


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date
    precision: int


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """A date written without a year is the latest such day not after publication."""
    if published is None:
        return None
    year = published.year
    day = min(day, calendar.monthrange(year, month)[1])
    if dt.date(year, month, day) > published + dt.timedelta(days=1):
        year -= 1
    return year


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    except ValueError:
        return None


def _from_match(m: re.Match, idx: int, text: str, published: dt.date | None) -> DateMention | None:
    g = m.groupdict()
    month = MONTHS[g["month"].lower().rstrip(".")]
    year = int(g["year"]) if g.get("year") else None
    if g.get("day"):
        day = int(g["day"])
        if g.get("day2") and idx >= 2:  # a range "11-12 March": ACLED codes the last day
            day = int(g["day2"])
        if not 1 <= day <= 31:
            return None
        year = year or _year_for(month, day, published)
        if year is None:
            return None
        date = _safe(year, month, day)
        precision = 1 if not g.get("day2") or idx < 2 else 2
        if idx < 2:  # a night spanning two days: the day it began
            precision = 1
    else:
        word = g["month"].lower().rstrip(".")
        if word in AMBIGUOUS_MONTHS and not (year or g.get("last") or g.get("dernier")):
            before = text[max(0, m.start() - 4):m.start()].lower()
            if not re.search(r"\b(?:in|en)\s$", before):
                return None
        if year is None:
            year = _year_for(month, 1, published)
            if year is None:
                return None
            if published and (month, 1) >= (published.month, 1) and (g.get("last") or g.get("dernier")):
                year = published.year - 1 if month >= published.month else year
        part = (g.get("part") or "").lower()
        last_day = calendar.monthrange(year, month)[1]
        day = {"early": 1, "beginning of": 1, "début": 1, "debut": 1, "mid": 15, "mi": 15}.get(part, 1)
        if part in ("late", "end of", "the end of", "fin"):
            day = last_day - 6
        date = _safe(year, month, day)
        precision = 3
    if date is None or (published and date > published + dt.timedelta(days=1)):
        return None
    end = m.end()
    q = QUALIFIER_RE.match(text, end)
    if q:
        kind = q.group("q").lower()
        precision = 3 if kind.startswith("month") else max(precision, 2)
        end = q.end()
    return DateMention(m.start(), end, text[m.start():end], date, precision)


@lru_cache(maxsize=4096)
def _relative(expr: str, published: dt.date, lang: str) -> dt.date | None:
    import dateparser  # imported late: it takes a second to load its language data

    expr = re.sub(r"(?i)^(on|last|of|late|early)\s+", "", expr) if re.match(
        r"(?i)(on|last|of|late|early)\s+\w+day", expr) else expr
    expr = re.sub(r"(?i)\s+(night|morning|evening|afternoon|soir|matin)$", "", expr)
    expr = re.sub(r"(?i)^(last night|overnight|this morning|today)$", "today", expr)
    expr = re.sub(r"(?i)^(earlier this week)$", "last week", expr)
    expr = re.sub(r"(?i)\s+dernier$", "", expr)
    base = dt.datetime.combine(published, dt.time(12))
    parsed = dateparser.parse(expr, languages=[lang, "en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    day = parsed.date()
    if day > published:  # "on Sunday" in a Sunday paper means the week before at most
        day -= dt.timedelta(days=7)
    return day


def find_dates(text: str, published: dt.date | None, lang: str = "en") -> list[DateMention]:
    """Every resolvable date expression in `text`, left to right."""
    candidates = [mention for idx, pattern in enumerate(COMPILED) for m in pattern.finditer(text)
                  if (mention := _from_match(m, idx, text, published))]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    # The longest reading wins: "19 May 2022 (between 18 - 21 May)" is one date, not two.
    for mention in sorted(candidates, key=lambda d: (d.start - d.end, d.start)):
        if all(mention.end <= a or mention.start >= b for a, b in taken):
            found.append(mention)
            taken.append((mention.start, mention.end))
    if published is not None:
        for m in RELATIVE_RE.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            day = _relative(m.group(0).lower(), published, lang)
            if day:
                week = re.search(r"(?i)week|semaine", m.group(0))
                found.append(DateMention(m.start(), m.end(), m.group(0), day, 2 if week else 1))
    return sorted(found, key=lambda d: d.start)
