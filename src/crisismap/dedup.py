"""Documents that are copies or rewrites of each other.

Two kinds of link, both pointing from the later document to the one it came from:

- ``duplicate-of``: a syndicated copy, the same text under another header or footer.
  MinHash over 5-word shingles; estimated Jaccard >= 0.7.
- ``derived-from``: a rewrite, the same facts paraphrased and reordered, so shingles
  barely overlap. Scored sentence by sentence (:func:`rewrite_score`); candidates come
  from a second, looser MinHash index over the document's rare content-word stems, so a
  new document is scored against at most 30 others (usually none), not the whole corpus.

Document texts are expected cleaned (``crisismap.cleaning``): boilerplate shared by two
pages of one site would otherwise look like copied text.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
DUPLICATE_THRESHOLD = 0.7  # syndicated copies score 0.85+; a shared paragraph or two stays far below
# Candidate filter for rewrites: MinHash LSH over a document's rare content stems. The
# seed rewrite has a content-word Jaccard of 0.26 with its source (paraphrase, and a
# source twice as long), so the LSH is tuned for 0.2 and weighted towards recall
# (56 bands of 2: a 0.25 pair is a candidate with p=0.97, a 0.02 pair with p=0.02).
CANDIDATE_THRESHOLD = 0.2
CANDIDATE_WEIGHTS = (0.2, 0.8)  # (false positive, false negative)
# Stems in more than 2% of the documents seen, or in more than 100 of them, are the
# corpus's topic (Wagner, Mali, army), not the mark of one story: they make unrelated
# articles look alike, so they are left out once DF_WARMUP documents make document
# frequencies meaningful. The absolute cap keeps the documents sharing any one rare stem,
# and so the candidates per query, bounded as the corpus grows (copies do not count).
COMMON_DF = 0.02
MAX_DF = 100
DF_WARMUP = 100
MIN_RARE = 8
MAX_CANDIDATES = 30  # rewrite_score calls per new document, whatever the corpus size
# LSH false positives are dropped before scoring: a rewrite shares at least a fifth of the
# shorter text's rare words (the seed rewrite: 0.6 of all its words); unrelated
# articles share a few percent.
MIN_CONTAINMENT = 0.2
# A sentence "has a match" when its IDF-weighted Dice with a sentence of the other text
# reaches this. Paraphrased sentences of the seed rewrite score 0.35-0.76; sentences that
# only share the topic (Wagner, Mali, Russia) stay below 0.33.
SENTENCE_MATCH = 0.35
# A rewrite restates at least this share of the shorter text's sentences, and at least
# REWRITE_MIN_SENTENCES of them. Articles on one topic share a quote or two (<= 0.11
# among the seeds); the seed rewrite restates 0.4 of itself (its second half comes from
# another story).
REWRITE_THRESHOLD = 0.3
REWRITE_MIN_SENTENCES = 2
MIN_SENTENCE_WORDS = 5  # shorter sentences (titles, fragments) match anything on the topic


def _stop_words() -> frozenset[str]:
    """spaCy's English and French stop words, read from their files: importing
    spacy.lang.fr loads its tokenizer exceptions, seconds of start-up for a word list."""
    words: set[str] = set()
    root = Path(importlib.util.find_spec("spacy").origin).parent / "lang"
    for lang in ("en", "fr"):
        path = root / lang / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_crisismap_stop_words_{lang}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words |= module.STOP_WORDS
    return frozenset(words)


_STOP = _stop_words()
_SUFFIXES = ("ations", "ation", "ments", "ment", "ness", "ings", "ing", "ions", "ion", "ies", "ied",
             "ers", "ed", "es", "ly", "s")
_WORD_RE = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?\"”»])\s+(?=[\"“«(]?[A-Z0-9À-Ý])|\n+")


@dataclass(frozen=True)
class DocLink:
    doc_id: str  # the copy or rewrite
    other_id: str  # the document it came from
    kind: str  # "duplicate-of" | "derived-from"
    score: float


# -- text features ----------------------------------------------------------------------

def _fold(text: str) -> str:
    """Lower case without accents ("Ménaka" = "Menaka"); other non-ASCII letters drop out."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(_fold(text))


@lru_cache(maxsize=1 << 18)  # a corpus has a few hundred thousand distinct words
def _stem(word: str) -> str:
    """Crude, language-blind stemming: enough to meet "executed" with "executions"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:6]


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content: no stop words, no one- or two-letter words."""
    return [_stem(w) for w in _words(text) if w not in _STOP and (len(w) > 2 or w.isdigit())]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _words(text)
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def sentences(text: str) -> list[frozenset[str]]:
    """Content-stem sets of the sentences long enough to say something."""
    out = []
    for sent in _SENTENCE_END.split(text):
        stems = frozenset(content_stems(sent))
        if len(stems) >= MIN_SENTENCE_WORDS:
            out.append(stems)
    return out


