"""ACLED event type and sub-event type of a report, from what it says happened.

Rules over English and French wording, ordered from the most specific (a suicide bomb)
to the most general (an attack). Each rule names the trigger it found, which becomes
the event type's evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .event_words import (
    ABDUCT,
    AFTERMATH,
    AGREEMENT,
    AIR,
    ARMED_TARGET,
    ARMED_VICTIM,
    ARMED_WORDS,
    ARREST,
    ATTACK,
    BARRICADE,
    BASE,
    CALL_TO_PROTEST,
    CALLED,
    CHANGE,
    CHEMICAL,
    CIVILIAN_TARGET,
    CLASH,
    CRIME,
    CROWD,
    DEFUSE,
    DOMESTIC,
    EXCESSIVE,
    FORECAST,
    GRENADE,
    GROUND_FIGHT,
    HARMED,
    IED,
    INTERVENTION,
    KILLING,
    LOOT,
    MOB,
    NO_NEW_EVENT,
    NOT_CONFLICT,
    NOT_YET,
    OFF_DUTY,
    OPERATION,
    OTHER,
    PEACEFUL_END,
    POLITICAL,
    PROTEST,
    RETAKE,
    RIOT,
    RIOTERS,
    ROUTINE,
    SENTENCED,
    SEXUAL,
    SHELL,
    SPORT,
    SUICIDE,
    TAKEOVER,
    WAR_REMNANT,
    WITHDRAW,
)

DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
# ACLED's event types and their sub-event types (ACLED codebook).
TAXONOMY = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
EVENT_TYPE_OF = {sub: event for event, subs in TAXONOMY.items() for sub in subs}




# Reports that look back, ahead or away: a trial, a funeral, soldiers' pay, a forecast, a match.
LOOKING_AWAY = (NO_NEW_EVENT, SENTENCED, AFTERMATH, ROUTINE, FORECAST, SPORT)
# The words that make a sentence an event, whichever type.
TRIGGERS = (PROTEST, MOB, SUICIDE, DEFUSE, CHEMICAL, AIR, IED, SHELL, GRENADE, ABDUCT, SEXUAL, RETAKE, TAKEOVER,
            CLASH, ATTACK, LOOT, ARREST, AGREEMENT, WITHDRAW, BASE, OTHER, CHANGE)


def reports_no_new_event(text: str) -> bool:
    """A trial, a parade, a funeral, a condemnation, a threat, a match, soldiers' pay, a forecast, a
    protest called for next week: whatever a model reads in it."""
    return any(rx.search(text) for rx in LOOKING_AWAY) or _foretold(text)


def happened(text: str, m: re.Match, rx: re.Pattern) -> bool:
    """A trigger said as done, not as planned, feared or called for: "will attack", "risk of
    kidnapping", "called for a march on 30 June", "the protest movement" are no event."""
    before = text[max(0, m.start() - 60):m.start()]
    if NOT_YET.search(before):
        return False
    return rx is not PROTEST or not (CALLED.search(before) or re.match(r"\s+(?:movement|group|leaders?)\b", text[m.end():]))


def _foretold(text: str) -> bool:
    """Event words, all of them for what has not happened yet; or a call to protest ("called for a
    million-man march") with no protest said as done."""
    said = [(rx, m) for rx in TRIGGERS for m in rx.finditer(text)]
    if said and not any(happened(text, m, rx) for rx, m in said):
        return True
    return bool(CALL_TO_PROTEST.search(text)) and not any(happened(text, m, rx) for rx, m in said if rx is PROTEST)


