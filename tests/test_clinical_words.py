"""The core's clinical sentences (doubt reasons, the dates' check) in the window's language: every
sentence the core writes has a known form, is shown as written in English, and is translated with
its numbers in the language's convention."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fetalhc_gui.core.dating import DatesCheck
from fetalhc_gui.core.error_risk import RISK_REASON
from fetalhc_gui.core.exam_check import ExamVerdict
from fetalhc_gui.core.interval import interval_reason
from fetalhc_gui.gui.clinical_words import PLANES, in_window_language
from fetalhc_gui.gui.i18n import install_language
from fetalhc_gui.inference.plane_check import PlaneVerdict


def sentences() -> list[str]:
    """One of each sentence the core writes, from the core's own code."""
    said = [PlaneVerdict(0.1, False, plane).reason for plane in ("abdomen", "femur", "thorax")]
    said += [
        ExamVerdict(True, ("modality CT", "patient age 70 years")).reason,
        interval_reason(101.23, 108.31, 104.8),
        interval_reason(None, None, None),
        RISK_REASON,
        DatesCheck(140.0, "Hadlock", 141.0).text(),
        DatesCheck(140.0, "Hadlock", 143.0).text(),
        DatesCheck(90.0, "Hadlock", 140.0).text(),
    ]
    # the quality reasons as inference.quality.assess writes them
    said += [
        f"the head region is not elliptical (fit Dice {0.81:.2f})",
        f"the outline departs from the ellipse ({7.25:.1f}%)",
        f"the model is unsure of the head region (confidence {0.66:.2f})",
    ]
    return said


def test_the_core_s_plane_names_are_the_ones_translated():
    assert {
        PlaneVerdict(0.1, False, p).reason.rsplit("like ", 1)[1][:-1] for p in ("abdomen", "femur", "thorax")
    } == set(PLANES)


def test_in_english_every_sentence_is_shown_as_the_core_wrote_it():
    for sentence in sentences():
        assert in_window_language(sentence) == sentence


@pytest.fixture
def french():
    app = QApplication.instance()
    translators = install_language(app, "fr")
    yield
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def test_in_french_every_sentence_is_translated_with_decimal_commas(french):
    for sentence in sentences():
        said = in_window_language(sentence)
        assert said != sentence, sentence
        assert not re.search(r"\d\.\d", said), said
    assert in_window_language(interval_reason(101.23, 108.31, 104.8)).startswith(
        "les membres de l'ensemble divergent (intervalle à 95 % 101,2-108,3 mm"
    )
    assert "un abdomen" in in_window_language(PlaneVerdict(0.1, False, "abdomen").reason)


def test_a_sentence_of_no_known_form_is_shown_as_written(french):
    assert in_window_language("something new the core says") == "something new the core says"