def _hash(token: str) -> int:
    return zlib.crc32(token.encode("utf-8"))  # stable across processes, unlike hash()


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def minhash(tokens: Iterable[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, hashfunc=_hash, permutations=_TEMPLATE.permutations,
                scheme=_TEMPLATE.scheme)
    m.update_batch(list(tokens))
    return m


# -- rewrite score ----------------------------------------------------------------------

def rewrite_score(text_a: str, text_b: str) -> float:
    """Share of the shorter text's sentences that restate a sentence of the other.

    Sentences are sets of content-word stems compared by Dice, each word weighted by its
    IDF over the sentences of both texts. The weighting is the point: two articles on one
    topic share its vocabulary (Wagner, Mali, Russia) in every sentence, so those words
    weigh little, while a paraphrase keeps the rare ones (names, figures, "torture",
    "summary executions"). Word sets, not an embedding, because nothing may be downloaded
    and paraphrases reorder clauses; character n-grams would reward shared topic names.
    """
    return _rewrite_score(sentences(text_a), sentences(text_b))[0]


def _rewrite_score(a: list[frozenset[str]], b: list[frozenset[str]]) -> tuple[float, int]:
    if not a or not b:
        return 0.0, 0
    if len(a) > len(b):
        a, b = b, a
    n = len(a) + len(b)
    df: dict[str, int] = defaultdict(int)
    for sent in a + b:
        for w in sent:
            df[w] += 1
    idf = {w: math.log((n + 1) / d) for w, d in df.items()}
    b_weight = [sum(idf[w] for w in s) for s in b]
    postings: dict[str, list[int]] = defaultdict(list)
    for j, sent in enumerate(b):
        for w in sent:
            postings[w].append(j)
    matched = 0
    for sent in a:
        shared: dict[int, float] = defaultdict(float)
        for w in sent:
            for j in postings.get(w, ()):
                shared[j] += idf[w]
        weight = sum(idf[w] for w in sent)
        best = max((2 * s / (weight + b_weight[j]) for j, s in shared.items() if weight + b_weight[j]),
                   default=0.0)
        matched += best >= SENTENCE_MATCH
    return matched / len(a), matched


# -- near-duplicates --------------------------------------------------------------------

class DuplicateIndex:
    """Near-duplicate documents: MinHash LSH over word shingles of normalised text."""

    def __init__(self, threshold: float = DUPLICATE_THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._sigs

    def add(self, doc_id: str, text: str) -> None:
        self._add(doc_id, minhash(shingles(text)))

    def query(self, text: str) -> list[tuple[str, float]]:
        """Documents whose estimated Jaccard with `text` reaches the threshold, best first."""
        return self._query(minhash(shingles(text)))

    def _add(self, doc_id: str, m: MinHash) -> None:
        if doc_id not in self._sigs:
            self._lsh.insert(doc_id, m)
            self._sigs[doc_id] = m.hashvalues

    def _query(self, m: MinHash) -> list[tuple[str, float]]:
        hits = []
        for key in self._lsh.query(m):
            j = float(np.mean(self._sigs[key] == m.hashvalues))
            if j >= self.threshold:
                hits.append((key, round(j, 3)))
        return sorted(hits, key=lambda h: (-h[1], h[0]))


# -- both kinds, incrementally ----------------------------------------------------------

@dataclass
class _Seen:
    order: int
    published: dt.date | None
    size: int  # substantive sentences: the shorter text is taken to be the rewrite


class DedupIndex:
    """Ingest-time detection: `add` a document, get its links to documents already added.

    Texts of added documents are kept for rewrite scoring unless `text_of` fetches them
    (from a store) by id.
    """

    def __init__(self, *, text_of: Callable[[str], str] | None = None, max_candidates: int = MAX_CANDIDATES):
        self.duplicates = DuplicateIndex()
        self._candidates = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM,
                                      weights=CANDIDATE_WEIGHTS)
        self._content_sigs: dict[str, tuple[np.ndarray, int]] = {}
        self._df: dict[str, int] = defaultdict(int)
        self._seen: dict[str, _Seen] = {}
        self._texts: dict[str, str] = {}
        self._text_of = text_of
        self.max_candidates = max_candidates

    def __len__(self) -> int:
        return len(self._seen)

    def add(self, doc_id: str, text: str, published: dt.date | None = None) -> list[DocLink]:
        if doc_id in self._seen:
            return []  # the same normalised text: the id already says so
        sents = sentences(text)
        self._seen[doc_id] = _Seen(len(self._seen), published, len(sents))
        shingle_hash = minhash(shingles(text))
        dups = self.duplicates._query(shingle_hash)
        self.duplicates._add(doc_id, shingle_hash)
        if dups:  # a copy adds nothing to look rewrites up by
            other, score = dups[0]
            return [self._direct(doc_id, other, "duplicate-of", score, by_size=False)]
        stems = set().union(*sents)
        rare = self._rare(stems)
        for w in stems:
            self._df[w] += 1
        content_hash = minhash(rare)
        links = []
        for other in self._rewrite_candidates(content_hash, len(rare)) if rare else ():
            score, matched = _rewrite_score(sents, sentences(self._text(other)))
            if score >= REWRITE_THRESHOLD and matched >= REWRITE_MIN_SENTENCES:
                links.append(self._direct(doc_id, other, "derived-from", round(score, 3), by_size=True))
        if rare:
            self._candidates.insert(doc_id, content_hash)
            self._content_sigs[doc_id] = (content_hash.hashvalues, len(rare))
            if self._text_of is None:
                self._texts[doc_id] = text
        return sorted(links, key=lambda link: -link.score)

    def _rare(self, stems: set[str]) -> set[str]:
        n = len(self._seen)
        if n < DF_WARMUP:
            return stems
        cutoff = min(COMMON_DF * n, MAX_DF)
        rare = {w for w in stems if self._df.get(w, 0) <= cutoff}
        if len(rare) < MIN_RARE:  # a text of common words only: its least common ones
            rare = set(sorted(stems, key=lambda w: (self._df.get(w, 0), w))[:MIN_RARE])
        return rare

    def _text(self, doc_id: str) -> str:
        return self._text_of(doc_id) if self._text_of is not None else self._texts[doc_id]

    def _rewrite_candidates(self, m: MinHash, size: int) -> list[str]:
        """The documents most likely to share this one's sentences, ranked by estimated
        containment of the smaller word set in the larger (a rewrite is usually shorter
        than its source, which Jaccard penalises). While the corpus is no bigger than the
        candidate budget, all of it is a candidate: the LSH only exists for scale."""
        small = len(self._content_sigs) <= self.max_candidates
        keys = self._content_sigs if small else self._candidates.query(m)
        ranked = []
        for key in keys:
            sig, other_size = self._content_sigs[key]
            j = float(np.mean(sig == m.hashvalues))
            contained = j * (size + other_size) / (1 + j) / max(1, min(size, other_size))
            if contained >= MIN_CONTAINMENT:
                ranked.append((contained, key))
        ranked.sort(key=lambda r: (-r[0], r[1]))
        return [key for _, key in ranked[: self.max_candidates]]

    def _direct(self, new_id: str, old_id: str, kind: str, score: float, *, by_size: bool) -> DocLink:
        """Which of the two came from the other: the later published; without both dates
        the shorter (for rewrites), then the one seen second."""
        new, old = self._seen[new_id], self._seen[old_id]
        if new.published and old.published and new.published != old.published:
            new_is_copy = new.published > old.published
        elif by_size and new.size != old.size:
            new_is_copy = new.size < old.size
        else:
            new_is_copy = True
        return DocLink(new_id, old_id, kind, score) if new_is_copy else DocLink(old_id, new_id, kind, score)


def find_links(docs: Iterable[tuple[str, str, dt.date | None]]) -> list[DocLink]:
    """Links among a batch of (id, clean text, published date or None) documents."""
    index = DedupIndex()
    links: list[DocLink] = []
    for doc_id, text, published in docs:
        links += index.add(doc_id, text, published)
    return links


def link_roots(links: Iterable[DocLink]) -> dict[str, str]:
    """For every linked document, the original its copies and rewrites go back to."""
    parent: dict[str, str] = {}
    for link in links:
        parent.setdefault(link.doc_id, link.other_id)
    roots = {}
    for doc in set(parent) | set(parent.values()):
        path, cur = [doc], doc
        while cur in parent and parent[cur] not in path:
            cur = parent[cur]
            path.append(cur)
        # In a cycle (conflicting dates and lengths) every member gets the same root.
        roots[doc] = min(path[path.index(parent[cur]):]) if cur in parent else cur
    return roots
