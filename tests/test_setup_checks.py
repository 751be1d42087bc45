"""The set-up checks that `make run` does before starting the window."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_qt_system_libs.py"


def load_script():
    spec = importlib.util.spec_from_file_location("check_qt_system_libs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_debian_packages_are_named_from_sonames():
    check = load_script()
    assert check.package_of("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert check.package_of("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert check.package_of("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert check.package_of("libEGL.so.1") == "libegl1"


def test_missing_libraries_are_told_with_the_install_command(monkeypatch, capsys):
    check = load_script()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(check, "missing_libraries", lambda: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert check.main() == 1
    out = capsys.readouterr().out
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in out
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert check.main() == 0
