"""The window's language for one test: the translators of a language installed, then removed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from fetalhc_gui.report.language import install_language


@contextmanager
def language(code: str) -> Iterator[None]:
    """Everything translated to ``code`` (numbers in its convention) inside the block; English and
    the C locale, as the tests expect, after it."""
    app = QApplication.instance()
    translators = install_language(app, code)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
