"""The window's actions, their shortcuts and tooltips, and the menus and toolbar built from them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None
    tip: str
    menu: str
    toolbar: bool = False
    checkable: bool = False


SPECS = [
    ActionSpec("open", "&Open…", Key.Open, "Open ultrasound images (PNG, JPEG, BMP, TIFF, DICOM)", "File", True),
    ActionSpec("open_folder", "Open &Folder…", "Ctrl+Shift+O", "Open every image in a folder", "File", True),
    ActionSpec(
        "open_measurements",
        "Open &Measurements…",
        None,
        "Open a measurement export (CSV or JSON) again: its images with their ellipses, to review or go on",
        "File",
    ),
    ActionSpec(
        "export_measurements", "&Export Measurements…", "Ctrl+E", "Save all measurements as CSV or JSON", "File"
    ),
    ActionSpec(
        "export_anonymised",
        "Export Measurements &without Identity…",
        None,
        "Save all measurements without the patients' names, IDs and birth dates (for research sharing)",
        "File",
    ),
    ActionSpec("export_report", "Export &Report…", None, "One PDF report per exam of the measured images", "File"),
    ActionSpec(
        "export_report_anonymised",
        "Export Report without I&dentity…",
        None,
        "One PDF report per exam without the patient's name, ID and birth date",
        "File",
    ),
    ActionSpec("print_report", "&Print Report…", Key.Print, "Print the report of this image's exam", "File"),
    ActionSpec("export_hc18", "Export HC18 &Submission…", None, "Save the HC18 challenge CSV (six columns)", "File"),
    ActionSpec("export_png", "Export Image with &Overlay…", "Ctrl+Shift+E", "Save this image with its ellipse", "File"),
    ActionSpec(
        "remove_images",
        "Remove from &List",
        "Del",
        "Take the selected images and their measurements out of the list (their files stay where they are)",
        "File",
    ),
    ActionSpec(
        "purge",
        "Delete &Old Patient Data…",
        None,
        "Delete received, retrieved and sent images and results older than the retention period",
        "File",
    ),
    ActionSpec("quit", "&Quit", Key.Quit, "Close FetalHC (the session is saved)", "File"),
    ActionSpec("measure", "&Measure", "Ctrl+M", "Measure HC on this image with the model", "Measure", True),
    ActionSpec("measure_all", "Measure &All", "Ctrl+Shift+M", "Measure every image in the list", "Measure", True),
    ActionSpec(
        "auto_measure", "Measure on &Open", None, "Measure each image when it is first shown", "Measure", checkable=True
    ),
    ActionSpec("cancel", "&Cancel", "Esc", "Stop measuring", "Measure", True),
    ActionSpec("draw", "&Draw Ellipse", "D", "Drag a box over the head to draw an ellipse by hand", "Measure", True),
    ActionSpec("restore", "&Restore Automatic Ellipse", "Ctrl+Shift+R", "Undo the hand correction", "Measure"),
    ActionSpec("calibrate", "Ca&librate Pixel Size…", "Ctrl+L", "Draw a line over a known distance", "Measure", True),
    ActionSpec(
        "set_patient",
        "Set &Patient and Exam…",
        None,
        "Patient ID, name and exam date for the selected images whose files name none (PNG, JPEG, TIFF)",
        "Measure",
    ),
    ActionSpec(
        "date_exam",
        "Date This &Exam…",
        None,
        "The GA at this exam from the LMP, the EDD or a dating scan, for all its images' centiles",
        "Measure",
    ),
    ActionSpec("load_csv", "Load Pixel-Size &CSV…", None, "Pixel sizes by file name for all open images", "Measure"),
    ActionSpec("previous", "&Previous Image", "PgUp", "Go to the previous image", "View"),
    ActionSpec("next", "&Next Image", "PgDown", "Go to the next image", "View"),
    ActionSpec("fit", "&Fit to Window", "F", "Show the whole image", "View", True),
    ActionSpec("actual_size", "&Actual Size (1:1)", "1", "One image pixel per screen pixel", "View", True),
    ActionSpec("zoom_in", "Zoom &In", Key.ZoomIn, "Zoom in", "View"),
    ActionSpec("zoom_out", "Zoom &Out", Key.ZoomOut, "Zoom out", "View"),
    ActionSpec("toggle_mask", "Show &Mask", "M", "Show or hide the model's head region", "View", checkable=True),
    ActionSpec("toggle_ellipse", "Show &Ellipse", "E", "Show or hide the ellipse and its axes", "View", checkable=True),
    ActionSpec("reset_levels", "&Reset Brightness/Contrast", "Ctrl+0", "Back to the full gray range", "View"),
    ActionSpec("choose_model", "&Choose Model Folder…", None, "Measure with another trained model", "Model"),
    ActionSpec("train", "&Train Model…", None, "Train or fine-tune a model on annotated images", "Model"),
    ActionSpec("bundled_model", "Use &Bundled Model", None, "Go back to the model that ships with FetalHC", "Model"),
    ActionSpec(
        "receive_dicom",
        "&Receive Images",
        None,
        "Listen for images from the known peers (off until you turn it on)",
        "DICOM",
        checkable=True,
    ),
    ActionSpec("dicom_settings", "Node &Settings…", None, "AE title, port and the peers that may send", "DICOM"),
    ActionSpec("open_pacs", "&Open from PACS…", None, "Search a PACS by patient and date and open a study", "DICOM"),
    ActionSpec(
        "send_results",
        "Send &Results to PACS…",
        None,
        "Send this image's measurement report and captured image to a peer, filed in its study",
        "DICOM",
    ),
    ActionSpec("outgoing_queue", "Outgoing &Queue…", None, "Results waiting for a PACS: retry or drop them", "DICOM"),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "Ctrl+/", "List every shortcut", "Help"),
    ActionSpec("user_guide", "&User Guide", "F1", "How to measure with FetalHC, task by task, with pictures", "Help"),
    ActionSpec("log_folder", "Open &Log Folder", None, "Show the folder of the crash and error logs", "Help"),
    ActionSpec("about", "&About FetalHC", None, "Version, model card and data attribution", "Help"),
]
MENUS = ["File", "Edit", "Measure", "View", "Model", "DICOM", "Help"]


class Actions:
    """Every action of the main window, by name (``actions.open``, ``actions.undo``, …)."""

    def __init__(self, window: QMainWindow, undo_group):
        """``undo_group``: the images' undo stacks (the shown image's is the active one)."""
        self._all: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(spec.text, window)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(f"{spec.tip} ({action.shortcut().toString()})" if spec.shortcut else spec.tip)
            action.setStatusTip(spec.tip)
            action.setCheckable(spec.checkable)
            if spec.checkable:
                action.setChecked(True)
            self._all[spec.name] = action
        self.undo = undo_group.createUndoAction(window, "&Undo")
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = undo_group.createRedoAction(window, "&Redo")
        self.redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.recent_menu = QMenu("Open &Recent", window)
        self._build_menus(window)

    def __getattr__(self, name: str) -> QAction:
        try:
            return self._all[name]
        except KeyError:
            raise AttributeError(name) from None

    def _build_menus(self, window: QMainWindow) -> None:
        menus = {title: window.menuBar().addMenu(f"&{title}") for title in MENUS}
        menus["Edit"].addAction(self.undo)
        menus["Edit"].addAction(self.redo)
        toolbar = QToolBar("Tools", window)
        toolbar.setObjectName("tools")
        window.addToolBar(toolbar)
        for spec in SPECS:
            menu = menus[spec.menu]
            if spec.name == "export_measurements":
                menu.addMenu(self.recent_menu)
                menu.addSeparator()
            if spec.name == "quit":
                menu.addSeparator()
            menu.addAction(self._all[spec.name])
            if spec.toolbar:
                toolbar.addAction(self._all[spec.name])

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(action, shortcut) for every action that has one, for the Help list."""
        rows = [(a.text().replace("&", "").rstrip("…"), a.shortcut().toString()) for a in self._all.values()]
        rows += [("Undo", "Ctrl+Z"), ("Redo", "Ctrl+Shift+Z"), ("Previous/next image in the list", "Up/Down")]
        rows += [
            ("Choose an ellipse handle (in the image)", "Tab / Shift+Tab"),
            ("Move the chosen handle by one pixel (ten)", "Arrows (Shift+Arrows)"),
            ("Drag both ends of an axis about the centre", "Shift+drag"),
        ]
        return [(name, key) for name, key in rows if key]
