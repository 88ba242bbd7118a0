"""How dedup and mention linking scale: synthetic corpora of 10k, 30k and 100k documents.

    python benchmarks/linking_bench.py [N ...] [--seed S]

Documents are made of words drawn from a Zipf-like vocabulary (so some words are in every
document, as topic words are), 5% are copies of an earlier document under another
header and footer, 1% are rewrites (sentences shuffled, a third of the words replaced).
Each document reports one or two events: several countries, villages on a synthetic map,
dates over three years, with the noise reports have (a day off, month precision, a nearby
village, an unnamed perpetrator). Prints seconds and seconds per 1k items for each stage;
near-linear growth shows as a flat per-1k column. Pair precision/recall of the clusters
against the true events is printed as a sanity check, not a quality measurement.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from crisismap.dedup import DedupIndex, DuplicateIndex  # noqa: E402
from crisismap.linking import link_mentions  # noqa: E402
from crisismap.models import Mention  # noqa: E402

COUNTRIES = {"Mali": (12.0, -8.0), "Burkina Faso": (11.5, -2.0), "Niger": (13.5, 2.0), "Nigeria": (10.0, 8.0),
             "Chad": (12.5, 16.0), "Cameroon": (6.0, 12.0)}
TYPES = ["Violence against civilians", "Battles", "Explosions/Remote violence", "Protests", "Riots"]
ACTORS = ["Military Forces of {c} (2021-)", "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)",
          "Wagner Group", "Dozo Communal Militia ({c})", "Unidentified Armed Group ({c})"]
START = dt.date(2021, 1, 1)
DAYS = 3 * 365
VILLAGES_PER_COUNTRY = 1500


def vocabulary(rng: random.Random, size: int = 300_000) -> tuple[list[str], list[float]]:
    """News vocabularies run to hundreds of thousands of forms (names, places, numbers)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = list(dict.fromkeys("".join(rng.choices(letters, k=rng.randint(4, 10))) for _ in range(size * 2)))
    words = words[:size]
    cum, total = [], 0.0
    for rank in range(1, len(words) + 1):
        total += 1 / rank ** 1.05
        cum.append(total)
    return words, cum


def sentence(rng: random.Random, words, cum) -> str:
    return " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(10, 20))).capitalize() + "."


def rewrite(rng: random.Random, text: str, words, cum) -> str:
    sents = text.split(". ")
    rng.shuffle(sents)
    out = []
    for s in sents[: max(3, int(len(sents) * 0.8))]:
        toks = s.rstrip(".").split()
        toks = [rng.choices(words, cum_weights=cum)[0] if rng.random() < 0.33 else t for t in toks]
        out.append(" ".join(toks).capitalize() + ".")
    return " ".join(out)


def villages(rng: random.Random) -> dict[str, list[tuple[str, str, float, float]]]:
    out = {}
    for country, (lat, lon) in COUNTRIES.items():
        out[country] = [(f"{country[:3]}-v{i}", f"{country[:3]}-A{i % 8}", lat + rng.uniform(-4, 4),
                         lon + rng.uniform(-4, 4)) for i in range(VILLAGES_PER_COUNTRY)]
    return out


def corpus(n: int, seed: int):
    """Documents (id, text, date) and mentions (with their true event number)."""
    rng = random.Random(seed)
    words, cum = vocabulary(rng)
    places = villages(rng)
    docs, mentions, truth = [], [], []
    events = []
    for i in range(n):
        r = rng.random()
        date = START + dt.timedelta(days=rng.randrange(DAYS))
        if r < 0.05 and docs:  # a syndicated copy
            _, text, date = docs[rng.randrange(len(docs))]
            text = f"Sahel Wire {rng.randrange(10**6)}\n\n{text}\n\nAll rights reserved {rng.randrange(99)}."
        elif r < 0.06 and docs:  # a rewrite
            text = rewrite(rng, docs[rng.randrange(len(docs))][1], words, cum)
        else:
            text = " ".join(sentence(rng, words, cum) for _ in range(rng.randint(6, 14)))
        doc_id = f"d{i}"
        docs.append((doc_id, text, date))
        for _ in range(rng.choice((1, 1, 2))):
            if events and rng.random() < 0.5:  # another report of a known event
                k = rng.randrange(max(0, len(events) - 2000), len(events))
            else:
                country = rng.choice(list(COUNTRIES))
                events.append((country, rng.choice(places[country]), START + dt.timedelta(days=rng.randrange(DAYS)),
                               rng.choice(TYPES), rng.choice(ACTORS).format(c=country)))
                k = len(events) - 1
            mentions.append(report(rng, doc_id, events[k]))
            truth.append(k)
    return docs, mentions, truth


