"""Document language, as an ISO 639-1 code, with lingua.

The detector only knows the languages crisismap's users feed in: a small set keeps it fast
and stops short texts being taken for some language nobody sends.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE,
             Language.ARABIC, Language.GERMAN)
DEFAULT = "en"
MIN_LETTERS = 12  # below this a guess is noise: "Mali" or "AP" is in every language
SAMPLE_CHARS = 3000  # the start of an article says its language; all of it only costs time


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language; "en" when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return DEFAULT
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else DEFAULT
