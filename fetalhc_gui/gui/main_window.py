"""The main window: puts the viewer, the image list and the panels together and wires them to the workspace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.app.assessment import refusals
from fetalhc_gui.app.session import Status
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE
from fetalhc_gui.gui.actions import Actions
from fetalhc_gui.gui.commands.context import CommandContext
from fetalhc_gui.gui.commands.dicom import DicomCommands
from fetalhc_gui.gui.commands.exams import ExamCommands
from fetalhc_gui.gui.commands.files import FileCommands
from fetalhc_gui.gui.commands.language import LanguageCommands
from fetalhc_gui.gui.commands.pixel_sizes import PixelSizeCommands
from fetalhc_gui.gui.commands.reports import ReportCommands
from fetalhc_gui.gui.crash_recovery import log_folder
from fetalhc_gui.gui.dialogs.common import AboutDialog, ShortcutsDialog, show_modal
from fetalhc_gui.gui.fields import guard_wheel_everywhere
from fetalhc_gui.gui.geometry import fit_to_screen, keep_on_screen, keep_windows_on_screen
from fetalhc_gui.gui.jobs.job import Job, pools
from fetalhc_gui.gui.jobs.measuring import loading_work
from fetalhc_gui.gui.panels.cine import CinePanel
from fetalhc_gui.gui.panels.display import DisplayPanel
from fetalhc_gui.gui.panels.growth_chart import GrowthChart
from fetalhc_gui.gui.panels.image_list import ImageList, identity_line
from fetalhc_gui.gui.panels.measurement import MeasurementPanel
from fetalhc_gui.gui.panels.pixel_size import PixelSizePanel
from fetalhc_gui.gui.settings import Settings, user_data_dir
from fetalhc_gui.gui.viewer import ImageViewer, Mode
from fetalhc_gui.gui.workspace import Workspace
from fetalhc_gui.io.private import ensure_folder
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import list_separator, number, translate


class MainWindow(QMainWindow):
    """FetalHC's main window. ``predictor_factory`` builds the predictor in the background; the
    work is autosaved to ``session_path`` (this window's own, see ``io.session_slot``; None: not saved)."""

    def __init__(
        self,
        predictor_factory: Callable[[], object],
        settings: Settings | None = None,
        session_path: Path | None = None,
    ):
        super().__init__()
        self.setWindowTitle("FetalHC")
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.predictor_factory = predictor_factory
        self.workspace = Workspace(session_path, self)
        self.viewer = ImageViewer()
        self.cine_panel = CinePanel()
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        self.exam_header = QLabel("")
        self.exam_header.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.exam_header.setToolTip(translate("MainWindow", "The patient and exam the file names"))
        self.exam_header.hide()
        layout.addWidget(self.exam_header)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.cine_panel, 0)
        self.setCentralWidget(centre)
        self.image_list = ImageList()
        self.measurement_panel = MeasurementPanel()
        self.pixel_size_panel = PixelSizePanel()
        self.display_panel = DisplayPanel()
        self.growth_chart = GrowthChart()
        self.display_panel.set_mask_opacity(self.settings.mask_opacity)
        self._add_docks()
        self.actions = Actions(self, self.workspace.undo_group)
        self.model_label = QLabel(translate("MainWindow", "Model: loading…"))
        self.node_label = QLabel("")
        self.queue_label = QLabel("")
        self.cursor_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        for widget in (self.cursor_label, self.progress, self.queue_label, self.node_label, self.model_label):
            widget.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(widget)
        self.card: dict | None = None
        self._loader: Job | None = None
        self.training_dialog = None
        self.messages: list[tuple[str, str]] = []
        self.training = False
        self._shown_index = -1
        context = CommandContext(
            self,
            self.workspace,
            self.settings,
            self.warn,
            lambda text, timeout_ms=0: self.statusBar().showMessage(text, timeout_ms),
        )
        self.pixel_sizes = PixelSizeCommands(
            context, self.pixel_size_panel.show_pixel_size, lambda: self.viewer.set_mode(Mode.NAVIGATE)
        )
        self.files = FileCommands(
            context, self.actions.recent_menu, self.pixel_sizes.load_pixel_size_csv, self.image_list.selected_indices
        )
        self.dicom = DicomCommands(
            context, self.actions.receive_dicom, self.node_label, self.queue_label, self.open_paths
        )
        self.exams = ExamCommands(context, self.image_list.selected_indices)
        self.reports = ReportCommands(context, lambda: self.card)
        self.language = LanguageCommands(context, self.actions.language_menu)
        self._connect()
        self.files.refresh_recent()
        self._update_enabled()
        guard_wheel_everywhere(QApplication.instance())
        keep_windows_on_screen(QApplication.instance())
        fit_to_screen(self, 1400, 860)
        if self.settings.geometry:
            self.restoreGeometry(self.settings.geometry)
        if self.settings.window_state:
            self.restoreState(self.settings.window_state)
        keep_on_screen(self)

    def _add_docks(self) -> None:
        left = QDockWidget(translate("MainWindow", "Images"), self)
        left.setObjectName("images")
        left.setWidget(self.image_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, left)
        panels = QWidget()
        column = QVBoxLayout(panels)
        for panel in (self.measurement_panel, self.pixel_size_panel, self.display_panel):
            column.addWidget(panel)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panels)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        right = QDockWidget(translate("MainWindow", "Measurement"), self)
        right.setObjectName("measurement")
        right.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, right)
        chart = QDockWidget(translate("MainWindow", "Growth chart"), self)
        chart.setObjectName("growth_chart")
        chart.setWidget(self.growth_chart)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, chart)

    def _connect(self) -> None:
        a, ws, v = self.actions, self.workspace, self.viewer
        a.open.triggered.connect(self.files.choose_files)
        a.open_folder.triggered.connect(self.files.choose_folder)
        a.open_measurements.triggered.connect(self.files.choose_export)
        a.export_measurements.triggered.connect(self.files.export_measurements)
        a.export_hc18.triggered.connect(lambda: self.files.export_measurements(hc18=True))
        a.export_anonymised.triggered.connect(lambda: self.files.export_measurements(anonymise=True))
        a.export_report.triggered.connect(self.reports.export_reports)
        a.print_report.triggered.connect(self.reports.print_report)
        a.export_report_anonymised.triggered.connect(lambda: self.reports.export_reports(anonymise=True))
        a.export_png.triggered.connect(self.files.export_png)
        a.quit.triggered.connect(self.close)
        a.remove_images.triggered.connect(self.files.remove_selected)
        a.purge.triggered.connect(self.files.purge_old_data)
        a.measure.triggered.connect(lambda: ws.measure([ws.current]))
        a.measure_all.triggered.connect(lambda: ws.measure(list(range(len(ws.entries)))))
        a.cancel.triggered.connect(ws.cancel)
        a.auto_measure.setChecked(self.settings.auto_measure)
        a.auto_measure.toggled.connect(self._on_auto_measure_toggled)
        a.draw.triggered.connect(lambda: v.set_mode(Mode.DRAW_ELLIPSE))
        a.calibrate.triggered.connect(lambda: v.set_mode(Mode.CALIBRATE))
        a.restore.triggered.connect(lambda: ws.restore_automatic(ws.current))
        a.load_csv.triggered.connect(self.pixel_sizes.choose_pixel_size_csv)
        a.date_exam.triggered.connect(self.exams.date_exam)
        a.set_patient.triggered.connect(self.exams.set_patient)
        a.previous.triggered.connect(lambda: self.image_list.step(-1))
        a.next.triggered.connect(lambda: self.image_list.step(1))
        a.fit.triggered.connect(v.fit_to_window)
        a.actual_size.triggered.connect(v.actual_size)
        a.zoom_in.triggered.connect(lambda: v.zoom(0.8))
        a.zoom_out.triggered.connect(lambda: v.zoom(1.25))
        a.toggle_mask.toggled.connect(self.display_panel.show_mask.setChecked)
        a.toggle_ellipse.toggled.connect(self.display_panel.show_ellipse.setChecked)
        a.reset_levels.triggered.connect(self.display_panel.reset_levels)
        a.choose_model.triggered.connect(self.choose_model)
        a.bundled_model.triggered.connect(lambda: self.use_model(None))
        a.train.triggered.connect(self.show_training_dialog)
        a.shortcuts.triggered.connect(lambda: show_modal(ShortcutsDialog(a.shortcut_table(), self)))
        a.about.triggered.connect(lambda: show_modal(AboutDialog(self.card, self)))
        a.log_folder.triggered.connect(self.open_log_folder)
        a.user_guide.triggered.connect(self.show_user_guide)
        a.dicom_settings.triggered.connect(self.dicom.show_settings)
        a.receive_dicom.toggled.connect(self.dicom.set_receiving)
        a.open_pacs.triggered.connect(self.dicom.open_from_pacs)
        a.send_results.triggered.connect(self.dicom.send_results)
        a.outgoing_queue.triggered.connect(self.dicom.show_queue)
        self.image_list.current_index_changed.connect(ws.select)
        self.cine_panel.frame_selected.connect(ws.set_frame)
        self.growth_chart.image_selected.connect(self.image_list.setCurrentRow)
        ws.entries_reset.connect(self._on_entries_reset)
        ws.entry_changed.connect(self._on_entry_changed)
        ws.current_changed.connect(self._on_current_changed)
        ws.busy_changed.connect(self._on_busy_changed)
        ws.progress_changed.connect(self._on_progress)
        ws.model_changed.connect(
            lambda name: self.model_label.setText(translate("MainWindow", "Model: {name}").format(name=name))
        )
        ws.undo_group.indexChanged.connect(lambda _i: self._update_enabled())
        v.editor.ellipse_changed.connect(self._show_live_ellipse)
        v.editor.edit_finished.connect(lambda _before, after: ws.edit_ellipse(ws.current, after))
        v.ellipse_drawn.connect(lambda e: ws.edit_ellipse(ws.current, e))
        v.line_drawn.connect(self.pixel_sizes.calibrate_with_line)
        v.cursor_moved.connect(self._show_cursor)
        v.cursor_left.connect(lambda: self.cursor_label.setText(""))
        self.measurement_panel.ga_changed.connect(lambda days: ws.set_ga(ws.current, days))
        self.measurement_panel.restore_requested.connect(a.restore.trigger)
        self.measurement_panel.confirm_requested.connect(lambda yes: ws.confirm_head_plane(ws.current, yes))
        self.pixel_size_panel.pixel_size_entered.connect(self.pixel_sizes.on_pixel_size_entered)
        self.pixel_size_panel.csv_requested.connect(self.pixel_sizes.choose_pixel_size_csv)
        self.pixel_size_panel.calibrate_requested.connect(a.calibrate.trigger)
        dp = self.display_panel
        dp.levels_changed.connect(v.set_levels)
        dp.mask_opacity_changed.connect(v.set_mask_opacity)
        dp.mask_toggled.connect(v.set_mask_visible)
        dp.mask_toggled.connect(a.toggle_mask.setChecked)
        dp.ellipse_toggled.connect(v.editor.set_visible)
        dp.ellipse_toggled.connect(a.toggle_ellipse.setChecked)
        v.set_mask_opacity(self.settings.mask_opacity)

    def open_log_folder(self) -> None:
        """Show the folder of the crash and error logs in the desktop's file manager."""
        folder = log_folder(user_data_dir())
        ensure_folder(folder)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.warn(
                translate("MainWindow", "Log folder"),
                translate("MainWindow", "The logs are in {folder}").format(folder=folder),
            )

    def show_user_guide(self) -> None:
        """Help > User Guide: the guide, offline, in a window beside this one."""
        from fetalhc_gui.gui.dialogs.user_guide import UserGuide, guide_path

        path = guide_path()
        if path is None:
            self.warn(
                translate("MainWindow", "User guide missing"),
                translate("MainWindow", "The user guide was not installed with this FetalHC."),
            )
            return
        self.user_guide = UserGuide(path, self)
        self.user_guide.show()

    def warn(self, title: str, text: str, critical: bool = False) -> None:
        """Tell the user something went wrong, without blocking the event loop; kept in ``messages``."""
        icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.messages.append((title, text))
        self.statusBar().showMessage(f"{title}: {text.splitlines()[0]}", 10_000)

    # model
    def start_model_loading(self) -> None:
        """Build the predictor in the background; the window is usable meanwhile."""
        self.model_label.setText(translate("MainWindow", "Model: loading…"))
        if self._loader is not None:
            self._loader.detach()  # an earlier choice still loading: this one wins
        self._loader = Job(loading_work(self.predictor_factory))
        self._loader.succeeded.connect(self._on_model_loaded)
        self._loader.failed.connect(self._on_model_failed)
        self._loader.start(pools().model)

    def _on_model_loaded(self, predictor) -> None:
        self._loader = None
        self.card = getattr(predictor, "card", None)
        self.workspace.set_predictor(predictor)
        self._update_enabled()
        self._measure_if_new()
        self.statusBar().showMessage(translate("MainWindow", "Model ready: {name}").format(name=predictor.name), 5000)

    def _on_model_failed(self, message: str) -> None:
        self._loader = None
        self.model_label.setText(translate("MainWindow", "Model: not loaded"))
        title = translate("MainWindow", "Model not loaded")
        self.warn(title, translate("MainWindow", "The model could not be loaded.") + f"\n\n{message}", critical=True)

    def choose_model(self) -> None:
        title = translate("MainWindow", "Choose a model folder")
        folder = QFileDialog.getExistingDirectory(self, title, self.settings.last_folder)
        if folder:
            self.use_model(folder)

    def use_model(self, folder: str | None) -> None:
        """Switch to the model in ``folder`` (None: the bundled model); remembered across restarts."""
        from fetalhc_gui.inference.predictor import Predictor

        self.settings.model_dir = folder
        self.predictor_factory = lambda: Predictor(folder)
        self.start_model_loading()

    def show_training_dialog(self) -> None:
        """Open the training dialog (one at a time; it stays open beside the window), or say how to
        install training where this install measures only."""
        from fetalhc_gui.training import INSTALL_HINT, missing_training_packages

        if missing_training_packages():
            self.warn(translate("MainWindow", "Training is not installed"), INSTALL_HINT)
            return
        from fetalhc_gui.gui.dialogs.training import TrainingDialog

        if self.training_dialog is None:
            predictor = self.workspace.predictor
            self.training_dialog = TrainingDialog(getattr(predictor, "model_dir", None), predictor, self)
            self.training_dialog.model_chosen.connect(self.use_model)
            self.training_dialog.running_changed.connect(self._on_training_changed)
        self.training_dialog.show()
        self.training_dialog.raise_()

    def _on_training_changed(self, running: bool) -> None:
        self.training = running
        self._update_enabled()
        if running:
            self.statusBar().showMessage(
                translate("MainWindow", "Training in progress: measuring waits until it ends.")
            )

    def open_paths(self, paths: list[str]) -> None:
        """Open files and folders (see FileCommands.open_paths)."""
        self.files.open_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.open_paths(paths)
            event.acceptProposedAction()

    # showing state
    def _on_entries_reset(self) -> None:
        ws = self.workspace
        self.image_list.set_entries(ws.entries, [self._hc_text(i) for i in range(len(ws.entries))])
        self._update_enabled()

    def _hc_text(self, index: int) -> str:
        """The image list's figure for an image: its HC (with the interval) and whether it is doubtful."""
        m = self.workspace.measurement(index)
        if m is None:
            return ""
        if m.hc_mm is None:
            text = translate("MainWindow", "HC {hc} px").format(hc=number(m.hc_px, 0))
        elif m.hc_low_mm is None:
            text = translate("MainWindow", "HC {hc} mm").format(hc=number(m.hc_mm, 1))
        else:  # the interval is symmetric
            half = number((m.hc_high_mm - m.hc_low_mm) / 2, 1)
            text = translate("MainWindow", "HC {hc} ± {half} mm").format(hc=number(m.hc_mm, 1), half=half)
        refused = refusals(m.doubt_reasons)
        if refused:  # what the list says first, edited or not: not a head plane, not an obstetric exam
            if refused[0].startswith(NOT_A_HEAD_PLANE):
                return text + "  ·  " + translate("MainWindow", "not a head plane")
            return text + "  ·  " + translate("MainWindow", "not obstetric")
        return text + ("  ·  " + translate("MainWindow", "doubtful") if m.doubtful else "")

    def _on_entry_changed(self, index: int) -> None:
        entry = self.workspace.entries[index]
        if self.image_list.needs_rebuild(index, entry):  # it now belongs to another patient or exam
            self._on_entries_reset()
        else:
            self.image_list.update_entry(index, entry, self._hc_text(index))
        if index == self.workspace.current:
            self._show_current_state()
        self._update_enabled()

    def _on_current_changed(self, index: int) -> None:
        if index != self._shown_index:
            self.viewer.editor.select(None)  # keys never move a handle of an image no longer shown
        if self.image_list.currentRow() != index:
            self.image_list.setCurrentRow(index)
        self.cine_panel.show_entry(self.workspace.current_entry)
        self._show_current(fit=index != self._shown_index)
        self._shown_index = index
        self._update_enabled()
        self._measure_if_new()

    def _on_auto_measure_toggled(self, on: bool) -> None:
        self.settings.auto_measure = on
        self._measure_if_new()

    def _measure_if_new(self) -> None:
        """With Measure on Open, measure the current image if it has never been measured."""
        ws = self.workspace
        entry = ws.current_entry
        wanted = self.actions.auto_measure.isChecked() and entry and entry.status is Status.NOT_MEASURED
        if wanted and ws.image is not None and not self.training:
            ws.measure([ws.current])

    def _show_current(self, fit: bool) -> None:
        """Show the current image (fitted to the view if ``fit``), then its overlays and figures."""
        ws = self.workspace
        self.viewer.set_image(ws.image.display if ws.image is not None else None, fit)
        if ws.image_error:
            self.statusBar().showMessage(ws.image_error)
        self._show_current_state()

    def _show_current_state(self) -> None:
        """Show the current image's mask, ellipse, pixel size and figures (the pixels stay)."""
        ws = self.workspace
        entry = ws.current_entry
        image = ws.image
        self.viewer.set_mask(ws.mask(ws.current) if image is not None else None)
        self.viewer.editor.set_ellipse(entry.ellipse if entry and image is not None else None)
        note = "; ".join(in_window_language(w) for w in image.warnings) if image is not None else ""
        self.pixel_size_panel.show_pixel_size(entry.pixel_size if entry else None, note)
        self.cine_panel.show_entry(entry)
        header = identity_line(entry.identity) if entry else ""
        self.exam_header.setText(header)
        self.exam_header.setVisible(bool(header))
        self.growth_chart.show_measurements(*(ws.patient_measurements(ws.current) if entry else ([], [])))
        self._show_measurement()

    def _show_measurement(self) -> None:
        ws = self.workspace
        entry = ws.current_entry
        self.measurement_panel.set_ga_entered_days(entry.ga_entered_days if entry else None)
        m = ws.measurement(ws.current) if entry else None
        self.measurement_panel.show_measurement(m, has_auto=bool(entry and entry.auto_ellipse))
        if entry and entry.error and m is None:
            self.measurement_panel.warning.setText(in_window_language(entry.error))

    def _show_live_ellipse(self, ellipse) -> None:
        """Figures follow the handle while it is dragged (nothing is stored until the drag ends)."""
        ws = self.workspace
        if ws.current_entry is None:
            return
        live = ws.measurement(ws.current, ellipse)
        self.measurement_panel.show_measurement(live, has_auto=ws.current_entry.auto_ellipse is not None)

    def _show_cursor(self, x: float, y: float) -> None:
        entry = self.workspace.current_entry
        text = f"x {number(x, 0)}, y {number(y, 0)} px"
        if entry and entry.pixel_size:
            across, down = entry.pixel_size.spacing
            text += f"  ({number(x * across, 1)}{list_separator()}{number(y * down, 1)} mm)"
        self.cursor_label.setText(text)

    def _on_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.statusBar().showMessage(
            translate("MainWindow", "Measuring… (Esc cancels)") if busy else translate("MainWindow", "Ready"),
            0 if busy else 3000,
        )
        self._update_enabled()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _update_enabled(self) -> None:
        ws, a = self.workspace, self.actions
        has_image = ws.current_entry is not None
        ready = ws.predictor is not None and not ws.busy and not self.training
        a.measure.setEnabled(ready and has_image)
        a.measure_all.setEnabled(ready and bool(ws.entries))
        a.cancel.setEnabled(ws.busy)
        image_actions = ("draw", "calibrate", "fit", "actual_size", "zoom_in", "zoom_out", "export_png", "load_csv")
        for name in (*image_actions, "date_exam", "set_patient", "remove_images"):
            getattr(a, name).setEnabled(has_image)
        a.restore.setEnabled(bool(has_image and ws.current_entry.edited_ellipse and ws.current_entry.auto_ellipse))
        measured = any(e.ellipse for e in ws.entries)
        a.export_measurements.setEnabled(measured)
        a.export_anonymised.setEnabled(measured)
        a.export_report.setEnabled(measured)
        a.print_report.setEnabled(bool(has_image and ws.current_entry.ellipse))
        a.export_report_anonymised.setEnabled(measured)
        a.send_results.setEnabled(bool(has_image and ws.current_entry.ellipse))
        a.export_hc18.setEnabled(measured)
        self.pixel_size_panel.setEnabled(has_image)

    # closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.training and not self.training_dialog.confirm_stop():
            event.ignore()
            return
        # nothing here waits for work in hand: it is cancelled and reports to no one
        self.dicom.stop()
        self.workspace.cancel()
        self.workspace.detach()
        if self._loader is not None:
            self._loader.detach()
        if self.training_dialog is not None:
            self.training_dialog.detach()
        pools().drop_queued()
        self.workspace.save()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.mask_opacity = self.display_panel.opacity.value() / 100
        self.settings.sync()
        event.accept()
