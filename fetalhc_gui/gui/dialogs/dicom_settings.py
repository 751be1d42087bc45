"""DICOM > Node Settings: this node's AE title, port and address, TLS, and the peers it knows.

The peers' AE titles are the only senders the node accepts. Nothing listens until the user turns
"Receive images" on. With TLS, the node listens with its certificate and key; with a CA set too,
senders must present a certificate the CA signed (carrying the peer's certificate name where one
is given). Peers marked TLS are called over TLS (results, queries) and shown the same certificate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.gui.dialogs.common import ok_cancel
from fetalhc_gui.gui.geometry import fit_to_screen
from fetalhc_gui.gui.settings import Settings, node_config_of
from fetalhc_gui.io.dicom_bounds import MAX_DECODED_BYTES
from fetalhc_gui.net.node_config import NodeConfigError, Peer, checked_ae_title
from fetalhc_gui.net.tls import TlsFiles, listening_context
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import translate

PEER_COLUMNS = (
    QT_TRANSLATE_NOOP("DicomSettings", "AE title"),
    QT_TRANSLATE_NOOP("DicomSettings", "Host"),
    QT_TRANSLATE_NOOP("DicomSettings", "Port"),
    QT_TRANSLATE_NOOP("DicomSettings", "TLS"),
    QT_TRANSLATE_NOOP("DicomSettings", "Certificate name"),
)
TLS_COLUMN, NAME_COLUMN = 3, 4


class DicomSettingsDialog(QDialog):
    """Edits the node settings; ``accept()`` stores them only when they can work."""

    def __init__(self, settings: Settings, inbox: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("DicomSettings", "DICOM Node Settings"))
        self.settings = settings
        self.receive = QCheckBox(
            translate("DicomSettings", "Receive images from the peers below (listen on the network)")
        )
        self.receive.setChecked(settings.dicom_node_on)
        self.ae_title = QLineEdit(settings.dicom_ae_title)
        self.ae_title.setMaxLength(16)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings.dicom_port)
        self.bind_address = QLineEdit(settings.dicom_bind_address)
        self.bind_address.setToolTip(
            translate("DicomSettings", "127.0.0.1 accepts this computer only; 0.0.0.0 every network interface")
        )
        files = settings.dicom_tls
        self.tls_on = QCheckBox(
            translate("DicomSettings", "Receive with TLS only (needs the certificate and key below)")
        )
        self.tls_on.setChecked(settings.dicom_tls_on)
        self.tls_cert = self._path_field(files.cert, translate("DicomSettings", "This node's certificate (PEM)"))
        self.tls_key = self._path_field(files.key, translate("DicomSettings", "This node's private key (PEM)"))
        self.tls_ca = self._path_field(files.ca, translate("DicomSettings", "The CA certificate(s) of the peers (PEM)"))
        self.tls_anonymous = QCheckBox(
            translate("DicomSettings", "Without a CA, accept TLS senders that present no certificate")
        )
        self.tls_anonymous.setChecked(settings.dicom_tls_anonymous_clients)
        self.tls_anonymous.setToolTip(
            translate(
                "DicomSettings",
                "Off: only senders whose certificate the CA above signed can connect. On: any TLS client may connect "
                "(encrypted, but the AE title and its host are the only check).",
            )
        )
        self.accept_deflate = QCheckBox(
            translate("DicomSettings", "Accept deflate-compressed images (each inflated up to a size limit)")
        )
        self.accept_deflate.setChecked(settings.dicom_accept_deflate)
        self.accept_deflate.setToolTip(
            translate(
                "DicomSettings",
                "Off: senders must send images uncompressed or with image compression (JPEG, JPEG 2000, RLE), "
                "whose size is checked before decoding. On: the deflated transfer syntax too; a dataset that "
                "inflates past {limit} MB is refused.",
            ).format(limit=MAX_DECODED_BYTES // 2**20)
        )
        self.identities = dict(settings.dicom_identities)
        self.peers = QTableWidget(0, len(PEER_COLUMNS))
        self.peers.setHorizontalHeaderLabels([translate("DicomSettings", c) for c in PEER_COLUMNS])
        self.peers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.peers.horizontalHeader().setSectionResizeMode(TLS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.peers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for peer in settings.dicom_peers:
            self.add_peer(peer)
        add, remove = (
            QPushButton(translate("DicomSettings", "Add Peer")),
            QPushButton(translate("DicomSettings", "Remove Peer")),
        )
        add.clicked.connect(lambda: self.add_peer(None))
        remove.clicked.connect(self._remove_selected)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.receive)
        form.addRow(translate("DicomSettings", "This node's AE title"), self.ae_title)
        form.addRow(translate("DicomSettings", "Port"), self.port)
        form.addRow(translate("DicomSettings", "Listen on address"), self.bind_address)
        form.addRow(translate("DicomSettings", "Received images go to"), QLabel(inbox))
        form.addRow(self.accept_deflate)
        form.addRow(self.tls_on)
        form.addRow(translate("DicomSettings", "TLS certificate"), self.tls_cert.parentWidget())
        form.addRow(translate("DicomSettings", "TLS private key"), self.tls_key.parentWidget())
        form.addRow(translate("DicomSettings", "CA of the peers"), self.tls_ca.parentWidget())
        form.addRow(self.tls_anonymous)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        peers_note = QLabel(
            translate(
                "DicomSettings",
                "Known peers (scanners and archives; only these may send images). TLS: call this peer over "
                "TLS. Certificate name: with TLS and a CA, this sender's certificate must carry it.",
            )
        )
        peers_note.setWordWrap(True)
        layout.addWidget(peers_note)
        layout.addWidget(self.peers)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 680, 560)

    def _path_field(self, value: Path | None, caption: str) -> QLineEdit:
        """A path line edit with a Browse button beside it (in its parent widget)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(str(value) if value else "", box)
        edit.setPlaceholderText(caption)
        browse = QPushButton(translate("DicomSettings", "Browse…"), box)
        browse.clicked.connect(lambda: self._browse(edit, caption))
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return edit

    def _browse(self, edit: QLineEdit, caption: str) -> None:
        kinds = "PEM files (*.pem *.crt *.key);;All files (*)"
        path, _ = QFileDialog.getOpenFileName(self, caption, edit.text(), kinds)
        if path:
            edit.setText(path)

    def add_peer(self, peer: Peer | None) -> None:
        """Append a row for ``peer`` (an empty row to fill in for None)."""
        row = self.peers.rowCount()
        self.peers.insertRow(row)
        name = self.identities.get(peer.ae_title, "") if peer else ""
        values = (peer.ae_title, peer.host, str(peer.port)) if peer else ("", "", "104")
        for column, value in enumerate((*values, "", name)):
            self.peers.setItem(row, column, QTableWidgetItem(value))
        tls = self.peers.item(row, TLS_COLUMN)
        tls.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        tls.setCheckState(Qt.CheckState.Checked if peer and peer.tls else Qt.CheckState.Unchecked)

    def _remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.peers.selectedIndexes()}, reverse=True):
            self.peers.removeRow(row)

    def entered_tls(self) -> TlsFiles:
        paths = [edit.text().strip() for edit in (self.tls_cert, self.tls_key, self.tls_ca)]
        return TlsFiles(*(Path(p) if p else None for p in paths))

    def _entered_rows(self) -> list[tuple[Peer, str]]:
        """Each peer in the table with its certificate name ("" for none), empty rows skipped;
        NodeConfigError naming a bad row."""
        rows = []
        for row in range(self.peers.rowCount()):
            cells = [(self.peers.item(row, c).text() if self.peers.item(row, c) else "").strip() for c in range(5)]
            if not any(cells[:3]):
                continue
            tls = self.peers.item(row, TLS_COLUMN).checkState() == Qt.CheckState.Checked
            try:
                rows.append((Peer(cells[0], cells[1], cells[2], tls), cells[NAME_COLUMN]))
            except NodeConfigError as exc:
                raise NodeConfigError(
                    translate("DicomSettings", "Peer on row {row}: {problem}").format(
                        row=row + 1, problem=in_window_language(str(exc))
                    )
                ) from None
        return rows

    def accept(self) -> None:
        """Store the settings if they can work; otherwise say why and stay open."""
        try:
            rows, files = self._entered_rows(), self.entered_tls()
            peers = [peer for peer, _name in rows]
            identities = tuple((peer.ae_title, name) for peer, name in rows if name)
            ae_title, bind = checked_ae_title(self.ae_title.text()), self.bind_address.text().strip()
            if not bind:
                raise NodeConfigError(
                    translate("DicomSettings", "Give the address to listen on (127.0.0.1 for this computer only).")
                )
            if self.receive.isChecked():  # the whole configuration must work before anything listens
                config = node_config_of(
                    ae_title, self.port.value(), bind, peers, identities, self.accept_deflate.isChecked()
                )
                if self.tls_on.isChecked():
                    listening_context(files, config.identities, self.tls_anonymous.isChecked())
        except NodeConfigError as exc:
            self.error.setText(in_window_language(str(exc)))
            return
        self.settings.set_dicom_node(ae_title, self.port.value(), bind, peers)
        self.settings.set_dicom_tls(files, self.tls_on.isChecked(), identities, self.tls_anonymous.isChecked())
        self.settings.dicom_accept_deflate = self.accept_deflate.isChecked()
        self.settings.dicom_node_on = self.receive.isChecked()
        super().accept()