def _armed_on_receiving_end(text: str) -> bool:
    """Armed people or places after the violent verb, or before a passive one: "killed two soldiers",
    "the patrol was ambushed". The armed words of the agent ("militants killed a man") do not count."""
    verbs = [m for rx in (ATTACK, CLASH, KILLING) for m in rx.finditer(text)]
    if not verbs:
        return bool(ARMED_TARGET.search(text))
    if _attacks_armed(text) or ARMED_VICTIM.search(text):
        return True
    for v in verbs:
        before = re.split(r"[.;,]", text[max(0, v.start() - 80):v.start()])[-1]
        passive = re.search(r"(?i)\b(?:was|were|been|été|subjected\s+to)\s+(?:\w+\s+){0,2}$", before) or (
            re.search(r"^\s*(?:\w+\s+){1,4}$", before)  # a headline: "Army post attacked in Labbezanga"
            and re.match(r"(?i)\s*(?:in|near|at|by|on|between|during|outside|overnight|[,.]|$)", text[v.end():]))
        if passive and ARMED_TARGET.search(before):
            return True  # "the patrol was ambushed", "Malian army post attacked"
    return False


def _attacks_armed(text: str) -> bool:
    """An attack whose object is armed: "attacked a CMA checkpoint"."""
    for m in ATTACK.finditer(text):
        obj = re.split(r"[.;,]", text[m.end():m.end() + 80])[0]
        armed_obj, civil_obj = ARMED_TARGET.search(obj), CIVILIAN_TARGET.search(obj)
        if armed_obj and (not civil_obj or armed_obj.start() < civil_obj.start()):
            return True
    return False


def no_political_violence(text: str, *, armed_target: bool | None, non_state_agent: bool) -> bool:
    """The rules' own finding that violent words report no political violence (see _reports_no_event)."""
    if armed_target is None:
        armed_target = _armed_on_receiving_end(text)
    return _reports_no_event(text, armed_target=armed_target, non_state_agent=non_state_agent)


def _reports_no_event(text: str, *, armed_target: bool, non_state_agent: bool) -> bool:
    """Violent words, but no political violence: a disaster or an accident, a family crime, ordinary
    crime, old ammunition made safe, a trial or a parade, an earlier event mourned or condemned, the
    business of armies and governments."""

    def hit(rx: re.Pattern):
        return rx.search(text)

    # Disasters and accidents kill soldiers too: only a deliberate attack on them ("ambushed",
    # "opened fire"), not a bare "killed", makes such a report an event.
    if hit(NOT_CONFLICT) and not (hit(ABDUCT) or hit(CLASH) or hit(SHELL) or (armed_target and any(
            not re.match(r"(?i)kill|tu[éa]|dead|morts?", a.group(0)) for a in ATTACK.finditer(text)))):
        return True
    if hit(DOMESTIC) and not non_state_agent:
        return True
    if hit(WAR_REMNANT) and not hit(HARMED):
        return True
    if hit(CRIME) and not (non_state_agent or hit(POLITICAL) or hit(MOB) or hit(PROTEST) or hit(CROWD)):
        return True
    on_ceremony = re.search(r"(?i)\b(?:attack\w*|bomb\w*|fired\s+on|struck|hit|targeted|opened\s+fire\s+on)\s+"
                            r"(?:\w+\s+){0,3}(?:parade|commemoration|ceremony|court|trial|funeral|cortege|burial|mourners)", text)
    if (hit(NO_NEW_EVENT) or hit(SENTENCED)) and not (hit(ARREST) or hit(LOOT) or hit(ABDUCT) or on_ceremony):
        return True  # but "arrested him after a court sentenced him", "attacked a military parade"
    if hit(AFTERMATH) and not (hit(PROTEST) or hit(MOB) or on_ceremony):
        return True
    if hit(SPORT) and not (hit(PROTEST) or hit(MOB) or on_ceremony or any(
            hit(rx) for rx in (SUICIDE, IED, AIR, SHELL, GRENADE, ABDUCT))):
        return True  # but "a suicide bomber struck fans watching football"
    if (hit(ROUTINE) or hit(FORECAST)) and not (hit(PROTEST) or hit(MOB) or hit(ARREST) or on_ceremony):
        return True  # but "arrested after a press conference"
    return False


@dataclass(frozen=True)
class EventType:
    event_type: str
    sub_event_type: str
    score: float
    start: int
    end: int
    trigger: str

    @property
    def disorder_type(self) -> str:
        return DISORDER.get(self.event_type, "")


