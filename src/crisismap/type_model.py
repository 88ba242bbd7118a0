"""Learned event-type models: the shipped default and a user's adapted one (`crisismap train`).

The default model is trained, on first use (a few seconds, then cached), from reports the
project wrote for it: data/type_training/*.jsonl, each labelled with one of ACLED's 25
sub-event types or none (floods, crime, diplomacy...). No ACLED text is in it. Extraction
uses it beside the rules in event_types.py: it finds events worded in ways no rule knows,
and it decides the type where it is sure and the rules are not.

A user with an ACLED licence can train a model on their export plus the project's reports;
extraction then takes that model's type where it is confident. The model is a TF-IDF + logistic
regression (scikit-learn): small, fast on a laptop, and easy to retrain.

Model files are pickles: load only files you made yourself.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import CrisismapError

FORMAT = "crisismap-type-model/1"
SEP = " | "
NONE = "none"  # the label of a report that is no ACLED event
TRAINING_DIR = Path(__file__).parent / "data" / "type_training"


@dataclass
class TypePrediction:
    event_type: str | None  # None: no ACLED event
    sub_event_type: str | None
    probability: float


class EventTypeModel:
    def __init__(self, pipeline, labels: list[str], info: dict):
        self.pipeline = pipeline
        self.labels = labels
        self.info = info

    @classmethod
    def fit(cls, texts: Sequence[str], event_types: Sequence[str], sub_event_types: Sequence[str],
            info: dict | None = None) -> EventTypeModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, make_pipeline

        if len(texts) < 20:
            raise CrisismapError(f"too few coded reports to train on ({len(texts)}); need at least 20")
        y = [f"{t}{SEP}{s}" if t else NONE for t, s in zip(event_types, sub_event_types, strict=True)]
        features = FeatureUnion([
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                                      max_features=60000)),
        ])
        pipeline = make_pipeline(features, LogisticRegression(max_iter=2000, C=8.0))
        pipeline.fit(list(texts), y)
        return cls(pipeline, list(pipeline.classes_), {"examples": len(texts), **(info or {})})

    def predict(self, texts: Sequence[str]) -> list[TypePrediction]:
        probs = self.pipeline.predict_proba(list(texts))
        out = []
        for row in probs:
            i = int(row.argmax())
            etype, sub = self.labels[i].split(SEP, 1) if self.labels[i] != NONE else (None, None)
            out.append(TypePrediction(etype, sub, float(row[i])))
        return out

    def save(self, path: str | Path) -> None:
        with open(path, "wb") as f:
            pickle.dump({"format": FORMAT, "labels": self.labels, "info": self.info, "pipeline": self.pipeline}, f)

    @classmethod
    def load(cls, path: str | Path) -> EventTypeModel:
        try:
            with open(path, "rb") as f:
                data = pickle.load(f)  # noqa: S301 - a file the user trained with `crisismap train`
        except FileNotFoundError:
            raise CrisismapError(f"model file {path} not found; make one with `crisismap train EXPORT.csv`") from None
        except (pickle.UnpicklingError, EOFError, AttributeError, ModuleNotFoundError) as exc:
            raise CrisismapError(f"{path} is not a crisismap model file ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise CrisismapError(f"{path} is not a crisismap model file (expected format {FORMAT})")
        return cls(data["pipeline"], data["labels"], data["info"])

    def describe(self) -> str:
        return json.dumps(self.info, sort_keys=True)


def training_reports() -> list[dict]:
    """The project's own labelled reports: {"text", "lang", "sub_event_type" (None: no event)}."""
    rows = []
    for path in sorted(TRAINING_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


_DEFAULT: EventTypeModel | None = None


def default_model() -> EventTypeModel:
    """The shipped model, trained from training_reports() on first use (about 5 s) and kept in
    the user's cache, keyed by the reports and the scikit-learn version, for later processes."""
    global _DEFAULT
    if _DEFAULT is None:
        cached = _cache_path()
        try:
            _DEFAULT = EventTypeModel.load(cached)
        except (CrisismapError, OSError):
            _DEFAULT = _train_default()
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_suffix(f".{os.getpid()}.tmp")
                _DEFAULT.save(tmp)
                os.replace(tmp, cached)
            except OSError:
                pass  # a read-only home: train again next time
    return _DEFAULT


def _train_default() -> EventTypeModel:
    from .event_types import EVENT_TYPE_OF

    rows = training_reports()
    subs = [r["sub_event_type"] for r in rows]
    return EventTypeModel.fit([r["text"] for r in rows], [EVENT_TYPE_OF.get(s) if s else None for s in subs],
                              subs, {"trained_on": "crisismap's own reports", "examples": len(rows)})


def _cache_path() -> Path:
    import sklearn

    digest = hashlib.sha256(f"{FORMAT} {sklearn.__version__}".encode())
    for path in sorted(TRAINING_DIR.glob("*.jsonl")):
        digest.update(path.read_bytes())
    from . import settings

    return Path(settings.get("cache")) / f"type-model-{digest.hexdigest()[:16]}.pkl"
