"""Who was killed, and how many: death counts in a sentence, kept apart from the wounded,
the abducted and the vehicles.

Each count is given to the nearest casualty word in its clause ("killing three soldiers and
wounding five": three killed, five wounded). Lone victims ("killed a Donso militiaman")
count one. Reports of no casualties give an explicit zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import Quantity, find_quantities

KILL = (
    r"kill(?:ed|ing|s)?|dead|deaths?|died|dies|die|execut(?:ed|ing|ions?)|massacr(?:ed|es?)|"
    r"slain|slaughtered|murder(?:ed|s)?|beheaded|perished|lost\s+their\s+lives|lives|bodies|"
    r"fatalities|death\s+toll|toll|shot\s+dead|lynched|succumbed|neutrali[sz]ed|neutralis[ée]e?s?|"
    r"tu[ée]e?s?|tuant|morts?|mortes|d[ée]c[èe]s|d[ée]c[ée]d[ée]e?s?|ex[ée]cut[ée]e?s?|"
    r"massacr[ée]e?s?|assassin[ée]e?s?|p[ée]ri|perdu\s+la\s+vie|corps|bilan|cadavres"
)
WOUND = (r"wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt|bless[ée]e?s?|blessant|"
         r"hospitali[sz]ed")
OTHER = (
    r"abduct(?:ed|ing|ions?)|kidnapp?(?:ed|ing)|arrest(?:ed|ing|s)?|captur(?:ed|ing)|detain(?:ed|ing)|"
    r"displaced|missing|released|freed|fled|seiz(?:ed|ing)|destroy(?:ed|ing)|burn(?:ed|t|ing)|"
    r"recovered|rescued|surrendered|enlev[ée]e?s?|enl[èe]vement|arr[êe]t[ée]e?s?|interpell[ée]e?s?|"
    r"d[ée]plac[ée]e?s?|lib[ée]r[ée]e?s?|disparus?|enrolled|recruited|deployed|arrived|vehicles?|"
    r"motorcycles?|motorbikes?|trucks?|weapons|houses|homes|huts|shops|cattle|heads|livestock"
)
CUE_RE = re.compile(rf"\b(?:(?P<kill>{KILL})|(?P<wound>{WOUND})|(?P<other>{OTHER}))\b", re.IGNORECASE)

PERSON = (
    r"people|persons?|personnes?|civilians?|civils?|soldiers?|soldats?|militaires?|troops|men|man|"
    r"women|woman|children|child|kids?|boys?|girls?|villagers?|villageois|residents?|habitants?|"
    r"militants?|militiam[ae]n|militia\s+members|members?|fighters?|combattants?|jihadists?|"
    r"d?jihadistes?|terrorists?|terroristes?|insurgents?|rebels?|rebelles?|assailants?|assaillants?|"
    r"attackers?|gunmen|gunman|assailants|peacekeepers?|casques\s+bleus|policem[ae]n|police\s+officers?|"
    r"officers?|gendarmes?|policiers?|guards?|herders?|farmers?|traders?|merchants?|passengers?|"
    r"drivers?|youngsters?|youths?|students?|teachers?|chiefs?|imams?|marabouts?|officials?|"
    r"mayors?|commanders?|leaders?|suspects?|hostages?|miners?|worshippers?|mourners?|victims?|"
    r"victimes?|individuals?|individus|others|autres|éléments|elements|mercenaries|mercenaires|"
    r"hunters?|chasseurs?|dozos?|donsos?|fulani|peul[hs]?|dogons?|tuaregs?|bambaras?|"
    r"subprefect|sous-préfet|prefect|préfet|notables?|elders?|pupils?|worker|workers|employees?|"
    r"staff|contractors?|bandits?|criminals?|recruits?|volunteers?|vdps?|nationals?|bombers?|planters?|"
    r"guards?|combatants?|prisoners?|detainees?|spies|spy|informants?|pastoralists?|shepherds?|relatives?"
)
PERSON_RE = re.compile(rf"\b(?:{PERSON})\b", re.IGNORECASE)
# A lone victim after a kill verb: "killed a Donso militiaman", "killing the driver".
LONE_RE = re.compile(rf"\b(?:a|an|the|one|un|une|le|la|l’|l')\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON})\b",
                     re.IGNORECASE)
NONE_RE = re.compile(
    r"\b(?:no\s+(?:casualties|fatalities|deaths?|victims|one\s+(?:was|were)\s+(?:killed|hurt|injured))|"
    r"without\s+(?:casualties|fatalities)|nobody\s+was\s+killed|no\s+reported\s+casualties|"
    r"casualties\s+(?:were\s+)?(?:not|un)\s*(?:reported|known)|"
    r"aucune?\s+(?:victime|perte|mort)|pas\s+de\s+victimes?|sans\s+faire\s+de\s+victimes?)\b",
    re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:.!?]|\bwhile\b|\bwhereas\b|\btandis que\b|\bwhile\b")
# Counts that are not of people: dates, ages, money, percentages, units.
NOT_PEOPLE_AFTER = re.compile(
    r"\s*(?:%|per\s?cent|pour\s?cent|years?|ans|months?|mois|days?|jours?|hours?|heures?|km|"
    r"kilomet|miles?|metres?|meters?|\$|dollars?|euros?|francs?|cfa|st|nd|rd|th|h\b|am\b|pm\b|"
    r"o'clock|tons?|tonnes?)", re.IGNORECASE)
OF_THING = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b", re.IGNORECASE)
MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
          r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
          r"novembre|décembre|decembre|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
MONTH_AFTER = re.compile(rf"\s*(?:{MONTHS})\b", re.IGNORECASE)  # "22 April"
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)  # "April 22"
RANGE_RE = re.compile(r"(?i)\b(?:between\s+(?P<a>\w+)\s+and\s+(?P<b>\w+)|entre\s+(?P<c>\w+)\s+et\s+(?P<d>\w+)|"
                      r"(?P<e>\d+)\s*(?:-|–|to)\s*(?P<f>\d+))\s+(?=\w)")


@dataclass(frozen=True)
class DeathCount:
    start: int
    end: int
    text: str
    acled: int
    low: int
    high: int


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            return start, m.start()
    return start, len(text)


def _nearest_cue(text: str, start: int, end: int, lo: int, hi: int):
    best, best_dist = None, None
    for m in CUE_RE.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        words = len(text[min(end, m.end()):max(start, m.start())].split())
        # A conjunction or comma between count and cue weakens the link: "tués et quatre autres
        # blessés"; on a tie the cue before wins: "killed at least one person, and abducted".
        gap = text[min(end, m.end()):max(start, m.start())]
        words += 0.5 * bool(re.search(r"(?i)\b(?:and|et)\b|,", gap))
        if best is None or words < best_dist:
            best, best_dist = m, words
        _ = dist
    return best, best_dist


def _is_people_count(text: str, q: Quantity) -> bool:
    if NOT_PEOPLE_AFTER.match(text, q.end):
        return False
    if MONTH_AFTER.match(text, q.end) or MONTH_BEFORE.search(text[max(0, q.start - 12):q.start]):
        return False
    if 1900 <= q.acled <= 2100 and q.text.isdigit():
        return False  # a year
    of = OF_THING.match(text, q.end)
    return not (of and not PERSON_RE.fullmatch(of.group(1)))  # "one of the peak tolls"


def _with_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'between one and four' is one figure: ACLED's is the lower, the range keeps the upper."""
    out = list(quantities)
    for m in RANGE_RE.finditer(text):
        inside = [q for q in out if m.start() <= q.start and q.end <= m.end()]
        if len(inside) == 2:
            a, b = sorted(inside, key=lambda q: q.start)
            out = [q for q in out if q not in inside]
            out.append(Quantity(m.start(), b.end, text[m.start():b.end], a.acled, a.low, max(b.high, a.high)))
    return sorted(out, key=lambda q: q.start)


