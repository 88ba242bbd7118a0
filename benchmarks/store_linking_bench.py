"""How ingest-time linking scales in the store: the path `crisismap ingest` takes.

    python benchmarks/store_linking_bench.py [N ...] [--db URL] [--seed S]

The synthetic corpus of linking_bench.py (copies, rewrites, several reports per event) goes
document by document through a DedupIndex and `SqlStore.add_document`, which looks up
candidate events by country and date window, links or creates, reconciles and records a
revision, one transaction per document. Default: a new SQLite file per size in a temporary
folder. Prints seconds per 1k documents (flat when growth is linear) and, as a sanity
check, pair precision/recall of the stored events against the true ones.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from linking_bench import corpus, pair_quality  # noqa: E402

from crisismap.dedup import DedupIndex  # noqa: E402
from crisismap.models import Document  # noqa: E402
from crisismap.store import open_store  # noqa: E402


def bench(n: int, seed: int, db: str | None) -> dict:
    docs, mentions, truth = corpus(n, seed)
    by_doc: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_doc.setdefault(m.document_id, []).append(i)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db or str(Path(tmp) / "bench.db"))
        index = DedupIndex(text_of=lambda doc_id: store.document(doc_id).text)
        event_of: dict[int, str] = {}
        t_dedup = t_store = 0.0
        marks = []
        for k, (doc_id, text, date) in enumerate(docs, 1):
            t = time.perf_counter()
            links = index.add(doc_id, text, date)
            t_dedup += time.perf_counter() - t
            doc = Document(id=doc_id, origin=f"bench/{doc_id}", text=text, published=date)
            t = time.perf_counter()
            ids = store.add_document(doc, [mentions[i] for i in by_doc.get(doc_id, [])], links)
            t_store += time.perf_counter() - t
            event_of.update(zip(by_doc.get(doc_id, []), ids, strict=True))
            if k % (n // 4) == 0:
                marks.append((k, t_store))
        counts = store.counts()
        store.close()
    clusters: dict[str, list[int]] = {}
    for i, eid in event_of.items():
        clusters.setdefault(eid, []).append(i)
    precision, recall = pair_quality(list(clusters.values()), truth)
    last_quarter = (marks[-1][1] - marks[-2][1]) / (marks[-1][0] - marks[-2][0]) * 1000 if len(marks) > 1 else 0
    return {"n": n, "mentions": len(mentions), "dedup": t_dedup, "store": t_store, "last_quarter": last_quarter,
            "events": counts["events"], "true": len(Counter(truth)), "precision": precision, "recall": recall}


def main(argv: list[str]) -> None:
    seed, db = 1, None
    for flag in ("--seed", "--db"):
        if flag in argv:
            i = argv.index(flag)
            value = argv[i + 1]
            argv = argv[:i] + argv[i + 2:]
            seed, db = (int(value), db) if flag == "--seed" else (seed, value)
    sizes = [int(a.replace("k", "000")) for a in argv] or [10_000, 30_000, 100_000]
    head = (f"{'docs':>7} {'mentions':>8} | {'dedup s':>8} {'s/1k':>5} | {'store s':>8} {'s/1k':>5} "
            f"{'last quarter s/1k':>17} | {'events':>6} {'true':>6} {'pairP':>5} {'pairR':>5}")
    print(head)
    print("-" * len(head))
    for n in sizes:
        r = bench(n, seed, db)
        print(f"{r['n']:>7} {r['mentions']:>8} | {r['dedup']:>8.1f} {1000 * r['dedup'] / n:>5.2f} | "
              f"{r['store']:>8.1f} {1000 * r['store'] / n:>5.2f} {r['last_quarter']:>17.2f} | "
              f"{r['events']:>6} {r['true']:>6} {r['precision']:>5.2f} {r['recall']:>5.2f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
