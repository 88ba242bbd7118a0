"""The gazetteer: the world default, GeoNames dumps, and names as ACLED writes them."""

import pickle
from pathlib import Path

import pytest

from crisismap.errors import GazetteerError
from crisismap.gazetteer import Gazetteer, Place, admin_name, ascii_name, geo_precision

SHARED = Path(__file__).parents[1].parent / "shared"
ML_TXT = SHARED / "geonames" / "ML.txt"
needs_ml = pytest.mark.skipif(not ML_TXT.is_file(), reason=f"GeoNames dump {ML_TXT} is not available")


@pytest.fixture(scope="module")
def world() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def mali() -> Gazetteer:
    if not ML_TXT.is_file():
        pytest.skip(f"GeoNames dump {ML_TXT} is not available")
    return Gazetteer.default().add_geonames(ML_TXT)


def near(place: Place, lat: float, lon: float, tol: float = 0.05) -> bool:
    return abs(place.latitude - lat) <= tol and abs(place.longitude - lon) <= tol


# -- the default ----------------------------------------------------------------------------
@pytest.mark.parametrize("name, admin1, lat, lon", [
    ("Bamako", "Bamako", 12.61, -7.98),
    ("Mopti", "Mopti", 14.48, -4.18),
    ("Gao", "Gao", 16.27, -0.04),
    ("Ségou", "Segou", 13.44, -6.26),
    ("Segou", "Segou", 13.44, -6.26),
    ("Tombouctou", "Tombouctou", 16.77, -3.01),
    ("Timbuktu", "Tombouctou", 16.77, -3.01),
])
def test_default_towns_of_mali(world, name, admin1, lat, lon):
    place = world.best(name)
    assert place.country == "Mali" and place.iso2 == "ML" and place.iso3 == "MLI" and place.isonumeric == 466
    assert place.admin1 == admin1
    assert near(place, lat, lon)
    assert place.feature in ("capital", "city", "town") and geo_precision(place) == 1
    assert place.source == "default"


def test_default_names_are_ascii_as_acled_writes_them(world):
    assert world.best("Ségou").name == "Segou"
    assert world.best("Timbuktu").name == "Timbuktu"


def test_ouagadougou_in_burkina_faso(world):
    place = world.best("Ouagadougou", country="Burkina Faso")
    assert (place.country, place.isonumeric, place.admin1) == ("Burkina Faso", 854, "Centre")
    assert place.admin2 == "Kadiogo"  # "Kadiogo Province" in GeoNames
    assert near(place, 12.37, -1.53)


def test_country_restriction_excludes_namesakes(world):
    # The default knows the Portuguese and Australian towns, not the Malian village.
    anywhere = [p.country for p, _ in world.lookup("Moura")]
    assert "Portugal" in anywhere
    in_mali = world.lookup("Moura", country="Mali")
    assert all(p.country == "Mali" for p, _ in in_mali)
    assert in_mali == []
    assert world.lookup("Moura", country="PRT")[0][0].country == "Portugal"


def test_unknown_country_gives_nothing(world):
    assert world.lookup("Gao", country="Atlantis") == []


def test_country_by_name_code_and_demonym(world):
    for text in ("Mali", "mali", "ML", "MLI", "466", "Malian"):
        assert world.country(text).iso2 == "ML", text
    assert world.country("Nigerian").iso2 == "NG"
    assert world.country("Nigerien").iso2 == "NE"
    assert world.country("Burkinabe").country == "Burkina Faso"
    assert world.country("Côte d'Ivoire").country == "Ivory Coast"
    assert world.country("COD").country == "Democratic Republic of Congo"
    assert world.country("Narnia") is None
    mali = world.country("Mali")
    assert mali.feature == "country" and geo_precision(mali) == 3


