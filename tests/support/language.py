"""The window's language for one test: the translators of a language installed, then removed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from fetalhc_gui.report.language import language_installed


@contextmanager
def language(code: str) -> Iterator[None]:
    """Everything translated to ``code`` (numbers in its convention) inside the block; English and
    the locale the tests run in (C) after it."""
    with language_installed(QApplication.instance(), code):
        yield
