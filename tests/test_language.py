"""Language detection."""

from __future__ import annotations

import time

import pytest

from crisismap import language
from crisismap.language import detect_language


@pytest.mark.parametrize("text, code", [
    ("Two civilians and about ten terrorists were killed on Sunday near Mopti, the army said.", "en"),
    ("Deux civils et une dizaine de terroristes ont été tués dimanche près de Mopti.", "fr"),
    ("Dos civiles y una decena de terroristas murieron el domingo cerca de Mopti.", "es"),
    ("Dois civis e uma dezena de terroristas foram mortos no domingo perto de Mopti.", "pt"),
    ("Zwei Zivilisten und etwa zehn Terroristen wurden am Sonntag nahe Mopti getötet.", "de"),
    ("قتل مدنيان وعشرة إرهابيين يوم الأحد قرب موبتي", "ar"),
])
def test_languages(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "Mali", "AP", "12 - 300", "Wagner Group"])
def test_empty_or_too_short_is_english(text):
    assert detect_language(text) == "en"


def test_detector_built_once_and_fast():
    detect_language("Deux civils ont été tués dimanche près de Mopti.")
    assert language._detector() is language._detector()
    long_text = "Les soldats maliens ont repris le contrôle de la ville après des combats. " * 2000
    start = time.perf_counter()
    assert detect_language(long_text) == "fr"
    assert time.perf_counter() - start < 0.5
