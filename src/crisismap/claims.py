"""Claims a document makes that are not one event: quotes, and figures with who states them.

``quotes(text)``: words between quote marks (“…”, "…", « … ») and who says them.
``statements(text, published)``: figures of the kinds in ``KINDS``, each with a subject made
by rule, a qualifier in one wording (``QUALIFIERS``), its source and ``as_of``, the date the
figure holds at. A duration holds at the publication date ("has been in Mali for more than a
year" is true the day it is written); other figures hold at a year written next to them
("in 2022": 31 Dec 2022, or the publication date within 2022), else at the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .attribution import reported_by
from .dates import MONTHS, RELATIVE_RE, find_dates
from .event_words import STATISTIC_RE
from .extract import VIOLENCE_VERB_RE
from .numbers import WORDS_RE, find_quantities, words_to_int

KINDS = {
    "statistic": "a count, share or trend over many events (unit people, percent, times, or what is counted)",
    "duration": "how long a force has been somewhere (unit years, months or weeks)",
    "troops": "the size of a force (unit troops)",
    "payment": "money paid or owed (unit a currency code: USD, EUR, GBP, XOF)",
}
# Hedges as written -> one English wording, so that articles can be compared.
QUALIFIERS = {
    **dict.fromkeys(["more than", "over", "upwards of", "in excess of", "plus de"], "more than"),
    **dict.fromkeys(["at least", "au moins"], "at least"),
    **dict.fromkeys(["about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
                     "environ", "quelque"], "about"),
    **dict.fromkeys(["nearly", "almost", "close to", "près de", "presque"], "nearly"),
    **dict.fromkeys(["up to", "as many as", "jusqu'à", "jusqu’à"], "up to"),
    **dict.fromkeys(["less than", "fewer than", "under", "moins de"], "less than"),
}
MIN_QUOTE_WORDS = 4  # shorter quoted words are mostly scare quotes: “fake news”
YEAR_BEFORE, YEAR_AFTER = 80, 40  # how far (characters) a year may stand from the figure it dates

_HEDGES = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
_Q = rf"(?i:(?P<q>{_HEDGES})\s+)?"
_NUM = rf"(?P<n>\d{{1,3}}(?:[,\u202f\u00a0 ]\d{{3}})+(?!\d)|\d+(?:\.\d+)?|(?i:{WORDS_RE.pattern}))"
_CAP = "A-ZÀ-Ý"
_NAME = rf"[{_CAP}][\w’'.&-]*(?:\s+(?:(?:of|for|on|de|du|des)\s+(?:the\s+|la\s+)?)?[{_CAP}][\w’'.&-]*)*"
NAME_RE = re.compile(_NAME)
SPEECH = (r"(?:said|says|told|tells|added|stated|states|wrote|writes|noted|insisted|explained|declared|warned|"
          r"argued|retorted|asserted|announced|claimed|claims|confirmed|replied|stressed|emphasi[sz]ed|saying|"
          r"acknowledged|recalled|urged|reported|documented|estimated|disclosed|revealed|found|shows|showed|"
          r"implicated|accused|accuses|hailed|described|hinted|reiterated|pointed\s+out|a\s+déclaré|a\s+dit|"
          r"a\s+affirmé|a\s+ajouté|a\s+indiqué|a\s+expliqué|a\s+souligné|a\s+estimé|déclare|affirme|indique)")
_SPEECH_RE = re.compile(rf"\b{SPEECH}\b")
_PASSIVE = re.compile(r"\b(?:been|being|was|were|is|are|été)\s+(?:\w+ly\s+)?$")  # "confirmed by X": X is no speaker
_DETERMINERS = {"the", "a", "an", "one", "two", "le", "la", "les", "un", "une", "des", "l’", "l'"}
_PRONOUNS = {"he", "she", "il", "elle", "it", "they", "we", "i", "ils", "elles", "nous", "on"}
_NOT_NAMES = {"It", "A", "An", "In", "But", "However", "This", "That", "He", "She", "They", "We", "I", "Il", "Elle",
              "Ils", "On", "At", "As", "After", "Despite", "Following", "Last", "According", "Since", "While",
              "When", "Yet", "And", "Selon"}
_AUX = {"has", "have", "had", "also", "further", "then", "later", "a", "ont"}
_ABBREVIATIONS = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "St", "Jr", "No", "M", "Mme",
                  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_ABBR_DOT = r"(?:\.(?=\S)|(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.)"  # "U.N.", "Dr." do not end a phrase

# A quote left open runs to the end of its paragraph: news style reopens it in the next one.
QUOTE_RE = re.compile(r"“(?P<a>[^“”\n]+)(?:”|$)|«\s*(?P<b>[^«»\n]+?)\s*»|\"(?P<c>[^\"\n]+)\"", re.M)
_AFTER_VERB_FIRST = re.compile(  # ', said Lavrov', '», a déclaré le ministre.'
    rf"^[\s,]*(?:\w+ly\s+)?{SPEECH}\s+(?:(?:the\s+)?(?P<name>{_NAME})|(?P<phrase>(?:the|a|an|le|la|les|un|une|"
    r"l['’])\s*[^,.;“”\"«»]{1,50}?)(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|during|to|after|dans|lors|à|au|en|après)\s))")
_AFTER_WHO_FIRST = re.compile(rf"^[\s,]*(?P<who>(?:[^.;:“”\"«»]|{_ABBR_DOT}){{1,80}}?)\s+(?:\w+ly\s+)?{SPEECH}\b")
_ACCORDING = re.compile(rf"(?i:according\s+to|selon|d['’]après)\s+(?:(?i:[a-z-]+)\s+){{0,4}}?(?P<who>{_NAME})")
_CLAUSE_BREAK = re.compile(r"[;:(“”\"«»–—]|\b(?:that|which|who|but|while|whereas|que|qui|mais)\b")

DURATION_RE = re.compile(
    rf"(?i:\b(?:for|after|been|depuis|après|pendant)\s+){_Q}{_NUM}(?P<half>(?i:\s+and\s+a\s+half))?\s+"
    r"(?P<unit>(?i:years?|months?|weeks?|decades?|ans?|années?|mois|semaines?|décennies?))"
    r"(?P<half2>(?i:\s+and\s+a\s+half|\s+et\s+demie?))?\b")
# A place right after a verb of presence: "been in Mali", "left Mali", "présent au Mali".
PRESENCE_RE = re.compile(
    r"\b(?i:been(?:\s+(?:operating|present|active|deployed|stationed|based))?(?:\s+in)?|operat(?:e|es|ed|ing)\s+in|"
    r"(?:present|stationed|active|based)\s+in|deployed\s+(?:in|to)|left|exited|withdr[ae]wn?\s+from|quitté|"
    r"(?:présente?s?|déployée?s?|installée?s?|stationnée?s?)\s+(?:au|en|à)|(?:est|sont)\s+(?:au|en))"
    rf"\s+(?:(?:the|le|la|les)\s+|l['’])?(?P<place>{_NAME})")
TROOPS_RE = re.compile(
    rf"{_Q}{_NUM}(?:-strong\s+(?P<force>(?:[\w.’'-]+\s+){{0,3}}?(?i:mission|force|contingent|army|battalion|unit))"
    rf"|\s+(?P<mod>(?:(?:[{_CAP}][\w.’'-]*|(?i:foreign|international|allied|additional|more|extra|regular|special|"
    r"government|elite))\s+){0,3})(?P<noun>(?i:troops|soldiers|fighters|mercenaries|personnel|peacekeepers|"
    r"instructors|paratroopers|servicemen|contractors|advisers|advisors|soldats|militaires|combattants|mercenaires|"
    rf"casques\s+bleus|instructeurs))\b(?:\s+(?P<prep>in|from|au|en|du)\s+(?:the\s+)?(?P<place>{_NAME}))?)")
_NOT_A_FORCE = re.compile(r"(?i)\b(?:several|few|hundreds|thousands|plusieurs|quelques)\s+$|\b(?:lost|died|dead|"
                          r"killing|deaths?\s+of)\b")  # "several hundred" is no figure, "lost 15" an event
MONEY_RE = re.compile(
    rf"{_Q}(?:(?P<cur>US\$|\$|€|£)\s?(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>(?i:bn|billion|million|m|k|thousand))\b)?"
    r"|(?P<n2>\d[\d,.\u202f\u00a0 ]*?)\s*(?P<scale2>(?i:milliards?|millions?|billions?))?\s*(?:de\s+)?"
    r"(?P<cur2>(?i:dollars|euros|francs\s+CFA|FCFA|USD|EUR|XOF))\b)")
_CURRENCIES = {"$": "USD", "us$": "USD", "dollars": "USD", "€": "EUR", "euros": "EUR", "£": "GBP"}
PAYMENT_CUE = re.compile(r"(?i)\b(?:(?:a|per|each|every|par)\s+(?P<per>month|year|week|mois|an|année|semaine)|"
                         r"(?P<monthly>monthly)|annually|yearly|fees?|paid|pays?|paying|payments?|deal|contract|"
                         r"salar(?:y|ies)|costs?|payée?s?|paie|versée?s?|contrat|mensuel(?:le)?s?)\b")
# What marks figures as spanning many events, beyond event_words' STATISTIC_RE and a year ("in 2022").
STAT_CUE = re.compile(r"(?i)\b(?:total|overall|cumulative|tally|number\s+of|doubled|tripled|halved|compared\s+"
                      r"(?:to|with)|per\s*cent|percent|pour\s*cent|over\s+(?:the\s+(?:past|last)\s+)?\w+\s+"
                      r"(?:years|months|weeks)|par\s+(?:mois|an)|chaque\s+(?:mois|année)|on\s+average)\b|%")
REF_YEAR_RE = re.compile(r"\b(?i:in|during|for|of|between|and|en|et|entre|durant)\s+(?P<y>(?:19|20)\d\d)\b"
                         r"(?!\s*[-–]\s*\d)|(?P<last>\b(?i:last\s+year|l['’]an(?:née)?\s+derni[eè]re?))")
TREND_RE = re.compile(r"(?i)\b(?P<q>more\s+than\s+)?(?:a\s+)?(?P<t>doubled|tripled|quadrupled|halved|doublé|triplé)\b")
_TREND = {"doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5, "doublé": 2, "triplé": 3}
_GROWTH = re.compile(r"(?i)(?P<what>\b[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?:has\s+|have\s+)?(?:more\s+than\s+)?"
                     r"(?:increased|rose|risen|grew|fell|dropped|declined|doubled|tripled|halved|surged)\b")
_PEOPLE = (r"people|persons|civilians|deaths|fatalities|killings|casualties|victims|dead|men|women|children|"
           r"villagers|soldiers|militants|displaced|personnes|civils|morts|décès|victimes|déplacés")
_COUNTED = re.compile(rf"^\s*(?:%|per\s*cent|percent|pour\s*cent)|^\s+(?:[\w’'-]+\s+){{0,2}}?"
                      rf"(?P<noun>(?i:{_PEOPLE}|executions|attacks|incidents|attaques|exécutions))\b")
_NUMBER_OF = re.compile(r"(?i)\bnumber\s+of\s+(?P<what>[\w’' -]+?)\s+(?:to|at|has|have|was|is|rose|increased|reached)\b")
DEATH_RE = re.compile(r"(?i)\b(?:kill\w*|deaths?|dead|died|fatalities|casualties|morts?|tué\w*|décès)\b")


@dataclass
class Quote:
    speaker: str  # as written: "Lavrov", "Human Rights Watch", "a UN spokesperson"; "" when unknown
    text: str  # the quoted words, without quote marks
    start: int  # span of the whole sentence (or sentences) holding the quote
    end: int


@dataclass
class Statement:
    kind: str  # one of KINDS
    subject: str  # "deaths in Mali", "Wagner presence in Mali", "Wagner fighters"
    value: float | int | None
    unit: str  # "people", "percent", "times", "years", "months", "troops", "USD" ...
    as_of: dt.date | None
    qualifier: str  # "" or a value of QUALIFIERS
    source: str  # who states it, "" when the sentence does not say
    text: str  # the sentence
    start: int
    end: int


def quotes(text: str) -> list[Quote]:
    spans = _sentences(text)
    out, last_named = [], ""
    for m in QUOTE_RE.finditer(text):
        said = (m.group("a") or m.group("b") or m.group("c")).strip().rstrip(",").strip()
        start = next((s for s, e in spans if s <= m.start() < e), m.start())
        end = next((e for s, e in spans if s < m.end() <= e), m.end())
        prefix = QUOTE_RE.sub(lambda q: " " * len(q.group()), text[start:m.start()])
        speaker = _speaker_after(text[m.end():end]) or _speaker_before(prefix)
        if speaker.lower() in ("he", "she", "il", "elle"):
            speaker = last_named  # news style: "he said" is the person last quoted by name
        elif speaker.lower() in _PRONOUNS:
            speaker = ""
        elif speaker:
            last_named = speaker
        if len(said.split()) >= MIN_QUOTE_WORDS:
            out.append(Quote(speaker, said, start, end))
    return out


def statements(text: str, published: dt.date | None) -> list[Statement]:
    said = quotes(text)
    out = []
    for start, end in _sentences(text):
        sent = text[start:end]
        figures = _durations(sent) + _troops(sent) + _payments(sent)
        figures += _statistics(sent, published, [(f.start, f.end) for f in figures])
        for f in sorted((f for f in figures if f.kind), key=lambda f: f.start):  # kind "": a span set aside
            quote = next((q for q in said if q.start <= start + f.start < q.end and q.speaker), None)
            as_of = published if f.kind == "duration" else _as_of(sent, f.start, f.end, published)
            out.append(replace(f, as_of=as_of, source=quote.speaker if quote else _source(sent), text=sent,
                               start=start, end=end))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; never across a line break, nor after "Dr.", "U.N." or "Feb."."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in re.finditer(r"[.!?…][\"”’»)]*(?=\s+[\"“«‘(]?[A-ZÀ-Ý0-9])", para.group()):
            word = re.search(r"[\w.]*$", para.group()[:m.start()]).group()
            if m.group()[0] != "." or not (word in _ABBREVIATIONS or "." in word):
                spans.append((start, para.start() + m.end()))
                start = para.start() + m.end()
        spans.append((start, para.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]


def _figure(kind: str, subject: str, value: float | int, unit: str, hedge: str | None, start: int,
            end: int) -> Statement:
    """A figure as found in a sentence: start and end are in the sentence until statements() places it."""
    return Statement(kind, subject, value, unit, None, QUALIFIERS.get((hedge or "").strip().lower(), ""), "", "",
                     start, end)


def _durations(sent: str) -> list[Statement]:
    presence = PRESENCE_RE.search(sent)
    if not presence:
        return []  # "sentenced for 5 years" is a duration, but not of a presence
    subject = f"{(_names(sent[:presence.start()]) or [''])[-1]} presence in {_tidy(presence.group('place'))}"
    out = []
    for m in DURATION_RE.finditer(sent):
        value, unit = _number(m.group("n")), m.group("unit").lower()
        if value is not None:
            value += 0.5 if m.group("half") or m.group("half2") else 0
            value, unit = (value * 10, "years") if unit.startswith(("decade", "décenn")) else (
                value, {"m": "months", "w": "weeks", "s": "weeks"}.get(unit[0], "years"))  # mois, semaines
            out.append(_figure("duration", subject.strip(), value, unit, m.group("q"), m.start("n"), m.end()))
    return out


def _troops(sent: str) -> list[Statement]:
    out = []
    for m in TROOPS_RE.finditer(sent):
        value = _number(m.group("n"))
        before, after = sent[max(0, m.start() - 40):m.start()], sent[m.end():m.end() + 40]
        if value is None or value < 2 or _NOT_A_FORCE.search(before) or VIOLENCE_VERB_RE.search(before) or (
                re.match(r"\s+(?:were|have\s+been|had\s+been|was)\b", after) and VIOLENCE_VERB_RE.search(after)):
            continue  # "killed 15 mercenaries", "15 soldiers were killed": an event
        subject = _tidy(m.group("force") or f"{m.group('mod')}{m.group('noun')}")
        subject += f" {m.group('prep')} {_tidy(m.group('place'))}" if m.group("place") else ""
        out.append(_figure("troops", subject, value, "troops", m.group("q"), m.start("n"), m.end()))
    return out


def _payments(sent: str) -> list[Statement]:
    cues = list(PAYMENT_CUE.finditer(sent))
    if not cues:
        return []  # a sum alone may be aid, a budget or a loss
    per = next(("m" if c.group("monthly") else c.group("per")[0].lower() for c in cues
                if c.group("per") or c.group("monthly")), "")
    source = _source(sent)  # the one paid or paying is a named party other than who tells of it
    subject = f"{next((n for n in _names(sent) if n != source), '')} payment"
    subject += {"m": " per month", "y": " per year", "a": " per year", "w": " per week", "s": " per week"}.get(per, "")
    out: list[Statement] = []
    for m in MONEY_RE.finditer(sent):
        if out and sent[out[-1].end:m.start()].strip() == "(":
            out.append(replace(out[-1], kind="", start=m.start(), end=m.end()))  # a conversion: "$10m (£8.3m)"
            continue
        number, scale = (m.group("n"), m.group("scale")) if m.group("cur") else (m.group("n2"), m.group("scale2"))
        number = re.sub(r"[\s\u202f\u00a0]", "", number)
        if scale and re.fullmatch(r"\d+,\d{1,2}", number):
            number = number.replace(",", ".")  # French decimal comma: "10,8 millions"
        value = float(number.replace(",", "")) * {"b": 1e9, "m": 1e6, "k": 1e3, "t": 1e3}.get((scale or "-")[0].lower(), 1)
        cur = (m.group("cur") or m.group("cur2")).lower()
        out.append(_figure("payment", subject, round(value) if value.is_integer() or value >= 1000 else value,
                           "XOF" if "cfa" in cur else _CURRENCIES.get(cur, cur.upper()), m.group("q"), m.start(), m.end()))
    return out


def _statistics(sent: str, published: dt.date | None, taken: list[tuple[int, int]]) -> list[Statement]:
    if not (STATISTIC_RE.search(sent) or STAT_CUE.search(sent) or _ref_years(sent, published)):
        return []
    if RELATIVE_RE.search(sent) or any(d.precision == 1 for d in find_dates(sent, published)):
        return []  # a sentence dated to the day tells one event: "killed in Moura on Sunday"
    measure = "deaths" if DEATH_RE.search(sent) else ""
    out = []
    for t in TREND_RE.finditer(sent):
        what = _NUMBER_OF.search(sent) or _GROWTH.search(sent)
        out.append(_figure("statistic", " ".join(what.group("what").split()[:2]) if what else measure,
                           _TREND[t.group("t").lower()], "times", t.group("q"), t.start(), t.end()))
    for q in find_quantities(sent):
        value, counted, after = _number(q.text), _COUNTED.match(sent[q.end:]), sent[q.end:]
        if value is None or any(q.start < b and q.end > a for a, b in taken) or re.fullmatch(r"(?:19|20)\d\d", q.text) \
                or re.match(r"\s+(?i:years?|months?|weeks?|days?|ans|mois|jours|semaines)\b", after):
            continue  # a year, or a period: "over eight months"
        hedge = re.search(rf"(?i)\b({_HEDGES})\s+$", sent[max(0, q.start - 20):q.start])
        if counted and not counted.group("noun"):  # a share: "increased by 17%", "supplier (44 percent)"
            named = _GROWTH.search(sent[:q.start]) or re.search(r"(?P<what>(?:[\w’'-]+\s+){1,3})\($", sent[:q.start])
            out.append(_figure("statistic", named.group("what").strip() if named else "share", value, "percent",
                               hedge and hedge.group(1), q.start, q.end + counted.end()))
            continue
        number_of = _NUMBER_OF.search(sent[:q.start])
        noun = (counted.group("noun") if counted else number_of.group("what") if number_of else "").lower()
        if noun:  # a bare number counts nothing
            out.append(_figure("statistic", measure or ("displaced people" if "displaced" in noun else noun), value,
                               "people" if re.search(rf"\b(?:{_PEOPLE})\b", noun) else noun, hedge and hedge.group(1),
                               q.start, q.end))
    place = re.search(rf"\b(?:in|au|en)\s+(?:the\s+)?(?P<p>{_NAME})", sent)
    place = _tidy(place.group("p")) if place and place.group("p").split()[0].lower() not in MONTHS else ""
    return [replace(f, subject=f"{f.subject} in {place}") if place and f.subject else f for f in out]


def _ref_years(sent: str, published: dt.date | None) -> list[tuple[int, int, int]]:
    """(start, end, year) of each year figures are placed in; "in March 2022" dates one event."""
    out = []
    for m in REF_YEAR_RE.finditer(sent):
        if m.group("last") and published:
            out.append((m.start(), m.end(), published.year - 1))
        elif m.group("y") and (sent[:m.start()].split() or ["-"])[-1].lower() not in MONTHS:
            out.append((m.start(), m.end(), int(m.group("y"))))
    return out


def _as_of(sent: str, start: int, end: int, published: dt.date | None) -> dt.date | None:
    years = _ref_years(sent, published)
    before = [y for s, e, y in years if e <= start and start - e <= YEAR_BEFORE]
    year = before[-1] if before else next((y for s, e, y in years if s >= end and s - end <= YEAR_AFTER), None)
    if year is None or published and published.year == year:
        return published
    return dt.date(year, 12, 31)


def _speaker_after(after: str) -> str:
    """Who, in what follows a quote: ", said Lavrov", ", he said", "», a déclaré le ministre"."""
    m = _AFTER_VERB_FIRST.match(after)
    if m:
        return _tidy(m.group("name") or m.group("phrase"))
    m = _AFTER_WHO_FIRST.match(after)
    return _who(m.group("who")) if m else ""


def _speaker_before(prefix: str) -> str:
    """Who, in what leads to a quote or figure: "X said:", "X told Reuters", "according to X,"."""
    m = _ACCORDING.search(prefix)
    if m:
        return _tidy(m.group("who"))
    for m in _SPEECH_RE.finditer(prefix):
        breaks = list(_CLAUSE_BREAK.finditer(prefix, 0, m.start()))
        who = "" if _PASSIVE.search(prefix[:m.start()]) else _who(prefix[breaks[-1].end() if breaks else 0:m.start()])
        if who:
            return who
    return ""


def _source(sent: str) -> str:
    """Who a figure is from: the attribution rules events use, then the speaker finder here."""
    who = reported_by(sent) or _speaker_before(sent)
    return "" if who.lower() in _PRONOUNS else who


def _who(phrase: str) -> str:
    """The speaker in the words before a verb of speech, or "" when they are no subject."""
    words = phrase.split()
    while words and words[-1].lower() in _AUX:
        words.pop()
    parts = [p.split() for p in " ".join(words).split(",") if p.strip()]
    named = [p for p in parts if p[0][0].isupper() and p[0] not in _NOT_NAMES]
    # The part next to the verb, or the name it stands in apposition to: "Ochieng, an expert, said".
    words = named[-1] if named and parts[-1][0].lower() in _DETERMINERS else parts[-1] if parts else []
    if not words or len(words) > 8 or words[-1].lower() in ("and", "et") or not (
            words[0][0].isupper() or words[0].lower() in _DETERMINERS | _PRONOUNS):
        return ""
    return _tidy(" ".join(words))


def _tidy(name: str) -> str:
    """"The Wagner Group" -> "Wagner Group", "Human Rights Watch’s report" -> "Human Rights Watch"."""
    name = re.sub(r"[’']s(?:\s+[a-z][\w-]*)+$|[’']s$", "", name.strip(" ,;:"))
    name = re.sub(rf"^(?:the|The|Les?|La)\s+(?=[{_CAP}])", "", name)
    name = re.sub(r"^(?:A|An|One|Un|Une|(?:The|Le|La|Les)(?=\s+[^\sA-Z]))\b", lambda m: m.group().lower(), name)
    last = (name.split() or [""])[-1]
    return name[:-1] if last.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", last) else name


def _names(text: str) -> list[str]:
    text = re.sub(r",\s+(?:a|an|the|un|une|le|la)\s+[^,]*,", " ", text)  # ", a Russian company,"
    return [n for m in NAME_RE.finditer(text) if (n := _tidy(m.group())) and n.split()[0] not in _NOT_NAMES]


def _number(text: str) -> float | int | None:
    digits = re.sub(r"[,\u202f\u00a0 ]", "", text)
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return int(float(digits)) if float(digits).is_integer() else float(digits)
    return words_to_int(text)


def document_claims(text: str, published: dt.date | None) -> list[Statement]:
    """Everything above in text order, quotes as statements of kind "quote" (source = speaker,
    text = the quoted words), so that one table holds them."""
    said = [Statement("quote", "", None, "", published, "", q.speaker, q.text, q.start, q.end) for q in quotes(text)]
    return sorted(said + statements(text, published), key=lambda s: (s.start, s.kind))
