"""The measurement panel: HC, BPD, OFD, cephalic index, gestational age, centile and quality, with
every standing verdict (not a head plane, not an obstetric exam, doubtful and why), edited or not."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.app.assessment import refusals
from fetalhc_gui.core.clinical import centile_text, weeks_days
from fetalhc_gui.core.dating import check_dates
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.gui.fields import GaField
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import capitalised, local_decimals, number, signed_number, translate

DASH = "–"
WARNING_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #b00020;"


def _mm(value: float | None) -> str:
    return DASH if value is None else f"{number(value, 1)} mm"


class NoteLabel(QLabel):
    """A wrapping note below the figures that takes no room while it says nothing."""

    def __init__(self, style: str = ""):
        super().__init__("")
        self.setWordWrap(True)
        self.setStyleSheet(style)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))


class MeasurementPanel(QWidget):
    """Shows one Measurement; lets the user type the known GA, confirm a head plane the check
    refused, and restore the automatic ellipse."""

    ga_changed = Signal(object)
    restore_requested = Signal()
    confirm_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        box = QGroupBox(translate("MeasurementPanel", "Measurement"))
        column = QVBoxLayout(box)
        form = QFormLayout()
        column.addLayout(form)
        self.hc = QLabel(DASH)
        self.hc.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.hc.setToolTip(translate("MeasurementPanel", "Head circumference (Ramanujan's ellipse perimeter)"))
        self.bpd, self.ofd, self.ci = QLabel(DASH), QLabel(DASH), QLabel(DASH)
        self.bpd.setToolTip(
            translate(
                "MeasurementPanel",
                "Biparietal diameter: the short axis of the ellipse, outer to outer. Hadlock's and many "
                "scanners' BPD is outer to inner, about 2-3 mm less.",
            )
        )
        self.ofd.setToolTip(
            translate("MeasurementPanel", "Occipitofrontal diameter: the long axis of the ellipse, outer to outer")
        )
        self.ga_hadlock, self.ga_intergrowth = QLabel(DASH), QLabel(DASH)
        self.ga_hadlock.setToolTip(
            translate("MeasurementPanel", "Gestational age from HC by Hadlock (1984), valid for HC 6.8-36 cm")
        )
        self.ga_intergrowth.setToolTip(
            translate(
                "MeasurementPanel", "Gestational age from HC by INTERGROWTH-21st (2016), for scans at 14-26 weeks"
            )
        )
        self._ga_tooltips = {label: label.toolTip() for label in (self.ga_hadlock, self.ga_intergrowth)}
        self.interval = QLabel(DASH)
        self.interval.setToolTip(
            translate(
                "MeasurementPanel",
                "The model's 95% interval of the HC: the ensemble members' disagreement, calibrated on "
                "images none of them trained on",
            )
        )
        form.addRow(translate("MeasurementPanel", "HC"), self.hc)
        form.addRow(translate("MeasurementPanel", "95% interval"), self.interval)
        form.addRow(translate("MeasurementPanel", "BPD (outer-outer)"), self.bpd)
        form.addRow(translate("MeasurementPanel", "OFD (outer-outer)"), self.ofd)
        form.addRow(translate("MeasurementPanel", "Cephalic index"), self.ci)
        form.addRow(translate("MeasurementPanel", "GA (Hadlock)"), self.ga_hadlock)
        form.addRow(translate("MeasurementPanel", "GA (INTERGROWTH)"), self.ga_intergrowth)

        self.ga_entry = GaField()
        self.ga_entry.setToolTip(
            translate(
                "MeasurementPanel",
                "The GA known from dating (weeks+days), for the HC centile; empty until you type it. "
                "Measure > Date This Exam dates every image of the exam from the LMP, EDD or a dating scan.",
            )
        )
        form.addRow(translate("MeasurementPanel", "Known GA"), self.ga_entry)
        self.centile = QLabel(DASH)
        self.centile.setWordWrap(True)
        self.centile.setToolTip(translate("MeasurementPanel", "INTERGROWTH-21st HC standard (2014), 14-40 weeks"))
        form.addRow(translate("MeasurementPanel", "z-score / centile"), self.centile)

        self.quality = QLabel(DASH)
        self.quality.setToolTip(
            translate("MeasurementPanel", "Model confidence: 1 is a clean, elliptical, certain head outline")
        )
        form.addRow(translate("MeasurementPanel", "Quality"), self.quality)
        # Long texts wrap in the column below the form, where the label's height follows its width.
        self.dates, self.ga_notes = NoteLabel(), NoteLabel()
        self.warning = NoteLabel(WARNING_STYLE)
        self.edited, self.confirmation = NoteLabel(), NoteLabel()
        for label in (self.dates, self.ga_notes, self.warning, self.confirmation, self.edited):
            column.addWidget(label)
        self.confirm = QPushButton(translate("MeasurementPanel", "I confirm this is a fetal head plane"))
        self.confirm.setToolTip(
            translate(
                "MeasurementPanel",
                "Overrule the head-plane check for this image: your name and the time go into the record and "
                "the report (Ctrl+Z undoes)",
            )
        )
        column.addWidget(self.confirm)
        self.restore = QPushButton(translate("MeasurementPanel", "Restore automatic ellipse"))
        self.restore.setToolTip(
            translate("MeasurementPanel", "Discard the manual correction and use the model's ellipse")
        )
        column.addWidget(self.restore)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.ga_entry.ga_entered.connect(self._on_ga_entered)
        self.ga_entry.rejected.connect(self._on_ga_rejected)
        self.restore.clicked.connect(self.restore_requested)
        self.confirm.clicked.connect(lambda: self.confirm_requested.emit(self._confirm_wanted))
        self._confirm_wanted = True
        self.show_measurement(None)

    def _on_ga_entered(self, days: float | None) -> None:
        self.ga_notes.setText("")
        self.ga_changed.emit(days)

    def _on_ga_rejected(self, message: str) -> None:
        self.ga_notes.setText(message + ".")

    def set_ga_entered_days(self, days: float | None) -> None:
        """Show an entered GA (days) without emitting ``ga_changed``."""
        self.ga_entry.set_days(days)

    def show_measurement(self, m: Measurement | None, has_auto: bool = False) -> None:
        """Show ``m`` (None clears the panel) with its standing verdicts and doubt reasons."""
        self.restore.setEnabled(bool(m and m.edited and has_auto))
        self._show_confirmation(m)
        if m is None:
            for label in (self.hc, self.interval, self.bpd, self.ofd, self.ci, self.ga_hadlock, self.ga_intergrowth):
                label.setText(DASH)
            for label, tip in self._ga_tooltips.items():
                label.setToolTip(tip)
            for label in (self.dates, self.ga_notes, self.warning, self.edited):
                label.setText("")
            self.centile.setText(DASH)
            self.quality.setText(DASH)
            return
        doubt = doubt_text(m.doubt_reasons, m.edited)
        if m.hc_mm is None:
            self.hc.setText(f"{number(m.hc_px, 0)} px")
            no_size = translate(
                "MeasurementPanel", "No pixel size: HC is shown in pixels. Set the pixel size to get millimetres."
            )
            self.warning.setText("\n".join(t for t in (doubt, no_size) if t))
        else:
            self.hc.setText(f"{number(m.hc_mm, 1)} mm")
            self.warning.setText(doubt)
        self.bpd.setText(_mm(m.bpd_mm))
        self.ofd.setText(_mm(m.ofd_mm))
        self.ci.setText(DASH if m.cephalic_index is None else f"{number(m.cephalic_index, 1)} %")
        hadlock_days = None if m.ga_hadlock_weeks is None else m.ga_hadlock_weeks * 7
        reasons = [
            self._show_ga(self.ga_hadlock, hadlock_days, m, "Hadlock"),
            self._show_ga(self.ga_intergrowth, m.ga_intergrowth_days, m, "INTERGROWTH-21st dating"),
        ]
        self.ga_notes.setText("\n".join(in_window_language(r) for r in reasons if r))
        self.centile.setText(centile_line(m))
        dates = check_dates(m.ga_hadlock_weeks, m.ga_intergrowth_days, m.ga_entered_days)
        self.dates.setText(in_window_language(dates.text()) if dates else "")
        self.dates.setStyleSheet(NOTE_STYLE if dates and dates.beyond_threshold else "")
        self.quality.setText(DASH if m.quality is None else number(m.quality, 2))
        self.edited.setText(translate("MeasurementPanel", EDITED_NOTE) if m.edited else "")
        self.interval.setText(_interval_text(m))

    def _show_confirmation(self, m: Measurement | None) -> None:
        """The confirm button for a result the head-plane check refused; who confirmed it, if anyone."""
        refused = bool(m and m.head_plane is False)
        confirmed = bool(refused and m.head_plane_confirmed_at)
        self.confirm.setVisible(refused)
        self._confirm_wanted = not confirmed
        if confirmed:
            self.confirm.setText(translate("MeasurementPanel", "Withdraw my confirmation"))
            who = m.head_plane_confirmed_by or translate("MeasurementPanel", "the user")
            self.confirmation.setText(
                translate(
                    "MeasurementPanel", "Confirmed as a fetal head plane by {who} on {when}, against the check."
                ).format(who=who, when=m.head_plane_confirmed_at)
            )
        else:
            self.confirm.setText(translate("MeasurementPanel", "I confirm this is a fetal head plane"))
            self.confirmation.setText(
                translate("MeasurementPanel", "Not confirmed as a head plane.") if refused else ""
            )

    def _show_ga(self, label: QLabel, days: float | None, m: Measurement, formula: str) -> str | None:
        """Show a GA in days as weeks and weeks+days; outside the formula's range a short word in
        the row, and the reason returned for the notes below the figures (shown in full there)."""
        reason = next((n for n in m.notes if formula in n), None) if days is None and m.hc_mm is not None else None
        if days is not None:
            label.setText(
                translate("MeasurementPanel", "{weeks} w ({weeks_days})").format(
                    weeks=number(days / 7, 1), weeks_days=weeks_days(days)
                )
            )
        else:
            label.setText(translate("MeasurementPanel", OUT_OF_RANGE) if reason else DASH)
        label.setToolTip(in_window_language(reason) if reason else self._ga_tooltips[label])
        return reason


OUT_OF_RANGE = QT_TRANSLATE_NOOP("MeasurementPanel", "none (see below)")
#: What to check on a doubtful result: out of fold the measured ellipse parts from the annotators'
#: most on the side walls (horizontal extent sd 5.0 image pixels against 3.9 vertically).
CHECK_HINT = QT_TRANSLATE_NOOP(
    "MeasurementPanel", "Check the ellipse on the skull's outer edge, the faint side walls above all."
)
EDITED_NOTE = QT_TRANSLATE_NOOP(
    "MeasurementPanel", "Edited by hand: the HC is yours; the model's interval no longer applies"
)
REFUSAL_HINT = QT_TRANSLATE_NOOP(
    "MeasurementPanel", "Measure it by hand only if it is a fetal head plane of a pregnancy."
)


def doubt_text(reasons: tuple[str, ...] | list[str], edited: bool = False) -> str:
    """The warning for a doubtful result: a refusal (not a head plane, not an obstetric exam) first
    as its own sentence, then the model's other reasons with what to check; they stand after an
    edit (the model's doubts are then about the ellipse it proposed)."""
    refused = refusals(reasons)
    others = [r for r in reasons if r not in refused]
    hint = translate("MeasurementPanel", REFUSAL_HINT)
    lines = [f"{capitalised(in_window_language(r))}. {hint}" for r in refused]
    if others:
        if edited:
            lead = translate("MeasurementPanel", "The model's result was doubtful: ")
        else:
            lead = translate("MeasurementPanel", "Doubtful result: ")
        said = "; ".join(in_window_language(r) for r in others)
        lines.append(lead + said + ". " + translate("MeasurementPanel", CHECK_HINT))
    return "\n".join(lines)


def centile_line(m: Measurement) -> str:
    """z-score and centile with the GA used and its source, or why there are none."""
    if m.hc_zscore is not None and m.hc_centile is not None:
        source = in_window_language(m.ga_entered_source) if m.ga_entered_source else ""
        at = weeks_days(m.ga_entered_days) + (f", {source}" if source else "")
        z = signed_number(m.hc_zscore, 2)
        return translate("MeasurementPanel", "z {z}, centile {centile} (at {ga})").format(
            z=z, centile=local_decimals(centile_text(m.hc_centile)), ga=at
        )
    if m.ga_entered_days is not None and m.hc_mm is not None:
        return in_window_language(
            next((n for n in m.notes if "INTERGROWTH-21st mean" in n or "HC standard" in n), DASH)
        )
    return DASH


def _interval_text(m: Measurement) -> str:
    """The model's 95% HC interval in mm, or why there is none."""
    if m.edited:
        return translate("MeasurementPanel", "none: edited by hand")
    if m.hc_low_mm is None or m.hc_high_mm is None:
        return DASH if m.hc_mm is None else translate("MeasurementPanel", "not given by this model")
    return f"{number(m.hc_low_mm, 1)}-{number(m.hc_high_mm, 1)} mm"
