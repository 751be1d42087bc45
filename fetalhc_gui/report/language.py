"""The words of the window and of its reports in the user's language: the shipped languages and
Qt's translators for them, the translation of a marked string, numbers and dates in the
language's convention, counts. The window's launcher installs a language (the user's setting or
the system's), ``fetalhc report --language`` one for its reports; where none is, as elsewhere on
the command line, everything stays English with a decimal point and ISO dates.

Strings are marked with ``translate("Context", "text")`` (pyside6-lupdate finds them by that
name) or ``QT_TRANSLATE_NOOP``; ``make translations`` builds the ``.qm`` files from
``resources/translations/*.ts``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from fetalhc_gui.core.identity import display_date

#: The shipped languages: code -> the language's own name (shown in Help > Language).
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt_BR": "Português (Brasil)",
}
SOURCE_LANGUAGE = "en"
#: The language whose translators are installed (``install_language``): what a DICOM result
#: says its words are in. English until one is installed.
_installed = {"language": SOURCE_LANGUAGE}


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
    (numbers and dates in the window follow it; the system's locale where it is of that language).
    Returns the translators (children of ``app``); raises FileNotFoundError when a shipped
    language's .qm file is missing (run ``make translations``)."""
    system = QLocale.system()  # its country's conventions where it speaks the language (en_GB, de_AT)
    QLocale.setDefault(system if system.language() == QLocale(language).language() else QLocale(language))
    _installed["language"] = language
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


@contextmanager
def language_installed(app: QCoreApplication, language: str) -> Iterator[None]:
    """``language`` installed in ``app`` inside the block (``install_language``); the translators
    removed and the default locale and installed language as they were after it."""
    before, spoken = QLocale(), installed_language()
    translators = install_language(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
        _installed["language"] = spoken


def installed_language() -> str:
    """The shipped language last installed (``install_language``), English before any."""
    return _installed["language"]


def language_tag(language: str) -> tuple[str, str]:
    """The RFC 5646 tag of a shipped language ("pt-BR") and its English name ("Portuguese (Brazil)")."""
    locale = QLocale(language)
    name = QLocale.languageToString(locale.language())
    if "_" in language:
        name += f" ({QLocale.territoryToString(locale.territory())})"
    return language.replace("_", "-"), name


def translate(context: str, text: str) -> str:
    """``text`` in the installed language. Counts are written as two messages, one for 1 and one
    for other numbers ("{n} images"): Qt's lupdate finds plural forms only in ``self.tr``."""
    return QCoreApplication.translate(context, text)


def number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals as the default locale writes it (181,3 in German)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def signed_number(value: float, decimals: int) -> str:
    """``number`` with its sign, + included (a z-score "+0,42", a mean difference "-1,30")."""
    return ("+" if value >= 0 else "") + number(value, decimals)


def counted(n: int, one: str, many: str) -> str:
    """``one`` (translated) when ``n`` is 1, else ``many`` (translated) with ``{n}`` replaced by ``n``."""
    return one if n == 1 else many.replace("{n}", str(n))


def capitalised(text: str) -> str:
    """``text`` with its first letter a capital (a lower layer's clause shown as a sentence)."""
    return text[:1].upper() + text[1:]


def list_separator() -> str:
    """What separates numbers in a list: ", " where the decimal point is a dot, "; " where it is a comma."""
    return "; " if QLocale().decimalPoint() == "," else ", "


def local_decimals(text: str) -> str:
    """``text`` (a figure the core wrote, such as "<0.1" or "48.7") with its decimal points as the
    default locale writes them."""
    point = QLocale().decimalPoint()
    return text if point == "." else re.sub(r"(?<=\d)\.(?=\d)", point, text)


def local_date(dicom_date: str) -> str:
    """A DICOM date (YYYYMMDD) as the default locale writes dates (``local_dates``); anything
    else as it is."""
    return local_dates(display_date(dicom_date))


def local_date_format() -> str | None:
    """How the default locale writes a date, as a Qt date format with two-digit days and months
    and a four-digit year ("dd.MM.yyyy" in German, "dd/MM/yyyy" in Spanish); None in English,
    which keeps ISO dates (YYYY-MM-DD)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    form = form if "yyyy" in form else form.replace("yy", "yyyy")
    return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", form)  # two-digit days and months: 04/03/2026


def local_dates(text: str) -> str:
    """``text`` with its ISO dates (YYYY-MM-DD) as the default locale writes dates
    (``local_date_format``: 04.03.2026 in German, 04/03/2026 in Spanish); unchanged in English."""
    form = local_date_format()
    if form is None:
        return text
    locale = QLocale()

    def local(match: re.Match) -> str:
        date = QDate.fromString(match.group(0), "yyyy-MM-dd")
        return locale.toString(date, form) if date.isValid() else match.group(0)

    return re.sub(r"\b\d{4}-\d\d-\d\d\b", local, text)
