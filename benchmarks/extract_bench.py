"""Extraction throughput: words and documents per second through the Extractor.

    .venv/bin/python benchmarks/extract_bench.py [ACLED_CSV]

The extractor is built as the CLI builds it (default gazetteer and actors, no model); that
and loading the spaCy pipelines are timed apart from throughput, and one untimed warm-up
pass over the examples fills the gazetteer's lazily loaded parts. Two corpora: the bundled
examples/ (read with read_inputs and prepare) repeated to at least 50,000 words, so
repeats meet warm caches; and the first 1,000 notes of an ACLED export
(../shared/data/acled-mali-2015-2022h1.csv by default), skipped if it is absent. Only
extract() is timed; prepare (HTML, cleaning, language, date) runs before the clock starts.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crisismap.context import build_extractor  # noqa: E402
from crisismap.evaluate import load_notes  # noqa: E402
from crisismap.models import RawDocument  # noqa: E402
from crisismap.nlp import pipeline  # noqa: E402
from crisismap.pipeline import prepare  # noqa: E402
from crisismap.readers import read_inputs  # noqa: E402

ACLED = ROOT.parent / "shared" / "data" / "acled-mali-2015-2022h1.csv"
MIN_WORDS = 50_000
NOTES = 1_000


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def example_docs() -> list:
    paths = [*sorted((ROOT / "examples").glob("*.txt")), *sorted((ROOT / "examples").glob("*.html")),
             ROOT / "examples" / "feed.jsonl"]
    return [prepare(raw) for raw in read_inputs(paths) if isinstance(raw, RawDocument)]


def throughput(extractor, docs: list) -> dict:
    words = sum(len(d.text.split()) for d in docs)
    events, seconds = timed(lambda: sum(len(extractor.extract(d)) for d in docs))
    return {"docs": len(docs), "words": words, "events": events, "s": seconds}


def main(argv: list[str]) -> None:
    acled = Path(argv[0]) if argv else ACLED
    extractor, t_build = timed(lambda: build_extractor([], [], None))
    examples = example_docs()
    languages = sorted({d.language for d in examples})
    _, t_spacy = timed(lambda: [pipeline(lang) for lang in languages])
    _, t_warm = timed(lambda: [extractor.extract(d) for d in examples])
    for label, seconds in (("build_extractor([], [], None)", t_build),
                           (f"load spaCy pipelines ({', '.join(languages)})", t_spacy),
                           (f"warm-up pass ({len(examples)} example docs)", t_warm)):
        print(f"{label + ':':<36} {seconds:6.2f} s")

    per_copy = sum(len(d.text.split()) for d in examples)
    copies = -(-MIN_WORDS // per_copy)
    runs = [(f"examples x{copies}", throughput(extractor, examples * copies))]
    if acled.is_file():
        notes = load_notes(acled)[:NOTES]
        docs = [prepare(RawDocument(origin=n.id, text=n.text, published=n.published)) for n in notes]
        runs.append((f"{acled.name}, first {len(docs)} notes", throughput(extractor, docs)))
    else:
        print(f"({acled} not found: examples only)")

    head = f"{'corpus':<45} {'docs':>6} {'words':>8} {'events':>7} {'seconds':>8} {'words/s':>8} {'docs/s':>7}"
    print()
    print(head)
    print("-" * len(head))
    for label, r in runs:
        print(f"{label:<45} {r['docs']:>6} {r['words']:>8} {r['events']:>7} {r['s']:>8.2f} "
              f"{r['words'] / r['s']:>8.0f} {r['docs'] / r['s']:>7.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
