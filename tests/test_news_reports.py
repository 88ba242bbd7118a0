"""Wire-style reports: datelines, scene-setting sentences, events worded in ways no rule knows."""

from __future__ import annotations

import datetime as dt

from support import extract_text

_events = extract_text


def test_a_dateline_places_an_event_the_text_places_no_nearer(extractor):
    (m,) = _events(extractor, "KAMPALA — Police dispersed a small group of activists who had gathered outside "
                              "parliament on Tuesday and arrested six of them, a lawyer said.")
    assert (m.location, m.country, m.geo_precision) == ("Kampala", "Uganda", 2)
    assert m.sub_event_type == "Protest with intervention"


def test_a_french_dateline_does_not_split_the_sentence(extractor):
    (m,) = _events(extractor, "MÉNAKA (Mali) - Des hommes armés ont tué trois civils dimanche près du marché.")
    assert (m.country, m.sub_event_type, m.fatalities) == ("Mali", "Attack", 3)
    assert m.event_date == dt.date(2023, 5, 7)


def test_a_news_agency_in_the_dateline_is_not_a_place_hint(extractor):
    (m,) = _events(extractor, "BAMAKO (Reuters) - Gunmen killed four soldiers in an ambush on Monday, the army said.")
    assert m.country == "Mali"


def test_the_sentence_before_an_event_sets_its_place_and_date(mali_extractor):
    (m,) = _events(mali_extractor, "On 10 September 2020, French forces conducted an air-ground operation in the "
                                   "area of Foulsere (Douentza, Mopti). 10 JNIM militants were reportedly killed.")
    assert (m.location, m.admin1, m.event_date, m.fatalities) == ("Foulsere", "Mopti", dt.date(2020, 9, 10), 10)


def test_an_event_only_the_model_recognises_is_found(extractor):
    (m,) = _events(extractor, "ABIDJAN - Un présumé voleur de moto a été battu à mort par une foule à Yopougon "
                              "dimanche, selon des habitants.")
    assert m.sub_event_type == "Mob violence" and m.country == "Ivory Coast"


def test_a_report_of_something_else_gives_no_event(extractor):
    assert _events(extractor, "NIAMEY — Floods after three days of heavy rain destroyed 2,000 homes in the capital "
                              "on Sunday, the civil protection agency said.") == []


def test_a_war_s_toll_and_a_protest_called_for_next_week_are_no_events(extractor):
    assert _events(extractor, "GENEVA — More than 10,000 people have been killed in the first year of the war "
                              "between the army and the militia, the agency said.") == []
    assert _events(extractor, "KHARTOUM — The opposition called for a million-man march on 30 June to demand "
                              "civilian rule, a spokesman said on Monday.") == []


def test_a_town_held_since_the_start_of_the_year_is_no_running_total(extractor):
    (m,) = _events(extractor, "MOPTI, Mali — Malian troops retook the town of Dialloubé from militants who had held "
                              "it since the start of the year, the army said.")
    assert m.sub_event_type == "Government regains territory"


def test_a_mixed_case_dateline_dates_the_story_not_the_event(extractor):
    assert _events(extractor, "Goma, 8 juin - Plus de 1 300 victimes de violences sexuelles ont été prises en charge "
                              "par une ONG au cours des deux dernières semaines de mai.") == []


def test_a_killing_verb_with_no_one_doing_it_is_no_event(extractor):
    assert _events(extractor, "MORBI, India — A century-old suspension bridge collapsed into the river on Sunday "
                              "evening, killing more than 130 people.") == []


def test_a_raid_that_harms_no_one_is_looting(mali_extractor):
    (m,) = _events(mali_extractor, "On 13 October 2020, unknown gunmen attacked the Dogon village of Goroboro (Koro, "
                                   "Mopti). The gunmen seized livestock. No casualties reported.")
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    (m,) = _events(mali_extractor, "On 13 October 2020, unknown gunmen attacked the village of Goroboro (Koro, "
                                   "Mopti). The gunmen seized livestock and wounded two herders.")
    assert m.sub_event_type == "Attack"


def test_the_police_as_a_source_do_not_make_a_robbery_political(extractor):
    assert _events(extractor, "ABIDJAN - Des malfaiteurs ont braqué une agence bancaire à Yopougon et emporté "
                              "plusieurs millions de francs CFA, sans faire de blessés, selon la police.") == []


def test_an_attack_on_a_village_that_kills_its_armed_defenders_is_a_battle(extractor):
    (m,) = _events(extractor, "On 18 November 2020, militants attacked a village near Niono in Mali. "
                              "One Dozo militiaman was killed and another wounded.")
    assert (m.event_type, m.sub_event_type) == ("Battles", "Armed clash")


def test_an_attack_on_a_village_that_kills_villagers_stays_an_attack(extractor):
    (m,) = _events(extractor, "On 18 November 2020, militants attacked a village near Niono in Mali. "
                              "Two women were killed and another wounded.")
    assert (m.event_type, m.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_hyphenated_word_does_not_end_a_french_sentence(extractor):
    (m,) = _events(extractor, "Des jeunes en colère ont érigé des barricades, incendié des pneus et saccagé des "
                              "stations-service à Dakar pour protester contre l'arrestation d'un opposant.")
    assert (m.sub_event_type, m.location, m.country) == ("Violent demonstration", "Dakar", "Senegal")


def test_who_planted_the_bomb_said_after_the_event_is_its_actor(extractor):
    (m,) = _events(extractor, "On 22 October 2020, a Malian army vehicle struck an IED near Bandiagara. One soldier "
                              "was wounded. The device was likely planted by JNIM militants.")
    assert m.actor1 == "JNIM: Group for Support of Islam and Muslims" and m.inter1 == 2
