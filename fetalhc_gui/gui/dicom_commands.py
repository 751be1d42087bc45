"""The window's DICOM commands: the node (settings, on and off, received images), opening a study
from a PACS and sending results to one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.gui.dicom_node_service import DicomNodeService
from fetalhc_gui.gui.dicom_settings_dialog import DicomSettingsDialog
from fetalhc_gui.gui.network_job import NetworkJob
from fetalhc_gui.gui.pacs_dialog import PacsDialog
from fetalhc_gui.gui.settings import user_data_dir
from fetalhc_gui.net.node_config import NodeConfigError, Peer

INBOX_FOLDER = "inbox"
RETRIEVED_FOLDER = "retrieved"
RESULTS_FOLDER = "dicom_results"


class DicomCommands:
    """Runs the DICOM node for the main window; images it receives join the list and are measured."""

    def __init__(self, window):
        self.window = window
        self.service = DicomNodeService(user_data_dir() / INBOX_FOLDER, window)
        self.job: NetworkJob | None = None
        self.service.image_received.connect(self.on_image_received)
        self.service.state_changed.connect(window.node_label.setText)
        window.node_label.setText(self.service.description)
        self._show_state()

    def show_settings(self) -> None:
        """Edit the node settings; the node follows them (started, restarted or stopped)."""
        dialog = DicomSettingsDialog(self.window.settings, str(self.service.inbox), self.window)
        if dialog.exec():
            self.apply_settings()

    def set_receiving(self, on: bool) -> None:
        """Turn the node on or off from the menu (remembered for the next start)."""
        self.window.settings.dicom_node_on = on
        self.apply_settings()

    def apply_settings(self) -> None:
        """Start the node when the settings say so (stop it otherwise); problems reach the user."""
        settings = self.window.settings
        if not settings.dicom_node_on:
            self.service.stop()
        else:
            try:
                self.service.start(settings.dicom_node_config())
            except (NodeConfigError, OSError) as exc:
                settings.dicom_node_on = False
                self.service.stop()
                self.window.warn("DICOM node not started", f"{exc}\n\nCheck DICOM > Node Settings.")
        self._show_state()

    def _show_state(self) -> None:
        """Tick Receive Images exactly when the node listens."""
        action = self.window.actions.receive_dicom
        action.blockSignals(True)
        action.setChecked(self.service.running)
        action.blockSignals(False)

    def on_image_received(self, path: str, calling_ae: str) -> None:
        self.window.workspace.receive(path)
        self.window.statusBar().showMessage(f"Received an image from {calling_ae}", 5000)

    def stop(self) -> None:
        self.service.stop()

    def open_from_pacs(self) -> None:
        """Search a peer and open the study the user picks."""
        settings = self.window.settings
        dialog = PacsDialog(
            settings.dicom_peers, settings.dicom_ae_title, user_data_dir() / RETRIEVED_FOLDER, self.window
        )
        dialog.study_retrieved.connect(self.window.open_paths)
        dialog.exec()

    def choose_peer(self, purpose: str) -> Peer | None:
        """The peer to use (asked when there are several); None, with a message, when there is none."""
        peers = self.window.settings.dicom_peers
        if not peers:
            self.window.warn("No DICOM peer", "Add the PACS as a peer in DICOM > Node Settings first.")
            return None
        if len(peers) == 1:
            return peers[0]
        names = [f"{p.ae_title} ({p.host}:{p.port})" for p in peers]
        name, ok = QInputDialog.getItem(self.window, purpose, "Peer", names, 0, False)
        return peers[names.index(name)] if ok else None

    def send_results(self) -> None:
        """Write the current image's report and capture into the user data folder and send them."""
        from fetalhc_gui.io.dicom_results import result_objects, write_datasets
        from fetalhc_gui.net.sender import send_datasets

        ws = self.window.workspace
        m = ws.measurement(ws.current) if ws.current_entry else None
        if m is None or ws.image is None:
            self.window.warn("Nothing to send", "Measure the image first.")
            return
        try:
            objects = result_objects(Path(m.file), m, ws.image.display, ws.mask(ws.current))
        except FetalHCError as exc:
            self.window.warn("No DICOM results", str(exc))
            return
        paths = write_datasets(user_data_dir() / RESULTS_FOLDER, objects)
        peer = self.choose_peer("Send Results to PACS")
        if peer is None:
            return
        calling = self.window.settings.dicom_ae_title
        self.job = NetworkJob(lambda: send_datasets(peer, calling, objects), self.window)
        self.job.succeeded.connect(
            lambda _: self.window.statusBar().showMessage(
                f"Report and captured image sent to {peer.ae_title} (kept in {paths[0].parent})", 10_000
            )
        )
        self.job.failed.connect(lambda message: self.window.warn("Sending to PACS failed", message))
        self.window.statusBar().showMessage(f"Sending the results to {peer.ae_title}…")
        self.job.start()
