"""Event type rules on real and French sentences, and non-events that must yield nothing."""

import pytest

from crisismap.event_types import classify


@pytest.mark.parametrize("text, victims, expected", [
    ("JNIM militants killed three farmers in Tongolo-Coura.", True, ("Violence against civilians", "Attack")),
    ("An armored vehicle of MINUSMA hit an IED planted by JNIM militants.", False,
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("JNIM militants abducted a marabout on the road between Sevare and Konna.", True,
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Residents staged a protest against power cuts in Kidal.", False, ("Protests", "Peaceful protest")),
    ("Security forces dispersed the demonstrators with tear gas.", False, ("Protests", "Protest with intervention")),
    ("Unknown gunmen opened fire against a Malian army vehicle; soldiers returned fire.", False,
     ("Battles", "Armed clash")),
    ("The Malian army carried out airstrikes on a JNIM logistic site.", False,
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Peacekeepers discovered and dismantled an IED near Djebok.", False,
     ("Strategic developments", "Disrupted weapons use")),
    ("An unidentified armed group looted two warehouses in the village of Demeke.", False,
     ("Strategic developments", "Looting/property destruction")),
    ("Des hommes armés ont tendu une embuscade à une patrouille des FAMa.", False, ("Battles", "Armed clash")),
    ("Des individus armés ont enlevé deux commerçants.", True,
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Mortar shells fell on the MINUSMA camp in Kidal.", False,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A suicide bomber drove a car bomb into the camp.", False, ("Explosions/Remote violence", "Suicide bomb")),
])
def test_classify(text, victims, expected):
    et = classify(text, civilian_victims=victims)
    assert et is not None and (et.event_type, et.sub_event_type) == expected
    assert text[et.start:et.end] == et.trigger


@pytest.mark.parametrize("text", [
    "Floods killed 20 people in Mopti after heavy rains.",
    "A bus crash killed twelve passengers on the road to Segou.",
    "The foreign minister met his Russian counterpart in Bamako.",
    "Cholera has killed 15 people in the region this month.",
])
def test_not_events(text):
    assert classify(text, civilian_victims="people" in text or "passengers" in text) is None
