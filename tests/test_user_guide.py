"""The user guide's pictures, made from the real window on every test run so they never go stale
(``docs/guide/*.png``), and the guide itself reachable offline from Help > User Guide."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QWidget

from fetalhc_gui.core.dating import dating_from_lmp
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.error_risk import SizeRisk

from fakes import FakePredictor
from test_dating import EXAM, exam_file
from test_gui import drag, make_window, measure_all

DOCS = Path(__file__).resolve().parents[1] / "docs"
PICTURES = DOCS / "guide"
HEAD = Ellipse(400, 270, 170, 130, 0.3)


def save(widget: QWidget, name: str) -> Path:
    """Grab ``widget`` as the guide's picture ``name``."""
    PICTURES.mkdir(exist_ok=True)
    path = PICTURES / name
    assert widget.grab().save(str(path)), f"could not write {path}"
    return path


@pytest.fixture
def measured(qtbot, tmp_path):
    """A window with two measured images of one exam (DICOM with its pixel size), the first shown."""
    paths = [exam_file(tmp_path, f"IM{n}.dcm", "1", seed) for n, seed in ((1, 4), (2, 5))]
    window = make_window(qtbot, FakePredictor(HEAD, interval=(900.0, 1000.0)))
    window.resize(1400, 860)
    window.open_paths([str(p) for p in paths])
    measure_all(qtbot, window)
    window.image_list.setCurrentRow(0)
    qtbot.wait(50)
    return window


def test_the_guide_pictures_of_measuring_checking_and_correcting(qtbot, measured):
    window = measured
    assert save(window, "window.png").stat().st_size > 10_000
    save(window.measurement_panel, "measurement-panel.png")
    save(window.pixel_size_panel, "pixel-size-panel.png")
    viewer = window.viewer
    handle = viewer.editor.handles["a+"]
    start = viewer.graphics.mapFromScene(handle.scenePos())
    end = viewer.graphics.mapFromScene(viewer.view.mapViewToScene(handle.pos() + QPointF(25, 0)))
    drag(viewer.graphics.viewport(), start, end)
    assert viewer.editor.selected == "a+" and window.workspace.entries[0].edited_ellipse is not None
    save(viewer, "calipers.png")


def test_the_guide_pictures_of_dating_and_the_growth_chart(qtbot, measured):
    from fetalhc_gui.gui.dating_dialog import DatingDialog

    window = measured
    dialog = DatingDialog(EXAM, 2, window)
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog, "dating.png")
    dialog.close()
    window.workspace.date_exam(0, dating_from_lmp(EXAM - datetime.timedelta(days=154), EXAM), EXAM)
    qtbot.wait(50)
    chart = window.growth_chart
    chart.resize(520, 360)
    assert "Red: this exam" in chart.note.text()
    save(chart, "growth-chart.png")


def test_the_guide_picture_of_a_doubtful_result(qtbot, tmp_path):
    window = make_window(qtbot, FakePredictor(HEAD, interval=(900.0, 1000.0), risk=SizeRisk(9.0, 0.0, 0.0)))
    window.resize(1400, 860)
    window.open_paths([str(exam_file(tmp_path, "IM9.dcm", "9", 9))])
    measure_all(qtbot, window)
    qtbot.wait(50)
    assert "Doubtful" in window.measurement_panel.warning.text() or window.workspace.entries[0].doubt_reasons
    save(window.measurement_panel, "doubtful.png")


def test_the_guide_picture_of_a_cine_loop(qtbot, tmp_path):
    from dicom_factory import write_dicom
    from test_cine import LoopPredictor, marked_loop

    window = make_window(qtbot, LoopPredictor())
    window.resize(1400, 860)
    window.open_paths([str(write_dicom(tmp_path / "loop.dcm", marked_loop(), pixel_spacing=(0.15, 0.15)))])
    measure_all(qtbot, window)
    assert window.cine_panel.isVisible()
    save(window.cine_panel, "cine.png")


def test_the_guide_picture_of_the_dicom_node_settings(qtbot):
    from fetalhc_gui.gui.dicom_settings_dialog import DicomSettingsDialog
    from fetalhc_gui.gui.settings import Settings
    from fetalhc_gui.net.node_config import Peer

    settings = Settings()
    settings.set_dicom_node(
        "FETALHC", 11112, "0.0.0.0", [Peer("VOLUSON_E8", "10.0.0.9", 104), Peer("PACS", "10.0.0.5", 104)]
    )
    dialog = DicomSettingsDialog(settings, "/home/sonographer/.local/share/FetalHC/inbox")  # the same on every run
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog, "dicom-node.png")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed (poppler-utils)")
def test_the_guide_picture_of_a_report(qtbot, measured, tmp_path):
    window = measured
    window.workspace.date_exam(0, dating_from_lmp(EXAM - datetime.timedelta(days=154), EXAM), EXAM)
    (report,) = window.reports.save_reports(tmp_path / "reports")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(report), str(tmp_path / "page")], check=True
    )
    PICTURES.mkdir(exist_ok=True)
    shutil.copyfile(next(tmp_path.glob("page*.png")), PICTURES / "report.png")


def test_every_picture_the_guide_shows_is_made_here_and_help_opens_the_guide(qtbot):
    text = (DOCS / "user-guide.md").read_text()
    shown = set(re.findall(r"\]\(guide/([\w-]+\.png)\)", text))
    made = set(re.findall(r'"([\w-]+\.png)"', Path(__file__).read_text()))
    assert shown and shown <= made, shown - made
    window = make_window(qtbot)
    window.actions.user_guide.trigger()
    browser = window.user_guide.browser
    assert "Open and measure" in browser.toPlainText()
    assert browser.document().resource(3, browser.source().resolved(next(iter(shown_urls(shown))))) is not None


def shown_urls(names: set[str]):
    from PySide6.QtCore import QUrl

    return [QUrl(f"guide/{name}") for name in sorted(names)]


def test_help_lists_the_caliper_keys(qtbot):
    window = make_window(qtbot)
    keys = dict(window.actions.shortcut_table())
    assert keys["Move the chosen handle by one pixel (ten)"] == "Arrows (Shift+Arrows)"
    assert window.actions.user_guide.shortcut().toString() == "F1"
    window.actions.user_guide.trigger()
    assert window.user_guide.isVisible()
