"""The window's DICOM commands: the node (settings, on and off, received images), opening a study
from a PACS and sending results to one through the outgoing queue (kept until the PACS takes them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from fetalhc_gui.app.assessment import refusals
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.gui.commands.context import CommandContext
from fetalhc_gui.gui.dialogs.common import modal, show_modal
from fetalhc_gui.gui.dialogs.dicom_settings import DicomSettingsDialog
from fetalhc_gui.gui.dialogs.outgoing_queue import OutgoingQueueDialog
from fetalhc_gui.gui.dialogs.pacs import PacsDialog
from fetalhc_gui.gui.jobs.node_service import DicomNodeService
from fetalhc_gui.gui.jobs.outgoing_queue import OutgoingQueue
from fetalhc_gui.gui.settings import (
    INBOX_FOLDER,
    LOG_FOLDER,
    OUTBOX_FOLDER,
    RESULTS_FOLDER,
    RETRIEVED_FOLDER,
    user_data_dir,
)
from fetalhc_gui.net.audit import AuditLog
from fetalhc_gui.net.node_config import NodeConfigError, Peer
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import capitalised, counted, translate


class DicomCommands:
    """Runs the DICOM node for the main window; images it receives join the list and are measured."""

    def __init__(
        self,
        context: CommandContext,
        receive_action: QAction,
        node_label: QLabel,
        queue_label: QLabel,
        open_paths: Callable[[list[str]], None],
    ):
        """``receive_action`` is ticked while the node listens, ``node_label`` says where,
        ``queue_label`` how many results wait for a PACS; ``open_paths`` opens a study retrieved
        from a PACS."""
        self.context, self.receive_action, self.open_paths = context, receive_action, open_paths
        self.queue_label = queue_label
        settings = context.settings
        self.audit = AuditLog(user_data_dir() / LOG_FOLDER)  # the data folder's logs, beside the crash log
        self.service = DicomNodeService(user_data_dir() / INBOX_FOLDER, self.audit, context.parent)
        self.service.image_received.connect(self.on_image_received)
        self.service.state_changed.connect(node_label.setText)
        node_label.setText(self.service.description)
        self.queue = OutgoingQueue(
            user_data_dir() / OUTBOX_FOLDER,
            lambda: settings.dicom_ae_title,
            settings.dicom_client_context,
            context.parent,
            self.audit.event,
        )
        self.queue.changed.connect(self._show_queue)
        self.queue.sent.connect(self._on_sent)
        self.queue.failed.connect(self._on_failed)
        self._show_queue(0)
        QTimer.singleShot(0, self.queue.resume)  # after the window is up: it may load pydicom
        self._show_state()

    def show_settings(self) -> None:
        """Edit the node settings; the node follows them (started, restarted or stopped)."""
        dialog = DicomSettingsDialog(self.context.settings, str(self.service.inbox), self.context.parent)
        with modal(dialog) as accepted:
            if accepted:
                self.apply_settings()

    def set_receiving(self, on: bool) -> None:
        """Turn the node on or off from the menu (remembered for the next start)."""
        self.context.settings.dicom_node_on = on
        self.apply_settings()

    def apply_settings(self) -> None:
        """Start the node when the settings say so (stop it otherwise); problems reach the user."""
        settings = self.context.settings
        if not settings.dicom_node_on:
            self.service.stop()
        else:
            try:
                self.service.start(settings.dicom_node_config(), settings.dicom_server_context())
            except (NodeConfigError, OSError) as exc:
                settings.dicom_node_on = False
                self.service.stop()
                self.context.warn(
                    translate("DicomCommands", "DICOM node not started"),
                    in_window_language(str(exc)) + "\n\n" + translate("DicomCommands", "Check DICOM > Node Settings."),
                )
        self._show_state()

    def _show_state(self) -> None:
        """Tick Receive Images exactly when the node listens."""
        action = self.receive_action
        action.blockSignals(True)
        action.setChecked(self.service.running)
        action.blockSignals(False)

    def on_image_received(self, path: str, calling_ae: str) -> None:
        self.context.workspace.receive(path)
        self.context.show_status(translate("DicomCommands", "Received an image from {ae}").format(ae=calling_ae), 5000)

    def stop(self) -> None:
        self.service.stop()
        self.queue.stop()
        self.audit.close()

    def show_queue(self) -> None:
        """List what waits for a PACS; retry or drop it."""
        show_modal(OutgoingQueueDialog(self.queue, self.context.parent))

    def _show_queue(self, waiting: int) -> None:
        waiting_text = counted(
            waiting,
            translate("DicomCommands", "1 result waiting for the PACS"),
            translate("DicomCommands", "{n} results waiting for the PACS"),
        )
        self.queue_label.setText(waiting_text if waiting else "")
        self.queue_label.setVisible(waiting > 0)

    def _on_sent(self, label: str, peer_ae: str) -> None:
        self.context.show_status(
            translate("DicomCommands", "{label}: report and captured image sent to {peer}").format(
                label=label, peer=peer_ae
            ),
            10_000,
        )

    def _on_failed(self, label: str, peer_ae: str, attempts: int, error: str) -> None:
        """Tell the user of the first failure; later ones show in the status bar and the queue."""
        if attempts == 1:
            self.context.warn(
                translate("DicomCommands", "Sending to PACS failed"),
                in_window_language(error)
                + "\n\n"
                + translate(
                    "DicomCommands",
                    "The results of {label} stay in the outgoing queue and are sent again on their own "
                    "(DICOM > Outgoing Queue lists them).",
                ).format(label=label),
            )
        else:
            self.context.show_status(
                translate("DicomCommands", "{label}: {peer} still does not take the results (try {attempts})").format(
                    label=label, peer=peer_ae, attempts=attempts
                ),
                10_000,
            )

    def open_from_pacs(self) -> None:
        """Search a peer and open the study the user picks."""
        settings = self.context.settings
        dialog = PacsDialog(
            settings.dicom_peers,
            settings.dicom_ae_title,
            user_data_dir() / RETRIEVED_FOLDER,
            self.context.parent,
            settings.dicom_client_context,
        )
        dialog.study_retrieved.connect(self.open_paths)
        show_modal(dialog)

    def choose_peer(self, purpose: str) -> Peer | None:
        """The peer to use (asked when there are several); None, with a message, when there is none."""
        peers = self.context.settings.dicom_peers
        if not peers:
            self.context.warn(
                translate("DicomCommands", "No DICOM peer"),
                translate("DicomCommands", "Add the PACS as a peer in DICOM > Node Settings first."),
            )
            return None
        if len(peers) == 1:
            return peers[0]
        names = [f"{p.ae_title} ({p.host}:{p.port}{', TLS' if p.tls else ''})" for p in peers]
        name, ok = QInputDialog.getItem(
            self.context.parent, purpose, translate("DicomCommands", "Peer"), names, 0, False
        )
        return peers[names.index(name)] if ok else None

    def _send_despite_refusal(self, m) -> bool:
        """True unless the result is not a head plane (and the user has not confirmed it is) or
        not from an obstetric exam (the node would send nothing), edited or not, and the user,
        asked, keeps it from the PACS."""
        refused = refusals(m.doubt_reasons)
        if not refused:
            return True
        said = [in_window_language(r) for r in refused]
        text = "\n".join(f"{capitalised(r)}." for r in said)
        answer = QMessageBox.question(
            self.context.parent,
            translate("DicomCommands", "Send a fetal head report?"),
            f"{text}\n\n"
            + translate("DicomCommands", "Send a fetal head circumference report of it to the PACS all the same?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def send_results(self) -> None:
        """Write the current image's report and capture into the user data folder and queue them
        for the PACS (sent at once when it answers)."""
        from fetalhc_gui.app.results import dicom_results
        from fetalhc_gui.io.dicom_results import write_datasets

        ws = self.context.workspace
        m = ws.measurement(ws.current) if ws.current_entry else None
        if m is None or ws.image is None:
            self.context.warn(
                translate("DicomCommands", "Nothing to send"), translate("DicomCommands", "Measure the image first.")
            )
            return
        if not self._send_despite_refusal(m):
            return
        try:
            objects = dicom_results(Path(m.file), m, ws.image.display, ws.mask(ws.current))
        except FetalHCError as exc:
            self.context.warn(translate("DicomCommands", "No DICOM results"), str(exc))
            return
        paths = write_datasets(user_data_dir() / RESULTS_FOLDER, objects)
        peer = self.choose_peer(translate("DicomCommands", "Send Results to PACS"))
        if peer is None:
            return
        self.queue.put(peer, paths, Path(m.file).name)
        self.context.show_status(
            translate("DicomCommands", "Sending the results to {peer} (kept in {folder})…").format(
                peer=peer.ae_title, folder=paths[0].parent
            )
        )
