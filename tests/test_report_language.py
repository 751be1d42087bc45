"""The window's report in the window's language: a Spanish exam report read back with pdftotext."""

from __future__ import annotations

import datetime
import re

from fetalhc_gui.core.dating import dating_from_lmp

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
    assert re.search(r"\d+,\d mm \(\d+,\d-\d+,\d\)", text), text[:600]  # HC 189,3 mm (180,0-200,0)
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