def test_region_entries(world):
    place = world.best("Mopti region")
    assert (place.feature, place.admin1, place.country) == ("admin1", "Mopti", "Mali")
    assert geo_precision(place) == 3
    assert world.admin1_place("Mali", "Mopti").feature == "admin1"
    assert world.admin1_place("BF", "Hauts-Bassins").admin1 == "Hauts-Bassins"  # "High-Basins" in the data
    assert world.admin1_place("Mali", "Atlantis") is None


def test_populated_place_preferred_over_region_of_the_same_name(world):
    found = world.lookup("Mopti", country="Mali")
    assert found[0][0].feature == "city"
    assert any(p.feature == "admin1" for p, _ in found)
    assert found[0][1] >= found[1][1]


def test_scores_are_ordered_and_bounded(world):
    found = world.lookup("Gao")
    scores = [s for _, s in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)
    assert found[0][0].country == "Mali"  # the larger town


def test_fuzzy_off_and_empty_queries(world):
    assert world.lookup("Segou", fuzzy=False)[0][0].name == "Segou"
    assert world.lookup("") == [] and world.lookup(" - ") == []
    assert world.best("Xqzvwyk", country="Mali") is None


# -- names ----------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, acled", [
    ("Mopti Region", "Mopti"), ("Ségou Region", "Segou"), ("Tombouctou Region", "Tombouctou"),
    ("Cercle de Ménaka", "Menaka"), ("Cercle d’ Abeïbara", "Abeibara"), ("Kadiogo Province", "Kadiogo"),
    ("Province de l’Oudalan", "Oudalan"), ("Département d’ Agnibilékrou", "Agnibilekrou"),
    ("Centre-Nord", "Centre-Nord"), ("Commune 3", "Commune III"),
])
def test_admin_names_folded_as_acled_writes_them(raw, acled):
    assert admin_name(raw) == acled


def test_ascii_folding():
    assert ascii_name("Ségou") == "Segou" and ascii_name("Ké-Macina") == "Ke-Macina"


# -- a GeoNames dump ------------------------------------------------------------------------
@needs_ml
def test_moura_is_mora_in_mopti(mali):
    place, score = mali.lookup("Moura", country="Mali")[0]
    assert place.name == "Mora" and place.admin1 == "Mopti" and place.source == "ML.txt"
    assert round(place.latitude, 2) == 14.33 and round(place.longitude, 2) == -4.60
    assert score < 1.0  # a spelling variant ("Mourra"), not the name itself
    assert geo_precision(place) == 1
    hinted = mali.best("Moura", country="Mali", admin_hints=["Djenne", "Mopti"])
    assert hinted.geonameid == place.geonameid


@needs_ml
def test_moura_without_country_keeps_portugal_first_but_knows_mora(mali):
    found = mali.lookup("Moura")
    assert found[0][0].country == "Portugal"
    assert any(p.name == "Mora" and p.country == "Mali" for p, _ in found)


@needs_ml
def test_tongolo_coura_with_hints(mali):
    place, score = mali.lookup("Tongolo-Coura", country="Mali", admin_hints=["Macina", "Segou"])[0]
    assert (place.name, place.admin1, place.admin2) == ("Tongolo-Coura", "Segou", "Macina")
    assert score > 0.9
    assert mali.best("Tongolo Koura", country="Mali").name == "Tongolo-Coura"  # spelling variant


@needs_ml
def test_hints_pick_among_namesakes(mali):
    # Several villages are called Macina; the hint says which region.
    assert mali.best("Macina", country="Mali", admin_hints=["Segou"]).admin1 == "Segou"
    assert mali.best("Macina", country="Mali", admin_hints=["Kayes"]).admin1 == "Kayes"


@needs_ml
def test_dump_admin_names_as_acled_writes_them(mali):
    assert {mali.admin1_place("Mali", n).admin1 for n in ("Mopti", "Ségou", "Tombouctou", "Ménaka")} == {
        "Mopti", "Segou", "Tombouctou", "Menaka"}
    region = mali.best("Région de Ségou", country="Mali")
    assert (region.feature, region.name, region.source) == ("admin1", "Segou", "ML.txt")
    cercle = mali.best("cercle de Macina", country="Mali")
    assert (cercle.feature, cercle.admin2, cercle.admin1) == ("admin2", "Macina", "Segou")
    assert geo_precision(cercle) == 3
    assert mali.best("Menaka", country="Mali").admin1 == "Menaka"  # the cercle's region, not the old code


