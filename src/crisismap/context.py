"""Building the long-lived parts once: gazetteer, actor dictionary, extractor."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .actors import ActorDictionary
from .extract import Extractor
from .gazetteer import Gazetteer


def build_gazetteer(paths: Sequence[str | Path] = ()) -> Gazetteer:
    gaz = Gazetteer.default()
    for path in paths:
        gaz.add_geonames(path)
    return gaz


def build_extractor(gazetteers: Sequence[str | Path] = (), actors: Sequence[str | Path] = (),
                    model: str | Path | None = None) -> Extractor:
    type_model = None
    if model:
        from .type_model import EventTypeModel

        type_model = EventTypeModel.load(model)
    return Extractor(build_gazetteer(gazetteers), ActorDictionary.default(list(actors)), type_model=type_model)


def warm_up(extractor: Extractor) -> None:
    """Load now what loads lazily on the first document (the default gazetteer index, the
    language detector's models, the English pipeline), so that progress and throughput count
    the work, not the start-up. Other languages' pipelines still load when first needed."""
    from .language import detect_language
    from .nlp import pipeline

    extractor.gazetteer.country("Mali")
    detect_language("The army said on Sunday that the convoy had been attacked near the border.")
    if extractor.use_spacy:
        pipeline("en")
