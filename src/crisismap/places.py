"""Places: toponyms in a report -> gazetteer entries, with ACLED's geo_precision.

Reports name places as "X (Y, Z)" (village, cercle, region), "near the village of X",
"in X", "à X", "près de X", or only as a region ("central Mali"). Candidates come from
those patterns and from spaCy's entities; the gazetteer decides which are places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .gazetteer.names import ascii_name, split_level

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -](?:(?:de|du|des|el|al|ag|n|d'|la|le|en)[ -])?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}"
GROUP_RE = re.compile(r"\((?P<h1>[A-ZÀ-ÖØ-Þ][^(),;\[\]]{1,40}?)(?:,\s*(?P<h2>[A-ZÀ-ÖØ-Þ][^(),;\[\]]{1,40}?))?\)")
# The name a group describes: right before it, or before an editor's "[...]" insertion.
HINT_NAME_RE = re.compile(rf"(?P<name>{_NAME})(?:\s*\[{_NAME}\])?\s*$")
ALT_RE = re.compile(rf"\[(?P<alt>{_NAME})\]")
PREP_RE = re.compile(
    rf"(?i:\b(?P<prep>in|near|at|outside|around|from|of|to|towards|between|and|on\s+the\s+outskirts\s+of|close\s+to|"
    rf"(?:\d+\s*)?(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from)|à|près\s+de|pres\s+de|non\s+loin\s+de|"
    rf"dans|vers|entre|et|aux\s+environs\s+de|de)\s+(?:the\s+)?"
    rf"(?:(?:town|village|city|commune|locality|area|hamlet|areas|villages|towns|district|circle|cercle|"
    rf"localité|ville|hameau|secteur|zone)s?\s+(?:of\s+|de\s+|d['’])?|"
    rf"(?:le|la|les|l['’])\s*(?:village|ville|localité|commune|cercle|secteur|zone)\s+(?:de\s+|d['’])?)?)"
    rf"(?P<name>{_NAME})")
NEAR_RE = re.compile(r"(?i)(?:near|outside|around|close\s+to|outskirts\s+of|km\s+(?:\w+\s+)?(?:of|from)|"
                     r"kilomet\w+\s+(?:\w+\s+)?(?:of|from)|miles\s+(?:\w+\s+)?(?:of|from)|près\s+de|"
                     r"non\s+loin\s+de|aux\s+environs\s+de|between|entre|axis|axe|road\s+between|"
                     r"in\s+the\s+area\s+of|in\s+the\s+areas\s+of|forest|forêt)\b[^.;]{0,25}$")
REGION_RE = re.compile(
    r"(?i)\b(?P<part>central|northern|southern|eastern|western|north|south|east|west|centre|center|nord|sud|est|ouest)"
    r"(?:ern)?[\s-]+(?:of\s+|du\s+|de\s+la\s+|de\s+l['’])?(?P<country>[A-Z][\w'’ -]+?)\b(?=[\s,.;)]|$)|"
    r"\b(?P<region>[A-Z][\w'’-]+)\s+(?:region|Region)\b|\b(?:région|region)\s+(?:de|of)\s+(?P<region2>[A-Z][\w'’-]+)")
# "the Boni area": near a place, not a region of that name.
DISTANCE_RE = re.compile(r"(?i)\d+\s*(?:km|kilomet(?:er|re)s?|miles)\s*$")
AREA_RE = re.compile(rf"(?P<name>{_NAME})\s+(?i:area|zone|secteur)\b")
# "X, Cercle of Y", "X area of Y", "X in the commune of Y", "X, Mopti Region": Y is an admin area around X.
_LEVEL = r"(?i:cercle|circle|commune|region|région|province|district|department|département|prefecture|préfecture)"
WITHIN_RE = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?i:area|zone|secteur))?(?:,\s*(?i:in\s+)?|\s+(?i:in|of|dans)\s+)(?i:the\s+|la\s+|le\s+)?"
    rf"(?:{_LEVEL}\s+(?i:of\s+|de\s+la\s+|du\s+|de\s+|d['’]\s*)?(?P<a>{_NAME})|(?P<b>{_NAME})\s+{_LEVEL}\b)")
WITHIN_AREA_RE = re.compile(rf"(?P<name>{_NAME})\s+(?i:area)\s+(?i:of|in)\s+(?P<a>{_NAME})")
BETWEEN_RE = re.compile(rf"(?:between|entre)\s+(?:the\s+(?:village|town|localities|villages)\s+of\s+)?(?P<first>{_NAME})"
                        rf"(?:\s*\[(?P<alt>{_NAME})\])?(?:\s*\([^()]{{1,60}}\)(?:\s+(?:in|au|en)\s+[A-Z][\w'’-]+)?)?"
                        rf"\s+(?:and|et)\s+(?:In\s+)?$")
# "in Mandoli and Bani-Do (A, B)": as with "between", the coder takes the first place named.
AND_FIRST_RE = re.compile(rf"\b(?:in|of|near|at|around|dans|à|de|des)\s+(?:the\s+)?(?:(?:neighbou?ring\s+)?"
                          rf"(?:villages?|towns?|areas?|localities)\s+of\s+)?(?P<first>{_NAME})\s+(?:and|et)\s+$")
# "X, Y Commune (A, B)", "X in the commune of Y (A, B)": X is the place, the commune an area around it.
BEFORE_AREA_RE = re.compile(rf"(?P<name>{_NAME})(?:\s*\[(?P<alt>{_NAME})\])?"
                            rf"(?:,\s*|\s+(?i:in|dans)\s+)(?i:the\s+|la\s+|le\s+)?$")
# "near the border with Burkina Faso", "à la frontière avec le Niger": a neighbour, not where it happened.
BORDER_BEFORE_RE = re.compile(r"(?i)\b(?:border|borders|frontière|frontières)\s+(?:with|of|avec|du|de\s+la|de\s+l['’]|"
                              r"d['’]|between|entre)\s*(?:the\s+|le\s+|la\s+|l['’])?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:and|et)\s+)?$")
BORDER_AFTER_RE = re.compile(r"(?i)^(?:[’']s)?\s*(?:border|frontier)\b")
# "the Dogon village of X", "Bambara farmers": a people's name used as an adjective.
ATTRIBUTIVE_RE = re.compile(
    r"(?i)\s+(?:(?:village|hamlet|camp|settlement|encampment|neighbourhood|quarter)s?\s+(?:of\s+)?(?-i:[A-ZÀ-Ý])|"
    r"(?:m[ae]n|wom[ae]n|militiam[ae]n|militias?|fighters|hunters|farmers|herders|herdsmen|shepherds|pastoralists|"
    r"civilians|villagers|youths?|traders|elders|notables|communit(?:y|ies)|tribe|clan|ethnic|self-defen[cs]e|"
    r"dozos?|donsos?)\b)")
CODED_AS_RE = re.compile(r"(?i)\bcoded\s+(?:at\s+(?:an?\s+|the\s+)?approximate\s+location\s+)?(?:as|to|at)\s+"
                         r"(?:the\s+)?(?:nearby\s+|nearest\s+)?(?:(?:village|town|locality)\s+of\s+)?$")
IN_PREFIX_RE = re.compile(r"(?:[a-zà-ÿ,]\s+|[\[(])In $")
AXIS_RE = re.compile(r"(?i:\b(?:axe|axis|road|route|highway|tronçon))\s+(?P<a>[A-ZÀ-Ý][\w'’]+)\s*[-–]\s*(?P<b>[A-ZÀ-Ý][\w'’]+)")
# Words that are capitalised but are not places (sentence starts, titles, organisations).
STOP = {
    "the", "on", "in", "a", "an", "at", "according", "however", "but", "this", "that", "these", "survivors",
    "malian", "french", "russian", "un", "u.n", "human", "rights", "watch", "army", "president", "minister",
    "foreign", "colonel", "mr", "ms", "dr", "le", "la", "les", "des", "wagner", "africa", "corps", "group",
    "islamic", "state", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "kremlin", "telegram", "ecowas", "minusma", "jnim",
    "famine", "day", "mission", "operation", "forces", "god", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "parti", "mouvement", "the west", "west", "europe", "un security council",
}
PART_TO_ADMIN1 = {  # the admin1 ACLED uses for "central/northern ..." of the Sahel countries
    ("Mali", "central"): "Mopti", ("Mali", "centre"): "Mopti", ("Mali", "center"): "Mopti",
    ("Mali", "northern"): "Gao", ("Mali", "nord"): "Gao", ("Mali", "north"): "Gao",
    ("Burkina Faso", "northern"): "Sahel", ("Burkina Faso", "nord"): "Sahel",
    ("Burkina Faso", "eastern"): "Est", ("Burkina Faso", "est"): "Est",
}


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    hints: tuple[str, ...] = ()
    near: bool = False
    source: str = "pattern"  # "hint" | "pattern" | "ner" | "region"
    part: str = ""  # "central" in "central Mali"
    second: bool = False  # Y in "between X and Y": the coder takes the first place named


def find_toponyms(text: str, entities: list[tuple[int, int, str]] = ()) -> list[Toponym]:
    """Place-name candidates in `text`; `entities` are (start, end, label) from NER."""
    found: dict[tuple[int, int], Toponym] = {}

    def near_at(pos: int) -> bool:
        return bool(NEAR_RE.search(text[max(0, pos - 60):pos]))

    def add(t: Toponym) -> None:
        if t.name.lower().strip(" -") in STOP or len(t.name) < 2:
            return
        if t.source in ("pattern", "ner") and ATTRIBUTIVE_RE.match(text, t.end):
            return
        for (s, e), other in list(found.items()):
            if not (t.end <= s or t.start >= e):
                if other.source in ("hint", "hint-first") or (other.source != "ner" and t.source == "ner"):
                    return
                del found[(s, e)]
        found[(t.start, t.end)] = t

    for m in PREP_RE.finditer(text):
        s0, name = _trimmed(m, "name")
        add(Toponym(s0, s0 + len(name), name, (), near_at(m.start("name")), "pattern"))
    for s, e, label in entities:
        if label in ("GPE", "LOC", "FAC"):
            name = _trim(text[s:e])
            if name and name[0].isupper():
                add(Toponym(s, s + len(name), name, (), near_at(s), "ner"))
    for m in AXIS_RE.finditer(text):  # "l'axe Douentza-Boni": near the first town named
        add(Toponym(m.start("a"), m.end("a"), m.group("a"), (), True, "pattern"))
    for m in AREA_RE.finditer(text):
        name = _trim(m.group("name"))
        add(Toponym(m.end("name") - len(name), m.end("name"), name, (), True, "pattern"))
    for m in [*WITHIN_RE.finditer(text), *WITHIN_AREA_RE.finditer(text)]:
        name, area = _trim(m.group("name")), m.group("a") or m.groupdict().get("b")
        if not name or split_level(name)[1]:
            continue  # "Mondoro Commune, ...": itself an admin area
        a0 = m.start("a") if m.group("a") else m.start("b")
        start = m.end("name") - len(name)
        near = near_at(start) or bool(re.match(r"\s+(?i:area|zone|secteur)", text[start + len(name):]))
        add(Toponym(start, start + len(name), name, (area,), near, "pattern"))
        for key_, t in list(found.items()):  # the admin area is the place only if X is unknown
            if a0 <= t.start < a0 + len(area) and t.source in ("pattern", "ner"):
                del found[key_]
        found[(a0, a0 + len(area))] = Toponym(a0, a0 + len(area), area, (), True, "admin-hint")
    for m in ALT_RE.finditer(text):  # "Manougou [Madougou]": the editor's spelling is a candidate too
        a0, alt = _trimmed(m, "alt")
        add(Toponym(a0, a0 + len(alt), alt, (), near_at(m.start()), "pattern"))
    groups = []  # "(Douentza, Mopti)": the admin areas around the place named before it
    for m in GROUP_RE.finditer(text):
        hints = tuple(h.strip() for h in (m.group("h1"), m.group("h2")) if h)
        if not all(re.search(r"[a-zà-ÿ]", h) for h in hints):
            continue  # "(JNIM)", "(AFP)": an acronym, not an admin area
        groups.append((m.start(), m.end(), hints))
        for key_, t in list(found.items()):  # names inside the brackets are not the place
            if m.start() <= t.start < m.end():
                del found[key_]
        if len(hints) == 2:  # the place is not known: the first admin area, within the second
            found[(m.start("h1"), m.end("h1"))] = Toponym(m.start("h1"), m.end("h1"), hints[0], hints[1:], True,
                                                         "admin-hint")
        named = HINT_NAME_RE.search(text, max(0, m.start() - 120), m.start())
        if named:
            name = _trim(re.sub(r"^(?:The|the|Le|La|Les)\s+", "", named.group("name")))
            start = named.end("name") - len(name)
            alt = ALT_RE.search(named.group())
            before = BEFORE_AREA_RE.search(text, max(0, start - 120), start) if split_level(name)[1] else None
            if before:  # "Kobou, Mondoro Commune (A, B)": the village, within the commune and the group's areas
                area = split_level(name)[0]
                for key_, t in list(found.items()):
                    if before.start() <= t.start < start + len(name) and t.source != "hint":
                        del found[key_]
                found[(start, start + len(name))] = Toponym(start, start + len(name), area, hints, True, "admin-hint")
                if before.group("alt"):
                    alt0, alt_ = _trimmed(before, "alt")
                    add(Toponym(alt0, alt0 + len(alt_), alt_, (area, *hints), near_at(alt0), "hint"))
                x0, x = _trimmed(before, "name")
                add(Toponym(x0, x0 + len(x), x, (area, *hints), near_at(x0),
                            "pattern" if before.group("alt") else "hint"))
                start, name = x0, x
            elif alt:  # "Manougou [Madougou] (A, B)": the editor's name first, the reported one next
                a0, name_ = _trimmed(alt, "alt")
                a0 += named.start()
                found.pop((a0, a0 + len(name_)), None)
                add(Toponym(a0, a0 + len(name_), name_, hints, near_at(start), "hint"))
                add(Toponym(start, start + len(name), name, hints, near_at(start), "pattern"))
            else:
                add(Toponym(start, start + len(name), name, hints, near_at(start), "hint"))
            # "between X and Y (A, B)": the hints cover X too, and ACLED codes the first place named.
            lead0 = max(0, start - 80)
            pair = BETWEEN_RE.search(text[lead0:start]) or AND_FIRST_RE.search(text[lead0:start])
            if pair:
                which = "alt" if pair.groupdict().get("alt") else "first"
                s0, first = _trimmed(pair, which)
                s0 += lead0
                own = found.get((s0, s0 + len(first)))
                if own is not None and own.source == "hint":  # "between X (A, B) and Y (C, D)": X in its own areas
                    found[(s0, s0 + len(first))] = replace(own, near=True, source="hint-first")
                else:
                    add(Toponym(s0, s0 + len(first), first, hints, True, "hint-first"))
    # Names before a group, after the previous one, lie in its admin areas too ("the village of X
    # in the commune of Y (A, B)"); the gazetteer drops those it knows elsewhere.
    prev = 0
    for gs, ge, hints in groups:
        for key_, t in list(found.items()):
            if prev <= t.start and t.end <= gs and t.source in ("pattern", "ner"):
                more = tuple(h for h in hints if h not in t.hints)
                found[key_] = Toponym(t.start, t.end, t.name, t.hints + more, t.near, t.source, t.part)
        prev = ge
    for key_, t in list(found.items()):  # "between Gossi and Hombori": Hombori only if Gossi is unknown
        if t.source in ("pattern", "ner") and BETWEEN_RE.search(text, max(0, t.start - 80), t.start):
            found[key_] = Toponym(t.start, t.end, t.name, t.hints, True, t.source, t.part, second=True)
    for m in REGION_RE.finditer(text):
        if m.group("country"):
            if DISTANCE_RE.search(text, max(0, m.start() - 25), m.start()):
                continue  # "30 km north of Douentza": near the town (PREP_RE has it), not a part of a country
            add(Toponym(m.start("country"), m.end("country"), m.group("country").strip(), (), False, "region",
                        m.group("part").lower()))
        else:
            name = m.group("region") or m.group("region2")
            start = m.start("region") if m.group("region") else m.start("region2")
            add(Toponym(start, start + len(name), name, (), False, "region"))
    out = []
    for t in found.values():
        if t.source != "region":
            # A coder's "coded as X", "coded to nearby X": the place they chose.
            source = "coded" if CODED_AS_RE.search(text, max(0, t.start - 50), t.start) else t.source
            # Tamasheq names "In Chinnana", "In Delimane": a capital "In" mid-sentence is part of the name.
            inside = IN_PREFIX_RE.search(text, max(0, t.start - 30), t.start)
            t = Toponym(t.start - 3 if inside else t.start, t.end, "In " + t.name if inside else t.name, t.hints,
                        t.near, source, t.part, t.second)
        out.append(t)
    return sorted(out, key=lambda t: t.start)


def _trimmed(m: re.Match, group: str) -> tuple[int, str]:
    """A matched name, trimmed, with where it starts: "[In Aoutel]" is "Aoutel" at the A."""
    raw = m.group(group)
    name = _trim(raw)
    return m.start(group) + max(raw.find(name), 0), name


def _trim(name: str) -> str:
    """Drop trailing possessives and function words caught by the capitalised run."""
    name = re.sub(r"['’]s$", "", name.strip())
    words = name.split()
    while words and words[-1].lower() in STOP:
        words.pop()
    while words and words[0].lower() in STOP:
        words.pop(0)
    return " ".join(words)


def location_name(place, written: str | None) -> str:
    """The location as a coder writes it. Villages and sites have many transliterations
    ('Tin-Tadayni', 'Ti-n-Tadeini'): the report's spelling, as ASCII; towns and admin areas
    keep their standard name ('Tombouctou' is 'Timbuktu')."""
    if getattr(place, "feature", "") == "country":
        return place.country
    if written and place.feature in ("village", "site"):
        name = ascii_name(split_level(written)[0])
        if name[:1].isupper():
            return name
    return place.name


def beside_border(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a neighbour across a border ("near the border with
    Burkina Faso", "toward the Niger border"), not the country where something happened."""
    return bool(BORDER_BEFORE_RE.search(text[max(0, start - 40):start]) or BORDER_AFTER_RE.match(text[end:end + 16]))
