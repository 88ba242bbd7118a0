"""Mentions of one event across reports: the Moura killings as the seeds report them."""

from __future__ import annotations

import datetime as dt

from crisismap.linking import MATCH, EventSummary, link_mentions, match_event, pair_score
from crisismap.models import Mention

MOURA = (14.235, -4.584)
VAC = "Violence against civilians"
FAMA = "Military Forces of Mali (2021-)"


def mention(doc, date, precision=1, *, location="Moura", lat=MOURA[0], lon=MOURA[1], admin1="Mopti", geo=1,
            etype=VAC, actor1=FAMA, actor2="Civilians (Mali)", fatalities=0, country="Mali"):
    return Mention(document_id=doc, event_date=date, time_precision=precision, event_type=etype,
                   actor1=actor1, actor2=actor2, country=country, admin1=admin1, location=location,
                   latitude=lat, longitude=lon, geo_precision=geo, fatalities=fatalities)


def moura_reports():
    return [
        # 001: "in March 2022 ... at least 300 people were reportedly killed ... in Moura"
        mention("001", dt.date(2022, 3, 1), 3, fatalities=300),
        # 004: "in late March 2022 ... executed several hundred people ... in Moura" (geocoded "Mora")
        mention("004", dt.date(2022, 3, 25), 3, location="Mora", lat=14.24, lon=-4.59,
                actor1="Unidentified Armed Group (Mali)", fatalities=100),
        # 003: "over 500 executions ... during a March 2022 operation in Moura"
        mention("003", dt.date(2022, 3, 1), 3, fatalities=500),
    ]


def test_moura_reports_are_one_event():
    clusters = link_mentions(moura_reports())
    assert clusters == [[0, 1, 2]]


def test_other_events_stay_apart():
    reports = moura_reports() + [
        # an attack in Gao, another day and another region
        mention("005", dt.date(2022, 3, 5), location="Gao", lat=16.27, lon=-0.04, admin1="Gao",
                actor1="Islamic State (Sahel)"),
        # two attacks on one village, three weeks apart, each dated to the day
        mention("006", dt.date(2022, 6, 2), location="Boni", lat=15.05, lon=-1.98),
        mention("007", dt.date(2022, 6, 23), location="Boni", lat=15.05, lon=-1.98),
    ]
    clusters = link_mentions(reports)
    assert clusters == [[0, 1, 2], [3], [4], [5]]


def test_reports_a_day_apart_and_a_few_km_apart_are_one_event():
    a = mention("a", dt.date(2023, 1, 10), location="Diallassagou", lat=13.90, lon=-3.67, etype="Battles",
                actor2="JNIM: Group for Support of Islam and Muslims")
    b = mention("b", dt.date(2023, 1, 11), location="Sogara", lat=13.99, lon=-3.58, etype="Battles",  # 14 km
                actor1="JNIM: Group for Support of Islam and Muslims", actor2="")
    c = mention("c", dt.date(2023, 1, 10), location="Diallassagou", lat=13.90, lon=-3.67,
                country="Burkina Faso")
    assert link_mentions([a, b, c]) == [[0, 1], [2]]


def test_same_document_repeats_link_but_distinct_events_do_not():
    summary = mention("d", dt.date(2022, 4, 2))
    body = mention("d", dt.date(2022, 4, 2), fatalities=12)
    other_type = mention("d", dt.date(2022, 4, 2), etype="Battles")
    assert link_mentions([summary, body, other_type]) == [[0, 1], [2]]


def test_a_vague_report_joins_one_event_not_both():
    first = mention("a", dt.date(2022, 6, 2), location="Boni", lat=15.05, lon=-1.98)
    second = mention("b", dt.date(2022, 6, 23), location="Boni", lat=15.05, lon=-1.98)
    # "in June, soldiers killed civilians in the Mopti region": region level, month precision
    vague = mention("c", dt.date(2022, 6, 1), 3, location="Mopti", lat=14.5, lon=-4.2, geo=3)
    clusters = link_mentions([first, second, vague])
    assert sorted(map(len, clusters)) == [1, 2]
    # and a region-level report does not match an event in another region
    assert link_mentions([vague, mention("e", dt.date(2022, 6, 3), admin1="Gao", location="Gao",
                                         lat=16.27, lon=-0.04)]) == [[0], [1]]


def test_copies_of_one_story_link_more_readily():
    a = mention("orig", dt.date(2022, 5, 1), location="Douentza", lat=15.0, lon=-2.95,
                actor1="JNIM: Group for Support of Islam and Muslims")
    # 20 km away, another type and other actors: two events, unless both stories are one story
    b = mention("rewrite", dt.date(2022, 5, 1), location="Boni", lat=15.0, lon=-2.765, etype="Battles")
    ea, eb = EventSummary.from_mention(0, a), EventSummary.from_mention(1, b)
    assert pair_score(ea, eb) < MATCH <= pair_score(ea, eb, same_family=True)
    assert link_mentions([a, b]) == [[0], [1]]
    assert link_mentions([a, b], doc_links={"rewrite": "orig"}) == [[0, 1]]


def test_mentions_without_date_or_country_stay_alone():
    ms = [mention("a", None), mention("b", dt.date(2022, 3, 1), country=""),
          mention("c", dt.date(2022, 3, 1))]
    assert link_mentions(ms) == [[0], [1], [2]]


def test_match_event_picks_the_stored_event():
    events = [
        EventSummary("MLI1", "Mali", dt.date(2022, 3, 27), 1, VAC, FAMA, "Civilians (Mali)", "Mopti", "Moura",
                     *MOURA, 1),
        EventSummary("MLI2", "Mali", dt.date(2022, 3, 27), 1, VAC, "Islamic State (Sahel)", "", "Gao", "Gao",
                     16.27, -0.04, 1),
    ]
    key, score = match_event(moura_reports()[1], events)
    assert key == "MLI1" and score >= MATCH
    key, score = match_event(mention("x", dt.date(2022, 3, 1), location="Gao", lat=16.27, lon=-0.04,
                                     admin1="Gao", etype="Protests"), events)
    assert key is None and score == 0.0


def test_a_distant_village_or_a_region_needs_a_shared_actor():
    jnim = "JNIM: Group for Support of Islam and Muslims"
    here = mention("a", dt.date(2022, 8, 8), location="Boni", lat=15.05, lon=-1.98, actor1=jnim)
    # 40 km east, same day, same type
    unnamed = mention("b", dt.date(2022, 8, 8), location="Hombori", lat=15.05, lon=-1.61,
                      actor1="Unidentified Armed Group (Mali)")
    named = mention("c", dt.date(2022, 8, 8), location="Hombori", lat=15.05, lon=-1.61, actor1=jnim)
    assert link_mentions([here, unnamed]) == [[0], [1]]
    assert link_mentions([here, named]) == [[0, 1]]
    region = mention("d", dt.date(2022, 8, 9), location="Mopti", geo=3, actor1="Unidentified Armed Group (Mali)")
    assert link_mentions([here, region]) == [[0], [1]]
    assert link_mentions([here, mention("e", dt.date(2022, 8, 9), location="Mopti", geo=3, actor1=jnim)]) == [[0, 1]]


def test_a_named_place_without_coordinates_links_whichever_comes_first():
    located = mention("a", dt.date(2022, 3, 2), location="Moura")
    unlocated = mention("b", dt.date(2022, 3, 2), location="Sofara", lat=None, lon=None)  # same admin1
    assert link_mentions([located, unlocated]) == [[0, 1]]
    assert link_mentions([unlocated, located]) == [[0, 1]]
