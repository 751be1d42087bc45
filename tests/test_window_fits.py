"""The window and every dialog fit a 1366x768 laptop screen, at 100% and at 150% scaling: nothing,
the status bar and the Measurement panel included, lies off the screen, and every button is in
reach. Each screen is tried in a process of its own (tests/support/window_on_screen.py), whose
screenshots are kept in the test's folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SUPPORT = Path(__file__).resolve().parent / "support"


@pytest.mark.parametrize(
    ("scale", "language"),
    [("1", "en"), ("1.5", "en"), ("1.5", "de"), ("1.5", "fr"), ("1.5", "es"), ("1.5", "pt_BR")],
)
def test_the_window_and_its_dialogs_fit_a_1366x768_screen(tmp_path, scale, language):
    """In every language at 150% (German and French strings are the longest), English at 100% too."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SUPPORT / 'screen-1366x768.json'}"
    env["QT_SCALE_FACTOR"] = scale
    script = SUPPORT / "window_on_screen.py"
    subprocess.run([sys.executable, str(script), str(tmp_path), language], env=env, check=True, timeout=120)
    facts = json.loads((tmp_path / "facts.json").read_text())
    room = [1366 / float(scale), 768 / float(scale)]
    assert facts["screen"] == pytest.approx(room, abs=1)
    for name, seen in facts.items():
        if name in ("screen", "scale"):
            continue
        assert not seen["off_screen"], (name, seen["frame"], room)
        assert not seen["unreachable"], (name, seen["unreachable"])
    assert facts["window"]["panels_off_screen"] == []
    assert (tmp_path / "window.png").stat().st_size > 10_000
