"""Shared fixtures: offscreen Qt, the HC18 folder, and an isolated settings file per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


def pytest_sessionfinish(session, exitstatus):
    session.config.fetalhc_exit_status = int(exitstatus)


def pytest_unconfigure(config):
    """Leave without interpreter finalisation once pytest has reported.

    With PySide6 6.12 and TensorFlow loaded together, the garbage collection at interpreter
    shutdown can abort in a C extension ("bool_dealloc: deallocating True or False") after every
    test has passed, turning a green run red (seen with tests/test_gui.py and
    tests/test_training_dialog.py run together). Nothing of ours runs at that point, so the
    process ends here with pytest's own exit status.
    """
    status = getattr(config, "fetalhc_exit_status", None)
    if status is not None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
