"""One event's figures from its reports: the Moura killings, an outlier, rewrites and denials."""

from __future__ import annotations

import datetime as dt

import pytest

from crisismap.models import Evidence, Mention
from crisismap.reconcile import denier, reconcile

ARMY_DENIED = "The army denied this, instead speaking of how their armed forces had become stronger."
JUNTA_DENIED = "The Malian junta has consistently denied these accusations, yet skepticism remains."


def report(doc, figure, text, low=None, high=None, *, date=dt.date(2022, 3, 1), precision=3, stance="alleged",
           denial=None, location="Moura", geo=1, reported_by=""):
    m = Mention(document_id=doc, event_date=date, time_precision=precision,
                event_type="Violence against civilians", country="Mali", admin1="Mopti", location=location,
                latitude=14.235, longitude=-4.584, geo_precision=geo, fatalities=figure,
                fatalities_low=figure if low is None else low,
                fatalities_high=figure if high is None else high, stance=stance, reported_by=reported_by)
    if text:
        m.evidence.append(Evidence("fatalities", 100, 100 + len(text), text))
    if denial:
        m.evidence.append(Evidence("denial", 400, 400 + len(denial), denial))
    return m


def moura():
    mentions = [
        report("001", 300, "300", denial=ARMY_DENIED),  # "at least 300 people were reportedly killed"
        report("004", 100, "several hundred", 100, 900, date=dt.date(2022, 3, 25)),  # UN experts
        report("003", 500, "500", denial=JUNTA_DENIED),  # "over 500 executions"
    ]
    return mentions, ["001", "004", "003"], [True, True, True]


def test_moura_is_three_sources_low_300_high_above_500():
    r = reconcile(*moura())
    assert r.independent_sources == 3 and r.sources == ["001", "004", "003"]
    assert r.fatalities == 300  # the lowest firm figure: "several hundred" (ACLED 100) does not set it
    assert r.fatalities_low == 300
    assert r.fatalities_best == 400  # median of the firm figures 300 and 500
    assert r.fatalities_high == 900 > 500  # "several hundred" still widens the range
    assert [(c.value, c.evidence_text, c.source) for c in r.contradictions] == [
        (100, "several hundred", "004"), (300, "300", "001"), (500, "500", "003")]
    assert r.contradictions[0].flags == ["vague"]
    assert [(d.who, d.source) for d in r.denials] == [("army", "001"), ("Malian junta", "003")]
    assert (r.event_date, r.time_precision) == (dt.date(2022, 3, 1), 3)
    assert (r.location, r.geo_precision, r.place_from) == ("Moura", 1, 0)


def test_an_absurd_figure_is_kept_as_a_claim_but_not_used():
    mentions, sources, independent = moura()
    mentions.append(report("typo", 30000, "30,000"))
    r = reconcile(mentions, [*sources, "typo"], [*independent, True])
    assert (r.fatalities, r.fatalities_low, r.fatalities_best, r.fatalities_high) == (300, 300, 400, 900)
    assert [(c.value, c.source) for c in r.outliers] == [(30000, "typo")]
    assert r.independent_sources == 4  # it still reports the event
    assert 30000 in [c.value for c in r.contradictions]


def test_rewrites_are_not_independent_sources():
    mentions, sources, independent = moura()
    # 000 rewrites 001 and changes nothing; a copy of 003 lowers its figure
    mentions += [report("000", 300, "300"), report("003-copy", 200, "200")]
    r = reconcile(mentions, [*sources, "000", "003-copy"], [*independent, False, False])
    assert r.independent_sources == 3 and "000" not in r.sources
    assert (r.fatalities, r.fatalities_low, r.fatalities_best) == (300, 300, 400)
    copy_claim = next(c for c in r.claims if c.source == "003-copy")
    assert copy_claim.flags == ["not-independent"]
    # every statement is still listed, marked
    assert {(c.source, c.value) for c in r.claims} == {("001", 300), ("004", 100), ("003", 500), ("000", 300),
                                                       ("003-copy", 200)}


def test_a_denial_does_not_confirm():
    mentions, sources, independent = moura()
    mentions.append(report("gov", 0, "", stance="denied", reported_by="Government of Mali",
                           denial="The government denied that any civilians were killed in Moura."))
    r = reconcile(mentions, [*sources, "gov"], [*independent, True])
    assert r.independent_sources == 3
    assert ("government", "gov") in [(d.who, d.source) for d in r.denials]
    assert r.fatalities == 300


def test_vague_figures_alone_give_the_floor_and_the_range():
    mentions = [report("a", 12, "dozens", 24, 99), report("b", 100, "hundreds", 200, 999)]
    r = reconcile(mentions, ["a", "b"], [True, True])
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (12, 12, 999)


def test_no_figures_and_zero_claims():
    r = reconcile([report("a", 0, "")], ["a"], [True])
    assert (r.fatalities, r.fatalities_high, r.claims) == (0, 0, [])
    r = reconcile([report("a", 0, "no casualties"), report("b", 4, "four")], ["a", "b"], [True, True])
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (4, 4, 4)
    assert [c.flags for c in r.contradictions] == [["zero"], []]


def test_date_and_place_take_the_most_precise_report():
    mentions = [report("a", 5, "5", date=dt.date(2022, 3, 1), precision=3, location="Mopti", geo=3),
                report("b", 5, "5", date=dt.date(2022, 3, 27), precision=1),
                report("c", 5, "5", date=dt.date(2022, 3, 26), precision=1, location="Mora", geo=1),
                report("d", 5, "5", date=dt.date(2022, 3, 28), precision=1)]
    r = reconcile(mentions, list("abcd"), [True] * 4)
    assert (r.event_date, r.time_precision, r.date_from) == (dt.date(2022, 3, 26), 1, 2)
    assert (r.location, r.place_from) == ("Moura", 1)  # precise, and reported twice
    assert r.contradictions == []


@pytest.mark.parametrize("sentence, who", [
    (ARMY_DENIED, "army"),
    (JUNTA_DENIED, "Malian junta"),
    ("Malian authorities have denied these allegations, emphasizing training.", "Malian authorities"),
    ("The UN called for inquiries into war crimes, which the Malian authorities have consistently denied.",
     "Malian authorities"),
    ("The claims were denied by the Ministry of Defence on Sunday.", "Ministry of Defence"),
    ("Nothing here says no.", ""),
])
def test_who_denies(sentence, who):
    assert denier(sentence) == who


def test_inputs_must_line_up():
    with pytest.raises(ValueError, match="one source and one independence flag per mention"):
        reconcile([report("a", 1, "1")], ["a", "b"], [True])
