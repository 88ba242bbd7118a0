"""Claims a document makes that are not one event: quotes, and figures with who states them.

``quotes(text)`` finds words between quote marks (“…”, "…", « … ») and who says them.
``statements(text, published)`` finds figures of four kinds (``KINDS``) with a short
subject made by rule, a normalised qualifier (``QUALIFIERS``), the source and ``as_of``:
the year the sentence puts the figure in ("in 2022" gives 31 Dec 2022, or the publication
date when it falls in that year), else the publication date, because "has been in Mali
for more than a year" is true on the day it was written. Offsets point into ``text``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from .dates import MONTHS, RELATIVE_RE, find_dates
from .extract import STATISTIC_RE, VIOLENCE_VERB_RE
from .numbers import WORDS_RE, find_quantities, words_to_int

KINDS = {
    "statistic": "a count, share or trend over many events: a running total, a year's deaths",
    "duration": "how long a force has been somewhere (unit years, months or weeks)",
    "troops": "the size of a force (unit troops)",
    "payment": "money paid or owed (unit a currency code: USD, EUR, GBP, XOF)",
}
# Hedges as written -> one English wording, so that articles can be compared.
QUALIFIERS = {
    "more than": "more than", "over": "more than", "upwards of": "more than", "in excess of": "more than",
    "plus de": "more than", "at least": "at least", "au moins": "at least", "about": "about",
    "around": "about", "approximately": "about", "roughly": "about", "some": "about", "an estimated": "about",
    "estimated": "about", "environ": "about", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "près de": "nearly", "presque": "nearly", "up to": "up to", "as many as": "up to", "jusqu'à": "up to",
    "jusqu’à": "up to", "less than": "less than", "fewer than": "less than", "under": "less than",
    "moins de": "less than",
}
MIN_QUOTE_WORDS = 4  # shorter quoted words are mostly scare quotes: “fake news”
_Q = r"(?i:(?P<q>" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+)"
_NUM = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?|(?i:{WORDS_RE.pattern}))"
_CAP = "A-ZÀ-Ý"
_NAME = rf"[{_CAP}][\w’'.&-]*(?:\s+(?:(?:of|for|on|de|du|des)\s+(?:the\s+|la\s+)?)?[{_CAP}][\w’'.&-]*)*"
NAME_RE = re.compile(_NAME)
SPEECH = (r"(?:said|says|told|tells|added|stated|states|wrote|writes|noted|insisted|explained|declared|warned|"
          r"argued|retorted|asserted|announced|claimed|claims|confirmed|replied|stressed|emphasi[sz]ed|"
          r"acknowledged|recalled|urged|reported|documented|estimated|disclosed|revealed|found|shows|showed|"
          r"implicated|a\s+déclaré|a\s+dit|a\s+affirmé|a\s+ajouté|a\s+indiqué|a\s+expliqué|a\s+souligné|"
          r"a\s+estimé|déclare|affirme|explique|indique|estime)")
_SPEECH_RE = re.compile(rf"\b{SPEECH}\b")
_DETERMINERS = {"the", "a", "an", "one", "two", "he", "she", "they", "we", "i", "il", "elle", "ils", "elles",
                "le", "la", "les", "un", "une", "des", "l’", "l'"}
_NOT_NAMES = {"It", "A", "An", "In", "But", "However", "This", "That", "He", "She", "They", "We", "I", "Il",
              "Elle", "Ils", "Le", "La", "Les", "On", "At", "As", "After", "Despite", "Following", "Last",
              "According", "Since", "While", "When", "Yet", "And", "Selon"}
_AUX = {"has", "have", "had", "also", "further", "was", "were", "is", "are", "been", "then", "later", "a", "ont"}
_ABBREVIATIONS = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "St", "Jr", "Sr", "No",
                  "M", "Mme", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}

QUOTE_RE = re.compile(r"“(?P<a>[^“”\n]+)(?:”|$)|«\s*(?P<b>[^«»\n]+?)\s*»|\"(?P<c>[^\"\n]+)\"", re.M)
# A quote left open runs to the end of its paragraph, as news style continues quotes.
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,]*(?:\w+ly\s+)?{SPEECH}\s+(?:(?:the\s+)?(?P<name>{_NAME})|(?P<phrase>(?:the|a|an|le|la|les|un|une|l['’])"
    r"\s*[^,.;“”\"«»]{1,50}?)(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|during|to|after|dans|lors|à|au|en|après|devant)\s))")
_ABBR_DOT = r"(?:\.(?=\S)|(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.)"  # "U.N.", "Dr." do not end a phrase
_AFTER_WHO_FIRST = re.compile(rf"^[\s,]*(?P<who>(?:[^.;:“”\"«»]|{_ABBR_DOT}){{1,80}}?)\s+(?:\w+ly\s+)?{SPEECH}\b")
_ACCORDING = re.compile(rf"(?i:according\s+to|selon|d['’]après)\s+(?:(?i:[a-z-]+)\s+){{0,4}}?(?P<who>{_NAME})")
_CLAUSE_BREAK = re.compile(r"[;:(“”\"«»–—]|\b(?:that|which|who|but|while|whereas|que|qui|mais)\b")

DURATION_RE = re.compile(
    rf"(?i:\b(?:for|after|been|depuis|après|pendant)\s+){_Q}?{_NUM}(?P<half>(?i:\s+and\s+a\s+half))?\s+"
    r"(?P<unit>(?i:years?|months?|weeks?|decades?|ans?|années?|mois|semaines?|décennies?|décennie))"
    r"(?P<half2>(?i:\s+and\s+a\s+half|\s+et\s+demie?))?\b")
# The place right after a verb of presence: "been in Mali", "left Mali", "présent au Mali".
PRESENCE_RE = re.compile(
    r"\b(?i:been(?:\s+(?:operating|present|active|deployed|stationed|based))?(?:\s+in)?|operat(?:e|es|ed|ing)\s+in|"
    r"(?:present|stationed|active|based)\s+in|deployed\s+(?:in|to)|left|exited|withdr[ae]wn?\s+from|quitté|"
    r"(?:présente?s?|déployée?s?|installée?s?|stationnée?s?)\s+(?:au|en|à)|(?:est|sont)\s+(?:au|en))"
    rf"\s+(?:the\s+)?(?P<place>{_NAME})")
_FORCES = (r"troops|soldiers|fighters|mercenaries|personnel|peacekeepers|instructors|paratroopers|servicemen|"
           r"contractors|advisers|advisors|soldats|militaires|combattants|mercenaires|casques\s+bleus|instructeurs")
TROOPS_RE = re.compile(
    rf"{_Q}?{_NUM}(?:-strong\s+(?P<force>(?:[\w.’'-]+\s+){{0,3}}?(?i:mission|force|contingent|army|battalion|unit))"
    rf"|\s+(?P<mod>(?:(?:[{_CAP}][\w.’'-]*|(?i:foreign|international|allied|additional|more|extra|regular|special|"
    rf"government|elite|combat))\s+){{0,3}})(?P<noun>(?i:{_FORCES}))\b(?:\s+(?P<prep>in|from|au|en|du)\s+(?:the\s+)?"
    rf"(?P<place>{_NAME}))?)")
MONEY_RE = re.compile(
    rf"{_Q}?(?:(?P<cur>US\$|\$|€|£)\s?(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>(?i:bn|billion|million|m|k|thousand))\b)?"
    r"|(?P<n2>\d[\d,.\u202f\u00a0 ]*?)\s*(?P<scale2>(?i:milliards?|millions?|billions?))?\s*(?:de\s+)?"
    r"(?P<cur2>(?i:dollars|euros|francs\s+CFA|FCFA|CFA\s+francs|USD|EUR|XOF))\b)")
PAYMENT_CUE = re.compile(r"(?i)\b(?:(?:a|per|each|every|par)\s+(?:month|year|week|mois|an|année|semaine)|monthly|"
                         r"annually|yearly|fees?|paid|pays?|paying|payments?|deal|contract|salar(?:y|ies)|costs?|"
                         r"payée?s?|paie|versée?s?|contrat|mensuel(?:le)?s?)\b")
_PER = re.compile(r"(?i)\b(?:(?:a|per|each|every|par)\s+(?P<p>month|year|week|mois|an|année|semaine)|(?P<m>monthly))\b")
# What marks a figure as spanning many events, beyond extract's STATISTIC_RE.
STAT_CUE = re.compile(r"(?i)\b(?:total|overall|cumulative|tally|number\s+of|doubled|tripled|halved|compared\s+"
                      r"(?:to|with)|per\s*cent|percent|pour\s*cent|over\s+(?:the\s+(?:past|last)\s+)?\w+\s+"
                      r"(?:years|months|weeks)|par\s+(?:mois|an)|chaque\s+(?:mois|année)|on\s+average|en\s+moyenne)\b|%")
REF_YEAR_RE = re.compile(r"\b(?i:in|during|for|of|between|and|en|et|entre|durant)\s+(?:the\s+year\s+)?"
                         r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)|(?P<last>\b(?i:last\s+year|l['’]an(?:née)?\s+derni[eè]re?))")
TREND_RE = re.compile(r"(?i)\b(?P<q>more\s+than\s+)?(?:(?P<t>doubled|tripled|quadrupled|halved)|a\s+(?P<f>doublé|triplé))\b")
_TREND_VALUE = {"doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5, "doublé": 2, "triplé": 3}
_GROWTH_RE = re.compile(r"(?i)(?P<what>\b[\w’'-]+\s+[\w’'-]+)\s+(?:has\s+|have\s+)?(?:more\s+than\s+)?"
                        r"(?:increased|rose|risen|grew|fell|dropped|declined|doubled|tripled|halved|surged)\b")
_COUNTED = re.compile(r"^\s*(?:%|per\s*cent|percent|pour\s*cent)|^\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>(?i:people|persons|"
                      r"civilians|deaths|fatalities|killings|casualties|victims|dead|executions|attacks|incidents|"
                      r"men|women|children|villagers|soldiers|militants|personnes|civils|morts|décès|victimes|"
                      r"attaques|exécutions))\b")
_PEOPLE = re.compile(r"(?i)\b(?:people|persons|civilians|deaths|fatalities|killings|casualties|victims|dead|men|women|"
                     r"children|villagers|soldiers|militants|personnes|civils|morts|décès|victimes|displaced)\b")
DEATH_RE = re.compile(r"(?i)\b(?:kill\w*|deaths?|dead|died|fatalities|casualties|morts?|tué\w*|décès)\b")
_NUMBER_OF = re.compile(r"(?i)\bnumber\s+of\s+(?P<what>[\w’' -]+?)\s+(?:to|at|has|have|was|is|rose|increased|reached|stood)\b")
_CASUALTY = re.compile(r"(?i)\b(?:lost|died|dead|killing|deaths?\s+of)\b")


@dataclass
class Quote:
    speaker: str  # as written: "Lavrov", "Human Rights Watch", "a UN spokesperson"; "" when unknown
    text: str  # the quoted words, without quote marks
    start: int  # span of the whole sentence (or sentences) holding the quote
    end: int


@dataclass
class Statement:
    kind: str  # one of KINDS
    subject: str  # "deaths in Mali 2022", "Wagner presence in Mali", "Wagner fighters"
    value: float | int | None
    unit: str  # "people", "percent", "times", "years", "months", "troops", "USD" ...
    as_of: dt.date | None
    qualifier: str  # "" or a value of QUALIFIERS
    source: str  # who states it, "" when the sentence does not say
    text: str  # the sentence
    start: int
    end: int


class _Figure(NamedTuple):
    kind: str
    subject: str
    value: float | int | None
    unit: str
    qualifier: str
    start: int  # within the sentence
    end: int


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; never across a line break, nor after "Dr." or "U.N."."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start, body = para.start(), para.group()
        for m in re.finditer(r"[.!?…][\"”’»)]*(?=\s+[\"“«‘(]?[A-ZÀ-Ý0-9])", body):
            word = re.search(r"[\w.]*$", body[:m.start()]).group()
            if m.group()[0] == "." and (word in _ABBREVIATIONS or "." in word):
                continue
            spans.append((start, para.start() + m.end()))
            start = para.start() + m.end()
        spans.append((start, para.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]


def quotes(text: str) -> list[Quote]:
    spans = sentences(text)
    out, last_named = [], ""
    for m in QUOTE_RE.finditer(text):
        said = (m.group("a") or m.group("b") or m.group("c")).strip().rstrip(",").strip()
        if len(said.split()) < MIN_QUOTE_WORDS:
            continue
        start = next((s for s, e in spans if s <= m.start() < e), m.start())
        end = next((e for s, e in spans if s < m.end() <= e), m.end())
        prefix = QUOTE_RE.sub(lambda q: " " * len(q.group()), text[start:m.start()])
        speaker = _speaker_after(text[m.end():end]) or _speaker_before(prefix)
        if speaker.lower() in ("he", "she", "il", "elle"):
            speaker = last_named  # news style: "he said" is the person last quoted by name
        elif speaker.lower() in _DETERMINERS:
            speaker = ""
        elif speaker:
            last_named = speaker
        out.append(Quote(speaker, said, start, end))
    return out


def statements(text: str, published: dt.date | None) -> list[Statement]:
    said = quotes(text)
    out = []
    for start, end in sentences(text):
        sent = text[start:end]
        figures = _durations(sent) + _troops(sent) + _payments(sent)
        figures += _statistics(sent, published, [(f.start, f.end) for f in figures])
        for f in sorted(figures, key=lambda f: f.start):
            quote = next((q for q in said if q.start <= start + f.start < q.end), None)
            source = quote.speaker if quote and quote.speaker else _source(sent)
            out.append(Statement(f.kind, f.subject, f.value, f.unit, _as_of(sent, f.start, published),
                                 f.qualifier, source, sent, start, end))
    return out


def _durations(sent: str) -> list[_Figure]:
    presence = PRESENCE_RE.search(sent)
    if not presence:
        return []  # "sentenced for 5 years" is a duration, but not of a presence
    actor = _last_name(sent[:presence.start()])
    subject = f"{actor} presence in {_tidy(presence.group('place'))}".strip()
    out = []
    for m in DURATION_RE.finditer(sent):
        value = _number(m.group("n"))
        if value is None:
            continue
        if m.group("half") or m.group("half2"):
            value += 0.5
        unit = m.group("unit").lower()
        if unit.startswith(("decade", "décenn")):
            value, unit = value * 10, "years"
        else:
            unit = next(u for k, u in (("y", "years"), ("an", "years"), ("mo", "months"), ("w", "weeks"),
                                       ("se", "weeks")) if unit.startswith(k))
        out.append(_Figure("duration", subject, value, unit, _qualifier(m), m.start("n"), m.end()))
    return out


def _troops(sent: str) -> list[_Figure]:
    out = []
    for m in TROOPS_RE.finditer(sent):
        value = _number(m.group("n"))
        before = sent[max(0, m.start() - 40):m.start()]
        after = sent[m.end():m.end() + 40]
        if (value is None or value < 2 or re.search(r"(?i)\b(?:several|few|hundreds|thousands|plusieurs|quelques)"
                                                     r"\s+$", before)
                or VIOLENCE_VERB_RE.search(before) or _CASUALTY.search(before)
                or re.match(r"\s+(?:were|have\s+been|had\s+been|was)\b", after) and VIOLENCE_VERB_RE.search(after)):
            continue  # "killed 15 mercenaries" is an event, "several hundred" no figure
        if m.group("force"):
            subject = _tidy(m.group("force"))
        else:
            subject = f"{m.group('mod')}{m.group('noun')}"
            if m.group("place"):
                subject += f" {m.group('prep')} {_tidy(m.group('place'))}"
        out.append(_Figure("troops", subject, value, "troops", _qualifier(m), m.start("n"), m.end()))
    return out


def _payments(sent: str) -> list[_Figure]:
    if not PAYMENT_CUE.search(sent):
        return []  # a sum alone may be aid, a budget or a loss
    per = _PER.search(sent)
    period = "month" if per and (per.group("m") or per.group("p") in ("month", "mois")) else \
        "year" if per and per.group("p") in ("year", "an", "année") else "week" if per else ""
    subject = f"{_first_name(sent)} payment" + (f" per {period}" if period else "")
    out: list[_Figure] = []
    for m in MONEY_RE.finditer(sent):
        if out and sent[out[-1].end:m.start()].strip() == "(":
            out.append(out[-1]._replace(start=m.start(), end=m.end(), kind=""))  # a conversion: "$10m (£8.3m)"
            continue
        number, scale = (m.group("n"), m.group("scale")) if m.group("cur") else (m.group("n2"), m.group("scale2"))
        cur = (m.group("cur") or m.group("cur2")).lower()
        code = {"$": "USD", "us$": "USD", "dollars": "USD", "€": "EUR", "euros": "EUR", "£": "GBP"}.get(cur, cur.upper())
        code = "XOF" if "cfa" in cur or cur == "fcfa" else code
        number = re.sub(r"[\s\u202f\u00a0]", "", number)
        if scale and re.fullmatch(r"\d+,\d{1,2}", number):
            number = number.replace(",", ".")  # French decimal comma: "10,8 millions"
        value = float(number.replace(",", "")) * {"b": 1e9, "m": 1e6, "k": 1e3, "t": 1e3}.get(
            (scale or " ")[0].lower(), 1)
        value = int(round(value)) if value >= 1000 or value.is_integer() else value
        out.append(_Figure("payment", subject, value, code, _qualifier(m), m.start(), m.end()))
    return out


def _statistics(sent: str, published: dt.date | None, taken: list[tuple[int, int]]) -> list[_Figure]:
    if not (STATISTIC_RE.search(sent) or STAT_CUE.search(sent) or any(y for _, y in _ref_years(sent, published))):
        return []
    if RELATIVE_RE.search(sent) or any(d.precision == 1 for d in find_dates(sent, published)):
        return []  # a day-dated sentence tells one event
    place = _place(sent)
    deaths = bool(DEATH_RE.search(sent))
    out = []
    for t in TREND_RE.finditer(sent):
        what = _NUMBER_OF.search(sent) or _GROWTH_RE.search(sent)
        subject = " ".join(what.group("what").split()[:2]) if what else "deaths" if deaths else ""
        value = _TREND_VALUE[(t.group("t") or t.group("f")).lower()]
        out.append(_Figure("statistic", _with_place(subject, place), value, "times",
                           "more than" if t.group("q") else "", t.start(), t.end()))
    for q in find_quantities(sent):
        value = _number(q.text)
        counted = _COUNTED.match(sent[q.end:])
        if (value is None or any(q.start < b and q.end > a for a, b in taken) or re.fullmatch(r"(?:19|20)\d\d", q.text)
                or re.match(r"\s+(?i:years?|months?|weeks?|days?|hours?|ans|mois|jours|semaines)\b", sent[q.end:])):
            continue  # a year, or a period: "over eight months"
        if counted and not counted.group("noun"):
            growth = _GROWTH_RE.search(sent[:q.start])
            bracket = re.search(r"((?:[\w’'-]+\s+){1,3})\($", sent[:q.start])
            subject = growth.group("what") if growth else bracket.group(1).strip() if bracket else "share"
            out.append(_Figure("statistic", _with_place(subject, place), value, "percent", _qualifier_before(sent, q.start),
                               q.start, counted.end() + q.end))
            continue
        number_of = _NUMBER_OF.search(sent[:q.start])
        noun = counted.group("noun") if counted else number_of.group("what") if number_of else None
        if not noun:
            continue  # a bare number with nothing counted
        measure = "deaths" if deaths else "displaced people" if "displaced" in noun else noun.lower()
        unit = "people" if _PEOPLE.search(noun) else noun.lower()
        out.append(_Figure("statistic", _with_place(measure, place), value, unit, _qualifier_before(sent, q.start),
                           q.start, q.end))
    return out


def _with_place(subject: str, place: str) -> str:
    return f"{subject} in {place}" if place and subject else subject


def _place(sent: str) -> str:
    m = re.search(rf"\b(?:in|au|en)\s+(?:the\s+)?(?P<p>{_NAME})", sent)
    return _tidy(m.group("p")) if m and m.group("p").split()[0].rstrip(".,").lower() not in MONTHS else ""


def _ref_years(sent: str, published: dt.date | None) -> list[tuple[int, int | None]]:
    """(position, year) of each year a figure is placed in; "in March 2022" is a date, not one."""
    out = []
    for m in REF_YEAR_RE.finditer(sent):
        if m.group("last"):
            out.append((m.start(), published.year - 1 if published else None))
        elif sent[:m.start()].split()[-1:] == [] or sent[:m.start()].split()[-1].lower() not in MONTHS:
            out.append((m.start(), int(m.group("y"))))
    return out


def _as_of(sent: str, pos: int, published: dt.date | None) -> dt.date | None:
    years = _ref_years(sent, published)
    before = [y for p, y in years if p <= pos]
    year = before[-1] if before else next((y for _, y in years), None)
    if year is None:
        return published
    return published if published and published.year == year else dt.date(year, 12, 31)


def _speaker_after(after: str) -> str:
    """Who, in what follows a quote: ", said Lavrov", ", he said", "», a déclaré le ministre"."""
    m = _AFTER_VERB_FIRST.match(after)
    if m:
        return _tidy(m.group("name") or m.group("phrase"))
    m = _AFTER_WHO_FIRST.match(after)
    return _who(m.group("who")) if m else ""


def _speaker_before(prefix: str) -> str:
    """Who, in what leads to a quote: "X said:", "X told Reuters", "according to X,"."""
    for m in _SPEECH_RE.finditer(prefix):
        breaks = list(_CLAUSE_BREAK.finditer(prefix, 0, m.start()))
        who = _who(prefix[breaks[-1].end() if breaks else 0:m.start()])
        if who:
            return who
    m = _ACCORDING.search(prefix)
    return _tidy(m.group("who")) if m else ""


def _source(sent: str) -> str:
    m = _ACCORDING.search(sent)
    return _tidy(m.group("who")) if m else _speaker_before(sent)


def _who(phrase: str) -> str:
    """The speaker in the words before a verb of speech, or "" when they are not a subject."""
    words = phrase.split()
    while words and words[-1].lower() in _AUX:
        words.pop()
    parts = [p.strip() for p in " ".join(words).split(",") if p.strip()]
    named = [p for p in parts if p[0].isupper()]  # "Mali's president, Colonel Goïta": the name
    phrase = named[-1] if named else parts[-1] if parts else ""
    words = phrase.split()
    if not words or len(words) > 8 or words[-1].lower() in ("and", "et") or not (
            words[0][0].isupper() or words[0].lower() in _DETERMINERS):
        return ""
    return _tidy(phrase)


def _tidy(name: str) -> str:
    """"The Wagner Group" -> "Wagner Group", "Human Rights Watch’s report" -> "Human Rights Watch"."""
    name = re.sub(r"[’']s(?:\s+[a-z][\w-]*)+$|[’']s$", "", name.strip(" ,;:"))
    name = re.sub(rf"^(?:the|The|Les?|La)\s+(?=[{_CAP}])", "", name)
    return name[:-1] if name.endswith(".") and "." not in name[:-1] else name


def _last_name(text: str) -> str:
    text = re.sub(r",\s+(?:a|an|the|un|une|le|la)\s+[^,]*,", " ", text)  # ", a Russian company,"
    names = [_tidy(m.group()) for m in NAME_RE.finditer(text)]
    names = [n for n in names if n and n.split()[0] not in _NOT_NAMES]
    return names[-1] if names else ""


def _first_name(text: str) -> str:
    return next((n for m in NAME_RE.finditer(text) if (n := _tidy(m.group())) and n.split()[0] not in _NOT_NAMES), "")


def _number(text: str) -> float | int | None:
    digits = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        value = float(digits)
        return int(value) if value.is_integer() else value
    return words_to_int(text)


def _qualifier(m: re.Match) -> str:
    return QUALIFIERS[m.group("q").lower()] if m.group("q") else ""


def _qualifier_before(sent: str, pos: int) -> str:
    before = sent[max(0, pos - 20):pos].lower()
    return next((QUALIFIERS[k] for k in sorted(QUALIFIERS, key=len, reverse=True)
                 if re.search(rf"\b{re.escape(k)}\s+$", before)), "")
