"""The words of the window and of its reports in the user's language: Qt's translation of a
marked string, numbers in the language's convention, counts. Translators are installed by the
window's launcher (``gui.i18n``); where none is, as on the command line, everything stays English
with a decimal point."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def translate(context: str, text: str) -> str:
    """``text`` in the installed language. Counts are written as two messages, one for 1 and one
    for other numbers ("{n} images"): Qt's lupdate finds plural forms only in ``self.tr``."""
    return QCoreApplication.translate(context, text)


def number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals as the default locale writes it (181,3 in German)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def counted(n: int, one: str, many: str) -> str:
    """``one`` (translated) when ``n`` is 1, else ``many`` (translated) with ``{n}`` replaced by ``n``."""
    return one if n == 1 else many.replace("{n}", str(n))


def list_separator() -> str:
    """What separates numbers in a list: ", " where the decimal point is a dot, "; " where it is a comma."""
    return "; " if QLocale().decimalPoint() == "," else ", "


def local_decimals(text: str) -> str:
    """``text`` (a figure the core wrote, such as "<0.1" or "48.7") with its decimal points as the
    default locale writes them."""
    point = QLocale().decimalPoint()
    return text if point == "." else re.sub(r"(?<=\d)\.(?=\d)", point, text)


def local_dates(text: str) -> str:
    """``text`` with its ISO dates (YYYY-MM-DD) as the default locale writes dates, with a four-digit
    year (27.11.2026 in German, 27/11/2026 in French); unchanged in English, which keeps ISO dates."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return text
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    form = form if "yyyy" in form else form.replace("yy", "yyyy")

    def local(match: re.Match) -> str:
        date = QDate.fromString(match.group(0), "yyyy-MM-dd")
        return locale.toString(date, form) if date.isValid() else match.group(0)

    return re.sub(r"\b\d{4}-\d\d-\d\d\b", local, text)
