"""Toponyms in report sentences: which names, with which admin hints, from which pattern."""

import pytest

from crisismap.gazetteer import Place
from crisismap.places import beside_border, find_toponyms, location_name
from support import extract_text


def tops(text: str) -> dict[str, tuple[tuple[str, ...], str]]:
    return {t.name: (t.hints, t.source) for t in find_toponyms(text)}


def test_name_before_a_group_takes_its_hints_and_the_group_is_a_fallback():
    found = tops("On 2 March 2023, gunmen burned the market of Sorobé (Kessou, Bolima).")
    assert found["Sorobé"] == (("Kessou", "Bolima"), "hint")
    assert found["Kessou"] == (("Bolima",), "admin-hint")  # the cercle, where the village is unknown
    assert "Bolima" not in found


def test_names_before_a_group_lie_in_its_areas():
    found = tops("Militiamen attacked the hamlet of Tiéwa in the commune of Dalla Sud (Wandara, Tarasso).")
    assert found["Tiéwa"][0] == ("Dalla Sud", "Wandara", "Tarasso")


def test_editor_spelling_in_square_brackets_comes_first():
    found = tops("Soldiers clashed with rebels in Kourou [Kouro-Bé] (Wandara, Tarasso) on Monday.")
    assert found["Kouro-Bé"] == (("Wandara", "Tarasso"), "hint")
    assert found["Kourou"] == (("Wandara", "Tarasso"), "pattern")


@pytest.mark.parametrize("text, place, area", [
    ("Two herders were shot in the Sondo area of Wandara.", "Sondo", "Wandara"),
    ("A teacher was abducted in Kamba, Cercle of Kessou, on Friday.", "Kamba", "Kessou"),
    ("A bus hit a mine near Tilla, Bolima Region.", "Tilla", "Bolima"),
    ("Gunmen killed a trader in Dioro in the commune of Sama.", "Dioro", "Sama"),
])
def test_admin_area_written_next_to_a_place(text, place, area):
    found = tops(text)
    assert found[place][0] == (area,)
    assert found[area][1] in ("admin-hint", "region")  # a fallback, not a candidate of its own


def test_an_area_around_a_town_is_near_it_not_a_region():
    (t,) = [t for t in find_toponyms("A soldier was killed in the Sondo area on Sunday.") if t.name == "Sondo"]
    assert (t.source, t.near) == ("pattern", True)


def test_acronyms_in_brackets_are_not_admin_areas():
    found = tops("Fighters of the Group (JNIM) attacked Sondo (Wandara, Tarasso).")
    assert "JNIM" not in found and found["Sondo"][0] == ("Wandara", "Tarasso")


def test_the_first_place_of_a_between_pair_comes_first():
    found = {t.name: t for t in find_toponyms("A truck hit a mine on the road between Sama and Dioro on Monday.")}
    assert not found["Sama"].second and found["Dioro"].second
    # With the editor's spelling and the pair's admin areas, the editor's name of the first place.
    found = tops("Soldiers were ambushed between Kourou [Kouro-Bé] and Tilla (Wandara, Tarasso).")
    assert found["Kouro-Bé"] == (("Wandara", "Tarasso"), "hint-first")


@pytest.mark.parametrize("text, village, commune", [
    ("Gunmen killed a herder in Dassa, Pelou Commune (Wandara, Tarasso).", "Dassa", "Pelou"),
    ("Militiamen attacked the village of Dassa in Pelou Commune (Wandara, Tarasso).", "Dassa", "Pelou"),
])
def test_village_before_its_commune_is_the_place(text, village, commune):
    found = tops(text)
    assert found[village] == ((commune, "Wandara", "Tarasso"), "hint")
    assert found[commune] == (("Wandara", "Tarasso"), "admin-hint")  # the fallback where the village is unknown


def test_village_before_its_commune_keeps_the_editors_spelling_first():
    found = tops("Soldiers searched Kourou [Kouro-Bé], Pelou Commune (Wandara, Tarasso).")
    assert found["Kouro-Bé"] == (("Pelou", "Wandara", "Tarasso"), "hint")
    assert found["Kourou"][1] == "pattern"


@pytest.mark.parametrize("text, people", [
    ("Gunmen set fire to houses in the Dogon village of Sorobé (Kessou, Bolima).", "Dogon"),
    ("Shots were fired at Fulani herders near Sama on Friday.", "Fulani"),
    ("Soldiers clashed with Bambara militiamen in Dioro.", "Bambara"),
])
def test_a_peoples_name_used_as_an_adjective_is_not_a_place(text, people):
    assert people not in tops(text)