@needs_ml
def test_village_named_like_its_commune_is_the_seat(mali):
    # "Dinangorou" (alternate "Dinangourou") and the commune (ADM3) of the same name.
    found = mali.lookup("Dinangourou", country="Mali", admin_hints=["Koro", "Mopti"])
    village = found[0][0]
    assert village.feature == "village" and geo_precision(village) == 1
    assert (village.admin1, village.admin2, village.admin3) == ("Mopti", "Koro", "Dinangourou")
    assert any(p.feature == "admin3" for p, _ in found)


@needs_ml
def test_gazetteer_pickles_without_the_default_index(mali):
    data = pickle.dumps(mali)
    assert len(data) < 20_000_000
    again = pickle.loads(data)
    assert again.best("Moura", country="Mali").name == "Mora"


def test_cache_dir_from_the_environment(monkeypatch, tmp_path):
    from crisismap.gazetteer.default import cache_path
    monkeypatch.setenv("CRISISMAP_CACHE", str(tmp_path))
    assert cache_path().parent == tmp_path and cache_path().suffix == ".pickle"


@needs_ml
def test_dump_entry_replaces_the_default_one(mali):
    found = mali.lookup("Gao", country="Mali")
    assert found[0][0].source == "ML.txt"
    assert len([p for p, _ in found if p.geonameid == found[0][0].geonameid]) == 1


