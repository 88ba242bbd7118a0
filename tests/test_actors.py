"""Actor spans -> ACLED names, with the government period taken from the event date."""

import datetime as dt
import json

import pytest

from crisismap.actors import ActorDictionary
from crisismap.errors import CrisismapError


@pytest.fixture(scope="module")
def actors():
    return ActorDictionary.default()


@pytest.mark.parametrize("text, date, names", [
    ("suspected JNIM militants killed three farmers", "2022-06-30",
     [("JNIM: Group for Support of Islam and Muslims", 2), ("Civilians (Mali)", 7)]),
    ("executed by Malian soldiers and “white soldiers who speak a foreign language.”", "2022-03-27",
     [("Military Forces of Mali (2021-)", 1), ("Wagner Group", 8)]),
    ("les FAMa ont riposté", "2019-05-01", [("Military Forces of Mali (2013-2020)", 1)]),
    ("the Malian army", "2021-01-10", [("Military Forces of Mali (2020-2021)", 1)]),
    ("French troops of the Takuba Task Force", "2021-06-01",
     [("Military Forces of France (2017-)", 8), ("Military Forces of France (2017-)", 8)]),
    ("IS Sahel militants", "2022-05-01", [("Islamic State (Sahel)", 2)]),
    ("EIGS fighters", "2020-01-10", [("Islamic State (West Africa) - Greater Sahara Faction", 2)]),
    ("des hommes armés non identifiés", "2022-01-01", [("Unidentified Armed Group (Mali)", 3)]),
])
def test_names(actors, text, date, names):
    day = dt.date.fromisoformat(date)
    got = [actors.name(a, "Mali", day) for a in actors.find(text)]
    assert got == names


def test_burkinabe_army_in_mali_is_external(actors):
    (a,) = actors.find("Burkinabe soldiers crossed the border")
    assert actors.name(a, "Mali", dt.date(2021, 1, 1)) == ("Military Forces of Burkina Faso (2015-2022)", 8)


def test_suspected_wagner(actors):
    (a,) = actors.find("white soldiers who speak a foreign language")
    assert a.suspected


def test_user_actor_file(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"actors": [{"name": "Jeunes Patriotes", "inter": 3, "aliases": ["Young Patriots"]}]}))
    d = ActorDictionary.default([path])
    (a,) = d.find("the Young Patriots marched")
    assert d.name(a, "Mali", None) == ("Jeunes Patriotes", 3)


def test_bad_user_actor_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"actors": [{"name": "X"}]}))
    with pytest.raises(CrisismapError, match="inter"):
        ActorDictionary.default([path])


def test_identity_across_acled_renamings(actors):
    assert actors.identity("Islamic State (Greater Sahara)") == actors.identity("Islamic State (Sahel)")
    assert actors.identity("Military Forces of Burkina Faso (2015-)") == \
        actors.identity("Military Forces of Burkina Faso (2015-2022)")
    assert actors.identity("Military Forces of Mali (2013-2020)") != actors.identity("Military Forces of Mali (2021-)")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor1", "assoc1", "actor2", "assoc2"), [
    # the bracket names the same side
    ("On 4 March 2021, Katiba Macina (JNIM) militants attacked a village near Mopti, killing three civilians.",
     "Katiba Macina", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", ""),
    ("On 4 March 2021, FAMa clashed with Katiba Macina (JNIM) militants near Mopti.",
     "Military Forces of Mali (2020-2021)", "", "Katiba Macina", "JNIM: Group for Support of Islam and Muslims"),
    # allies need a connector: "clashed with X" makes X the other side
    ("On 4 March 2021, FAMa and Wagner forces attacked JNIM militants near Mopti.",
     "Military Forces of Mali (2020-2021)", "Wagner Group", "JNIM: Group for Support of Islam and Muslims", ""),
])
def test_sides_in_reports(extractor, text, actor1, assoc1, actor2, assoc2):
    from crisismap.pipeline import extract_records

    [record] = extract_records([json.dumps({"id": "a", "text": text, "published": "2021-03-05"})], extractor)
    e = record["events"][0]
    assert (e["actor1"], e["assoc_actor_1"], e["actor2"], e["assoc_actor_2"]) == (actor1, assoc1, actor2, assoc2)


def test_either_of_two_armed_groups_is_coded_as_the_pair(mali_extractor):
    import datetime as dt

    from crisismap.pipeline import prepare
    from crisismap.readers import RawDocument

    text = ("On 23 September 2020, presumed JNIM or ISGS militants ambushed a Malian army convoy south of "
            "Boulikessi (Douentza, Mopti). Three soldiers were killed.")
    (m,) = mali_extractor.extract(prepare(RawDocument(origin="t", text=text, published=dt.date(2020, 9, 24))))
    assert m.actor1 == ("JNIM: Group for Support of Islam and Muslims and/or "
                        "Islamic State (West Africa) - Greater Sahara Faction")
    assert m.actor2.startswith("Military Forces of Mali")


def test_a_village_that_fights_back_makes_a_battle(mali_extractor):
    import datetime as dt

    from crisismap.pipeline import prepare
    from crisismap.readers import RawDocument

    text = ("On 31 August 2020, suspected JNIM militants attacked the Dogon village of Sango (Bandiagara, Mopti). "
            "Village self-defense responded to the attack. Two Dogon men were killed and one wounded.")
    (m,) = mali_extractor.extract(prepare(RawDocument(origin="t", text=text, published=dt.date(2020, 9, 1))))
    assert (m.event_type, m.sub_event_type, m.fatalities) == ("Battles", "Armed clash", 2)


def test_a_demonym_before_another_shares_its_noun():
    from crisismap.actors import ActorDictionary

    found = ActorDictionary.default().find("French and Malian forces killed seven militants.")
    assert [(a.text, a.country) for a in found][:2] == [("French", "France"), ("Malian forces", "Mali")]
