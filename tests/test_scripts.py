"""The experiment scripts in scripts/ still import: they share helpers with each other and with
the package, and a renamed helper must not leave one of them broken."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.mark.parametrize("script", sorted(p.stem for p in SCRIPTS.glob("*.py")))
def test_script_imports(script: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    module = importlib.import_module(script)
    assert callable(getattr(module, "main", None)), f"scripts/{script}.py has no main()"
    sys.modules.pop(script, None)
