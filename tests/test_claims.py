"""Quotes and statements (figures not tied to one event) with who states them."""

import datetime as dt

import pytest

from crisismap.claims import KINDS, QUALIFIERS, quotes, statements
from crisismap.cleaning import clean_text
from crisismap.pubdate import resolve_published
from support import shared_path

PUBLISHED = dt.date(2023, 2, 8)


# --- quotes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, said", [
    ("“We will stay in Mali as long as needed,” said Lavrov at a news conference.",
     "Lavrov", "We will stay in Mali as long as needed"),
    ("Lavrov said: “We will stay in Mali as long as needed.”", "Lavrov", "We will stay in Mali as long as needed."),
    ("According to Human Rights Watch, “the killings must be investigated at once.”",
     "Human Rights Watch", "the killings must be investigated at once."),
    ("A UN spokesperson told Reuters “the mission will leave the country by December.”",
     "a UN spokesperson", "the mission will leave the country by December."),
    ("“The mission will leave the country,” the U.N. experts said in a press release.",
     "U.N. experts", "The mission will leave the country"),
    ("“It is over for us here,” Mali’s interim president, Colonel Assimi Goïta, said in a speech.",
     "Colonel Assimi Goïta", "It is over for us here"),
    ("Beverly Ochieng, an analyst at a think tank, pointed out: “Our point of contact remains the same.”",
     "Beverly Ochieng", "Our point of contact remains the same."),
    ("« Les mercenaires sont partis du pays », a déclaré Abdoulaye Diop.",
     "Abdoulaye Diop", "Les mercenaires sont partis du pays"),
    ("« Nous ne quitterons pas le Mali », a déclaré le ministre de la Défense.",
     "le ministre de la Défense", "Nous ne quitterons pas le Mali"),
    ("Selon Amnesty International, « les exécutions doivent cesser immédiatement ».",
     "Amnesty International", "les exécutions doivent cesser immédiatement"),
    ("Le porte-parole a déclaré : « La situation est sous contrôle. »", "le porte-parole",
     "La situation est sous contrôle."),
    ("“The situation is under control and the army is strong,” an official said.", "an official",
     "The situation is under control and the army is strong"),
    ("\"The army will not leave the north,\" the minister said.", "the minister",
     "The army will not leave the north"),
])
def test_quote_and_its_speaker(text, speaker, said):
    (quote,) = quotes(text)
    assert (quote.speaker, quote.text) == (speaker, said)
    assert (quote.start, quote.end) == (0, len(text))


def test_he_said_is_the_person_last_quoted_by_name():
    text = ("“We are ready to help the whole region,” said Lavrov. “Our aviation equipment is working well,” he said.")
    assert [q.speaker for q in quotes(text)] == ["Lavrov", "Lavrov"]


def test_quote_span_is_its_sentence_in_the_text():
    text = "Fighting went on. Diop said: “Russia is here at our request and will stay.” Then he left."
    (quote,) = quotes(text)
    assert text[quote.start:quote.end] == "Diop said: “Russia is here at our request and will stay.”"


def test_unknown_speaker_and_scare_quotes():
    assert quotes("The junta called the reports “fake news” and moved on.") == []
    (quote,) = quotes("“The fight against terrorism concerns the whole region.”")
    assert quote.speaker == ""


def test_quote_left_open_runs_to_the_end_of_its_paragraph():
    (first, second) = quotes("“One key area is the nature of the engagement.\n\n“The reality is that no law exists,” he said.")
    assert first.text == "One key area is the nature of the engagement."
    assert second.text == "The reality is that no law exists"


# --- statements ------------------------------------------------------------------------------