def report(rng: random.Random, doc_id: str, event) -> Mention:
    country, (name, admin1, lat, lon), date, etype, actor = event
    precision, geo = 1, 1
    if rng.random() < 0.2:
        date += dt.timedelta(days=rng.choice((-1, 1)))
    if rng.random() < 0.1:
        date, precision = date.replace(day=1), 3
    if rng.random() < 0.1:
        lat, lon = lat + rng.uniform(-0.1, 0.1), lon + rng.uniform(-0.1, 0.1)  # a nearby village
    if rng.random() < 0.05:
        name, geo = admin1, 3
    if rng.random() < 0.2:
        actor = f"Unidentified Armed Group ({country})"
    return Mention(document_id=doc_id, event_date=date, time_precision=precision, event_type=etype, actor1=actor,
                   country=country, admin1=admin1, location=name, latitude=lat, longitude=lon, geo_precision=geo)


def pair_quality(clusters: list[list[int]], truth: list[int]) -> tuple[float, float]:
    def pairs(counts):
        return sum(c * (c - 1) // 2 for c in counts)

    right = sum(pairs(Counter(truth[i] for i in cl).values()) for cl in clusters)
    predicted = pairs(len(cl) for cl in clusters)
    actual = pairs(Counter(truth).values())
    return right / max(1, predicted), right / max(1, actual)


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def bench(n: int, seed: int) -> dict:
    (docs, mentions, truth), t_gen = timed(lambda: corpus(n, seed))

    def duplicates():
        index, hits = DuplicateIndex(), 0
        for doc_id, text, _ in docs:
            hits += bool(index.query(text))
            index.add(doc_id, text)
        return hits

    def dedup():
        index = DedupIndex()
        return Counter(link.kind for doc_id, text, date in docs for link in index.add(doc_id, text, date))

    dup_hits, t_dup = timed(duplicates)
    kinds, t_dedup = timed(dedup)
    clusters, t_link = timed(lambda: link_mentions(mentions))
    precision, recall = pair_quality(clusters, truth)
    return {"n": n, "mentions": len(mentions), "gen": t_gen, "dup": t_dup, "dedup": t_dedup, "link": t_link,
            "dup_hits": dup_hits, "kinds": kinds, "clusters": len(clusters), "events": len(set(truth)),
            "precision": precision, "recall": recall}


def main(argv: list[str]) -> None:
    seed = 1
    if "--seed" in argv:
        i = argv.index("--seed")
        seed = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    sizes = [int(a.replace("k", "000")) for a in argv] or [10_000, 30_000, 100_000]
    head = (f"{'docs':>7} {'mentions':>8} | {'DuplicateIndex s':>16} {'s/1k':>6} | {'DedupIndex s':>12} {'s/1k':>6} | "
            f"{'link_mentions s':>15} {'s/1k':>6} | {'dups':>5} {'derived':>7} | {'events':>6} {'clusters':>8} "
            f"{'pairP':>5} {'pairR':>5}")
    print(head)
    print("-" * len(head))
    for n in sizes:
        r = bench(n, seed)
        print(f"{r['n']:>7} {r['mentions']:>8} | {r['dup']:>16.1f} {1000 * r['dup'] / n:>6.2f} | "
              f"{r['dedup']:>12.1f} {1000 * r['dedup'] / n:>6.2f} | {r['link']:>15.1f} "
              f"{1000 * r['link'] / r['mentions']:>6.3f} | {r['dup_hits']:>5} {r['kinds']['derived-from']:>7} | "
              f"{r['events']:>6} {r['clusters']:>8} {r['precision']:>5.2f} {r['recall']:>5.2f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