def test_bad_files(tmp_path, world):
    with pytest.raises(GazetteerError, match="cannot read.*19 tab-separated columns"):
        world.add_geonames(tmp_path / "missing.txt")
    bad = tmp_path / "XX.txt"
    bad.write_text("geonameid,name,latitude\n1,Foo,12.0\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"XX.txt, line 1: 1 tab-separated columns; expected .*19"):
        world.add_geonames(bad)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(GazetteerError, match="no places"):
        world.add_geonames(empty)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("1\tSégou".encode("latin-1"))
    with pytest.raises(GazetteerError, match="not UTF-8"):
        world.add_geonames(latin1)
    with pytest.raises(GazetteerError):
        world.add_geonames(tmp_path)  # a directory


def test_small_dump(tmp_path):
    cols = ["9000001", "Kéniéba-Coura", "Kenieba-Coura", "Keniebakoura", "12.5", "-8.5", "P", "PPL", "ML", "",
            "03", "", "", "", "120", "", "300", "Africa/Bamako", "2020-01-01"]
    region = ["9000002", "Kayes Region", "Kayes Region", "", "14.0", "-10.5", "A", "ADM1", "ML", "",
              "03", "", "", "", "0", "", "0", "Africa/Bamako", "2020-01-01"]
    dump = tmp_path / "small.txt"
    dump.write_text("\n".join("\t".join(c) for c in (cols, region)) + "\n", encoding="utf-8")
    gaz = Gazetteer.default().add_geonames(dump)
    place = gaz.best("Kenieba Koura", country="Mali")
    assert (place.name, place.admin1, place.source) == ("Kenieba-Coura", "Kayes", "small.txt")
    assert place.population == 120


# -- sites, hints that rule out namesakes, the report's country ------------------------------
def _row(gid, name, alt, lat, lon, fclass, code, a1="", a2=""):
    return [str(gid), name, name, alt, str(lat), str(lon), fclass, code, "ML", "", a1, a2, "", "", "0", "",
            "0", "Africa/Bamako", "2020-01-01"]


@pytest.fixture(scope="module")
def sahel(tmp_path_factory) -> Gazetteer:
    """A made-up dump: two regions, a cercle in each, villages, a well, a camp and a river."""
    rows = [
        _row(9100001, "Région de Tarasso", "", 15.0, -1.0, "A", "ADM1", "21"),
        _row(9100002, "Région de Bolima", "", 12.0, -7.0, "A", "ADM1", "22"),
        _row(9100003, "Cercle de Wandara", "", 15.1, -1.1, "A", "ADM2", "21", "2101"),
        _row(9100004, "Cercle de Kessou", "", 12.1, -7.1, "A", "ADM2", "22", "2201"),
        _row(9100005, "Wandara", "", 15.1, -1.1, "P", "PPLA2", "21", "2101"),
        _row(9100006, "Kessou", "", 12.1, -7.1, "P", "PPLA2", "22", "2201"),
        _row(9100007, "Doubarou", "", 12.2, -7.2, "P", "PPL", "22"),  # a namesake far from Wandara
        _row(9100008, "I-n-Tefouk", "In Tefouk", 15.3, -1.2, "H", "WLL", "21"),
        _row(9100009, "Akassar", "", 15.2, -0.9, "S", "CMP", "21"),
        _row(9100010, "Akassar", "", 15.25, -0.95, "P", "PPL", "21"),
        _row(9100011, "Oued Zarbi", "", 15.4, -1.4, "H", "STM", "21"),
    ]
    dump = tmp_path_factory.mktemp("dumps") / "sahel.txt"
    dump.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return Gazetteer.default().add_geonames(dump)


def test_wells_and_camps_are_places_rivers_are_not(sahel):
    well = sahel.best("In Tefouk", country="Mali")
    assert (well.name, well.feature, well.admin1, well.admin2) == ("I-n-Tefouk", "site", "Tarasso", "Wandara")
    assert geo_precision(well) == 1
    assert sahel.best("Oued Zarbi", country="Mali") is None  # a river has no one point
    assert sahel.best("Akassar", country="Mali").feature == "village"  # the village before its camp


def test_namesake_far_from_the_hinted_areas_is_dropped(sahel):
    # The text says the village is in Wandara cercle; the only Doubarou known is 600 km away.
    assert sahel.lookup("Doubarou", country="Mali", admin_hints=["Wandara", "Tarasso"]) == []
    assert sahel.best("Doubarou", country="Mali", admin_hints=["Kessou", "Bolima"]).admin1 == "Bolima"
    # Hints that name no place of the country ("(JNIM)") rule nothing out.
    assert sahel.best("Doubarou", country="Mali", admin_hints=["JNIM"]).name == "Doubarou"


def test_country_of_admin_hints(sahel):
    assert sahel.hint_country(["Wandara", "Tarasso"]) == "Mali"
    assert sahel.hint_country(["Tarasso"]) == "Mali"
    assert sahel.hint_country(["JNIM"]) is None


def test_home_countries_are_the_added_dumps(sahel):
    assert sahel.home_countries("Doubarou") == ["Mali"]
    assert sahel.home_countries("the village of Nowhere") == []
    assert sahel.home_countries("Paris") == []  # only the world default knows it


@needs_ml
def test_namesakes_alike_the_nearest_to_the_named_cercle_wins(mali):
    # Three villages called Kouna in Mopti region; "(Mopti, Mopti)" points at the one by Mopti town.
    found = mali.lookup("Kouna", country="Mali", admin_hints=["Mopti", "Mopti"])
    assert found[0][0].admin2 == "Djenne" and abs(found[0][0].latitude - 14.246) < 0.01


@needs_ml
def test_a_name_that_repeats_its_cercle_is_the_town(mali):
    assert mali.lookup("Tessalit", country="Mali", admin_hints=["Tessalit", "Kidal"])[0][0].feature == "town"


@needs_ml
def test_a_spelling_guess_in_another_cercle_is_not_taken(mali):
    # Intahaka is not in the dump; I-n-Taraka (Ansongo cercle) is only a spelling guess.
    found = mali.lookup("Intahaka", country="Mali", admin_hints=["Gao", "Gao"])
    assert all(p.admin2 == "Gao" or p.name != "I-n-Taraka" for p, _ in found)
