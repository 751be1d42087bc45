"""Shared fixtures: offscreen Qt, the HC18 folder, an isolated settings file per test; and the test
tiers: every test is marked by what it needs (``data``: ../shared; ``integration``: system
programs such as Orthanc, DCMTK, dicom3tools, poppler, openssl, or processes of its own;
``tensorflow``: training; ``slow``: over about 3 s on a 2-core machine). ``make check`` runs the
tests marked none of these (the edit loop); ``make test`` runs all. With FETALHC_REQUIRE_TOOLS=1
(as CI sets it) a missing system program ends the run instead of skipping its tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

#: The offscreen screen the tests' windows open on: a desktop monitor (Qt's offscreen default is
#: 800x800, smaller than any screen FetalHC is used on); tests/test_window_fits.py tries a laptop's.
SCREEN = Path(__file__).resolve().parent / "support" / "screen-1920x1080.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

HC18_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "hc18"


@pytest.fixture
def hc18_dir() -> Path:
    """The HC18 development data beside the project; the test is skipped when it is absent."""
    if not (HC18_DIR / "training_set").is_dir():
        pytest.skip(f"HC18 data not found at {HC18_DIR} (place the HC18 training set in ../shared/hc18)")
    return HC18_DIR


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Point the application's settings at a file of this test's own."""
    monkeypatch.setenv("FETALHC_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("FETALHC_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch):
    """A message box or file/input prompt that a test did not answer (by patching it) fails the
    test with its text, instead of waiting offscreen for a click that never comes."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def refuse(kind):
        def opened(*args, **kwargs):
            words = [a for a in args if isinstance(a, str)][:2]
            raise AssertionError(f"a {kind} opened that the test does not answer: {words}")

        return staticmethod(opened)

    for owner, names in (
        (QMessageBox, ("question", "critical", "warning", "information")),
        (QInputDialog, ("getItem", "getDouble", "getInt", "getText")),
        (QFileDialog, ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory")),
    ):
        for name in names:
            monkeypatch.setattr(owner, name, refuse(f"{owner.__name__}.{name}"))


@pytest.fixture(autouse=True, scope="session")
def _qt_application(qapp):
    """One QApplication for the whole run, made before any test: a command run in-process (such as
    ``fetalhc report``, which needs only QtGui) then finds it instead of making a QGuiApplication,
    after which no widget could be made. Its locale is C (numbers with a dot, as the tests expect)
    whatever the machine's, and no translator is installed: the window speaks English."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())
    yield qapp


@pytest.fixture
def images(tmp_path) -> list[Path]:
    """Three phantom heads (support.gui.HEAD) as PNG files in a folder of their own."""
    import cv2

    from fetalhc_gui.core.phantom import head_phantom

    from support.gui import HEAD

    folder = tmp_path / "images"
    folder.mkdir()
    paths = []
    for i in range(3):
        path = folder / f"{i:03d}_HC.png"
        cv2.imwrite(str(path), head_phantom(HEAD, seed=i))
        paths.append(path)
    return paths


#: The system programs the integration tests use (Debian packages in .ci/run).
TOOLS = {"Orthanc": "orthanc", "dcmdump": "dcmtk", "dsrdump": "dcmtk", "dciodvfy": "dicom3tools",
         "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils", "openssl": "openssl"}  # fmt: skip
#: Modules whose every test needs a system program or starts processes of its own.
INTEGRATION_MODULES = {
    "test_archive_jobs", "test_dicom_results", "test_dicom_tls", "test_dicom_tls_gui", "test_node_reliability",
    "test_pacs_gui", "test_pacs_query", "test_report", "test_window_fits", "test_node_door", "test_ob_report",
    "test_cli_resume", "test_crash_recovery", "test_setup_checks", "test_report_language",
}  # fmt: skip
#: Fixtures that read ../shared.
DATA_FIXTURES = {"hc18_dir", "measured_test_heads", "measured_planes", "bundled"}
#: Tests over about 3 s on a 2-core machine that none of the rules above marks (durations of a full run).
SLOW_TESTS = {
    "test_soak.py", "test_plane_check.py::test_a_check_trained_by_patient_refuses_planes_of_patients_it_never_saw",
    "test_report.py::test_a_report_of_50_images_of_one_exam", "test_hc18_masks.py",
    "test_dicom_node.py::test_200_images_over_4_concurrent_associations_are_all_stored_and_measured",
    "test_nothing_destroyed.py::test_a_second_run_on_a_live_output_names_the_process_and_writes_nothing",
    "test_nothing_destroyed.py::test_a_resume_with_other_options_is_refused_with_the_difference_named",
}  # fmt: skip


def pytest_collection_modifyitems(config, items):
    """Mark each test with the tiers it belongs to (see the module's docstring)."""
    for item in items:
        module = item.path.stem
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & DATA_FIXTURES or item.get_closest_marker("hc18"):
            item.add_marker(pytest.mark.data)
        if module in INTEGRATION_MODULES:
            item.add_marker(pytest.mark.integration)
        node = item.nodeid.split("/")[-1]
        if node.split("::")[0] in SLOW_TESTS or node.split("[")[0] in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)


def pytest_sessionfinish(session, exitstatus):
    """Wait for the Orthanc servers the tests stopped (each shuts down in about 3 s)."""
    from support.orthanc import reap_stopped

    reap_stopped()


def pytest_sessionstart(session):
    """In CI (FETALHC_REQUIRE_TOOLS=1), a missing system program is a failure, not a skip."""
    if os.environ.get("FETALHC_REQUIRE_TOOLS") != "1":
        return
    found = {tool for tool in TOOLS if shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()}
    missing = sorted({package for tool, package in TOOLS.items() if tool not in found})
    if missing:
        raise pytest.UsageError(f"FETALHC_REQUIRE_TOOLS=1 and these packages are missing: {', '.join(missing)}")


@pytest.fixture(scope="session")
def bundled_predictor():
    """The bundled ensemble, loaded once for the session: tests read it and never change it
    (a test that patches it uses monkeypatch, which puts it back)."""
    from fetalhc_gui.inference.predictor import Predictor

    return Predictor()
