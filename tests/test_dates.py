"""Event dates resolved against the publication date, with ACLED's time_precision."""

import datetime as dt

import pytest

from crisismap.dates import find_dates

PUB = dt.date(2023, 2, 10)


@pytest.mark.parametrize("text, lang, day, precision", [
    ("On 30 June 2022, suspected JNIM militants killed three farmers", "en", "2022-06-30", 1),
    ("Around 6 May 2022 (month of), the army claimed", "en", "2022-05-06", 3),
    ("Around 19 May 2022 (between 18 - 21 May), French troops seized weapons", "en", "2022-05-19", 2),
    ("On 11-12 March, joint forces carried out operations", "en", "2022-03-12", 2),
    ("over several days in late March 2022, soldiers executed", "en", "2022-03-25", 3),
    ("During a visit to Mali on Feb. 7, Lavrov said", "en", "2023-02-07", 1),
    ("Last March, Mali banned broadcasts", "en", "2022-03-01", 3),
    ("the night of 3 to 4 June, gunmen attacked", "en", "2022-06-03", 1),
    ("dans la nuit du 3 au 4 juin, des hommes armés ont attaqué", "fr", "2022-06-03", 1),
    ("Deux civils ont été tués dimanche dernier près de Mopti", "fr", "2023-02-05", 1),
    ("the army said yesterday", "en", "2023-02-09", 1),
    ("On 1 July 2022 the village was attacked", "en", "2022-07-01", 1),
    ("le 1er juillet 2022, des hommes armés", "fr", "2022-07-01", 1),
])
def test_dates(text, lang, day, precision):
    found = find_dates(text, PUB, lang)
    assert found, text
    assert (found[0].date.isoformat(), found[0].precision) == (day, precision)


def test_no_year_and_no_publication_date_is_not_guessed():
    assert find_dates("On 5 June gunmen attacked", None) == []


def test_future_dates_are_not_event_dates():
    assert find_dates("The visit is planned for 20 March 2023", PUB) == []


def test_may_as_a_verb_is_not_a_month():
    assert find_dates("The abductees may have been killed", PUB) == []


def test_a_march_is_not_march():
    import datetime as dt

    from crisismap.dates import find_dates

    assert find_dates("The march ended without incident.", dt.date(2024, 4, 3), "en") == []
    assert [d.text for d in find_dates("Militants attacked in March.", dt.date(2024, 4, 3), "en")] == ["March"]
