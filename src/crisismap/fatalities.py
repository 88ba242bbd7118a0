"""Who was killed, and how many: death counts in a sentence, kept apart from the wounded,
the abducted and the vehicles.

Each count is given to the nearest casualty word in its clause ("killing three soldiers and
wounding five": three killed, five wounded). Lone victims ("killed a Donso militiaman")
count one. Reports of no casualties give an explicit zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .numbers import Quantity, find_quantities, words_to_int

KILL = (
    r"kill(?:ed|ing|s)?|dead|deaths?|died|dies|die|execut(?:ed|ing|ions?)|massacr(?:ed|es?)|"
    r"slain|slaughtered|murder(?:ed|s)?|beheaded|perished|lost\s+their\s+lives|lives|bodies|dying|"
    r"assassinat(?:ed|ion)|succumbing|"
    r"fatalities|death\s+toll|toll|shot\s+dead|lynched|succumbed|neutrali[sz]ed|neutralis[ée]e?s?|"
    r"tu[ée]e?s?|tuant|morts?|mortes|d[ée]c[èe]s|d[ée]c[ée]d[ée]e?s?|ex[ée]cut[ée]e?s?|"
    r"massacr[ée]e?s?|assassin[ée]e?s?|p[ée]ri|perdu\s+la\s+vie|corps|bilan|cadavres"
)
WOUND = (r"wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt|bless[ée]e?s?|blessant|"
         r"hospitali[sz]ed")
OTHER = (
    r"abduct(?:ed|ing|ions?)|kidnapp?(?:ed|ing)|arrest(?:ed|ing|s)?|captur(?:ed|ing)|detain(?:ed|ing)|"
    r"displaced|missing|released|freed|fled|seiz(?:ed|ing)|destroy(?:ed|ing)|burn(?:ed|t|ing)|"
    r"recovered|rescued|surrendered|taken|enlev[ée]e?s?|enl[èe]vement|arr[êe]t[ée]e?s?|interpell[ée]e?s?|"
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
    r"guards?|combatants?|prisoners?|detainees?|spies|spy|informants?|pastoralists?|shepherds?|relatives?|"
    r"brothers?|sisters?|sons?|daughters?|fathers?|mothers?|wife|wives|husbands?|uncles?|nephews?|cousins?|"
    r"nurses?|doctors?|secretar(?:y|ies)|councill?ors?|journalists?|apprentices?|tailors?|"
    r"frères?|sœurs?|fils|filles?|pères?|mères?|épouses?|oncles?|neveux?|infirmiers?|infirmières?|"
    r"médecins?|secrétaires?|conseillers?|journalistes?|apprentis?|chefs?|agents?|bystanders?|guides?|"
    r"entrepreneurs?|notables?|minors?|mineurs?|figures?|cadres?|associates?|hommes?|femmes?|enfants?|garçons?|"
    r"vendors?|sellers?|directors?|head|heads\s+of\s+(?!cattle|livestock)|thie(?:f|ves)|robbers?|shopkeepers?|"
    r"businessm[ae]n|pastors?|priests?|catechists?|clerics?|deputies|deputy|councilm[ae]n|"
    r"commerçants?|éleveurs?|bergers?|cultivateurs?|agriculteurs?|orpailleurs?|voleurs?|braqueurs?"
)
PERSON_RE = re.compile(rf"\b(?:{PERSON})\b", re.IGNORECASE)
# A lone victim after a kill verb: "killed a Donso militiaman", "killing the driver".
LONE_RE = re.compile(rf"\b(?:a|an|the|one|another|un|une|le|la|l’|l')\s+(?:[\w’'-]+\s+|\([^()]{{1,40}}\)\s+){{0,4}}?"
                     rf"(?:{PERSON})\b",
                     re.IGNORECASE)
NONE_RE = re.compile(
    r"\b(?:no\s+(?:casualties|fatalities|deaths?|victims|one\s+(?:was|were)\s+(?:killed|hurt|injured))|"
    r"without\s+(?:casualties|fatalities)|nobody\s+was\s+killed|no\s+reported\s+casualties|"
    r"casualties\s+(?:were\s+)?(?:not|un)\s*(?:reported|known)|"
    r"aucune?\s+(?:victime|perte|mort)|pas\s+de\s+victimes?|sans\s+faire\s+de\s+victimes?)\b",
    re.IGNORECASE)
THING_RE = re.compile(r"(?i)vehicles?|motorcycles?|motorbikes?|trucks?|weapons|houses|homes|huts|shops|cattle|"
                      r"heads|livestock")
# An active kill verb followed by its object: what comes before it is the agent.
ACTIVE_OBJECT_RE = re.compile(r"(?i)\s+(?:at\s+least\s+|au\s+moins\s+)?(?:\d|(?:a|an|the|one|two|three|four|five|six|"
                              r"seven|eight|nine|ten|several|un|une|le|la|les|deux|trois|quatre|cinq|six|sept|huit|"
                              r"neuf|dix|plusieurs)\b)")
AUX_END_RE = re.compile(r"(?i)\b(?:was|were|been|being|is|are|got|été|sont|est)\s+(?:\w+\s+)?$")
HEAD_RE = re.compile(rf"(?:\s+[\w’'-]+){{0,3}}?\s*\b(?:{PERSON})\b", re.IGNORECASE)
COORDINATED_RE = re.compile(
    rf"(?P<sep>\s*,\s*|\s+(?:and|et)\s+)(?P<np>(?:a|an|one|the|his|her|their|its|un|une|le|la|l’|l'|son|sa|leur)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON}))\b", re.IGNORECASE)
# Between a figure and its verb, more counted people of the same subject: "<four> soldiers and
# fifteen militants <wounded>".
COUNTED_SUBJECTS_RE = re.compile(rf"(?i)\s*(?:[\w’'-]+\s+)?(?:{PERSON})\s+(?:and|et)\s+(?:\w+\s+){{1,3}}?"
                                 rf"(?:{PERSON})\s+(?:were\s+|ont\s+été\s+)?")
# "X said that ...", "X claimed it killed ...": a party's account.
CLAIM_RE = re.compile(
    r"(?i)\b(?:said|says|claimed|claims|stated|announced|asserted|declared|a\s+(?:affirmé|déclaré|annoncé|revendiqué)|"
    r"affirme|revendique)\b(?:\s+[\w’'-]+){0,6}?\s+(?:that|qu['’]|que|it|they|its|il|ils|to\s+have)\b|"
    r"\balleg(?:ing|ed)\s+(?:that\s+)?(?:it|they|the\s+group)\b")
UNVERIFIED_RE = re.compile(
    r"(?i)\b(?:could\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed)|not\s+(?:been\s+)?independently\s+"
    r"(?:verified|confirmed)|unverified|unconfirmed|n['’]a\s+pas\s+pu\s+être\s+(?:vérifi|confirm)\w*|"
    r"non\s+(?:vérifi|confirm)\w*)")
# A figure right after one of these is part of the figure before it.
BREAKDOWN_RE = re.compile(r"(?i)\b(?:including|among\s+(?:them|whom)|of\s+whom|incl\.|notably|dont|parmi\s+(?:eux|"
                          r"elles|lesquels|lesquelles)|y\s+compris|notamment)\s+(?:at\s+least\s+|au\s+moins\s+)?$|\(\s*$")
# After the abduction or the wound, a death: "detained before being executed", "wounded and later died".
LATER_KILL_RE = re.compile(
    rf"(?i)[\w\s]{{0,30}}?\b(?:before\s+being|and\s+(?:were\s+|was\s+)?(?:later\s+|then\s+|subsequently\s+)|"
    rf"(?:who|qui)\s+(?:later\s+|then\s+|subsequently\s+)?|avant\s+d['’]être|puis)\s*(?:\w+\s+)?(?P<kill>{KILL})\b")
CLAUSE_BREAK = re.compile(r"[;:.!?]|\bwhile\b|\bwhereas\b|\btandis que\b|\bwhile\b")
# Counts that are not of people: dates, ages, money, percentages, units.
NOT_PEOPLE_AFTER = re.compile(
    r"\s*-?\s*(?:%|per\s?cent|pour\s?cent|years?|(?:events?|incidents?|attacks?|villages?|times|occasions)\b|ans|months?|mois|days?|jours?|hours?|heures?|km|"
    r"kilomet\w*|miles?|metres?|meters?|\$|dollars?|euros?|francs?|cfa|st|nd|rd|th|h\b|am\b|pm\b|"
    r"o'clock|tons?|tonnes?)(?!\w)", re.IGNORECASE)  # "10 Ansaroul" is not "10 ans"
# "geoprecision 2", "level 3", "RN 16": a code. "one of the three soldiers": the three are
# the group the one belongs to, not more dead.
NOT_PEOPLE_BEFORE = re.compile(
    r"(?:\b(?:(?:geo-?)?precision|level|phase|category|number|no\.?|n°|route|RN|article|resolution|niveau|catégorie|"
    r"numéro|code)|\b(?:of\s+(?:the|these|those)|parmi\s+les|d['’]entre\s+les|sur\s+les))\s*$", re.IGNORECASE)
OF_THING = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
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
    claimed: bool = False  # a party's claim ("the army said it killed 20")
    who: str = ""  # the noun after the figure: "jnim fighters"


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
    before = after = None  # the nearest cue on each side, with its distance and gap
    for m in CUE_RE.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            continue
        gap = text[min(end, m.end()):max(start, m.start())]
        words = len(gap.split())
        # A conjunction or comma between count and cue weakens the link: "tués et quatre autres
        # blessés"; on a tie the cue before wins: "killed at least one person, and abducted".
        joined = bool(re.search(r"(?i)\b(?:and|et)\b|,", gap)) and not (
            m.start() >= end and COUNTED_SUBJECTS_RE.fullmatch(gap))  # "four soldiers and fifteen militants wounded"
        words += 0.5 * joined
        if m.end() <= start:
            before = (m, words, joined)
        elif after is None:
            if re.search(r"(?i)(?:\b(?:and|et)|,)\s*$", gap) and not re.search(r"(?i)\b(?:was|were|been|été)\b", gap):
                continue  # "took 170 hostages and killed 20": a new predicate, with its own object
            if m.group("other") and THING_RE.fullmatch(m.group(0)) and (
                    PERSON_RE.search(gap) or PERSON_RE.match(text, m.end() + 1)):  # "truck drivers"
                continue  # "two children aboard a vehicle were shot": the vehicle is not what was counted
            if m.group("kill") and ACTIVE_OBJECT_RE.match(text, m.end()) and not AUX_END_RE.search(gap):
                continue  # "Two gunmen killed a gendarme": the count is of the killers
            after = (m, words, joined)
        if best is None or words < best_dist:
            best, best_dist = m, words
    # The subject before its verb: "killed and two others severely wounded", "were killed,
    # four militants were killed": a following cue reached without a conjunction wins.
    if before and after and after[0] is not best and before[2] and not after[2] and after[1] <= 6:
        best, best_dist = after[0], after[1]
    return best, best_dist


def _is_people_count(text: str, q: Quantity) -> bool:
    if NOT_PEOPLE_AFTER.match(text, q.end):
        return False
    if MONTH_AFTER.match(text, q.end) or MONTH_BEFORE.search(text[max(0, q.start - 12):q.start]):
        return False
    if 1900 <= q.acled <= 2100 and q.text.isdigit():
        return False  # a year
    if NOT_PEOPLE_BEFORE.search(text[max(0, q.start - 30):q.start]):
        return False
    if q.text.isdigit() and text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")":
        return False  # "Bore (1)": a reference or a coder's figure, not a sentence about people
    of = OF_THING.match(text, q.end)
    return not (of and not PERSON_RE.search(of.group(1)))  # "one of the peak tolls"


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


# "Three people including a man, a woman and a girl were killed": the list between the figure and
# its verb says who they were; blanked (offsets kept), it neither adds nor parts them from the verb.
SUBJECT_BREAKDOWN_RE = re.compile(r"(?i)\s*\((?:including|incl\.|among\s+them)\b[^()]*\)|\s+(?:including|dont)\s+"
                                  r"(?:(?!\band\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)[^.;]){1,120}?"
                                  r"(?=\s+(?:were|was|have\s+been|had\s+been|ont\s+été|sont)\s+(?:\w+\s+){0,2}?"
                                  r"(?:killed|shot|executed|tués?|exécutés?))")


def death_counts(text: str) -> list[DeathCount]:
    """Death counts in one sentence, with character offsets into `text`."""
    text = SUBJECT_BREAKDOWN_RE.sub(lambda m: " " * len(m.group(0)), text)
    counts: list[DeathCount] = []
    used: list[tuple[int, int]] = []
    pending: list[tuple[Quantity, re.Match]] = []  # far from their verb: "11 militants ... and 6 soldiers were killed"
    for q in _with_ranges(text, find_quantities(text)):
        if not _is_people_count(text, q):
            continue
        lo, hi = _clause_bounds(text, q.start)
        cue, words = _nearest_cue(text, q.start, q.end, lo, hi)
        if cue is not None and not cue.group("kill"):
            # "four were detained before being executed": the later fate is the one that counts.
            later = LATER_KILL_RE.match(text, cue.end())
            if later and later.end() <= hi:
                cue = CUE_RE.search(text, later.start("kill"))
        if cue is None or not cue.group("kill") or words is None:
            continue
        follows_person = PERSON_RE.search(text[q.end:q.end + 45])
        if words > 8 or not (words <= 3 or follows_person):
            if follows_person and cue.start() > q.end:
                pending.append((q, cue))
            continue
        counts.append(DeathCount(q.start, q.end, q.text, q.acled, q.low, q.high))
        used.append((q.start, q.end))
    for q, cue in pending:  # coordinated with a counted figure of the same verb, or with lone victims
        if _lists_victims(text, q.end, cue.start()) or any(q.end < c.start < cue.start() and re.search(r"(?i)\b(?:and|et)\b", text[q.end:c.start])
               and len(text[q.end:c.start].split()) <= 6 and cue.start() - c.end < 40 for c in counts):
            counts.append(DeathCount(q.start, q.end, q.text, q.acled, q.low, q.high))
            used.append((q.start, q.end))
    # Lone victims right after a kill verb, where no count was written.
    for verb in re.finditer(rf"\b(?:{KILL})\b", text, re.IGNORECASE):
        lo, hi = _clause_bounds(text, verb.start())
        window_end = min(hi, verb.end() + 60)
        m = LONE_RE.match(text, verb.end() + (len(text[verb.end():]) - len(text[verb.end():].lstrip())))
        if not m or m.end() > window_end:
            continue
        if any(not (m.end() <= a or m.start() >= b) for a, b in used) or re.search(r"(?i)\bnumber\b", m.group(0)):
            continue  # "an unknown number of fighters" is no count of one
        if re.match(r"(?i)(?:the|le|la|l’|l')\s", m.group(0)) and re.search(
                r"(?i)\b(?:others|autres)\b", text[m.end():m.end() + 30]) is None and \
                re.search(r"\b(?:people|civilians|soldiers|villagers|men)\b", m.group(0), re.I):
            continue  # "killed the civilians": a group already counted elsewhere, not one person
        counts.append(DeathCount(m.start(), m.end(), m.group(0), 1, 1, 1))
        used.append((m.start(), m.end()))
    # Passive lone victim: "a soldier was killed", "the mayor of X was assassinated", "un civil a été tué".
    for m in re.finditer(rf"\b(?:a|an|one|the|un|une|le|la)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON})\s+"
                         rf"(?:(?:of|from|de|du|des)\s+(?:[\w’'-]+\s+){{1,3}}?)?"
                         rf"(?:(?:was|has\s+been|had\s+been|a\s+été|est)\s+(?:also\s+|reportedly\s+|found\s+)?"
                         rf"(?:shot\s+dead|killed|executed|murdered|assassinated|beheaded|slain|lynched|dead|"
                         rf"tu[ée]e?|ex[ée]cut[ée]e?|assassin[ée]e?|abattue?|retrouvée?\s+mort)|"
                         rf"(?:also\s+|later\s+)?(?:died|succumbed)|est\s+mort|est\s+décédée?)", text, re.IGNORECASE):
        if any(not (m.end() <= a or m.start() >= b) for a, b in used) or re.search(r"(?i)\bof\s*$", text[:m.start()]):
            continue  # "3 of the men later died": counted already
        counts.append(DeathCount(m.start(), m.end(), m.group(0), 1, 1, 1))
        used.append((m.start(), m.end()))
    counts = _with_coordinated_victims(text, sorted(counts, key=lambda c: c.start), used)
    counts = [replace(c, who=c.text.lower() if PERSON_RE.search(c.text) else _who(text, c)) for c in counts]
    claim = CLAIM_RE.search(text)
    if claim:
        if UNVERIFIED_RE.search(text, claim.end()):
            counts = [c for c in counts if c.start < claim.start()]  # "..., which could not be verified"
        else:
            counts = [replace(c, claimed=True) if c.start > claim.start() else c for c in counts]
    return _without_breakdowns(text, counts)


def _who(text: str, c: DeathCount) -> str:
    head = HEAD_RE.match(text, c.end)
    return head.group(0).strip().lower() if head else ""


# Names of the same kind of dead: a claim of "30 JNIM fighters" is about the report's "seven JNIM militants".
_KIND = {w: "fighter" for w in ("militant", "fighter", "combatant", "combattant", "member", "jihadist", "djihadiste",
                                "jihadiste", "terrorist", "terroriste", "insurgent", "rebel", "rebelle", "assailant",
                                "assaillant", "attacker", "gunmen", "gunman")} | {
         w: "soldier" for w in ("soldier", "soldat", "troop", "militaire")}


def settle_claims(counts: list[DeathCount]) -> list[DeathCount]:
    """The counts of one event to add up: a party's claim about the same dead as the report's
    own figure is left out, as ACLED keeps the conservative figure ("three civilians were
    killed ... the army said it killed four"); a claim about others adds to it."""
    told = [c for c in counts if not c.claimed]
    if not told:
        return counts
    def heads(c: DeathCount) -> set[str]:
        return {_KIND.get(w, w) for w in (w.lower().rstrip("s") for w in PERSON_RE.findall(c.who))}

    groups = set().union(*(heads(c) for c in told))
    return [c for c in counts if not c.claimed or (heads(c) and not heads(c) & groups)]


def _lists_victims(text: str, pos: int, verb: int) -> bool:
    """'Two militiamen, the village chief and a child were killed': a list of victims up to the verb."""
    head = HEAD_RE.match(text, pos)
    if not head:
        return False
    pos, sep = head.end(), ""
    while m := COORDINATED_RE.match(text, pos):
        pos, sep = m.end(), m.group("sep")
    return bool(sep) and "," not in sep and bool(re.fullmatch(
        r"(?i)\s+(?:were|have\s+been|had\s+been|ont\s+été|sont)\s+(?:\w+\s+)?", text[pos:verb]))


def _with_coordinated_victims(text: str, counts: list[DeathCount], used) -> list[DeathCount]:
    """'killed a policeman and a bystander', 'four soldiers and a civilian were killed': one more each."""
    out = list(counts)
    for c in counts:
        pos, found, last_sep = c.end, [], ""
        if not PERSON_RE.search(c.text):  # a figure: go past its noun, "four soldiers"
            head = HEAD_RE.match(text, c.end)
            if not head:
                continue
            pos = head.end()
        extra = re.match(rf"\s+(?:{PERSON})\b", text[pos:], re.IGNORECASE)  # "an elderly Fulani man"
        if extra:
            pos += extra.end()
        while m := COORDINATED_RE.match(text, pos):
            np = m.group("np")
            if re.match(r"(?i)(?:the|their|les|le|la)\b", np) and re.search(r"s\b", np.split()[-1]):
                break  # "and the attackers": a group, not one more person
            found.append(m)
            last_sep, pos = m.group("sep"), m.end()
        if not found or "," in last_sep:
            continue
        after = CUE_RE.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        if after and not after.group("kill"):
            continue  # "and a civilian wounded"
        for m in found:
            if any(not (m.end() <= a or m.start("np") >= b) for a, b in used):
                continue
            out.append(DeathCount(m.start("np"), m.end(), m.group("np"), 1, 1, 1))
            used.append((m.start("np"), m.end()))
    return sorted(out, key=lambda c: c.start)


def _without_breakdowns(text: str, counts: list[DeathCount]) -> list[DeathCount]:
    """'seven people including six Fulani and one Tuareg': the parts are in the whole.

    A breakdown starts right after "including" / "dont" and runs on through figures joined
    by commas or "and", as long as the parts do not add up to more than the whole."""
    out: list[DeathCount] = []
    parent: DeathCount | None = None
    part_sum = 0
    last_end = 0
    for c in counts:
        gap = text[last_end:c.start]
        if out and BREAKDOWN_RE.search(gap) and len(gap.split()) <= 8 and not CLAUSE_BREAK.search(gap) \
                and out[-1].acled >= c.acled:
            parent, part_sum = out[-1], c.acled
            last_end = c.end
            continue
        if out and re.match(r"(?i)\s+(?:being|of\s+(?:them|whom))\b", text[c.end:]) and out[-1].acled > c.acled \
                and not CLAUSE_BREAK.search(gap):
            last_end = c.end  # "two men, one being a merchant"
            continue
        if parent is not None and part_sum + c.acled <= parent.acled and len(gap.split()) <= 5 and \
                re.search(r"(?i),|\b(?:and|et)\b", gap) and not CLAUSE_BREAK.search(gap):
            part_sum += c.acled
            last_end = c.end
            continue
        parent = None
        out.append(c)
        last_end = c.end
    return out


# ACLED coders' own remarks in their notes (and in a user's export): the figure they coded for a
# vague toll, and a toll shared out over several coded events.
CODED_AS_RE = re.compile(r"(?i)\bfatalities\s+(?:were\s+|are\s+)?(?:coded|assessed|estimated)\b[^.;]{0,60}?"
                         r"\b(?:coded|estimated)?\s*as\s+(?P<n>\d+)\b")
SPLIT_RE = re.compile(r"(?i)\bfatalities\s+(?:are\s+|were\s+|have\s+been\s+)?(?:split|divided|distributed|spread)\s+"
                      r"(?:across|between|among|over)\s+(?:the\s+)?(?P<n>\w+)\s+(?:\w+\s+)?events?\b")


def coder_remarks(text: str) -> tuple[int | None, int | None]:
    """(the coded figure, the number of events the toll is split over) a coder's note states."""
    coded = CODED_AS_RE.search(text)
    split = SPLIT_RE.search(text)
    n = split.group("n") if split else ""
    parts = int(n) if n.isdigit() else words_to_int(n) if n else None
    return (int(coded.group("n")) if coded else None), (parts if parts and parts > 1 else None)


def reports_no_casualties(text: str) -> re.Match | None:
    return NONE_RE.search(text)
