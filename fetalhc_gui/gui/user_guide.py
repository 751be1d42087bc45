"""Help > User Guide: the guide (``docs/user-guide.md`` and its pictures), shown offline in a window."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

GUIDE_FILE = "user-guide.md"


def guide_path() -> Path | None:
    """The guide installed with FetalHC (package ``fetalhc_gui.guide``, from ``docs/``), else the
    one beside the source tree; None when neither is there."""
    try:
        installed = Path(str(resources.files("fetalhc_gui.guide") / GUIDE_FILE))
        if installed.is_file():
            return installed
    except (ModuleNotFoundError, TypeError):
        pass
    beside = Path(__file__).resolve().parents[2] / "docs" / GUIDE_FILE
    return beside if beside.is_file() else None


class UserGuide(QDialog):
    """The user guide in a browser window of its own, with its pictures; links between its
    sections work, nothing is fetched from the network."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("FetalHC User Guide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(900, 760)