def test_a_distance_from_a_town_is_near_the_town_not_a_part_of_a_country():
    (t,) = [t for t in find_toponyms("A bus hit a mine 40 km north of Wandara.") if t.name == "Wandara"]
    assert (t.source, t.near) == ("pattern", True)
    (t,) = [t for t in find_toponyms("Attacks rose in northern Mali.") if t.name == "Mali"]
    assert (t.source, t.part) == ("region", "northern")


@pytest.mark.parametrize("text, name, border", [
    ("Gunmen attacked a village near the border with Burkina Faso.", "Burkina Faso", True),
    ("Soldiers patrolled close to the Niger border on Monday.", "Niger", True),
    ("Les assaillants ont fui vers la frontière avec le Niger.", "Niger", True),
    ("Fighting broke out on the border between Mali and Guinea.", "Guinea", True),
    ("Fighting broke out on the border between Mali and Guinea.", "Mali", True),
    ("Soldiers from Niger were deployed in Sama.", "Niger", False),
])
def test_a_country_across_a_border(text, name, border):
    start = text.index(name)
    assert beside_border(text, start, start + len(name)) is border


def _place(name: str, feature: str) -> Place:
    return Place(name, 15.0, -1.0, "Mali", "ML", "MLI", 466, feature=feature)


def test_location_is_written_as_the_report_spells_a_village():
    assert location_name(_place("Ti-n-Tefouk", "site"), "Tin-Téfouk") == "Tin-Tefouk"
    assert location_name(_place("Sorobe", "village"), "Sorobé") == "Sorobe"
    # Towns and admin areas keep their standard name; a country is named as a country.
    assert location_name(_place("Timbuktu", "city"), "Tombouctou") == "Timbuktu"
    assert location_name(_place("Wandara", "admin2"), "Wandara cercle") == "Wandara"
    assert location_name(_place("Sama", "village"), "commune of Sama") == "Sama"
    assert location_name(_place("Mali", "country"), None) == "Mali"


_events = extract_text


@pytest.mark.parametrize("text, location, admin1", [
    # "French" says whose soldiers; the village the Mali dump knows says where.
    ("French soldiers were wounded when a roadside bomb exploded near Boni on Tuesday.", "Boni", "Mopti"),
    # The admin pair says the country when the text names none; the bracket starts no new sentence.
    ("On 3 May 2023, gunmen abducted a trader in Hombori [Hombori] (Douentza, Mopti).", "Hombori", "Mopti"),
    # A namesake far from the named cercle is not the place: the village is named, placed in the cercle.
    ("On 4 May 2023, gunmen killed two farmers in Boulkassoumbougou (Douentza, Mopti).", "Boulkassoumbougou",
     "Mopti"),
    # The first place of "between X and Y"; a country named as a soldier's home is not a place.
    ("On 5 May 2023, a bus hit a landmine between Gossi and Hombori, killing three passengers.", "Gossi", "Tombouctou"),
    ("On 6 May 2023, a peacekeeper from Togo was killed in an attack 40 km north of Douentza.", "Douentza", "Mopti"),
])
def test_extracted_place(mali_extractor, text, location, admin1):
    (m,) = _events(mali_extractor, text)
    assert (m.location, m.admin1, m.country) == (location, admin1, "Mali")


def test_a_village_the_gazetteer_lacks_is_named_and_placed_in_its_cercle(mali_extractor):
    (m,) = _events(mali_extractor, "On 9 May 2023, gunmen abducted a herder near the village of Sehe (Bankass, Mopti).")
    assert (m.location, m.admin2, m.geo_precision) == ("Sehe", "Bankass", 2)
    bankass = mali_extractor.gazetteer.lookup("Bankass", country="Mali")[0][0]
    assert (m.latitude, m.longitude) == (round(bankass.latitude, 4), round(bankass.longitude, 4))
    (m,) = _events(mali_extractor, "On 9 May 2023, militants clashed with soldiers in the area of In Chinnana "
                                   "(Anderamboukane, Menaka).")
    assert m.location == "In Chinnana"  # a Tamasheq "In" mid-sentence belongs to the name


def test_a_neighbour_across_the_border_is_not_the_reports_country(mali_extractor):
    text = "On 7 May 2023, Malian soldiers killed two smugglers near the border with Niger."
    (m,) = _events(mali_extractor, text)
    assert m.country == "Mali"


def test_a_country_in_a_dateline_hint_is_that_country(extractor):
    # Mali is also a prefecture of Guinea: "(Mali)" after a town must not send the report there.
    text = ("MÉNAKA (Mali) - Des hommes armés ont tué quatre civils dimanche dans un village proche de Ménaka, "
            "selon des sources locales.")
    (m,) = _events(extractor, text)
    assert (m.country, m.location) == ("Mali", "Menaka")


