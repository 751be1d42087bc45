"""The window's language: Qt's translators for FetalHC's strings and for Qt's own (standard
buttons), the language chosen by the user's setting or else by the operating system's locale.

Strings are marked with ``translate("Context", "text")`` (pyside6-lupdate finds them by that
name); ``make translations`` updates ``resources/translations/*.ts`` and builds the ``.qm`` files.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fetalhc_gui.report.language import counted, list_separator, number, translate

__all__ = ["counted", "list_separator", "number", "translate", "install_language", "language_for"]

#: The shipped languages: code -> the language's own name (shown in Help > Language).
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt_BR": "Português (Brasil)",
}
SOURCE_LANGUAGE = "en"


def translations_folder() -> Path:
    """Where the built ``fetalhc_<code>.qm`` files are."""
    return Path(str(resources.files("fetalhc_gui.resources") / "translations"))


def language_for(setting: str, system: QLocale) -> str:
    """The language to use: the setting when it names a shipped language, else the system locale's
    language (Brazilian Portuguese for any Portuguese) when shipped, else English."""
    if setting in LANGUAGES:
        return setting
    name = system.name()  # e.g. "de_DE", "pt_BR"
    if name.startswith("pt"):
        return "pt_BR"
    code = name.split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators of ``language`` into ``app`` and make its locale the default one
    (numbers and dates in the window follow it). Returns the translators (children of ``app``);
    raises FileNotFoundError when a shipped language's .qm file is missing (run ``make translations``)."""
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    ours = QTranslator(app)
    qm = translations_folder() / f"fetalhc_{language}.qm"
    if not ours.load(str(qm)):
        raise FileNotFoundError(f"{qm} is missing: run 'make translations'")
    installed = [ours]
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed
