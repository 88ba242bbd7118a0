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