def test_a_coders_coded_as_names_the_place(mali_extractor):
    (m,) = _events(mali_extractor, "On 8 May 2023, militants clashed in 'Tinaweke', approximately 56km southeast of "
                                   "Ansongo, coded as Tin-Hamma (Ansongo, Gao).")
    assert (m.location, m.admin2) == ("Tin-Hamma", "Ansongo")


def test_the_first_place_between_two_is_named_even_when_unknown(mali_extractor):
    (m,) = _events(mali_extractor, "On 8 May 2023, militants attacked an army convoy between Zorbokoutou and Gossi "
                                   "(Gourma-Rharous, Tombouctou).")
    gossi = mali_extractor.gazetteer.lookup("Gossi", country="Mali", admin_hints=["Gourma-Rharous", "Tombouctou"])
    assert (m.location, m.geo_precision) == ("Zorbokoutou", 2)
    assert (m.latitude, m.longitude) == (round(gossi[0][0].latitude, 4), round(gossi[0][0].longitude, 4))


def test_the_first_place_between_two_wins_over_the_second_in_the_named_cercle(mali_extractor):
    # GeoNames files this Doro in Gao region, at the edge of Gourma-Rharous cercle: it is the text's Doro.
    (m,) = _events(mali_extractor, "On 8 May 2023, militants attacked an army convoy between Doro and Gossi "
                                   "(Gourma-Rharous, Tombouctou).")
    assert (m.location, m.admin1, m.admin2) == ("Doro", "Tombouctou", "Gourma-Rharous")
    assert (m.latitude, m.longitude) == (16.1433, -0.8439)


def test_the_texts_cercle_is_the_admin2_where_geonames_files_the_village_in_another(mali_extractor):
    (m,) = _events(mali_extractor, "On 8 May 2023, gunmen attacked the village of Sango [Sohende] (Bandiagara, Mopti).")
    assert (m.admin1, m.admin2) == ("Mopti", "Bandiagara")


def test_a_tamasheq_in_name_in_an_editors_brackets_keeps_its_in(mali_extractor):
    (m,) = _events(mali_extractor, "On 30 June 2021, militants seized livestock in Atolate [In Aoutel] (Gao, Gao).")
    assert (m.location, m.geo_precision) == ("In Aoutel", 1)


def test_the_first_place_between_two_each_with_its_areas_is_named(mali_extractor):
    (m,) = _events(mali_extractor, "On 20 September 2021, a Malian army vehicle struck an IED on the road between "
                                   "Karangana (Yorosso, Sikasso) and Koutiala (Koutiala, Sikasso).")
    assert (m.location, m.admin2, m.geo_precision) == ("Karangana", "Yorosso", 2)


def test_an_unknown_village_with_its_cercle_is_named_at_the_known_place_beside_it(mali_extractor):
    (m,) = _events(mali_extractor, "On 24 December 2020, militants ambushed an army convoy in the area of "
                                   "Zorbokoutou (Koro, Mopti), between Mondoro and Dinangourou.")
    mondoro = mali_extractor.gazetteer.best("Mondoro", country="Mali")
    assert (m.location, m.geo_precision) == ("Zorbokoutou", 2)
    assert (m.latitude, m.longitude) == (round(mondoro.latitude, 4), round(mondoro.longitude, 4))


def test_the_second_of_two_places_each_with_areas_is_not_named_across_a_border(mali_extractor):
    (m,) = _events(mali_extractor, "On 2 October 2020, JNIM and ISGS militants clashed between Kakou (Ansongo, Gao) "
                                   "in Mali and Korfooueyouey (Tin-Akoff, Oudalan) in Burkina Faso.")
    assert (m.location, m.country) == ("Kakou", "Mali")


def test_the_first_of_two_villages_named_together_is_the_place(mali_extractor):
    (m,) = _events(mali_extractor, "On 26 February 2021, French forces conducted airstrikes that killed at least 20 "
                                   "militants in Taranguit and Imbakamane (Menaka, Menaka).")
    assert m.location == "Taranguit"


def test_an_unknown_first_place_lies_by_the_known_one_named_after_it(mali_extractor):
    (m,) = _events(mali_extractor, "On 14 April 2021, militants ambushed Donso militiamen between the villages of "
                                   "Zorbokoutou (Djenne, Mopti) and Megou (Mopti, Mopti). Ten Donsos were killed.")
    assert (m.location, m.admin2, m.geo_precision) == ("Zorbokoutou", "Djenne", 2)
