"""Event mentions from one cleaned document: the stages put together.

A document is read sentence by sentence. A sentence that reports something happening
(an event type) opens a frame; following sentences join it unless they bring another date
or place. Each frame becomes one Mention with ACLED fields and the evidence for each.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from . import dates as dates_mod
from . import type_model as type_models
from .actors import ActorDictionary, ActorMention
from .attribution import reported_by
from .event_types import EventType, classify, no_political_violence, reports_no_new_event
from .event_words import ARMED_VICTIM, INTERVENTION, STATISTIC_RE, STUDY_RE
from .fatalities import KILL, WOUND, coder_remarks, death_counts, reports_no_casualties, settle_claims
from .frame_places import PlaceResolver, ResolvedPlace
from .gazetteer.names import ascii_name
from .models import Document, Mention
from .numbers import NUMERAL_RE, VAGUE_RE
from .places import Toponym, beside_border, find_toponyms, location_name
from .type_model import TypePrediction

REGIONS = {  # ACLED's region of the countries crisismap is used for most
    **dict.fromkeys(["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG"],
                    "Western Africa"),
    **dict.fromkeys(["CM", "CF", "TD", "CD", "CG", "GA", "GQ", "AO"], "Middle Africa"),
    **dict.fromkeys(["DZ", "EG", "LY", "MA", "SD", "TN"], "Northern Africa"),
    **dict.fromkeys(["ET", "KE", "SO", "SS", "UG", "TZ", "RW", "BI", "MZ", "ER", "DJ"], "Eastern Africa"),
}
STANCE_ALLEGED = re.compile(r"(?i)\b(?:alleged(?:ly)?|reportedly|accus(?:ed|ations?)|claim(?:ed|s)?|"
                            r"suspected|believed|présumée?s?|aurai(?:en)?t|selon\s+des\s+témoins|presumably)\b")
STANCE_DENIED = re.compile(r"(?i)\b(?:denied|denies|deny|dismissed|rejected|refuted|démenti|dément|nié|nie|rejeté)\b")
# "were killed by X", "ont été tués par X": X is the agent. Not "accompanied by X".
# Unarmed people on the receiving end of violence, however a report names them.
VICTIM_RE = re.compile(
    r"(?i)\b(?:civilians?|villagers?|residents?|inhabitants?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|babies|"
    r"chiefs?|prisoners?|detainees?|suspects?|spies|spy|informants?|merchants?|traders?|pastoralists?|herders?|"
    r"shepherds?|farmers?|drivers?|passengers?|marketgoers|travell?ers|imams?|marabouts?|teachers?|students?|"
    r"pupils?|notables?|elders?|worshippers?|people|persons?|individuals?|youths?|youngsters?|hostages?|workers?|"
    r"miners?|employees?|officials?|mayors?|councillors?|councilors?|relatives?|families|family|members\s+of\s+the"
    r"\s+\w+\s+community|civils?|villageois|habitants?|femmes?|enfants?|commerçants?|éleveurs?|bergers?|"
    r"cultivateurs?|agriculteurs?|chauffeurs?|passagers?|fidèles|élus?|chefs?\s+de\s+village|personnes?|"
    r"individus|otages?|orpailleurs?|forains?)\b")
VIOLENCE_VERB_RE = re.compile(
    r"(?i)\b(?:kill(?:ed|ing)?|shot|executed|abducted|kidnapped|disappeared|wounded|injured|beat(?:en)?|tortured|"
    r"raped|attacked|targeted|captured|seized|murdered|beheaded|tu(?:é|és|ée|ées)|enlev(?:é|és|ée|ées)|"
    r"exécut(?:é|és|ée|ées)|attaqu(?:é|és|ée|ées)|abattu)\b")
PASSIVE_BY = re.compile(
    r"(?i)(?:\b(?:was|were|been|being|été|is|are)\s+(?:\w+\s+){0,3}?\w+(?:ed|en|wn|t|é|és|ée|ées)|"
    r"\b(?:killed|shot|abducted|kidnapped|attacked|planted|claimed|carried\s+out|conducted|perpetrated|committed|"
    r"ambushed|executed|targeted|led|launched|tu[ée]e?s?|enlev[ée]e?s?|attaqu[ée]e?s?|revendiqu[ée]e?s?|pos[ée]e?s?))"
    r"\s+(?:by|par)\s+(?:the\s+|les\s+|des\s+|suspected\s+|presumed\s+)?(?:\w+\s+){0,2}$")
# The subject of "hit an IED" / "struck a mine" is what the explosive hit.
# "the peacekeepers were targeted by ...": the subject is the target.
PASSIVE_TARGET = re.compile(r"(?i)^[^.;]{0,40}?\b(?:was|were|has\s+been|have\s+been|ont\s+été|a\s+été)\s+(?:\w+\s+)?"
                            r"(?:targeted|attacked|ambushed|hit|struck|shelled|fired\s+upon|visée?s?|attaquée?s?|"
                            r"pris\s+pour\s+cibles?|pris\s+à\s+partie|touchée?s?)\b")
HIT_EXPLOSIVE = re.compile(r"(?i)^[^.;]{0,40}?\b(?:hit|struck|ran\s+over|drove\s+over|stepped\s+on|triggered|"
                           r"a\s+heurté|a\s+sauté\s+sur)\b")
DATELINE_RE = re.compile(r"^\s*[A-ZÀ-Ý][\wÀ-ÿ .'’-]+(?:\s*\([^)]*\))?,\s*$")  # "GOMA, " or "Goma, " before a date
# A story's dateline: "GUSAU, Nigeria — ", "MÉNAKA (Mali) - ", "GOMA, 20 octobre - ", "BAMAKO (Reuters) -".
DATELINE_PLACE_RE = re.compile(
    r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3})(?:,\s*(?P<country>[A-Z][\w'’ .-]{2,30}?))?"
    r"(?:\s*\((?P<paren>[^()]{2,40})\))?(?:,\s*[\w ]{3,25}?)?\s*(?:—|–|--?)(?:\s|$)")
# A brief's place before a colon: "Arbinda : des femmes...", "Nord-Kivu : libération de 12 otages".
HEADLINE_PLACE_RE = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})\s+:\s")
DATELINE_ONLY_RE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]+(?:,\s*[A-Z][\w'’ .-]{2,30})?(?:\s*\([^()]*\))?\s*[-—–]*\s*")
NEWS_AGENCY_RE = re.compile(r"(?i)^(?:AFP|AP|Reuters|Xinhua|ANSA|dpa|AA|APA|Anadolu|MAP|PANA|ANP|EFE|IANS|PTI)$")
RESPONSE_RE = re.compile(r"(?i)\b(?:responded|intervened|repelled|repulsed|routed|fought\s+back|clashed|"
                         r"returned\s+fire|exchange\s+of\s+fire|riposté|repoussé)\b")
# What a raid took or destroyed, and any harm to people: without harm, the raid is looting.
HARMLESS_RAID = re.compile(
    r"(?i)\b(?:seized|stole|took|carried\s+off|looted|pillaged|burn(?:ed|t)|torched|destroyed|emporté|volé|pillé|incendié)"
    r"\b[^.;]{0,60}?\b(?:livestock|cattle|heads|goats|sheep|camels|motorbikes?|motorcycles?|vehicles?|belongings|goods|"
    r"houses|homes|huts|granaries|harvest|shops|bétail|animaux|maisons|greniers|biens)\b")
HARM = re.compile(rf"(?i)\b(?:{KILL}|{WOUND}|abduct\w*|kidnapp?\w*|enlev\w*|rap(?:ed|e)|beat(?:en)?|whipp\w*|"
                  rf"assault\w*)\b")
REPORTING_AFTER = re.compile(r"(?i)\s*(?:\w+\s+){0,2}?(?:said|says|told|reported|announced|confirmed|stated|"
                             r"a\s+(?:indiqué|annoncé|déclaré|affirmé)|ont\s+(?:indiqué|annoncé|déclaré))\b")
REPORTING_BEFORE = re.compile(r"(?i)\b(?:selon|according\s+to|d['’]après)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$")
MAX_FRAME_SENTENCES = 4
ARMED_INTERS = (1, 2, 3, 4, 8)  # ACLED inter codes of state forces, rebels, militias and external forces
_ENDS_SENTENCE = re.compile(r"[.!?…:]['\"»”’)\]]*\s*$")
# Who did it, said after the event: "The device was likely planted by JNIM", "attributed to ISGS".
ATTRIBUTION_RE = re.compile(r"(?i)\b(?:planted|laid|placed|carried\s+out|perpetrated|committed|attributed|blamed|"
                            r"imput[ée]e?s?|attribu[ée]e?s?|pos[ée]e?s?)\s+(?:\w+\s+){0,3}?(?:by|to|on|par|à|au|aux)\b")
DENIAL_REACH = 2  # paragraphs between an event and a denial that answers it ("The army denied this.")
MODEL_DETECTS = 0.3  # the default model's probability that makes an untyped sentence an event
MODEL_OVERRIDES = 0.5  # ... and that replaces the rules' sub-event type
MODEL_VETOES = 0.8  # its probability of "no event" that drops a rule's event with no armed actor named
WEAK_RULE = 0.7  # ... or any rule's event below this score (a threat, a deployment: strategic developments)
SHORT_REPORT_CHARS = 800  # a note or a brief: every event sentence in it is taken as specific
NOTE_CHARS = 600


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    etype: EventType | None = None
    dates: list = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[Toponym] = field(default_factory=list)
    deaths: list = field(default_factory=list)
    no_casualties: re.Match | None = None
    no_event: bool = False  # a running total or a report of no new event (a trial, a parade): never an event
    armed_target: bool | None = None  # an armed actor on the receiving end (None: the rules decide from the words)
    non_state_agent: bool = False  # a non-state armed actor is named as a party
    unarmed_victims: bool = False
    learned: TypePrediction | None = None  # the default model's reading of this sentence


class Extractor:
    """Turns a Document into Mentions. Build once; it holds the models and dictionaries."""

    def __init__(self, gazetteer, actors: ActorDictionary | None = None, *, use_spacy: bool = True,
                 type_model=None, model_threshold: float = 0.5, default_model: bool = True):
        self.gazetteer = gazetteer
        self.actors = actors or ActorDictionary.default()
        self.type_model = type_model  # a user's adapted EventTypeModel, consulted after the rules
        self.model_threshold = model_threshold
        # The shipped model, trained on the project's own reports: finds events no rule words.
        self.default_model = type_models.default_model() if default_model else None
        self.use_spacy = use_spacy
        self.places = PlaceResolver(gazetteer, self.actors)

    # -- sentences -------------------------------------------------------------------------
    def _sentences(self, doc: Document) -> tuple[list[Sentence], list[tuple[int, int, str]]]:
        text = doc.text
        entities: list[tuple[int, int, str]] = []
        spans: list[tuple[int, int]] = []
        if self.use_spacy:
            from .nlp import pipeline

            nlp = pipeline(doc.language)
            # Paragraph by paragraph keeps spaCy's memory flat on long pages.
            for pstart, ptext in _paragraphs(text):
                parsed = nlp(ptext)
                spans += [(pstart + s.start_char, pstart + s.end_char) for s in parsed.sents]
                entities += [(pstart + e.start_char, pstart + e.end_char, e.label_) for e in parsed.ents]
        else:
            for pstart, ptext in _paragraphs(text):
                spans += [(pstart + m.start(), pstart + m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", ptext)]
        para_starts = [m.start() for m in re.finditer(r"\n\s*\n", text)]
        sentences = []
        for s, e in spans:
            if not text[s:e].strip():
                continue
            para = sum(1 for p in para_starts if p < s)
            if sentences and sentences[-1].paragraph == para and (
                    text[s:e].lstrip()[:1] in "[](),;-" or not _ENDS_SENTENCE.search(sentences[-1].text)) and \
                    "\n" not in text[sentences[-1].end:s]:
                # spaCy splits at "[Madougou], ..." and inside "stations-service": a sentence
                # goes on until a full stop
                s = sentences.pop().start
            if sentences and sentences[-1].paragraph == para and DATELINE_ONLY_RE.fullmatch(sentences[-1].text):
                s = sentences.pop().start  # "BAMAKO" | "- Plusieurs milliers...": the dateline opens the sentence
            sentences.append(Sentence(s, e, text[s:e], para))
        return sentences, entities

    # -- per-sentence signals --------------------------------------------------------------
    def _analyse(self, sent: Sentence, doc: Document, entities) -> None:
        t = sent.text
        # A dateline ("BAMAKO, May 12, 2024 —") dates the story, not the event.
        sent.dates = [d for d in dates_mod.find_dates(t, doc.published, doc.language)
                      if not (DATELINE_RE.match(t[:d.start]) and re.match(r"\s*[—–-]", t[d.end:]))]
        sent.actors = self.actors.find(t)
        ents = [(s - sent.start, e - sent.start, label) for s, e, label in entities
                if s >= sent.start and e <= sent.end]
        actor_spans = [(a.start, a.end) for a in sent.actors]
        sent.places = [p for p in find_toponyms(t, ents)
                       if all(p.end <= s or p.start >= e for s, e in actor_spans) or p.source == "hint"]
        if sent.start == 0 and (line := DATELINE_PLACE_RE.match(t) or HEADLINE_PLACE_RE.match(t)) and \
                len(line.group("city")) > 2:
            sent.places.insert(0, _dateline_place(line))
        sent.deaths = death_counts(t)
        sent.no_casualties = reports_no_casualties(t)
        sent.unarmed_victims = _has_unarmed_victims(t) or bool(
            re.search(r"(?i)\b(?:people|persons|civilians|passengers|villagers|personnes|civils)\s+(?:were|ont\s+été)\s+"
                      r"(?:\w+\s+)?(?:killed|wounded|injured|tués|blessés)", t))
        victims = any(a.victim for a in sent.actors) or sent.unarmed_victims
        armed = [a for a in sent.actors if not a.victim and a.inter not in (6, 7)]
        # An armed actor right after a violent verb is the target: "killed 10 JNIM".
        armed_object = any(
            re.fullmatch(r"(?:\s*(?:\w+|\d+)){0,4}\s*", t[v.end():a.start]) and not re.search(r"(?i)\bby\b", t[v.end():a.start])
            for v in VIOLENCE_VERB_RE.finditer(t) for a in armed if a.start > v.end())
        sides = {a.inter for a in armed}
        opposing = bool(sides & {1, 8}) and bool(sides & {2, 3, 4}) or len(
            {a.key for a in armed if a.inter in (2, 3, 4)}) >= 2
        sent.armed_target = True if (opposing or armed_object) and not victims else None if not victims else bool(
            re.search(r"(?i)\b(?:army|soldiers?|troops|camp|base|post|position|convoy|patrol|checkpoint|militants?|"
                      r"fighters?|peacekeepers?|militiam[ae]n|soldats|militaires|poste|camp|convoi)\b", t))
        sent.non_state_agent = any(not self.actors.entries[a.key].get("state") for a in armed)
        sent.etype = classify(t, civilian_victims=victims, armed_target=sent.armed_target,
                              non_state_agent=sent.non_state_agent,
                              state_agent=any(self.actors.entries[a.key].get("state") for a in armed))
        # A running total (a count "so far"), or a trial, a parade, an anniversary: no new event, whatever
        # the model reads in it. "Who had held it since the start of the year" counts nothing.
        sent.no_event = bool(STATISTIC_RE.search(t)) and bool(sent.deaths or NUMERAL_RE.search(t) or VAGUE_RE.search(t)) and (
            not any(d.precision == 1 for d in sent.dates) or bool(STUDY_RE.search(t))) or (
            sent.etype is None and reports_no_new_event(t))
        if sent.no_event:
            sent.etype = None  # kept out of the event list

    def _learned_types(self, sentences: list[Sentence]) -> None:
        """The default model reads every sentence; one the rules leave untyped becomes an event
        sentence where the model is sure enough (the sentence itself is the trigger)."""
        if self.default_model is None or not sentences:
            return
        for sent, pred in zip(sentences, self.default_model.predict([s.text for s in sentences]), strict=True):
            sent.learned = pred
            if sent.etype is not None and pred.event_type is None and pred.probability >= MODEL_VETOES and (
                    sent.etype.score < WEAK_RULE or
                    not any(not a.victim and not _only_reports(sent.text, a) for a in sent.actors)):
                # "a bridge collapsed, killing 130": a verb matched, but no one did it; "unions threatened
                # to halt deliveries": a weak word of a strategic development, whoever is named
                sent.etype = None
            # Only where the sentence says when or where: "The march ended without incident." or "The
            # army says it killed ten" add to an event; they report none of their own.
            # A flood, a burglary: where the rules find no political violence, only a sure model overrules them.
            placed = sent.dates or any(p.source != "region" for p in sent.places)
            if sent.etype is None and not sent.no_event and pred.event_type and pred.probability >= MODEL_DETECTS \
                    and placed and not (pred.probability < MODEL_OVERRIDES and no_political_violence(
                        sent.text, armed_target=sent.armed_target, non_state_agent=sent.non_state_agent)):
                text = sent.text.strip()
                start = sent.text.find(text)
                sent.etype = EventType(pred.event_type, pred.sub_event_type, pred.probability, start,
                                       start + len(text), text)

    # -- frames ----------------------------------------------------------------------------
    def _frames(self, sentences: list[Sentence]) -> list[list[Sentence]]:
        frames: list[list[Sentence]] = []
        current: list[Sentence] | None = None
        for i, sent in enumerate(sentences):
            if sent.etype:
                if current and self._continues(current, sent) and (
                        self._specific(current[0]) or not self._specific(sent)):
                    current.append(sent)
                else:
                    current = [sent]
                    prev = sentences[i - 1] if i else None
                    if prev is not None and self._sets_scene(prev, sent) and not any(prev in f for f in frames):
                        current.insert(0, prev)  # "On 10 May, forces conducted an operation in X. 10 were killed."
                    frames.append(current)
            elif current and RESPONSE_RE.search(sent.text) and sent.paragraph == current[-1].paragraph and \
                    len(current) < MAX_FRAME_SENTENCES and not sent.dates:
                current.append(sent)  # "Village self-defense responded to the attack."
            elif current and ATTRIBUTION_RE.search(sent.text) and sent.paragraph == current[-1].paragraph and \
                    len(current) < MAX_FRAME_SENTENCES and not sent.dates and any(
                        not a.victim and a.inter in ARMED_INTERS for a in sent.actors):
                current.append(sent)  # "The device was likely planted by JNIM militants."
            elif current and current[-1].etype and current[-1].etype.event_type in ("Protests", "Riots") and \
                    INTERVENTION.search(sent.text) and sent.paragraph == current[-1].paragraph:
                current.append(sent)  # "The police dispersed the crowd."
            elif current and not sent.no_event and (sent.deaths or sent.no_casualties or STANCE_DENIED.search(
                    sent.text)) and len(current) < MAX_FRAME_SENTENCES and (
                    sent.paragraph == current[-1].paragraph or (
                        sent.paragraph == current[-1].paragraph + 1 and not sent.dates
                        and not any(p.source != "region" for p in sent.places))):
                current.append(sent)
            else:
                current = None if sent.paragraph != (current[-1].paragraph if current else -1) else current
        return frames

    def _sets_scene(self, prev: Sentence, sent: Sentence) -> bool:
        """An untyped sentence right before an event sentence that lacks a place or a date gives them."""
        if prev.etype or prev.no_event or prev.paragraph != sent.paragraph:
            return False
        places = [p for p in prev.places if p.source not in ("region", "dateline")]
        own = [p for p in sent.places if p.source not in ("region", "dateline")]
        return bool((places and not own) or (prev.dates and not sent.dates and (places or not own)))

    def _specific(self, sent: Sentence) -> bool:
        """Says when or where or how many, below the level of a country."""
        return bool(sent.dates or sent.deaths or any(
            p.source != "region" and p.name not in self.places.country_names and self.gazetteer.country(p.name) is None
            for p in sent.places))

    def _continues(self, frame: list[Sentence], sent: Sentence) -> bool:
        if len(frame) >= MAX_FRAME_SENTENCES or sent.paragraph != frame[-1].paragraph:
            return False
        frame_dates = {d.date for s in frame for d in s.dates}
        if sent.dates and frame_dates and not any(d.date in frame_dates for d in sent.dates):
            return False
        frame_places = {p.name.lower() for s in frame for p in s.places if p.source != "region"}
        new_places = {p.name.lower() for p in sent.places if p.source != "region"}
        if new_places and frame_places and not (new_places & frame_places):
            return False
        return True

    # -- the whole document ----------------------------------------------------------------
    def extract(self, doc: Document) -> list[Mention]:
        sentences, entities = self._sentences(doc)
        if doc.title and sentences and sentences[0].paragraph == 0 and sentences[-1].paragraph > 0 and \
                _same_text(doc.text[:doc.text.find("\n") if "\n" in doc.text else None], doc.title):
            # The headline restates the story's main event; the body says it with evidence.
            sentences = [s for s in sentences if s.paragraph != 0]
        for sent in sentences:
            self._analyse(sent, doc, entities)
        self._learned_types(sentences)
        country = self.places.document_country(doc.text, [s.places for s in sentences])
        mentions = []
        for frame in self._frames(sentences):
            mention = self._mention(doc, frame, country)
            if mention is not None:
                mentions.append(mention)
        _attach_denials(sentences, mentions)
        return mentions

    def _mention(self, doc: Document, frame: list[Sentence], doc_country: str | None) -> Mention | None:
        m = Mention(document_id=doc.id)
        head = frame[0]
        text = " ".join(s.text for s in frame)
        et = self._event_type(m, frame, head, text)
        date_m = self._when(m, frame, doc.published)
        resolved = self._where(m, frame, doc_country)
        country = m.country or doc_country
        # Who
        self._actors(m, frame, et, country)
        # How many
        self._fatalities(m, frame)
        para = _paragraph_of(doc.text, head.start)
        self._coders_figure(m, para)
        if m.sub_event_type == "Attack" and not m.fatalities and HARMLESS_RAID.search(para) and not HARM.search(para):
            # "attacked the village and seized 100 head of livestock; no casualties": ACLED's looting
            m.event_type, m.sub_event_type = "Strategic developments", "Looting/property destruction"
            m.disorder_type = "Strategic developments"
        # Stance and source; a denial in the frame is kept as evidence
        denials = [s for s in frame if STANCE_DENIED.search(s.text)]
        if denials:
            m.add_evidence("denial", denials[0].start, denials[0].end, denials[0].text)
            m.stance = "denied" if denials[0] is head and not STANCE_ALLEGED.search(head.text) else "alleged"
        elif STANCE_ALLEGED.search(text):
            m.stance = "alleged"
        m.reported_by = reported_by(text)
        m.notes = _note(text)
        m.sentence_start = head.start
        m.confidence = self._confidence(m, et, resolved, date_m is not None)
        if not self._is_specific(m, frame, date_m, resolved, len(doc.text) < SHORT_REPORT_CHARS):
            return None
        return m

    def _event_type(self, m: Mention, frame: list[Sentence], head: Sentence, text: str) -> EventType:
        """The rules' type, overruled where the default model is sure of another or an adapted model speaks."""
        # The sentence that says most about what happened gives the type.
        typed = [s for s in frame if s.etype]
        trig_sent = head if head.etype and self._specific(head) else max(
            typed, key=lambda s: (bool(s.deaths), bool(s.dates), s.etype.score))
        et = trig_sent.etype
        if len(frame) > 1 and et.event_type == "Protests":  # "...; police dispersed them" in the next sentence
            et = classify(text, civilian_victims=any(a.victim for s in frame for a in s.actors)) or et
        sure = trig_sent.learned
        if sure is not None and sure.event_type and sure.probability >= MODEL_OVERRIDES and \
                sure.sub_event_type != et.sub_event_type and not (
                    et.sub_event_type == "Armed clash" and ARMED_VICTIM.search(trig_sent.text)):
            # (Armed people killed or wounded: a battle, whatever words around it suggest.)
            # The rules matched a word; the model, trained on whole reports, is sure of another type.
            et = EventType(sure.event_type, sure.sub_event_type, sure.probability, et.start, et.end, et.trigger)
        learned = self.type_model.predict([text])[0] if self.type_model is not None else None
        if learned is not None and learned.event_type and learned.probability >= self.model_threshold:
            et = EventType(learned.event_type, learned.sub_event_type, max(et.score, learned.probability),
                           et.start, et.end, et.trigger)
        elif et.event_type == "Violence against civilians" and et.sub_event_type == "Attack":
            # "...attacked the village. Dan Na Ambassagou militiamen repelled the attack": a battle
            for s in frame[1:]:
                # Repelling an attack takes arms whoever does it ("the village self-defense repelled it").
                if RESPONSE_RE.search(s.text) and (any(a.inter in ARMED_INTERS for a in s.actors) or re.search(
                        r"(?i)\b(?:repelled|repulsed|routed|fought\s+back|returned\s+fire|riposté|repoussé|"
                        r"self-defen[cs]e|(?:village|local)\s+defen[cs]e|vigilantes?|autodéfense)\b", s.text)) \
                        or ARMED_VICTIM.search(s.text):  # "... One Dozo militiaman was killed": armed, they fought
                    et = EventType("Battles", "Armed clash", 0.7, et.start, et.end, et.trigger)
                    break
        m.event_type, m.sub_event_type, m.disorder_type = et.event_type, et.sub_event_type, et.disorder_type
        tsent = next((s for s in frame if et.trigger in s.text), trig_sent)
        tstart = tsent.text.find(et.trigger)
        m.add_evidence("event_type", tsent.start + tstart, tsent.start + tstart + len(et.trigger), et.trigger)

        return et

    @staticmethod
    def _when(m: Mention, frame: list[Sentence], published: dt.date | None):
        """The frame's first date; none: the day before publication."""
        date_m = next((d for s in frame for d in s.dates), None)
        date_sent = next((s for s in frame if s.dates), None)
        if date_m is not None:
            m.event_date, m.time_precision = date_m.date, date_m.precision
            m.add_evidence("event_date", date_sent.start + date_m.start, date_sent.start + date_m.end, date_m.text)
        elif published is not None:
            # Undated reports are news of the day before publication (wire convention).
            m.event_date, m.time_precision = published - dt.timedelta(days=1), 2
        return date_m

    def _where(self, m: Mention, frame: list[Sentence], doc_country: str | None) -> ResolvedPlace | None:
        """The frame's place, else the country it names, else the report's."""
        resolved = self.places.resolve([s.places for s in frame], doc_country)
        if resolved is None:
            named_country = next((self.places.country_names[p.name] for s in frame for p in s.places
                                  if p.name in self.places.country_names and not beside_border(s.text, p.start, p.end)),
                                 None)
            c = self.gazetteer.country(named_country or doc_country) if named_country or doc_country else None
            resolved = ResolvedPlace(c, None, 3, 0.3) if c else None
        if resolved is not None:
            p = resolved.place
            m.country, m.iso = p.country, p.isonumeric
            m.region = REGIONS.get(p.iso2, "")
            m.admin1, m.admin2, m.admin3 = p.admin1 or "", p.admin2 or "", p.admin3 or ""
            top = resolved.unknown or resolved.toponym
            if top is not None and len(top.hints) >= 2 and p.feature != "country":
                # "(Anderamboukane, Menaka)": the text's region stands where the gazetteer's is older
                # (Menaka region was cut out of Gao's in 2016).
                region = self.gazetteer.admin1_place(p.country, top.hints[-1])
                if region is not None and region.admin1 != m.admin1:
                    m.admin1 = region.admin1
                # ... and its cercle is the coder's, where GeoNames' borders (or inferred cercles) differ.
                cercle = self.gazetteer.admin_place(p.country, top.hints[-2], "admin2")
                if cercle is not None and cercle.admin1 in (m.admin1, p.admin1) and p.feature != "admin1":
                    m.admin2 = cercle.admin2
            m.location = (ascii_name(resolved.unknown.name) if resolved.unknown else
                          location_name(p, resolved.toponym.name if resolved.toponym else None))
            m.latitude, m.longitude = round(p.latitude, 4), round(p.longitude, 4)
            m.geo_precision = resolved.precision
            if resolved.toponym is not None:
                tsent = next(s for s in frame if resolved.toponym in s.places)
                top = resolved.toponym
                m.add_evidence("location", tsent.start + top.start, tsent.start + top.end, top.name)
        return resolved

    def _actors(self, m: Mention, frame: list[Sentence], et: EventType, country: str | None) -> None:
        text = " ".join(s.text for s in frame)
        date = m.event_date
        cname = country or ""
        # "Katiba Macina (JNIM)", "JNIM (Katiba Macina)": the bracket names the same side, coded
        # as the associated actor of whichever role the first takes.
        bracketed: dict[int, ActorMention] = {}
        for s in frame:
            for a, b in pairwise(s.actors):
                if re.fullmatch(r"\s*\(\s*", s.text[a.end:b.start]) and s.text[b.end:b.end + 2].lstrip().startswith(")"):
                    bracketed[id(a)] = b
        either = self._either_pairs(frame)  # "JNIM or ISGS militants": one side, named as a pair below
        inside = {id(b) for b in bracketed.values()} | {id(b) for b in either.values()}
        pairs = [(s, a) for s in frame for a in s.actors if id(a) not in inside]
        named = [(s, a) for s, a in pairs if a.inter not in (6, 7)]
        victims = [(s, a) for s, a in pairs if a.victim]
        trig = next((s for s in frame if s.etype), frame[0])
        trig_pos = trig.start + (trig.etype.start if trig.etype else 0)

        def passive_agent():
            """'were killed by X': X is actor1."""
            for s, a in named:
                before = s.text[max(0, a.start - 40):a.start].lower()
                if PASSIVE_BY.search(before) and not (
                        et.event_type == "Strategic developments" and re.search(r"planted\s+by", before)):
                    return s, a
            return None

        agent = passive_agent()
        struck = None  # "a Malian army vehicle hit an IED": the army is the target
        if et.sub_event_type == "Remote explosive/landmine/IED":
            struck = next(((s, a) for s, a in named if s.start + a.start < trig_pos
                           and HIT_EXPLOSIVE.match(s.text[a.end:])), None)
        struck = struck or next(((s, a) for s, a in named if PASSIVE_TARGET.match(s.text[a.end:])), None)
        if agent is None:
            before = [(s, a) for s, a in named if s.start + a.start < trig_pos
                      and (struck is None or a.key != struck[1].key)]
            if before:  # "des jihadistes présumés du JNIM": the named group, not the generic word
                first = before[0]
                named_next = next(((s, a) for s, a in named if s is first[0] and a.inter == 2
                                   and 0 <= a.start - first[1].end < 25), None)
                if named_next and "Militia ({country})" in self.actors.entries[first[1].key]["name"]:
                    before = [named_next] + before
            # After the verb stands the target, except in "clashes between X and Y".
            after = [(s, a) for s, a in named if s is trig and 0 <= s.start + a.start - trig_pos < 80
                     and re.match(r"(?i)clash|fight|combat|affront|accroch|exchange", trig.etype.trigger if trig.etype else "")
                     and not re.search(r"[,;]\s*(?:and|while|but)\b", s.text[trig_pos - s.start:a.start])]
            # An actor after a label or noun trigger ("Property destruction: JNIM militants
            # destroyed ...") is the agent unless a violent verb right before makes it the target.
            subject = [(s, a) for s, a in named if s is trig and s.start + a.start >= trig_pos and (s, a) != struck
                       and not VIOLENCE_VERB_RE.search(s.text[max(0, a.start - 30):a.start])
                       and not re.search(r"(?i)\b(?:against|on|at|contre)\s+(?:\w+\s+){0,3}$", s.text[max(0, a.start - 40):a.start])]
            agent = before[0] if before else (after[0] if after and not victims else (
                subject[0] if subject and et.event_type == "Strategic developments" else None))
        if et.event_type == "Protests" or et.event_type == "Riots":
            who = "Protesters" if et.event_type == "Protests" else "Rioters"
            if et.sub_event_type == "Mob violence":
                who = "Rioters"
            m.actor1, m.inter1 = f"{who} ({cname})" if cname else who, 6 if who == "Protesters" else 5
            state = next(((s, a) for s, a in named if self.actors.entries[a.key].get("state")), None)
            if state and et.sub_event_type != "Peaceful protest":
                m.actor2, m.inter2 = self.actors.name(state[1], country, date)
                self._evidence_actor(m, "actor2", state)
        else:
            if agent is not None:
                m.actor1, m.inter1 = self.actors.name(agent[1], country, date)
                self._evidence_actor(m, "actor1", agent)
            elif et.event_type in ("Violence against civilians", "Battles", "Explosions/Remote violence"):
                m.actor1, m.inter1 = f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group", 3
            # Allies on the agent's side: "FAMa and Wagner forces", "accompanied by ..."
            assoc1 = []
            if agent is not None:
                for s, a in named:
                    if a is agent[1]:
                        continue
                    gap = s.text[agent[1].end:a.start] if s is agent[0] and a.start > agent[1].end else ""
                    if s is agent[0] and a.start > agent[1].end and re.fullmatch(
                            r"(?i)\s*(?:,|and|et|,\s*and|together\s+with|along\s+with|alongside|with|accompanied\s+by|"
                            r"supported\s+by|backed\s+by|and\s+allied|and\s+their\s+allies)\s*(?:the\s+|les\s+|des\s+)?"
                            r"(?:\w+\s+){0,2}|\s*", gap or " "):  # a connector: "clashed with X" is no ally
                        name, _ = self.actors.name(a, country, date)
                        if name != m.actor1 and name not in assoc1:
                            assoc1.append(name)
            m.assoc_actor_1 = "; ".join(assoc1)
            # The other side
            civil_side = victims or any(s.unarmed_victims for s in frame) or (
                et.sub_event_type == "Looting/property destruction" and struck is None) or (
                et.event_type == "Strategic developments" and re.search(
                    r"(?i)\b(?:population|residents|villagers|civilians|habitants|traders|farmers)\b", text))
            if et.event_type == "Violence against civilians" or (civil_side and et.event_type != "Battles"):
                m.actor2, m.inter2 = f"Civilians ({cname})" if cname else "Civilians", 7
                if victims:
                    self._evidence_actor(m, "actor2", victims[0])
                    assoc2 = []
                    for _, a in victims:
                        name = self.actors.associate(a.text, cname) if cname else ""
                        if name and name not in assoc2:
                            assoc2.append(name)
                    m.assoc_actor_2 = "; ".join(assoc2)
            elif struck is not None:
                m.actor2, m.inter2 = self.actors.name(struck[1], country, date)
                self._evidence_actor(m, "actor2", struck)
            else:
                for s, a in named:
                    if agent is not None and a is agent[1]:
                        continue
                    name, inter = self.actors.name(a, country, date)
                    if name != m.actor1 and name not in m.assoc_actor_1:
                        m.actor2, m.inter2 = name, inter
                        self._evidence_actor(m, "actor2", (s, a))
                        break
                if not m.actor2 and et.event_type == "Battles" and m.actor1:
                    m.actor2, m.inter2 = (f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group"), 3
        for role, side in (("assoc_actor_1", agent), ("assoc_actor_2", m.actor2 and next(
                ((s, a) for s, a in named if id(a) in bracketed and self.actors.name(a, country, date)[0] == m.actor2),
                None))):
            if side and id(side[1]) in bracketed:
                name, _ = self.actors.name(bracketed[id(side[1])], country, date)
                if name not in (m.actor1, m.actor2) and name not in getattr(m, role):
                    setattr(m, role, "; ".join(x for x in (getattr(m, role), name) if x))
        for first, second in ((a, either[id(a)]) for _, a in pairs if id(a) in either):
            (na, _), (nb, _) = self.actors.name(first, country, date), self.actors.name(second, country, date)
            role = next((r for r in ("actor1", "actor2") if getattr(m, r) == na), None)
            if role and na != nb:  # ACLED codes the pair as one actor in the role the first one took
                setattr(m, role, f"{na} and/or {nb}")
        if m.inter1:
            m.interaction = m.inter1 * 10 if not m.inter2 else min(m.inter1, m.inter2) * 10 + max(m.inter1, m.inter2)
        if m.actor2.startswith("Civilians") and m.event_type in (
                "Violence against civilians", "Explosions/Remote violence"):
            m.civilian_targeting = "Civilian targeting"

    @staticmethod
    def _either_pairs(frame: list[Sentence]) -> dict[int, ActorMention]:
        """"JNIM or ISGS militants": the report cannot tell which armed group it was."""
        return {id(a): b for s in frame for a, b in pairwise(s.actors)
                if a.inter == b.inter == 2 and re.fullmatch(r"\s+(?:or|ou)\s+", s.text[a.end:b.start])}

    @staticmethod
    def _evidence_actor(m: Mention, name: str, pair) -> None:
        s, a = pair
        m.add_evidence(name, s.start + a.start, s.start + a.end, a.text)

    @staticmethod
    def _fatalities(m: Mention, frame: list[Sentence]) -> None:
        total = low = high = 0
        seen: set[int] = set()
        kept = {id(d) for d in settle_claims([d for s in frame for d in s.deaths])}
        for s in frame:
            for d in s.deaths:
                # A toll repeated in a later sentence counts once; a party's claim may yield to the report's figure.
                if d.acled in seen or id(d) not in kept:
                    continue
                total, low, high = total + d.acled, low + d.low, high + d.high
                m.add_evidence("fatalities", s.start + d.start, s.start + d.end, d.text)
            seen.update(d.acled for d in s.deaths)
            if not s.deaths and s.no_casualties:
                nc = s.no_casualties
                m.add_evidence("fatalities", s.start + nc.start(), s.start + nc.end(), nc.group(0))
        m.fatalities, m.fatalities_low, m.fatalities_high = total, min(low, total) if total else low, max(high, total)

    @staticmethod
    def _coders_figure(m: Mention, para: str) -> None:
        """An ACLED note's own remarks ("Unknown fatalities coded as 3", "Fatalities split across
        two events") in the event's paragraph decide its figure: this report is one of the events
        the toll was split over."""
        coded, parts = coder_remarks(para)
        if coded is not None:
            m.fatalities = coded
            m.fatalities_low, m.fatalities_high = min(m.fatalities_low, coded), max(m.fatalities_high, coded)
        if parts and m.fatalities:
            m.fatalities = -(-m.fatalities // parts)  # the larger share: ACLED gives the remainder to the first

    def _names_village(self, top: Toponym) -> bool:
        """A name that is no country, region or armed group: "Djugu-Bule", not "Ituri" or "CODECO"."""
        return top.source in ("pattern", "hint", "hint-first", "coded", "ner", "dateline") and len(top.name) > 3 and \
            top.name[0].isupper() and not self.places.names_country(top.name) and not self.actors.find(top.name)

    @staticmethod
    def _confidence(m: Mention, et: EventType, resolved: ResolvedPlace | None, dated: bool) -> float:
        c = et.score
        c *= 1.0 if dated else 0.75
        c *= {1: 1.0, 2: 0.92, 3: 0.75}.get(resolved.precision, 0.6) if resolved else 0.55
        c *= 1.0 if m.actor1 and not m.actor1.startswith("Unidentified") else 0.85
        if m.stance == "alleged":
            c *= 0.95
        return round(min(c, 0.99), 3)

    def _is_specific(self, m: Mention, frame, date_m, resolved, short: bool) -> bool:
        """General statements ("attacks have spread to Niger") are not events.

        An event in a long article needs two of: a date written in the text, a place
        below the region level, a death toll. A short report is about one event by nature;
        there a village the gazetteer lacks counts as a place: the report says where.
        """
        placed = resolved is not None and resolved.precision < 3 or short and any(
            self._names_village(p) for s in frame for p in s.places)
        signals = (date_m is not None) + placed + (m.fatalities > 0)
        if any(s.no_casualties for s in frame):
            signals += 1
        return signals >= (1 if short else 2)


def _dateline_place(line: re.Match) -> Toponym:
    """Where the story was filed: the event's place when the text names none nearer (weighted low)."""
    groups = line.groupdict()
    hints = tuple(h for h in (groups.get("country"), groups.get("paren")) if h and not NEWS_AGENCY_RE.match(h.strip()))
    city = line.group("city")
    return Toponym(line.start("city"), line.end("city"), city.title() if city.isupper() else city, hints, True,
                   "dateline")


def _attach_denials(sentences: list[Sentence], mentions: list[Mention]) -> None:
    """A denial outside any event's frame ("The army denied this.") goes to the event it
    answers: the nearest one up to DENIAL_REACH paragraphs before it, else the next one after.
    The report still asserts the event; the denial is kept as evidence of who denies it."""
    if not mentions:
        return
    para = {s.start: s.paragraph for s in sentences}
    heads = [(para.get(m.sentence_start, 0), m) for m in mentions]
    used = {e.start for m in mentions for e in m.evidence if e.field == "denial"}
    for sent in sentences:
        if sent.start in used or not STANCE_DENIED.search(sent.text):
            continue
        before = [(sent.paragraph - p, m) for p, m in heads if 0 <= sent.paragraph - p <= DENIAL_REACH
                  and m.sentence_start < sent.start]
        after = [(p - sent.paragraph, m) for p, m in heads if 0 <= p - sent.paragraph <= 1
                 and m.sentence_start > sent.start]
        if before or after:  # the closest; among equals the last before, the first after
            target = min(before, key=lambda x: (x[0], -x[1].sentence_start))[1] if before else \
                min(after, key=lambda x: (x[0], x[1].sentence_start))[1]
            target.add_evidence("denial", sent.start, sent.end, sent.text)


def _same_text(a: str, b: str) -> bool:
    def norm(x):
        return re.sub(r"\W+", " ", x).strip().lower()
    return norm(a) == norm(b)


def _has_unarmed_victims(text: str) -> bool:
    """An unarmed person named within a few words after a violent verb, or before "was killed"."""
    for verb in VIOLENCE_VERB_RE.finditer(text):
        after = text[verb.end():verb.end() + 70]
        victim = VICTIM_RE.search(after)
        if victim and len(after[:victim.start()].split()) <= 5 and not re.search(
                r"(?i)\b(?:militants?|soldiers?|fighters?|jihadists?|militiam[ae]n|gunmen|assailants)\b",
                after[:victim.start()]):
            return True
        before = text[max(0, verb.start() - 60):verb.start()]
        victims_before = list(VICTIM_RE.finditer(before))
        if victims_before and re.search(r"(?i)\b(?:was|were|been|a\s+été|ont\s+été)\s+(?:\w+\s+)?$", before):
            return True
    return False


def _paragraphs(text: str):
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        yield m.start(), m.group(0)


def _only_reports(text: str, a: ActorMention) -> bool:
    """"..., police said", "selon la police": the actor is the source, not a party to the event."""
    return bool(REPORTING_AFTER.match(text, a.end) or REPORTING_BEFORE.search(text, max(0, a.start - 25), a.start))


def _paragraph_of(text: str, pos: int) -> str:
    return next((t for s0, t in _paragraphs(text) if s0 <= pos < s0 + len(t)), "")


def _note(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= NOTE_CHARS else text[:NOTE_CHARS].rsplit(" ", 1)[0] + " ..."
