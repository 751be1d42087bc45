"""Entry fields that change a clinical figure only when the user means it: a decimal number typed
with a comma or a dot, a gestational age as weeks+days, a date that starts empty, and a guard
that keeps the mouse wheel from changing a box the user has not clicked into.

Figures and dates are shown as the window's language writes them (181,3 and 27/11/2026 in
French; a dot and ISO dates in English, as in the record); what the user types may use a comma
or a dot, and a date may always be typed as YYYY-MM-DD. A rejected entry says why, and the
field keeps it for correction.
"""

from __future__ import annotations

import datetime
import math
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSlider,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from fetalhc_gui.core.clinical import weeks_days
from fetalhc_gui.report.language import local_date_format, local_dates, number, translate


def parse_decimal(text: str) -> float | None:
    """The number in ``text`` with a dot or a comma as its decimal mark ("0.0758", "0,0758"); None
    for an empty text; ValueError (saying why) for anything else."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise ValueError(
            translate("Fields", "'{text}' has more than one decimal mark: type one, e.g. 0.0758 or 0,0758").format(
                text=text.strip()
            )
        )
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        raise ValueError(_not_a_number(text)) from None
    if not math.isfinite(value):
        raise ValueError(_not_a_number(text))
    return value


def _not_a_number(text: str) -> str:
    return translate("Fields", "'{text}' is not a number: type e.g. 0.0758 or 0,0758").format(text=text.strip())


_GA = re.compile(r"^\s*(\d{1,2})\s*(?:w|wk|weeks?|s|sem|ssw)?\s*(?:[+\s]\s*(\d)\s*(?:d|days?|j|t)?)?\s*$", re.I)


def parse_ga(text: str, weeks_range: tuple[int, int] = (10, 44)) -> int | None:
    """A gestational age typed as weeks+days ("20+3", "20w 3d", "20 3", "20") in days; None for an
    empty text; ValueError (saying why) otherwise."""
    if not text.strip():
        return None
    match = _GA.match(text)
    if not match:
        raise ValueError(
            translate("Fields", "'{text}' is not a gestational age: type weeks+days, e.g. 20+3").format(
                text=text.strip()
            )
        )
    weeks, days = int(match.group(1)), int(match.group(2) or 0)
    low, high = weeks_range
    if not low <= weeks <= high or days > 6:
        raise ValueError(
            translate("Fields", "A GA of {weeks}+{days} is outside {low}+0 to {high}+6").format(
                weeks=weeks, days=days, low=low, high=high
            )
        )
    return weeks * 7 + days


def parse_date(text: str, locale: QLocale | None = None) -> datetime.date | None:
    """A date typed as YYYY-MM-DD, as the window's language writes dates (``local_date_format``)
    or in the locale's short format; None for an empty text; ValueError (saying why) otherwise."""
    typed = text.strip()
    if not typed:
        return None
    try:
        return datetime.date.fromisoformat(typed)
    except ValueError:
        pass
    locale = locale or QLocale()
    for form in (local_date_format(), locale.dateFormat(QLocale.FormatType.ShortFormat)):
        date = locale.toDate(typed, form) if form else QDate()
        if date.isValid():
            return date.toPython()
    raise ValueError(
        translate("Fields", "'{text}' is not a date: type it as {form}").format(text=typed, form=date_placeholder())
    )


def date_placeholder() -> str:
    """How to type a date in the window's language: YYYY-MM-DD in English, JJ/MM/AAAA in French."""
    form = local_date_format()
    if form is None:
        return "YYYY-MM-DD"
    #: The initials of the words day, month and year, in this order (three letters).
    day, month, year = translate("Fields", "DMY")
    return form.replace("d", day).replace("M", month).replace("y", year)


class _UndoPassingLineEdit(QLineEdit):
    """A line edit whose Ctrl+Z and Ctrl+Shift+Z reach the window's undo once what it shows is
    committed (only text being typed is undone in the field itself)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.committed_text = ""

    def event(self, event: QEvent) -> bool:
        undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        committed = event.type() == QEvent.Type.ShortcutOverride and self.text() == self.committed_text
        if committed and any(event.matches(key) for key in undo_keys):
            event.ignore()  # not ours: the window's Edit > Undo takes it
            return False
        return super().event(event)


class DecimalField(_UndoPassingLineEdit):
    """A number typed with a comma or a dot, committed with Enter or by leaving the field.
    ``value_entered(value)`` gives the float, or None when the field was emptied;
    ``rejected(message)`` says why a text was not a number (the text stays for correction)."""

    value_entered = Signal(object)
    rejected = Signal(str)

    def __init__(self, decimals: int, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.decimals = decimals
        self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self._commit)

    def set_value(self, value: float | None) -> None:
        """Show ``value`` (None: empty) without emitting anything."""
        self.committed_text = "" if value is None else number(value, self.decimals)
        self.setText(self.committed_text)

    def _commit(self) -> None:
        if self.text() == self.committed_text:
            return
        try:
            value = parse_decimal(self.text())
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return
        self.committed_text = self.text()
        self.value_entered.emit(value)


class GaField(_UndoPassingLineEdit):
    """A gestational age typed as weeks+days; empty until the user types one (no default).
    ``ga_entered(days)`` gives the days, or None when emptied; ``rejected(message)`` says why."""

    ga_entered = Signal(object)
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(translate("Fields", "weeks+days, e.g. 20+3"))
        self.editingFinished.connect(self._commit)

    def set_days(self, days: float | None) -> None:
        """Show a GA in days (None: empty) without emitting anything."""
        self.committed_text = "" if days is None else weeks_days(days)
        self.setText(self.committed_text)

    def _commit(self) -> None:
        if self.text().strip() == self.committed_text:
            return
        try:
            days = parse_ga(self.text())
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return
        self.set_days(days)
        self.ga_entered.emit(None if days is None else float(days))


class DateField(QWidget):
    """A date that starts empty: typed (``parse_date``) or picked from a calendar, shown as the
    window's language writes dates. ``date()`` is None while empty; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, value: datetime.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(date_placeholder())
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(translate("Fields", "Pick the date from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(lambda day: (self.set_date(day.toPython()), menu.hide()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.textChanged.connect(self.changed)
        self.set_date(value)

    def set_date(self, value: datetime.date | None) -> None:
        self.edit.setText(local_dates(value.isoformat()) if value else "")
        if value:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def date(self) -> datetime.date | None:
        """The date entered; None while empty; ValueError for a text that is not a date."""
        return parse_date(self.edit.text())


class WheelGuard(QObject):
    """Installed on the application: the mouse wheel over a spin box, combo box or slider that the
    user has not clicked or tabbed into does nothing to it (such widgets take the focus by click
    or Tab only, never by the wheel)."""

    GUARDED = (QAbstractSpinBox, QComboBox, QSlider)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.Wheel, QEvent.Type.Polish) or not isinstance(watched, self.GUARDED):
            return False
        if kind == QEvent.Type.Polish:  # before it is first shown: no focus by the wheel
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if watched.hasFocus():
            return False
        event.ignore()
        return True


def guard_wheel_everywhere(app: QObject) -> WheelGuard:
    """Install one WheelGuard on ``app`` (the QApplication); the guard, kept alive by ``app``."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
