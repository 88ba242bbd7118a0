"""A learned event-type model that a user adapts to their own coded data (`crisismap train`).

The shipped default is the rule set in event_types.py, written by the project. A user with
an ACLED licence can train this model on their export; extraction then takes the model's
type where it is confident and the rules' type elsewhere. The model is a TF-IDF + logistic
regression (scikit-learn): small, fast on a laptop, and easy to retrain.

Model files are pickles: load only files you made yourself.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import CrisismapError

FORMAT = "crisismap-type-model/1"
SEP = " | "


@dataclass
class TypePrediction:
    event_type: str
    sub_event_type: str
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
        y = [f"{t}{SEP}{s}" for t, s in zip(event_types, sub_event_types, strict=True)]
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
            etype, sub = self.labels[i].split(SEP, 1)
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