def classify(text: str, *, civilian_victims: bool, armed_target: bool | None = None,
             state_agent: bool = False, non_state_agent: bool = False) -> EventType | None:
    """The event type of one report (a sentence or a few), or None when it reports no event.

    civilian_victims: the victims or targets named are civilians.
    armed_target: an armed actor is on the receiving end (None: decide from the words).
    """
    if armed_target is None:
        armed_target = _armed_on_receiving_end(text)

    def hit(rx: re.Pattern):
        return next((m for m in rx.finditer(text) if happened(text, m, rx)), None)

    def make(etype: str, sub: str, score: float, m: re.Match) -> EventType:
        return EventType(etype, sub, score, m.start(), m.end(), m.group(0))

    if _reports_no_event(text, armed_target=armed_target, non_state_agent=non_state_agent):
        return None
    violent = hit(ATTACK) or hit(CLASH) or hit(IED) or hit(AIR) or hit(SHELL)
    if m := hit(PROTEST):
        if mob := hit(MOB):
            return make("Riots", "Mob violence", 0.8, mob)
        if hit(EXCESSIVE) or (civilian_victims and re.search(r"(?i)\bkill|tués?\b", text)):
            return make("Protests", "Excessive force against protesters", 0.7, m)
        if riot := hit(RIOT):
            return make("Riots", "Violent demonstration", 0.8, riot)
        if hit(INTERVENTION) and not hit(PEACEFUL_END):
            return make("Protests", "Protest with intervention", 0.8, m)
        return make("Protests", "Peaceful protest", 0.85, m)
    if (m := hit(MOB)) and not non_state_agent:
        return make("Riots", "Mob violence", 0.75, m)
    if (m := hit(RIOTERS)) and not non_state_agent:
        return make("Riots", "Violent demonstration", 0.75, m)  # "angry residents set fire to the gendarmerie"
    if (m := hit(BARRICADE)) and not violent:
        return make("Riots", "Violent demonstration", 0.7, m)
    if m := hit(SUICIDE):
        if d := hit(DEFUSE):
            return make("Strategic developments", "Disrupted weapons use", 0.75, d)  # a car bomb intercepted
        if armed_target and re.search(r"(?i)\b(?:attacked|stormed|assault|clash|gunfire|exchange|fighting|combats?)", text):
            return make("Battles", "Armed clash", 0.75, m)  # a complex attack: the bomb opens a battle
        return make("Explosions/Remote violence", "Suicide bomb", 0.9, m)
    if m := hit(DEFUSE):
        if not (hit(ATTACK) and (civilian_victims or armed_target) and re.search(r"(?i)\bkill|wound|tu[ée]", text)):
            return make("Strategic developments", "Disrupted weapons use", 0.75, m)
    if m := hit(CHEMICAL):
        return make("Explosions/Remote violence", "Chemical weapon", 0.8, m)
    ground = hit(GROUND_FIGHT)
    if m := hit(AIR):
        if ground:
            return make("Battles", "Armed clash", 0.7, ground)  # an air-ground operation
        return make("Explosions/Remote violence", "Air/drone strike", 0.85, m)
    if (m := hit(IED)) and not (hit(CLASH) and re.match(r"(?i)planted", m.group(0))):
        if ground and not re.match(r"(?i)ambush", ground.group(0)):
            return make("Battles", "Armed clash", 0.7, ground)  # a bomb that opens a fight
        return make("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.85, m)
    if m := hit(SHELL):
        if ground:
            return make("Battles", "Armed clash", 0.7, ground)
        return make("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.8, m)
    if m := hit(GRENADE):
        return make("Explosions/Remote violence", "Grenade", 0.8, m)
    if (m := hit(ABDUCT)) and not (re.search(r"(?i)\b(?:clash\w*|fight(?:ing|s)?|fought|exchanges?\s+of|exchanged|"
                                             r"combats?|affrontements?|accrochages?)\b", text)
                                   or (hit(ARMED_VICTIM) and _attacks_armed(text))):
        return make("Violence against civilians", "Abduction/forced disappearance", 0.85, m)
    if m := hit(SEXUAL):
        return make("Violence against civilians", "Sexual violence", 0.8, m)
    if m := hit(RETAKE):
        return make("Battles", "Government regains territory", 0.7, m)
    if (m := hit(TAKEOVER)) and violent:
        return make("Battles", "Non-state actor overtakes territory", 0.7, m)
    if m := hit(CLASH):
        if armed_target or not civilian_victims or re.match(
                r"(?i)clash|fight|fought|exchange|combat|affront|accroch|repel|repuls|rout|resist|ripost|repouss", m.group(0)):
            if civilian_victims and not armed_target and re.match(r"(?i)operations?|raids?|offensive|counter", m.group(0)):
                pass  # an "operation" that killed civilians is violence against civilians
            else:
                return make("Battles", "Armed clash", 0.8, m)
    if (m := hit(ATTACK)) and re.match(r"(?i)execut|exécut|massacr|tortur|slaughter", m.group(0)):
        return make("Violence against civilians", "Attack", 0.8, m)  # summary executions are never battles
    if m := hit(ATTACK):
        # What was attacked decides: "attacked a Malian army base" vs "attacked the village of X".
        obj = re.split(r"[.;]", text[m.end():m.end() + 80])[0]
        armed_obj, civil_obj = ARMED_TARGET.search(obj), CIVILIAN_TARGET.search(obj)
        if OFF_DUTY.search(obj) and not hit(CLASH):
            return make("Violence against civilians", "Attack", 0.75, m)
        if armed_obj and (not civil_obj or armed_obj.start() < civil_obj.start() or re.search(r"(?i)escort", obj)):
            return make("Battles", "Armed clash", 0.75, m)
        if hit(ARMED_VICTIM):  # attacked a village and killed two Dozo militiamen: they fought
            return make("Battles", "Armed clash", 0.7, m)
        if civil_obj or (civilian_victims and not (
                armed_target and re.search(r"(?i)clash|exchange|returned fire|riposte", text))):
            return make("Violence against civilians", "Attack", 0.8, m)
        if armed_target:
            return make("Battles", "Armed clash", 0.75, m)
        if civilian_victims or state_agent or non_state_agent:
            return make("Violence against civilians", "Attack", 0.6, m)
        return None
    if (m := hit(OPERATION)) and hit(KILLING):
        if civilian_victims and not armed_target:
            return make("Violence against civilians", "Attack", 0.6, m)
        return make("Battles", "Armed clash", 0.6, m)
    if m := hit(LOOT):
        return make("Strategic developments", "Looting/property destruction", 0.75, m)
    if (m := hit(ARREST)) and (state_agent or armed_target):
        return make("Strategic developments", "Arrests", 0.7, m)
    # Strategic developments need someone armed behind them: a known actor, or one named in words.
    armed = state_agent or non_state_agent or bool(hit(ARMED_WORDS))
    if m := hit(AGREEMENT):
        if armed:
            return make("Strategic developments", "Agreement", 0.6, m)
    if (m := hit(TAKEOVER)) and non_state_agent:
        return make("Strategic developments", "Non-state actor overtakes territory", 0.6, m)
    if (m := hit(WITHDRAW)) and armed:
        return make("Strategic developments", "Non-violent transfer of territory", 0.5, m)
    if (m := hit(BASE)) and armed:
        return make("Strategic developments", "Headquarters or base established", 0.6, m)
    if (m := hit(OTHER)) and (state_agent or non_state_agent or re.match(r"(?i)mass|charnier|fosse|clandestine", m.group(0))):
        return make("Strategic developments", "Other", 0.6, m)
    if (m := hit(CHANGE)) and armed:
        return make("Strategic developments", "Change to group/activity", 0.5, m)
    return None
