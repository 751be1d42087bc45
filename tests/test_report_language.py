"""The window's report in the window's language: a Spanish exam report read back with pdftotext."""

from __future__ import annotations

import datetime
import re

import numpy as np
import pytest

from fetalhc_gui.core.dating import dating_from_lmp
from fetalhc_gui.report.language import LANGUAGES

from support.exams import EXAM, exam_file
from support.fakes import FakePredictor
from support.gui import make_window, measure_all
from support.language import language
from support.reports import pdf_text


def test_a_report_written_from_a_spanish_window_is_in_spanish_with_decimal_commas(qtbot, tmp_path):
    with language("es"):
        paths = [exam_file(tmp_path, f"{n}.dcm", "1", seed) for n, seed in (("a", 1), ("b", 2))]
        window = make_window(qtbot, FakePredictor(interval=(900.0, 1000.0)))
        window.open_paths([str(p) for p in paths])
        measure_all(qtbot, window)
        window.workspace.date_exam(0, dating_from_lmp(EXAM - datetime.timedelta(days=154), EXAM), EXAM)
        (written,) = window.reports.save_reports(tmp_path / "informes")
    text = " ".join(pdf_text(written).split())
    for words in ("Circunferencia cefálica fetal", "Mediciones", "Curva de crecimiento (INTERGROWTH-21st)",
                  "Imagen 1: a.dcm", "Plano de la cabeza", "Dudoso", "Tamaño de píxel", "Acerca de este informe",
                  "Uso previsto.", "DBP", "DOF"):  # fmt: skip
        assert words in text, words
    assert re.search(r"\d+,\d mm", text) and re.search(r"\(\d+,\d-\d+,\d\)", text), text[:600]  # 189,3 mm (180,0-200,0)
    assert "Fetal head circumference" not in text and "Measurements" not in text
    assert "-0,88 /" in text and re.search(r"\d+,\d \(a las 22\+0\)", text), text  # z / centile (at GA)
    assert "0,2000 mm/px, del archivo DICOM (Pixel Spacing)" in text  # the pixel size and its source
    assert "La CC da 21+3 (INTERGROWTH-21st), las fechas dan 22+0: 4 días de diferencia." in text


def test_the_command_line_writes_a_french_report_and_stays_english_afterwards(tmp_path):
    from fetalhc_gui.cli import REPORT_LANGUAGES, main
    from fetalhc_gui.report.language import LANGUAGES

    assert set(REPORT_LANGUAGES) == set(LANGUAGES)
    image = exam_file(tmp_path, "a.dcm", "1", 1)
    assert main(["report", str(image), "-o", str(tmp_path / "fr"), "--language", "fr"]) == 0
    text = " ".join(pdf_text(next((tmp_path / "fr").glob("*.pdf"))).split())
    assert "Périmètre céphalique fœtal" in text and "Mesures" in text and re.search(r"\d+,\d mm", text)
    assert main(["report", str(image), "-o", str(tmp_path / "en")]) == 0  # the next run is English again
    english = " ".join(pdf_text(next((tmp_path / "en").glob("*.pdf"))).split())
    assert "Fetal head circumference" in english and re.search(r"\d+\.\d mm", english)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_no_word_of_the_figures_table_is_broken_in_any_language(qapp, code):
    """Qt breaks a word anywhere when a column is narrow ("Qualitä t"): on an A4 page, as the PDF
    is laid out, every line of every cell of the figures table ends at a space, after a hyphen or
    at a line break of its own."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor

    from fetalhc_gui.core.identity import Identity
    from fetalhc_gui.core.measurement import measure
    from fetalhc_gui.core.phantom import DEFAULT_HEAD, head_phantom
    from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
    from fetalhc_gui.report.pdf import ExamReport, ReportImage, paginated_document

    m = measure("a.dcm", DEFAULT_HEAD, PixelSize(0.2, PixelSizeSource.DICOM), model_name="t",
                hc_interval_px=(900.0, 1000.0), ga_entered_days=154.0, ga_source="LMP 2026-06-26")  # fmt: skip
    rgb = np.repeat(head_phantom()[..., None], 3, axis=2)
    exam = ExamReport(Identity(study_date="20261127"), [ReportImage(m, rgb, "DICOM")], "t", "0" * 64)
    with language(code):
        document = paginated_document(exam, QSizeF(680, 1009))  # A4 less 15 mm margins at 96 dpi, as written
    broken, cells = [], 0
    block = document.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is not None:
            cells += 1
            text, layout = block.text(), block.layout()
            for n in range(layout.lineCount() - 1):
                line = layout.lineAt(n)
                end = line.textStart() + line.textLength()
                if text[end - 1] not in " -\u2028":
                    broken.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    assert cells >= 24 and broken == []


def test_serve_in_english_on_a_german_computer_writes_english_words_and_a_decimal_point(qapp, monkeypatch):
    """``fetalhc serve`` without --language on a German host: its captions must not mix English
    words with German decimal commas, and its SR comments must not be tagged German."""
    from PySide6.QtCore import QLocale

    from fetalhc_gui.cli import speaking
    from fetalhc_gui.core.measurement import measure
    from fetalhc_gui.core.phantom import DEFAULT_HEAD
    from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
    from fetalhc_gui.report.result_text import result_text

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))  # what Qt's default is on a German host before anything is installed
    try:
        m = measure("a.dcm", DEFAULT_HEAD, PixelSize(0.2, PixelSizeSource.DICOM))
        with speaking("en"):
            english = result_text(m, "FetalHC")
        with speaking("de"):
            german = result_text(m, "FetalHC")
    finally:
        QLocale.setDefault(before)
    assert english.language == "en" and english.caption[0].startswith("HC 189.3 mm")
    assert german.language == "de" and german.caption[0].startswith("KU 189,3 mm")
