"""Death counts as reports write them: kept apart from the wounded, the abducted and vehicles."""

import pytest

from crisismap.fatalities import death_counts, reports_no_casualties, settle_claims
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


@pytest.mark.parametrize("text, total", [
    # codes and labels are not people
    ("Gunmen attacked a patrol near Fatoma (coded at geoprecision 2), killing two soldiers.", 2),
    ("Des hommes armés ont tué deux civils sur la route nationale RN 15.", 2),
    ("The attack on two villages killed five herders.", 5),
    ("Trois attaques ont fait quatre morts.", 4),
    # a breakdown is part of the whole
    ("The army killed seven people including six herders and one trader at the market.", 7),
    ("Sept personnes dont deux femmes ont été tuées.", 7),
    ("4 dead (2 assailants, a soldier and a peacekeeper) and several wounded.", 4),
    ("Five people were killed, including two in the village and three on the road.", 5),
    # the subject goes with the verb that follows it
    ("One soldier was killed and two others severely wounded.", 1),
    ("Un soldat a été tué et deux autres grièvement blessés.", 1),
    ("The gunmen took more than 30 hostages and killed at least 4 guards.", 4),
    ("Two armed men on motorcycles killed a gendarme.", 1),
    ("Deux hommes armés ont tué un gendarme.", 1),
    ("Two children aboard a vehicle were shot dead.", 2),
    ("Four fighters were killed and two taken prisoner.", 4),
    # a later death counts; the group one of whom died does not
    ("Four traders were abducted before being executed.", 4),
    ("Quatre commerçants ont été enlevés avant d'être exécutés.", 4),
    ("Two guards were injured, with one later dying from his injuries.", 1),
    ("Three soldiers were wounded. One of the three soldiers succumbed to his wounds.", 1),
    ("A six-year-old boy was killed by stray bullets.", 1),
    # lone victims, listed or named by what they were
    ("Gunmen killed a policeman and a bystander at the market.", 2),
    ("Des hommes armés ont tué un gendarme et un civil.", 2),
    ("Two militiamen, the village chief and a child were killed.", 4),
    ("Four soldiers and a civilian were killed in the ambush.", 5),
    ("Militants killed the brother of the village chief.", 1),
    ("The mayor of the commune was assassinated by gunmen.", 1),
    ("Le chef du village a été assassiné.", 1),
    ("JNIM militants killed two soldiers and the attackers fled.", 2),
    ("French forces killed an ISWAP (Greater Sahara) militant and arrested another.", 1),
    ("Militiamen killed an elderly man and his son near the well.", 2),
    ("Des miliciens ont tué un vieil homme et son fils.", 2),
    ("Two individuals were shot and killed by a gunman.", 2),
    ("Two truck drivers were killed and another wounded.", 2),
    ("Militiamen killed two herders, one being a child.", 2),
    ("Gunmen killed an unknown number of fighters.", 0),
])
def test_death_count_rules(text, total):
    assert sum(c.acled for c in death_counts(text)) == total


def test_unverified_claims_are_left_out():
    assert death_counts("The group said that 15 soldiers were killed, which could not be independently verified.") == []
    assert death_counts("Le groupe a affirmé qu'il avait tué 15 soldats, ce qui n'a pas pu être vérifié.") == []


@pytest.mark.parametrize("told, claim, total", [
    # the same dead, told twice: the report's own figure
    ("Soldiers killed three herders in the village.", "The army said that it killed four.", 3),
    ("Des soldats ont tué trois éleveurs.", "L'armée a affirmé qu'elle avait tué cinq éleveurs.", 3),
    # a claim about others adds to it
    ("One soldier was killed in the ambush.", "The ministry claimed that eleven militants were killed.", 12),
])
def test_claims_yield_to_the_report(told, claim, total):
    counts = death_counts(told) + death_counts(claim)
    assert any(c.claimed for c in counts)
    assert sum(c.acled for c in settle_claims(counts)) == total


def test_a_name_that_begins_like_a_unit_is_still_counted():
    # "10 Ansaroul ..." is not "10 ans" (years).
    assert [c.acled for c in death_counts("10 Ansaroul Islam (JNIM) militants were reportedly killed, 4 arrested.")] == [10]


def test_counted_people_coordinated_before_their_verb_share_it():
    text = "Three soldiers were killed, and four soldiers and fifteen militants wounded."
    assert [c.acled for c in death_counts(text)] == [3]


@pytest.mark.parametrize("text, expected", [
    ("Several fighters were killed on both sides. Unknown fatalities coded as 3.", (3, None)),
    ("Unknown fatalities assessed as low due to lack of precision and coded as 3.", (3, None)),
    ("Two persons were killed. Fatalities are split across two events.", (None, 2)),
    ("Fatalities split between 4 events.", (None, 4)),
    ("Two people were killed and three wounded.", (None, None)),
])
def test_an_acled_coders_remarks_are_read(text, expected):
    from crisismap.fatalities import coder_remarks

    assert coder_remarks(text) == expected


def test_a_toll_split_over_events_gives_this_event_its_share(mali_extractor):
    import datetime as dt

    from crisismap.pipeline import prepare
    from crisismap.readers import RawDocument

    text = ("On 14 November 2020, suspected JNIM militants attacked the villages of Idieli Goudana and Idieli-Na "
            "(Bandiagara, Mopti). Five persons were killed. Fatalities are split across two events.")
    (m,) = mali_extractor.extract(prepare(RawDocument(origin="t", text=text, published=dt.date(2020, 11, 15))))
    assert m.fatalities == 3


def test_a_claim_of_fighters_killed_does_not_add_to_the_reported_militants():
    from crisismap.fatalities import death_counts, settle_claims

    text = ("Seventeen ISGS and seven JNIM militants were reportedly killed. ISGS stated in a claim of "
            "responsibility to have killed 30 JNIM fighters.")
    assert sum(c.acled for c in settle_claims(death_counts(text))) == 24


@pytest.mark.parametrize("text", [
    "JNIM militants abducted and killed a fuel vendor from the Arab community.",
    "Suspected militants killed the health center director in Boura.",
    "Youths armed with crude weapons killed a presumed thief and wounded another.",
    "Militiamen killed the head of the health administration at a checkpoint.",
])
def test_one_named_victim_is_one_dead(text):
    from crisismap.fatalities import death_counts, settle_claims

    assert sum(c.acled for c in settle_claims(death_counts(text))) == 1


@pytest.mark.parametrize("text, dead", [
    ("Three people including a man, a woman, and a girl were killed, and livestock seized.", 3),
    ("Six passengers including women (one pregnant woman) and a child were killed in the explosion.", 6),
    ("At least six militants including a senior commander and one Nigerien soldier were killed.", 7),
    ("Ten people, including three soldiers, were killed.", 10),
])
def test_who_the_dead_were_between_figure_and_verb_does_not_change_the_count(text, dead):
    from crisismap.fatalities import death_counts, settle_claims

    assert sum(c.acled for c in settle_claims(death_counts(text))) == dead