def only(text, published=PUBLISHED, kind=None):
    found = [s for s in statements(text, published) if kind is None or s.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, subject, value, unit, qualifier", [
    ("Wagner has been in Mali for more than a year.", "Wagner presence in Mali", 1, "years", "more than"),
    ("Wagner mercenaries have officially left Mali after three and a half years.",
     "Wagner presence in Mali", 3.5, "years", ""),
    ("The Wagner Group, a Russian company, has been operating in Mali for over 5 years.",
     "Wagner Group presence in Mali", 5, "years", "more than"),
    ("A UN force, MINUSMA, was present in Mali for a decade.", "MINUSMA presence in Mali", 10, "years", ""),
    ("The French troops were stationed in Niger for about 18 months.", "French presence in Niger", 18, "months", "about"),
    ("Wagner est présent au Mali depuis plus de deux ans.", "Wagner presence in Mali", 2, "years", "more than"),
    ("Les mercenaires de Wagner ont quitté le Mali après trois ans et demi.", "Wagner presence in Mali", 3.5,
     "years", ""),
])
def test_duration_of_a_presence_holds_at_the_publication_date(text, subject, value, unit, qualifier):
    s = only(text)
    assert (s.kind, s.subject, s.value, s.unit, s.qualifier) == ("duration", subject, value, unit, qualifier)
    assert s.as_of == PUBLISHED and (s.start, s.end) == (0, len(text)) and s.text == text


@pytest.mark.parametrize("text, subject, value, qualifier", [
    ("Russia has deployed about 1,000 Wagner fighters to the country.", "Wagner fighters", 1000, "about"),
    ("The almost 18,000-strong UN peacekeeping mission is leaving.", "UN peacekeeping mission", 18000, "nearly"),
    ("France withdrew its 2,400 French troops in Mali.", "French troops in Mali", 2400, ""),
    ("La France comptait environ 5 100 soldats au Mali.", "soldats au Mali", 5100, "about"),
])
def test_troop_numbers(text, subject, value, qualifier):
    s = only(text)
    assert (s.kind, s.subject, s.value, s.unit, s.qualifier) == ("troops", subject, value, "troops", qualifier)


@pytest.mark.parametrize("text, subject, value, unit, source", [
    ("The US says Wagner is paid $10.8 million a month.", "Wagner payment per month", 10_800_000, "USD", "US"),
    ("The Wagner Group – which the US has claimed is on a $10m (£8.3m) a month deal – said nothing.",
     "Wagner Group payment per month", 10_000_000, "USD", "US"),
    ("Wagner recevrait 10,8 millions de dollars par mois.", "Wagner payment per month", 10_800_000, "USD", ""),
    ("Mali pays a fee of €2 million per year to the company.", "Mali payment per year", 2_000_000, "EUR", ""),
])
def test_payments(text, subject, value, unit, source):
    s = only(text)
    assert (s.kind, s.subject, s.value, s.unit, s.source) == ("payment", subject, value, unit, source)


@pytest.mark.parametrize("text, subject, value, unit, qualifier, as_of", [
    ("At least 700 people have been killed in incidents involving the mercenaries so far.",
     "deaths", 700, "people", "at least", PUBLISHED),
    ("In 2022, 4,803 people were killed in Mali.", "deaths in Mali", 4803, "people", "", dt.date(2022, 12, 31)),
    ("So far in 2023, 500 civilians have been killed.", "deaths", 500, "people", "", PUBLISHED),
    ("Drone strikes have thus far killed at least 20 civilians.", "deaths", 20, "people", "at least", PUBLISHED),
    ("The number of internally displaced people rose to more than 422,000.", "displaced people", 422000,
     "people", "more than", PUBLISHED),
    ("Humanitarian needs increased by 17% compared to 2022.", "Humanitarian needs", 17, "percent", "", PUBLISHED),
    ("Civilian deaths have more than doubled over the past year.", "Civilian deaths", 2, "times", "more than",
     PUBLISHED),
    ("Au total, 300 civils ont été tués au Mali depuis le début de l'année.", "deaths in Mali", 300, "people", "",
     PUBLISHED),
])
def test_statistics(text, subject, value, unit, qualifier, as_of):
    s = only(text)
    assert (s.kind, s.subject, s.value, s.unit, s.qualifier, s.as_of) == (
        "statistic", subject, value, unit, qualifier, as_of)


