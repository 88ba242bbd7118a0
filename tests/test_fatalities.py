"""Death counts as reports write them: kept apart from the wounded, the abducted and vehicles."""

import pytest

from crisismap.fatalities import death_counts, reports_no_casualties
from crisismap.numbers import find_quantities, words_to_int


@pytest.mark.parametrize("text, total", [
    ("At least 8 soldiers were killed and 9 wounded according to military sources.", 8),
    ("Two MSA and one GATIA militiaman were killed and weapons seized by the militants.", 3),
    ("JNIM militants detonated an IED, killing the subprefect of Dinangourou and four others.", 5),
    ("On 27 June 2022, JNIM militants killed a Donso militiaman in the village of Perta.", 1),
    ("Armed men shot two youngsters riding a motorcycle; one dead, one wounded.", 1),
    ("at least 300 people were reportedly killed in weeks of counterinsurgency operations", 300),
    ("Malian armed forces executed several hundred people, who had been rounded up in Moura", 100),
    ("The militants arrived in about a dozen vehicles.", 0),
    ("Deux civils et une dizaine de terroristes ont été tués dimanche près de Mopti.", 12),
    ("On 21 April 2019, Dozos killed at least six Fulani in the village of Fia.", 6),
    ("Seven militants were killed in the operation, three arrested, and four vehicles seized.", 7),
    ("The attack killed a dozen soldiers and three civilians.", 15),
    ("Last January a raid in Northern Mali claimed the lives of 25 civilians including children.", 25),
    ("One of the peak death tolls was recorded in March 2022.", 0),
    ("Gunmen abducted eight marketgoers near the town.", 0),
    ("Dozens of people were killed in the attack.", 12),
    ("Trois soldats ont été tués et quatre autres blessés lors des affrontements.", 3),
    ("In 2022 there were 4,803 deaths.", 4803),
])
def test_death_counts(text, total):
    assert sum(c.acled for c in death_counts(text)) == total


def test_range_kept_for_vague_figures():
    (count,) = death_counts("They executed several hundred people.")
    assert (count.acled, count.low, count.high) == (100, 200, 900)


@pytest.mark.parametrize("text", ["There were no casualties.", "No casualties reported.",
                                  "L'attaque n'a fait aucune victime."])
def test_no_casualties(text):
    assert reports_no_casualties(text)


@pytest.mark.parametrize("words, value", [("twenty-five", 25), ("deux cents", 200), ("one hundred and twelve", 112),
                                          ("three", 3), ("mille", 1000)])
def test_words_to_int(words, value):
    assert words_to_int(words) == value


def test_numerals_with_thousand_separators():
    assert [q.acled for q in find_quantities("1,913 and 4 803 deaths")] == [1913, 4803]
