"""Copies and rewrites: the real seed rewrite, syndicated copies, and unrelated articles."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from pathlib import Path

import pytest

from crisismap.dedup import (
    REWRITE_THRESHOLD,
    DedupIndex,
    DocLink,
    DuplicateIndex,
    find_links,
    link_roots,
    rewrite_score,
)

SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS} "
                                 "(../shared is absent): seed rewrite tests skipped")

try:  # written in parallel; without it the seeds are compared raw
    from crisismap.cleaning import clean_text
except ImportError:  # pragma: no cover
    def clean_text(text):
        return text, []

def _paragraphs(*paras: str) -> str:
    return "\n\n".join(paras)


ARTICLE = _paragraphs(
    "Gunmen killed 14 villagers in an overnight raid on Djibo market, local officials said on Sunday.",
    "The attackers arrived on motorcycles shortly after midnight and set fire to several shops before "
    "opening fire on traders sleeping near their stalls.",
    "A regional security source said the assailants belonged to a jihadist group active in the Soum "
    "province for several years.",
    "Survivors told reporters that the raid lasted nearly two hours and that no soldiers intervened "
    "until dawn.",
    "The government announced three days of mourning and promised to reinforce the garrison in the town.",
    "Humanitarian agencies warned that thousands of displaced families in the area depend on the market "
    "for food.",
)
UNRELATED = _paragraphs(
    "The central bank kept its benchmark interest rate unchanged on Thursday, citing easing inflation.",
    "Analysts had expected the decision after consumer prices rose more slowly than forecast in the "
    "second quarter.",
    "The governor said the bank would watch fuel prices closely as the rainy season disrupts transport.",
    "Exporters welcomed the move, saying stable borrowing costs would help the cotton harvest reach ports.",
)
# The same facts in other words and another order, as a content farm rewrites a story.
REWRITE = _paragraphs(
    "The Burkinabe government has declared three days of national mourning and pledged more troops for "
    "the town.",
    "In Djibo, armed men on motorbikes raided the market after midnight, torching shops and shooting traders "
    "who slept beside their stalls, killing 14 villagers according to local officials.",
    "A security source in the region blamed a jihadist group that has operated in Soum province for years.",
    "According to survivors, the attack went on for almost two hours, and soldiers only intervened at dawn.",
    "Aid agencies are concerned for thousands of displaced families who rely on the Djibo market for their "
    "food.",
)


def _seeds():
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        clean, _ = clean_text(path.read_text(encoding="utf-8"))
        docs.append((path.name[:3], clean, None))
    return docs


@needs_seeds
def test_seed_rewrite_is_linked_and_nothing_else():
    docs = _seeds()
    assert [d[0] for d in docs] == ["000", "001", "002", "003", "004"]
    for order in (docs, docs[::-1], [docs[i] for i in (2, 0, 4, 1, 3)]):
        links = find_links(order)
        assert [(lk.doc_id, lk.other_id, lk.kind) for lk in links] == [("000", "001", "derived-from")]


@needs_seeds
def test_seed_rewrite_scores_leave_a_margin():
    texts = {d[0]: d[1] for d in _seeds()}
    for a, b in itertools.combinations(texts, 2):
        score = rewrite_score(texts[a], texts[b])
        if (a, b) == ("000", "001"):
            assert score >= REWRITE_THRESHOLD + 0.05
        else:  # same topic (Wagner, Mali, Moura), different articles
            assert score <= REWRITE_THRESHOLD - 0.15, (a, b, score)


@needs_seeds
def test_seed_copy_with_other_furniture_is_a_duplicate():
    docs = _seeds()
    original = docs[1][1]
    copy = "Mali news | Saturday edition\n\n" + original + "\n\nShare this story. All rights reserved."
    links = find_links([*docs, ("copy", copy, None)])
    assert DocLink("copy", "001", "duplicate-of", links[-1].score) in links
    assert links[-1].score >= 0.7


def test_copy_with_other_header_and_footer_is_duplicate_of_the_original():
    copy = "WORLD NEWS DIGEST\nPublished by the Sahel Wire syndicate\n\n" + ARTICLE + \
           "\n\nCopyright 2024 Sahel Wire. Reproduction prohibited without permission."
    index = DuplicateIndex()
    index.add("orig", ARTICLE)
    index.add("other", UNRELATED)
    hits = index.query(copy)
    assert [h[0] for h in hits] == ["orig"] and hits[0][1] >= 0.7
    assert index.query(UNRELATED.replace("Thursday", "Friday"))[0][0] == "other"
    links = find_links([("orig", ARTICLE, None), ("other", UNRELATED, None), ("copy", copy, None)])
    assert [(lk.doc_id, lk.other_id, lk.kind) for lk in links] == [("copy", "orig", "duplicate-of")]


def test_the_later_published_document_is_the_copy():
    copy = "Sahel Wire\n\n" + ARTICLE
    links = find_links([("copy", copy, dt.date(2024, 5, 1)), ("orig", ARTICLE, dt.date(2024, 5, 3))])
    assert [(lk.doc_id, lk.other_id) for lk in links] == [("orig", "copy")]


def test_rewrite_is_derived_from_the_original_and_unrelated_is_not():
    assert rewrite_score(REWRITE, ARTICLE) >= 0.6
    assert rewrite_score(UNRELATED, ARTICLE) == 0.0
    links = find_links([("orig", ARTICLE, None), ("bank", UNRELATED, None), ("rw", REWRITE, None)])
    assert [(lk.doc_id, lk.other_id, lk.kind) for lk in links] == [("rw", "orig", "derived-from")]
    # Without dates the shorter one is the rewrite, whichever came first.
    links = find_links([("rw", REWRITE, None), ("orig", ARTICLE + "\n\n" + ARTICLE.replace("14", "fourteen")
                                                 .replace("Djibo", "the town") + " More later.", None)])
    assert [(lk.doc_id, lk.other_id) for lk in links] == [("rw", "orig")]


def test_incremental_index_adds_each_document_once():
    index = DedupIndex()
    assert index.add("orig", ARTICLE) == []
    assert index.add("orig", ARTICLE) == []
    assert [lk.kind for lk in index.add("rw", REWRITE)] == ["derived-from"]
    assert len(index) == 2


def _random_article(rng: random.Random, vocab: list[str], sentences: int = 12) -> str:
    return " ".join(" ".join(rng.choice(vocab) for _ in range(rng.randint(10, 18))).capitalize() + "."
                    for _ in range(sentences))


def test_rewrite_is_found_through_the_candidate_index_in_a_larger_corpus():
    rng = random.Random(7)
    vocab = [f"w{i}x" for i in range(3000)] + ["attack", "village", "killed", "army", "region"] * 40
    index = DedupIndex()
    for i in range(300):  # past the warm-up, so rare-word filtering and LSH are in play
        assert index.add(f"d{i}", _random_article(rng, vocab)) == []
    assert len(index._content_sigs) > index.max_candidates
    assert index.add("orig", ARTICLE) == []
    links = index.add("rw", REWRITE)
    assert [(lk.doc_id, lk.other_id, lk.kind) for lk in links] == [("rw", "orig", "derived-from")]


def test_link_roots_follow_chains_to_the_original():
    links = [DocLink("b", "a", "duplicate-of", 0.9), DocLink("c", "b", "derived-from", 0.5),
             DocLink("e", "d", "derived-from", 0.4)]
    assert link_roots(links) == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d"}
    cyclic = link_roots([DocLink("x", "y", "derived-from", 0.4), DocLink("y", "x", "derived-from", 0.4)])
    assert cyclic == {"x": "x", "y": "x"}