def test_figures_of_two_years_in_one_sentence_keep_their_own_year():
    found = statements("Deaths rose between 2021 – when there were 1,913 deaths – and 2022 when there were "
                       "4,803 deaths.", PUBLISHED)
    assert [(s.value, s.as_of) for s in found] == [(1913, dt.date(2021, 12, 31)), (4803, dt.date(2022, 12, 31))]


def test_year_of_publication_gives_the_publication_date():
    s = only("In 2023, 500 civilians were killed in Mali.", dt.date(2023, 6, 1))
    assert s.as_of == dt.date(2023, 6, 1)
    assert only("In 2023, 500 civilians were killed in Mali.", None).as_of == dt.date(2023, 12, 31)


def test_last_year_and_no_publication_date():
    assert only("Civilian losses more than doubled last year.").as_of == dt.date(2022, 12, 31)
    assert only("Wagner has been in Mali for more than a year.", None).as_of is None


def test_source_of_a_statement():
    assert only("Human Rights Watch said at least 1,000 civilians were killed in 2022.").source == "Human Rights Watch"
    assert only("According to data from Acled Info, civilian losses more than doubled.").source == "Acled Info"
    assert only("“Wagner has been in Mali for three years,” said the minister.").source == "the minister"
    assert only("Wagner has been in Mali for three years, though this was never confirmed by Bamako.").source == ""


@pytest.mark.parametrize("text", [
    "10 civilians were killed in Moura on Sunday.",
    "At least 300 people were killed in Moura in late March 2022.",
    "His rivals said they killed 15 mercenaries and shot down a drone.",
    "Several hundred soldiers were seen in Gao.",
    "He was sentenced to prison for five years.",
    "The EU gave $5 million to the army.",
    "The insurgency began in 2012 in the north.",
    "The junta has been fighting jihadists since 2012.",
])
def test_no_statement(text):
    assert statements(text, PUBLISHED) == []


def test_vocabularies_are_small_and_documented():
    assert set(KINDS) == {"statistic", "duration", "troops", "payment"}
    assert set(QUALIFIERS.values()) == {"more than", "at least", "about", "nearly", "up to", "less than"}


# --- the real seeds --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds():
    out = {}
    for path in sorted(shared_path("seeds").glob("*.txt")):
        text, _ = clean_text(path.read_text(encoding="utf-8"))
        published, _ = resolve_published(None, None, text)
        out[path.name[:3]] = (text, published)
    return out


def test_wagner_durations_in_the_seeds_hold_at_each_article_date(seeds):
    found = {}
    for seed, (text, published) in seeds.items():
        for s in statements(text, published):
            if s.kind == "duration" and "Wagner" in s.subject:
                assert s.subject.endswith("presence in Mali") and s.unit == "years"
                assert s.as_of == published and text[s.start:s.end] == s.text
                found.setdefault(seed, []).append((s.value, s.qualifier))
    assert found == {"000": [(5, "more than")], "001": [(1, "more than")], "003": [(3.5, ""), (3.5, "")]}
    assert seeds["001"][1] and seeds["003"][1]  # each held at a date, to be set side by side


def test_seed_figures_deaths_by_year_and_the_monthly_fee(seeds):
    text, published = seeds["001"]
    found = statements(text, published)
    deaths = {s.value: s.as_of.year for s in found if s.kind == "statistic" and s.subject.startswith("deaths")}
    assert deaths[1913] == 2021 and deaths[4803] == 2022 and 700 in deaths
    (fee,) = [s for s in found if s.kind == "payment"]
    assert (fee.value, fee.unit, fee.source) == (10_000_000, "USD", "US") and "month" in fee.subject


def test_seed_quotes_have_named_speakers(seeds):
    speakers = {q.speaker for text, _ in seeds.values() for q in quotes(text)}
    assert {"Lavrov", "Human Rights Watch", "Tine"} <= speakers
    for text, _ in seeds.values():
        for q in quotes(text):
            assert q.text in text[q.start:q.end]
