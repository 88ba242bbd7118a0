"""Boilerplate stripping: the five real seeds line by line, and other sites' furniture."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from crisismap.cleaning import clean_text, split_paragraphs

SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS} (../shared is absent): seeds skipped")

# Per seed: the start of every line that must be stripped; every other line must survive.
STRIPPED = {
    "000": ["Leave a Reply", "Your email address will not be published."],
    "001": [
        "1",  # the counter after the title
        "Malian Foreign Minister Abdoulaye Diop (R) welcomed",
        "Demonstrators in Mali last year showed their support",
        "Pie chart of death toll in Mali", "Bar chart of death toll in Mali",
        "Graphic of death tolls in Mali by the army", "Source", "Don’t miss interesting posts on Famousbio",
        "Leave a Reply", "Your email address will not be published.", "You May Also Like",
        "Ebanie Bridges is an international champion", "Ebanie Bridges is an Australian skilled boxer",
        "Arrest made in murder of LA Bishop", "Los Angeles police have arrested",
        "Reduce IT Employee Fatigue", "Successful organizations must involve", "14 Celebs Who Embraced",
        "If you’re really trying hard",
    ],
    "002": [
        "Share", "READ: Mali: UN mission pulls out", "READ: Algeria concerned", "READ: Camp in Mali",
        "AP", "Share", "Leave a Reply", "Your email address will not be published.",
        "Subscribe To Our Newsletter", '[mc4wp_form id="206"]',
    ],
    "003": [
        "Loading Now", "Military transition scene showcasing armored vehicles",
        "Original Source: www.inkl.com", "Marisol Gonzalez is a renowned journalist", "Post Comment",
    ],
    "004": [
        "Russia Entrenches Its Military Foothold in Mali",  # the second copy of the title
        "A woman on a cart passes a sugar cane field", "Nalova Akua",
    ],
}

# Per seed: boilerplate that must be gone, and body sentences (first, middle, last) kept.
GONE = {
    "000": ["Leave a Reply", "Required fields are marked"],
    "001": ["Ebanie Bridges", "You May Also Like", "Famousbio", "Leave a Reply", "Pie chart", "Bar chart",
            "Graphic of death tolls", "jihadists? 1", "Celebs", "\n\nSource\n\n", "(R) welcomed"],
    "002": ["READ:", "Share", "Subscribe To Our Newsletter", "mc4wp_form", "Leave a Reply",
            "Required fields", "\n\nAP\n\n"],
    "003": ["Loading Now", "scene showcasing", "Original Source", "Marisol Gonzalez", "renowned journalist",
            "Post Comment"],
    "004": ["Eric Feferberg/AFP via Getty Images", "A woman on a cart passes", "Nalova Akua"],
}
KEPT = {
    "000": [
        "The Controversial Presence of Wagner in Mali.",
        "The Wagner Group, a Russian mercenary organization, has been operating in Mali for over 5 years,",
        "Western countries consider Wagner an instrument of Russian influence to advance Moscow’s interests",
        "As for other countries, the Russian minister stated that he does not care, as relations with the "
        "West are already strained.",
    ],
    "001": [
        "Lavrov in Africa: Did Wagner mercenaries help Mali fight jihadists?",
        "Russian Foreign Minister Sergey Lavrov is visiting four African countries this week",
        "At least 700 people have been killed in incidents involving the mercenaries",
        "Amid Russia’s international isolation after invading Ukraine, it’s a friendship that can only "
        "blossom.",
    ],
    "002": [
        "Wagner accused of civilian deaths in joint operations with Mali",
        "Human Rights Watch (HRW) has accused the Russian mercenary group Wagner of civilian deaths",
        "Despite the death of Yevgeny Prigozhin, Wagner’s leader, in August of 2023,",
        "recently led to a heated indirect exchange between French President Emmanuel Macron, and "
        "Vladimir Putin.",
    ],
    "003": [
        "Wagner Exits Mali as Africa Corps Takes Over Russian Operations",
        "Wagner mercenaries have officially left Mali after three and a half years",
        "“Mission accomplished. PMC Wagner is going home.”",
        "In summary, Wagner’s withdrawal from Mali",
        "having pivoted away from the West since military coups in recent years.",
    ],
    "004": [
        "At a time when Russian private military contractor—the Wagner Group—has come under careful",
        "from Feb. 6 to Feb. 17, 2023.",
        "the U.N. experts said in a press release",  # no full stop in the source: still body
        "later replaced by Operation Barkhane",
        "“The African Union must be in charge",
        "The untold human suffering cannot be allowed to continue.”",
    ],
}


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(STRIPPED))
def test_seed_strips_exactly_the_boilerplate(prefix):
    raw = _seed(prefix)
    clean, stripped = clean_text(raw)
    assert len(stripped) == len(STRIPPED[prefix]), stripped
    for piece, start in zip(stripped, STRIPPED[prefix], strict=True):
        assert piece.startswith(start), (piece, start)
    # Every other line of the raw article is in the clean text, unchanged but for spaces.
    for line in split_paragraphs(raw):
        if line not in stripped:
            assert line in clean or line.removesuffix(" 1") in clean, line


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(GONE))
def test_seed_boilerplate_gone_body_kept(prefix):
    clean, _ = clean_text(_seed(prefix))
    for junk in GONE[prefix]:
        assert junk not in clean
    for sentence in KEPT[prefix]:
        assert sentence in clean
    assert clean.endswith(KEPT[prefix][-1])


@needs_seeds
def test_seed_004_title_once():
    clean, _ = clean_text(_seed("004"))
    assert clean.count("Russia Entrenches Its Military Foothold in Mali") == 1
    assert clean.startswith("Russia Entrenches Its Military Foothold in Mali")


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(STRIPPED))
def test_seed_whitespace_normalised(prefix):
    clean, _ = clean_text(_seed(prefix))
    assert "\n\n\n" not in clean and "\u00a0" not in clean and "  " not in clean
    assert clean == clean.strip()
    assert all(line.strip() == line and line for line in clean.split("\n\n"))
    assert unicodedata.is_normalized("NFC", clean)


# --- other sites' furniture, in a made-up article -------------------------------------------

P1 = "Gunmen killed 12 civilians in an attack on the village of Ogossagou on Sunday, officials said."
P2 = "The army said it had sent reinforcements to the area and opened an investigation."
P3 = ("Local leaders said the attackers arrived on motorbikes at dawn and set fire to granaries "
      "before withdrawing towards the border.")


def _article(*middle: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join(["Attack kills 12 in central Mali", P1, *middle, P2, P3, *tail])


@pytest.mark.parametrize("junk", [
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Skip to content",
    "Share this article", "Share on Facebook | Share on Twitter | Email", "Tweet", "Print",
    "Follow us on Twitter", "Follow us on Facebook, Twitter and Instagram", "Like us on Facebook",
    "Join our Telegram channel for the latest updates", "Click here to subscribe",
    "Subscribe to our newsletter", "Sign up for our daily newsletter", "Get the latest news in your inbox",
    "© 2024 Some Outlet. All rights reserved", "Copyright 2023 The Sahel Post", "All rights reserved.",
    "Related: Five things to know about the Sahel", "Read more: Mali junta expels UN rights chief",
    "See also: Burkina Faso coup", "Lire aussi : Au Mali, la junte expulse un responsable de l’ONU",
    "By Jane Doe", "By Jane Doe and John Smith, Reuters", "Reporting by Jane Doe; Editing by John Smith",
    "Reporting by Jane Doe in Bamako; Writing by John Smith; Editing by Ann Lee",
    "Photo: Jane Doe/Reuters", "Image credit: AFP", "5 min read", "[caption id=\"attachment_12\"]",
    "https://example.com/some/story", "Source: Reuters", "(AFP)", "Publicité", "Partager",
    "Tags: Mali, Wagner, Sahel", "Map of the Mopti region", "Satellite image of the destroyed village",
    "Soldiers patrol a street in Gao, northern Mali (Jane Doe/Reuters)",
    "Residents gather near a burnt house in the village on Monday (File photo)",
    "Malian soldiers (L) and Russian instructors (R) at a ceremony in Bamako",
])
def test_other_sites_furniture_is_stripped(junk):
    clean, stripped = clean_text(_article(junk))
    assert junk not in clean.split("\n\n")
    assert junk in stripped
    for body in (P1, P2, P3):
        assert body in clean


@pytest.mark.parametrize("body", [
    "By Friday, the army had withdrawn from Moura.",
    "Share prices fell in Bamako after the attack.",
    "Follow-up operations killed 12 militants near Gao on Monday.",
    "Photos of the attack circulated widely on social media.",
    "The photo showing the bodies was widely shared on Telegram.",
    "Sources: a senior officer said that 20 soldiers were killed in the ambush near Boni.",
    "Comments by the minister angered the junta, which summoned the ambassador.",
    "Read the full report on the Human Rights Watch website.",
    "Subscribers to the militants’ channel were told to prepare for more attacks.",
    "Reuters could not independently verify the claims.",
    "Reporting by Human Rights Watch found that 30 civilians were killed in Moura.",
    "“We buried 20 people today,” a village chief said",  # quoted, no full stop: still body
    "Jane Doe, a nurse in Mopti, said the hospital had received 30 wounded.",
    "Moura",  # a one-word heading is not furniture
])
def test_body_look_alikes_are_kept(body):
    clean, _ = clean_text(_article(body))
    assert body in clean.split("\n\n")


def test_tail_heading_cuts_unrelated_teasers():
    teasers = ("Related articles", "Ten celebrities with surprising hobbies",
               "Gold prices rise as investors look for safety…")
    clean, stripped = clean_text(_article(tail=teasers))
    assert clean.endswith(P3)
    assert list(teasers) == stripped


@pytest.mark.parametrize("heading", ["You May Also Like", "Related Posts", "More from The Sahel Post",
                                     "Most Read", "Leave a comment", "3 Comments", "Vous aimerez aussi",
                                     "Sur le même sujet", "About the author"])
def test_tail_headings(heading):
    clean, _ = clean_text(_article(tail=(heading, "Long teaser paragraph of another story, not this one.")))
    assert clean.endswith(P3)


def test_tail_heading_early_is_a_sidebar_not_the_end():
    # Scraped sidebar before the body: the heading goes, the article after it stays.
    text = "\n\n".join(["Related articles", P1, P2, P3])
    clean, stripped = clean_text(text)
    assert stripped == ["Related articles"]
    assert clean == "\n\n".join([P1, P2, P3])


def test_author_bio_at_end():
    bio = ("Jane Doe is a freelance journalist based in Dakar who covers security in the Sahel. "
           "She has reported for several outlets.")
    clean, stripped = clean_text(_article(tail=(bio,)))
    assert bio in stripped and clean.endswith(P3)


def test_bio_like_sentence_in_body_is_kept():
    body = "Aminata Dicko is a human rights activist who addressed the UN Security Council."
    clean, _ = clean_text(_article(body))
    assert body in clean


def test_byline_name_only_before_body():
    clean, stripped = clean_text("\n".join(["Attack kills 12 in central Mali", "Jane Doe", P1, P2]))
    assert stripped == ["Jane Doe"]
    # The same shape after the body starts is a heading, and stays.
    clean, stripped = clean_text("\n\n".join(["Attack kills 12", P1, "Security Situation", P2]))
    assert "Security Situation" in clean and stripped == []


def test_repeated_paragraph_removed_once():
    clean, stripped = clean_text(_article(P1))
    assert clean.count(P1) == 1 and stripped == [P1]


def test_title_counter_removed():
    clean, stripped = clean_text("Did Wagner help Mali? 3\n\n" + P1)
    assert clean.startswith("Did Wagner help Mali?\n\n") and stripped == ["3"]
    clean, _ = clean_text("Top 10 events of 2023\n\n" + P1)  # a number that is part of the title
    assert clean.startswith("Top 10 events of 2023\n\n")


def test_whitespace_and_unicode_normalised():
    text = "Titre\r\n\r\n\r\n\r\nLes soldats  ont quitte\u0301 Gao\u00a0hier.\u200b  \r\n\n\n\nFin."
    clean, stripped = clean_text(text)
    assert clean == "Titre\n\nLes soldats ont quitté Gao hier.\n\nFin."
    assert stripped == []


def test_one_paragraph_per_line_and_run_on_lines():
    text = f"{P1}\nThe army said it had sent reinforcements\nto the area.\n{P3}"
    assert clean_text(text)[0] == f"{P1}\n\nThe army said it had sent reinforcements to the area.\n\n{P3}"


def test_hard_wrapped_text_is_rejoined():
    wrapped = ("Gunmen killed 12 civilians in an attack on the village of\n"
               "Ogossagou on Sunday, officials said. The army said it had sent\n"
               "reinforcements to the area and opened an investigation into\n"
               "the killings.")
    clean, _ = clean_text(wrapped)
    assert clean == " ".join(wrapped.split("\n"))


def test_empty_and_blank_text():
    assert clean_text("") == ("", [])
    assert clean_text(" \n\n \t\n") == ("", [])
