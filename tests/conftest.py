"""Shared fixtures: offscreen Qt, the HC18 folder, and an isolated settings file per test."""

from __future__ import annotations

import os
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


@pytest.fixture(autouse=True, scope="session")
def _qt_application(qapp):
    """One QApplication for the whole run, made before any test: a command run in-process (such as
    ``fetalhc report``, which needs only QtGui) then finds it instead of making a QGuiApplication,
    after which no widget could be made."""
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
