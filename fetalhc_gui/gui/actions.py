"""The window's actions, their shortcuts and tooltips, and the menus and toolbar built from them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from fetalhc_gui.report.language import translate

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """An action: its name in code, its text and tip in English (marked for translation), its menu."""

    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None
    tip: str
    menu: str
    toolbar: bool = False
    checkable: bool = False


SPECS = [
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        Key.Open,
        QT_TRANSLATE_NOOP("Actions", "Open ultrasound images (PNG, JPEG, BMP, TIFF, DICOM)"),
        "File",
        True,
    ),
    ActionSpec(
        "open_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &Folder…"),
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Open every image in a folder"),
        "File",
        True,
    ),
    ActionSpec(
        "open_measurements",
        QT_TRANSLATE_NOOP("Actions", "Open &Measurements…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Open a measurement export (CSV or JSON) again: its images with their ellipses, to review or go on",
        ),
        "File",
    ),
    ActionSpec(
        "export_measurements",
        QT_TRANSLATE_NOOP("Actions", "&Export Measurements…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Save all measurements as CSV or JSON"),
        "File",
    ),
    ActionSpec(
        "export_anonymised",
        QT_TRANSLATE_NOOP("Actions", "Export Measurements &without Identity…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Save all measurements without the patients' names, IDs and birth dates (for research sharing)"
        ),
        "File",
    ),
    ActionSpec(
        "export_report",
        QT_TRANSLATE_NOOP("Actions", "Export &Report…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "One PDF report per exam of the measured images"),
        "File",
    ),
    ActionSpec(
        "export_report_anonymised",
        QT_TRANSLATE_NOOP("Actions", "Export Report without I&dentity…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "One PDF report per exam without the patient's name, ID and birth date"),
        "File",
    ),
    ActionSpec(
        "print_report",
        QT_TRANSLATE_NOOP("Actions", "&Print Report…"),
        Key.Print,
        QT_TRANSLATE_NOOP("Actions", "Print the report of this image's exam"),
        "File",
    ),
    ActionSpec(
        "export_hc18",
        QT_TRANSLATE_NOOP("Actions", "Export HC18 &Submission…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Save the HC18 challenge CSV (six columns)"),
        "File",
    ),
    ActionSpec(
        "export_png",
        QT_TRANSLATE_NOOP("Actions", "Export Image with &Overlay…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Save this image with its ellipse"),
        "File",
    ),
    ActionSpec(
        "remove_images",
        QT_TRANSLATE_NOOP("Actions", "Remove from &List"),
        "Del",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Take the selected images and their measurements out of the list (their files stay where they are)",
        ),
        "File",
    ),
    ActionSpec(
        "purge",
        QT_TRANSLATE_NOOP("Actions", "Delete &Old Patient Data…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Delete received, retrieved and sent images and results older than the retention period"
        ),
        "File",
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        Key.Quit,
        QT_TRANSLATE_NOOP("Actions", "Close FetalHC (the session is saved)"),
        "File",
    ),
    ActionSpec(
        "measure",
        QT_TRANSLATE_NOOP("Actions", "&Measure"),
        "Ctrl+M",
        QT_TRANSLATE_NOOP("Actions", "Measure HC on this image with the model"),
        "Measure",
        True,
    ),
    ActionSpec(
        "measure_all",
        QT_TRANSLATE_NOOP("Actions", "Measure &All"),
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("Actions", "Measure every image in the list"),
        "Measure",
        True,
    ),
    ActionSpec(
        "auto_measure",
        QT_TRANSLATE_NOOP("Actions", "Measure on &Open"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Measure each image when it is first shown"),
        "Measure",
        checkable=True,
    ),
    ActionSpec(
        "cancel",
        QT_TRANSLATE_NOOP("Actions", "&Cancel"),
        "Esc",
        QT_TRANSLATE_NOOP("Actions", "Stop measuring"),
        "Measure",
        True,
    ),
    ActionSpec(
        "draw",
        QT_TRANSLATE_NOOP("Actions", "&Draw Ellipse"),
        "D",
        QT_TRANSLATE_NOOP("Actions", "Drag a box over the head to draw an ellipse by hand"),
        "Measure",
        True,
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("Actions", "&Restore Automatic Ellipse"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Undo the hand correction"),
        "Measure",
    ),
    ActionSpec(
        "calibrate",
        QT_TRANSLATE_NOOP("Actions", "Ca&librate Pixel Size…"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Draw a line over a known distance"),
        "Measure",
        True,
    ),
    ActionSpec(
        "set_patient",
        QT_TRANSLATE_NOOP("Actions", "Set &Patient and Exam…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Patient ID, name and exam date for the selected images whose files name none (PNG, JPEG, TIFF)"
        ),
        "Measure",
    ),
    ActionSpec(
        "date_exam",
        QT_TRANSLATE_NOOP("Actions", "Date This &Exam…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "The GA at this exam from the LMP, the EDD or a dating scan, for all its images' centiles"
        ),
        "Measure",
    ),
    ActionSpec(
        "load_csv",
        QT_TRANSLATE_NOOP("Actions", "Load Pixel-Size &CSV…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Pixel sizes by file name for all open images"),
        "Measure",
    ),
    ActionSpec(
        "previous",
        QT_TRANSLATE_NOOP("Actions", "&Previous Image"),
        "PgUp",
        QT_TRANSLATE_NOOP("Actions", "Go to the previous image"),
        "View",
    ),
    ActionSpec(
        "next",
        QT_TRANSLATE_NOOP("Actions", "&Next Image"),
        "PgDown",
        QT_TRANSLATE_NOOP("Actions", "Go to the next image"),
        "View",
    ),
    ActionSpec(
        "fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit to Window"),
        "F",
        QT_TRANSLATE_NOOP("Actions", "Show the whole image"),
        "View",
        True,
    ),
    ActionSpec(
        "actual_size",
        QT_TRANSLATE_NOOP("Actions", "&Actual Size (1:1)"),
        "1",
        QT_TRANSLATE_NOOP("Actions", "One image pixel per screen pixel"),
        "View",
        True,
    ),
    ActionSpec(
        "zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), Key.ZoomIn, QT_TRANSLATE_NOOP("Actions", "Zoom in"), "View"
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        Key.ZoomOut,
        QT_TRANSLATE_NOOP("Actions", "Zoom out"),
        "View",
    ),
    ActionSpec(
        "toggle_mask",
        QT_TRANSLATE_NOOP("Actions", "Show &Mask"),
        "M",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the model's head region"),
        "View",
        checkable=True,
    ),
    ActionSpec(
        "toggle_ellipse",
        QT_TRANSLATE_NOOP("Actions", "Show &Ellipse"),
        "E",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the ellipse and its axes"),
        "View",
        checkable=True,
    ),
    ActionSpec(
        "reset_levels",
        QT_TRANSLATE_NOOP("Actions", "&Reset Brightness/Contrast"),
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Actions", "Back to the full gray range"),
        "View",
    ),
    ActionSpec(
        "choose_model",
        QT_TRANSLATE_NOOP("Actions", "&Choose Model Folder…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Measure with another trained model"),
        "Model",
    ),
    ActionSpec(
        "train",
        QT_TRANSLATE_NOOP("Actions", "&Train Model…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Train or fine-tune a model on annotated images"),
        "Model",
    ),
    ActionSpec(
        "bundled_model",
        QT_TRANSLATE_NOOP("Actions", "Use &Bundled Model"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Go back to the model that ships with FetalHC"),
        "Model",
    ),
    ActionSpec(
        "receive_dicom",
        QT_TRANSLATE_NOOP("Actions", "&Receive Images"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Listen for images from the known peers (off until you turn it on)"),
        "DICOM",
        checkable=True,
    ),
    ActionSpec(
        "dicom_settings",
        QT_TRANSLATE_NOOP("Actions", "Node &Settings…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "AE title, port and the peers that may send"),
        "DICOM",
    ),
    ActionSpec(
        "open_pacs",
        QT_TRANSLATE_NOOP("Actions", "&Open from PACS…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Search a PACS by patient and date and open a study"),
        "DICOM",
    ),
    ActionSpec(
        "send_results",
        QT_TRANSLATE_NOOP("Actions", "Send &Results to PACS…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Send this image's measurement report and captured image to a peer, filed in its study"
        ),
        "DICOM",
    ),
    ActionSpec(
        "outgoing_queue",
        QT_TRANSLATE_NOOP("Actions", "Outgoing &Queue…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Results waiting for a PACS: retry or drop them"),
        "DICOM",
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        "Ctrl+/",
        QT_TRANSLATE_NOOP("Actions", "List every shortcut"),
        "Help",
    ),
    ActionSpec(
        "user_guide",
        QT_TRANSLATE_NOOP("Actions", "&User Guide"),
        "F1",
        QT_TRANSLATE_NOOP("Actions", "How to measure with FetalHC, task by task, with pictures"),
        "Help",
    ),
    ActionSpec(
        "log_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Show the folder of the crash and error logs"),
        "Help",
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About FetalHC"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Version, model card and data attribution"),
        "Help",
    ),
]
#: The menus in order: name -> title (marked for translation).
MENUS = {
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "Measure": QT_TRANSLATE_NOOP("Menus", "&Measure"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Model": QT_TRANSLATE_NOOP("Menus", "M&odel"),
    "DICOM": QT_TRANSLATE_NOOP("Menus", "&DICOM"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}


class Actions:
    """Every action of the main window, by name (``actions.open``, ``actions.undo``, …)."""

    def __init__(self, window: QMainWindow, undo_group):
        """``undo_group``: the images' undo stacks (the shown image's is the active one)."""
        self._all: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(translate("Actions", spec.text), window)
            tip = translate("Actions", spec.tip)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(f"{tip} ({action.shortcut().toString()})" if spec.shortcut else tip)
            action.setStatusTip(tip)
            action.setCheckable(spec.checkable)
            if spec.checkable:
                action.setChecked(True)
            self._all[spec.name] = action
        self.undo = undo_group.createUndoAction(window, translate("Actions", "&Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = undo_group.createRedoAction(window, translate("Actions", "&Redo"))
        self.redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.recent_menu = QMenu(translate("Actions", "Open &Recent"), window)
        self.language_menu = QMenu(translate("Actions", "&Language"), window)
        self._build_menus(window)

    def __getattr__(self, name: str) -> QAction:
        try:
            return self._all[name]
        except KeyError:
            raise AttributeError(name) from None

    def _build_menus(self, window: QMainWindow) -> None:
        menus = {name: window.menuBar().addMenu(translate("Menus", title)) for name, title in MENUS.items()}
        menus["Edit"].addAction(self.undo)
        menus["Edit"].addAction(self.redo)
        toolbar = QToolBar(translate("Actions", "Tools"), window)
        toolbar.setObjectName("tools")
        window.addToolBar(toolbar)
        for spec in SPECS:
            menu = menus[spec.menu]
            if spec.name == "export_measurements":
                menu.addMenu(self.recent_menu)
                menu.addSeparator()
            if spec.name == "quit":
                menu.addSeparator()
            if spec.name == "about":
                menu.addMenu(self.language_menu)
            menu.addAction(self._all[spec.name])
            if spec.toolbar:
                toolbar.addAction(self._all[spec.name])

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(action, shortcut) for every action that has one, for the Help list."""
        rows = [(a.text().replace("&", "").rstrip("…"), native(a.shortcut())) for a in self._all.values()]
        rows += [
            (translate("Shortcuts", "Undo"), native(QKeySequence("Ctrl+Z"))),
            (translate("Shortcuts", "Redo"), native(QKeySequence("Ctrl+Shift+Z"))),
            (translate("Shortcuts", "Previous/next image in the list"), translate("Shortcuts", "Up/Down")),
            (
                translate("Shortcuts", "Choose an ellipse handle (in the image)"),
                f"{native(QKeySequence('Tab'))} / {native(QKeySequence('Shift+Tab'))}",
            ),
            (
                translate("Shortcuts", "Move the chosen handle by one pixel (ten)"),
                translate("Shortcuts", "Arrows (Shift+Arrows)"),
            ),
            (
                translate("Shortcuts", "Drag both ends of an axis about the centre"),
                translate("Shortcuts", "Shift+drag"),
            ),
        ]
        return [(name, key) for name, key in rows if key]


def native(keys: QKeySequence) -> str:
    """A shortcut as the menus show it in the window's language ("Strg+Umschalt+O" in German)."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)