def death_counts(text: str) -> list[DeathCount]:
    """Death counts in one sentence, with character offsets into `text`."""
    counts: list[DeathCount] = []
    used: list[tuple[int, int]] = []
    pending: list[tuple[Quantity, re.Match]] = []  # far from their verb: "11 militants ... and 6 soldiers were killed"
    for q in _with_ranges(text, find_quantities(text)):
        if not _is_people_count(text, q):
            continue
        lo, hi = _clause_bounds(text, q.start)
        cue, words = _nearest_cue(text, q.start, q.end, lo, hi)
        if cue is None or not cue.group("kill") or words is None:
            continue
        follows_person = PERSON_RE.search(text[q.end:q.end + 45])
        if words > 8 or not (words <= 3 or follows_person):
            if follows_person and cue.start() > q.end:
                pending.append((q, cue))
            continue
        counts.append(DeathCount(q.start, q.end, q.text, q.acled, q.low, q.high))
        used.append((q.start, q.end))
    for q, cue in pending:  # coordinated with a counted figure of the same verb
        if any(q.end < c.start < cue.start() and re.search(r"(?i)\b(?:and|et)\b", text[q.end:c.start])
               and cue.start() - c.end < 40 for c in counts):
            counts.append(DeathCount(q.start, q.end, q.text, q.acled, q.low, q.high))
            used.append((q.start, q.end))
    # Lone victims right after a kill verb, where no count was written.
    for verb in re.finditer(rf"\b(?:{KILL})\b", text, re.IGNORECASE):
        lo, hi = _clause_bounds(text, verb.start())
        window_end = min(hi, verb.end() + 60)
        m = LONE_RE.match(text, verb.end() + (len(text[verb.end():]) - len(text[verb.end():].lstrip())))
        if not m or m.end() > window_end:
            continue
        if any(not (m.end() <= a or m.start() >= b) for a, b in used):
            continue
        if re.match(r"(?i)(?:the|le|la|l’|l')\s", m.group(0)) and re.search(
                r"(?i)\b(?:others|autres)\b", text[m.end():m.end() + 30]) is None and \
                re.search(r"\b(?:people|civilians|soldiers|villagers|men)\b", m.group(0), re.I):
            continue  # "killed the civilians": a group already counted elsewhere, not one person
        counts.append(DeathCount(m.start(), m.end(), m.group(0), 1, 1, 1))
        used.append((m.start(), m.end()))
    # Passive lone victim: "a soldier was killed", "the suicide bomber died", "un civil a été tué".
    for m in re.finditer(rf"\b(?:a|an|one|the|un|une|le|la)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON})\s+"
                         rf"(?:(?:was|has\s+been|had\s+been|a\s+été|est)\s+(?:also\s+)?(?:shot\s+dead|killed|"
                         rf"executed|murdered|tu[ée]e?|ex[ée]cut[ée]e?|assassin[ée]e?)|(?:also\s+)?(?:died|succumbed)|"
                         rf"est\s+mort|est\s+décédée?)", text, re.IGNORECASE):
        if any(not (m.end() <= a or m.start() >= b) for a, b in used):
            continue
        counts.append(DeathCount(m.start(), m.end(), m.group(0), 1, 1, 1))
        used.append((m.start(), m.end()))
    return sorted(counts, key=lambda c: c.start)


def reports_no_casualties(text: str) -> re.Match | None:
    return NONE_RE.search(text)
