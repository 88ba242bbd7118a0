"""Counting words as people write them: "300", "1,913", "twenty-five", "une dizaine", "dozens".

No library parses vague English and French quantities into ACLED's conventions
("dozens" = 12, "hundreds" = 100, "several" = 10), so this module does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    # English
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "single": 1, "lone": 1, "both": 2, "couple": 2, "pair": 2,
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "octante": 80, "nonante": 90,
}
# "six" is both English and French; "cent"/"mille" multiply like hundred/thousand.
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "cent": 100, "cents": 100,
               "mille": 1000, "millions": 1_000_000}
# Vague quantities: (ACLED's conservative figure, low, high).
VAGUE = {
    "dozen": (12, 12, 12), "dozens": (12, 24, 99), "scores": (20, 40, 99), "score": (20, 20, 20),
    "hundreds": (100, 200, 999), "thousands": (1000, 2000, 9999),
    "several": (10, 3, 10), "many": (10, 10, 99), "numerous": (10, 10, 99), "few": (3, 2, 5),
    "some": (10, 2, 10), "multiple": (10, 2, 10),
    "dizaine": (10, 8, 12), "dizaines": (12, 20, 99), "douzaine": (12, 12, 12),
    "vingtaine": (20, 18, 25), "trentaine": (30, 28, 35), "quarantaine": (40, 38, 45),
    "cinquantaine": (50, 45, 55), "centaine": (100, 90, 110), "centaines": (100, 200, 999),
    "milliers": (1000, 2000, 9999), "plusieurs": (10, 3, 10), "nombreux": (10, 10, 99),
    "nombreuses": (10, 10, 99), "quelques": (3, 2, 5),
}
# "several hundred" = 100 as ACLED codes it, keeping 200-900 as the range.
SCALED_VAGUE = {("several", 100): (100, 200, 900), ("plusieurs", 100): (100, 200, 900),
                ("a few", 100): (100, 200, 500), ("quelques", 100): (100, 200, 500),
                ("several", 1000): (1000, 2000, 9000), ("plusieurs", 1000): (1000, 2000, 9000)}
# Hedges before a number: how they move the range around the stated figure.
HEDGES = {
    "at least": "low", "au moins": "low", "more than": "over", "over": "over", "plus de": "over",
    "upwards of": "over", "in excess of": "over", "up to": "high", "as many as": "high",
    "jusqu'à": "high", "jusqu’à": "high", "nearly": "high", "almost": "high", "près de": "high",
    "around": "about", "about": "about", "approximately": "about", "some": "about",
    "roughly": "about", "an estimated": "about", "environ": "about", "quelque": "about",
    "une": "about",
}

NUMBER_WORDS = sorted(set(UNITS) | set(MULTIPLIERS) | {"six"}, key=len, reverse=True)
_WORD = r"(?:" + "|".join(NUMBER_WORDS) + r")"
# A numeral ("1,913", "300", "2.5"), or a run of number words ("twenty-five", "deux cents").
NUMERAL_RE = re.compile(r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?!\d)|\d+(?:\.\d+)?")
# "and"/"et" join number words only after a scale word or a tens word: "one hundred and
# twelve", "vingt et un"; "between one and four" stays two numbers.
WORDS_RE = re.compile(rf"\b{_WORD}(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=vingt)|(?<=trente)|(?<=quarante)|"
                      rf"(?<=cinquante)|(?<=soixante))(?:\s+and\s+|-et-|\s+et\s+)){_WORD})*\b", re.IGNORECASE)
VAGUE_RE = re.compile(
    r"\b(?:(several|plusieurs|a few|quelques)\s+(hundred|thousand|cents?|milliers?)|"
    r"(?:an?\s+|une\s+|des\s+|about\s+a\s+)?(" + "|".join(sorted(VAGUE, key=len, reverse=True)) + r"))\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A count written in the text, with the range it admits and ACLED's conservative figure."""

    start: int
    end: int
    text: str
    acled: int
    low: int
    high: int


def words_to_int(text: str) -> int | None:
    """'twenty-five' -> 25, 'deux cents' -> 200, 'one hundred and twelve' -> 112."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", "et", ""):
            continue
        if word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in MULTIPLIERS:
            mult = MULTIPLIERS[word]
            current = max(current, 1) * mult
            if mult >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def numeral_to_int(text: str) -> int | None:
    digits = re.sub(r"[,\u202f\u00a0 ]", "", text)
    try:
        return int(float(digits))
    except ValueError:
        return None


def _hedge_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 20):start].lower().rstrip()
    for phrase, kind in sorted(HEDGES.items(), key=lambda kv: -len(kv[0])):
        if window.endswith(phrase) and (len(window) == len(phrase) or not window[-len(phrase) - 1].isalnum()):
            return kind
    return None


def _ranged(value: int, hedge: str | None) -> tuple[int, int, int]:
    """(acled, low, high) for a stated figure and the hedge in front of it."""
    if hedge == "high":  # "up to 30": could be fewer
        return value, max(1, value // 2), value
    if hedge == "about":
        return value, value, value
    return value, value, value  # "at least" / "over": ACLED keeps the stated figure


def find_quantities(text: str) -> list[Quantity]:
    """Every count in `text`, left to right, not overlapping."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in VAGUE_RE.finditer(text):
        if m.group(1):
            scale = 100 if m.group(2).lower().startswith(("hundred", "cent")) else 1000
            acled, low, high = SCALED_VAGUE[(m.group(1).lower(), scale)]
        else:
            word = m.group(3).lower()
            if word == "some" or (word == "few" and not m.group(0).lower().startswith("a ")):
                continue  # "some" and a bare "few" are too weak to count as a figure
            acled, low, high = VAGUE[word]
        found.append(Quantity(m.start(), m.end(), m.group(0), acled, low, high))
        taken.append((m.start(), m.end()))
    for m in NUMERAL_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        value = numeral_to_int(m.group(0))
        if value is None:
            continue
        # "1,500 fighters" stays; a scale word after a numeral multiplies it ("2 million").
        after = re.match(r"\s+(hundred|thousand|million)\b", text[m.end():], re.IGNORECASE)
        end = m.end()
        if after:
            value *= MULTIPLIERS[after.group(1).lower()]
            end += after.end()
        acled, low, high = _ranged(value, _hedge_before(text, m.start()))
        found.append(Quantity(m.start(), end, text[m.start():end], acled, low, high))
        taken.append((m.start(), end))
    for m in WORDS_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        value = words_to_int(m.group(0))
        if value is None:
            continue
        word = m.group(0).lower()
        if word in ("a", "an", "un", "une"):
            continue  # articles count only next to a victim noun, which the caller decides
        first, _, rest = word.partition(" ")
        if first in ("a", "an", "un", "une") and rest and rest.split()[0] not in MULTIPLIERS:
            # "a six-year-old": the article is not part of the number ("a hundred" is)
            start = m.start() + len(first) + 1
            value = words_to_int(rest)
            if value is None:
                continue
            acled, low, high = _ranged(value, _hedge_before(text, start))
            found.append(Quantity(start, m.end(), text[start:m.end()], acled, low, high))
            taken.append((start, m.end()))
            continue
        acled, low, high = _ranged(value, _hedge_before(text, m.start()))
        found.append(Quantity(m.start(), m.end(), m.group(0), acled, low, high))
        taken.append((m.start(), m.end()))
    return sorted(found, key=lambda q: q.start)
