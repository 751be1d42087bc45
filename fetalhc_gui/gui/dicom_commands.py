"""The window's DICOM commands: node settings, turning the node on and off, and received images."""

from __future__ import annotations

from fetalhc_gui.gui.dicom_node_service import DicomNodeService
from fetalhc_gui.gui.dicom_settings_dialog import DicomSettingsDialog
from fetalhc_gui.gui.settings import user_data_dir
from fetalhc_gui.net.node_config import NodeConfigError

INBOX_FOLDER = "inbox"


class DicomCommands:
    """Runs the DICOM node for the main window; images it receives join the list and are measured."""

    def __init__(self, window):
        self.window = window
        self.service = DicomNodeService(user_data_dir() / INBOX_FOLDER, window)
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
