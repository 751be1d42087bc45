"""DICOM > Node Settings: this node's AE title, port and address, and the peers it knows.

The peers' AE titles are the only senders the node accepts. Nothing listens until the user turns
"Receive images" on.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
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

from fetalhc_gui.gui.dialogs import ok_cancel
from fetalhc_gui.gui.settings import Settings
from fetalhc_gui.net.node_config import NodeConfig, NodeConfigError, Peer, checked_ae_title

PEER_COLUMNS = ("AE title", "Host", "Port")


class DicomSettingsDialog(QDialog):
    """Edits the node settings; ``accept()`` stores them only when they can work."""

    def __init__(self, settings: Settings, inbox: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("DICOM Node Settings")
        self.settings = settings
        self.receive = QCheckBox("Receive images from the peers below (listen on the network)")
        self.receive.setChecked(settings.dicom_node_on)
        self.ae_title = QLineEdit(settings.dicom_ae_title)
        self.ae_title.setMaxLength(16)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings.dicom_port)
        self.bind_address = QLineEdit(settings.dicom_bind_address)
        self.bind_address.setToolTip("127.0.0.1 accepts this computer only; 0.0.0.0 every network interface")
        self.peers = QTableWidget(0, len(PEER_COLUMNS))
        self.peers.setHorizontalHeaderLabels(PEER_COLUMNS)
        self.peers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.peers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for peer in settings.dicom_peers:
            self.add_peer(peer)
        add, remove = QPushButton("Add Peer"), QPushButton("Remove Peer")
        add.clicked.connect(lambda: self.add_peer(None))
        remove.clicked.connect(self._remove_selected)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.receive)
        form.addRow("This node's AE title", self.ae_title)
        form.addRow("Port", self.port)
        form.addRow("Listen on address", self.bind_address)
        form.addRow("Received images go to", QLabel(inbox))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Known peers (scanners and archives; only these may send images):"))
        layout.addWidget(self.peers)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def add_peer(self, peer: Peer | None) -> None:
        """Append a row for ``peer`` (an empty row to fill in for None)."""
        row = self.peers.rowCount()
        self.peers.insertRow(row)
        values = (peer.ae_title, peer.host, str(peer.port)) if peer else ("", "", "104")
        for column, value in enumerate(values):
            self.peers.setItem(row, column, QTableWidgetItem(value))

    def _remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.peers.selectedIndexes()}, reverse=True):
            self.peers.removeRow(row)

    def entered_peers(self) -> list[Peer]:
        """The peers in the table (empty rows skipped); NodeConfigError naming a bad row."""
        peers = []
        for row in range(self.peers.rowCount()):
            cells = [(self.peers.item(row, c).text() if self.peers.item(row, c) else "").strip() for c in range(3)]
            if not any(cells):
                continue
            try:
                peers.append(Peer(cells[0], cells[1], cells[2]))
            except NodeConfigError as exc:
                raise NodeConfigError(f"Peer on row {row + 1}: {exc}") from None
        return peers

    def accept(self) -> None:
        """Store the settings if they can work; otherwise say why and stay open."""
        try:
            peers = self.entered_peers()
            ae_title, bind = checked_ae_title(self.ae_title.text()), self.bind_address.text().strip()
            if not bind:
                raise NodeConfigError("Give the address to listen on (127.0.0.1 for this computer only).")
            if self.receive.isChecked():  # the whole configuration must work before anything listens
                NodeConfig(ae_title, self.port.value(), bind, tuple(p.ae_title for p in peers))
        except NodeConfigError as exc:
            self.error.setText(str(exc))
            return
        self.settings.set_dicom_node(ae_title, self.port.value(), bind, peers)
        self.settings.dicom_node_on = self.receive.isChecked()
        super().accept()
