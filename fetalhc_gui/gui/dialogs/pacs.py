"""File > Open from PACS: search a peer's studies by patient and date, retrieve one, open its images."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.gui.dialogs.common import date_edit
from fetalhc_gui.gui.geometry import fit_to_screen
from fetalhc_gui.gui.jobs.job import Job, pools
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import counted, translate

STUDY_COLUMNS = (
    QT_TRANSLATE_NOOP("PacsDialog", "Patient"),
    QT_TRANSLATE_NOOP("PacsDialog", "Patient ID"),
    QT_TRANSLATE_NOOP("PacsDialog", "Date"),
    QT_TRANSLATE_NOOP("PacsDialog", "Description"),
    QT_TRANSLATE_NOOP("PacsDialog", "Images"),
)


class PacsDialog(QDialog):
    """Searches ``peers`` as ``calling_ae``; ``study_retrieved(paths)`` gives the files fetched into
    ``folder`` (the dialog then closes). ``tls_for(peer)`` gives the SSL context for a TLS peer
    (None for a plain one), called on the network thread."""

    study_retrieved = Signal(list)

    def __init__(
        self,
        peers: list[Peer],
        calling_ae: str,
        folder: Path,
        parent: QWidget | None = None,
        tls_for: Callable[[Peer], object] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("PacsDialog", "Open from PACS"))
        self.peers, self.calling_ae, self.folder = peers, calling_ae, folder
        self.tls_for = tls_for or (lambda _peer: None)
        self.matches = []
        self.job: Job | None = None
        self.peer = QComboBox()
        for peer in peers:
            self.peer.addItem(f"{peer.ae_title} ({peer.host}:{peer.port}{', TLS' if peer.tls else ''})")
        self.patient_id, self.patient_name = QLineEdit(), QLineEdit()
        self.patient_name.setPlaceholderText(translate("PacsDialog", "e.g. DOE^JANE or DOE*"))
        self.use_dates = QCheckBox(translate("PacsDialog", "Studies from"))
        today = QDate.currentDate()
        self.first, self.last = date_edit(today.addMonths(-1).toPython()), date_edit(today.toPython())
        dates = QHBoxLayout()
        for widget in (self.use_dates, self.first, QLabel("to"), self.last):
            dates.addWidget(widget)
        self.search = QPushButton(translate("PacsDialog", "Search"))
        self.studies = QTableWidget(0, len(STUDY_COLUMNS))
        self.studies.setHorizontalHeaderLabels([translate("PacsDialog", c) for c in STUDY_COLUMNS])
        self.studies.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.studies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.studies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.studies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_study = QPushButton(translate("PacsDialog", "Open Study"))
        self.open_study.setEnabled(False)
        self.status = QLabel(
            "" if peers else translate("PacsDialog", "Add the PACS as a peer in DICOM > Node Settings first.")
        )
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PacsDialog", "PACS"), self.peer)
        form.addRow(translate("PacsDialog", "Patient ID"), self.patient_id)
        form.addRow(translate("PacsDialog", "Patient name"), self.patient_name)
        form.addRow(dates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search)
        layout.addWidget(self.studies)
        layout.addWidget(self.status)
        layout.addWidget(self.open_study)
        self.search.clicked.connect(self.start_search)
        self.open_study.clicked.connect(self.start_retrieve)
        self.studies.itemSelectionChanged.connect(self._update_buttons)
        self.studies.doubleClicked.connect(lambda _index: self.start_retrieve())
        self._update_buttons()
        fit_to_screen(self, 720, 460)

    def _selected_peer(self) -> Peer:
        return self.peers[self.peer.currentIndex()]

    def _update_buttons(self) -> None:
        idle = self.job is None and bool(self.peers)
        self.search.setEnabled(idle)
        self.open_study.setEnabled(idle and bool(self.studies.selectedItems()))

    def _run(self, function: Callable[[Callable[[], bool]], object], on_success, busy_text: str) -> None:
        self.job = Job(lambda _report, should_stop: function(should_stop))
        self.job.succeeded.connect(on_success)
        self.job.failed.connect(self._on_failed)
        self.status.setText(busy_text)
        self.job.start(pools().network)
        self._update_buttons()

    def done(self, result: int) -> None:
        """Closing (Escape, the close button or after a retrieval) stops a running retrieval (its
        images are deleted) and lets a running query end unheard: nothing opens after the dialog
        closed."""
        if self.job is not None:
            self.job.detach()
            self.job = None
        super().done(result)

    def start_search(self) -> None:
        """Query the chosen PACS in the background."""
        from fetalhc_gui.net.pacs_query import find_studies

        peer, name, pid = self._selected_peer(), self.patient_name.text(), self.patient_id.text()
        first = self.first.date().toPython() if self.use_dates.isChecked() else None
        last = self.last.date().toPython() if self.use_dates.isChecked() else None
        self._run(
            lambda _should_stop: find_studies(peer, self.calling_ae, pid, name, first, last, tls=self.tls_for(peer)),
            self._on_found,
            translate("PacsDialog", "Searching…"),
        )

    def _on_found(self, matches) -> None:
        self.job = None
        self.matches = matches
        self.studies.setRowCount(len(matches))
        for row, m in enumerate(matches):
            date = _date_text(m.study_date)
            values = (m.patient_name, m.patient_id, date, m.description, "" if m.images is None else str(m.images))
            for column, value in enumerate(values):
                self.studies.setItem(row, column, QTableWidgetItem(value))
        found = counted(
            len(matches),
            translate("PacsDialog", "1 study found."),
            translate("PacsDialog", "{n} studies found."),
        )
        self.status.setText(found if matches else translate("PacsDialog", "No study matches."))
        self._update_buttons()

    def start_retrieve(self) -> None:
        """Fetch the selected study in the background."""
        from fetalhc_gui.net.pacs_query import retrieve_study

        rows = {index.row() for index in self.studies.selectedIndexes()}
        if not rows or self.job is not None:
            return
        study, peer = self.matches[rows.pop()], self._selected_peer()
        target = self.folder / study.study_uid
        self._run(
            lambda should_stop: retrieve_study(
                peer, self.calling_ae, study.study_uid, target, tls=self.tls_for(peer), should_stop=should_stop
            ),
            self._on_retrieved,
            translate("PacsDialog", "Retrieving the study of {patient}…").format(
                patient=study.patient_name or study.patient_id
            ),
        )

    def _on_retrieved(self, paths) -> None:
        self.job = None
        if not paths:
            self.status.setText(translate("PacsDialog", "The PACS sent no ultrasound image of this study."))
            self._update_buttons()
            return
        self.study_retrieved.emit([str(p) for p in paths])
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.status.setText(in_window_language(message))
        self._update_buttons()


def _date_text(value: str) -> str:
    try:
        return datetime.datetime.strptime(value, "%Y%m%d").date().isoformat()
    except ValueError:
        return value
