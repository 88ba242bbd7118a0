"""Who a report cites: named bodies, bodies by role, French."""

import pytest

from crisismap.attribution import reported_by


@pytest.mark.parametrize(("sentence", "who"), [
    ("“Malian armed forces executed several hundred people in Moura,” the U.N. experts said in a press release.",
     "U.N. experts"),
    ("A UN report raised alarm over allegations of over 500 executions in Moura.", "UN report"),
    ("Survivors told Human Rights Watch that dozens of men were summarily executed.", "Human Rights Watch"),
    ("Gunmen killed 14 villagers in Dioura on Saturday, local officials said.", "local officials"),
    ("According to the Ministry of Defence, 12 soldiers died.", "Ministry of Defence"),
    ("The army said it had killed 20 terrorists.", "army"),
    ("JNIM claimed the attack on its channels.", "JNIM"),
    ("Human Rights Watch documented the killings of 40 civilians.", "Human Rights Watch"),
    ("Selon l'armée malienne, 20 terroristes ont été neutralisés.", "armée"),
    ("Le gouvernement a affirmé que 10 soldats ont été tués.", "gouvernement"),
    ("Des sources locales ont indiqué que 7 civils ont été tués.", "sources locales"),
    ("According to data from Acled Info, civilian losses more than doubled.", "Acled Info"),
    ("Human Rights Watch has further implicated Wagner in the killings.", "Human Rights Watch"),
])
def test_sources_are_named(sentence, who):
    assert reported_by(sentence) == who


@pytest.mark.parametrize("sentence", [
    "At least 300 people were reportedly killed in Moura.",
    "It said 12 were killed.",
    "He said nothing about the attack.",
    "Gunmen said they would return.",
])
def test_no_source_is_invented(sentence):
    assert reported_by(sentence) == ""
