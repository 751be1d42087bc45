"""Help > User Guide: the guide (``docs/user-guide.md`` and its pictures), shown offline in a window
with Back, Forward and Contents, its pictures scaled to the window's width."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from fetalhc_gui.gui.geometry import fit_to_screen
from fetalhc_gui.report.language import translate

GUIDE_FILE = "user-guide.md"
#: Room (logical pixels) left beside a picture for the page's margins and the scroll bar.
PICTURE_MARGIN_PX = 40


def guide_path() -> Path | None:
    """The guide installed with FetalHC (package ``fetalhc_gui.guide``, from ``docs/``), else the
    one beside the source tree; None when neither is there."""
    try:
        installed = Path(str(resources.files("fetalhc_gui.guide") / GUIDE_FILE))
        if installed.is_file():
            return installed
    except (ModuleNotFoundError, TypeError):
        pass
    beside = Path(__file__).resolve().parents[3] / "docs" / GUIDE_FILE
    return beside if beside.is_file() else None


class GuideBrowser(QTextBrowser):
    """A text browser whose pictures are scaled down to its width (never up)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._reload = QTimer(self, singleShot=True, interval=150)
        self._reload.timeout.connect(self._rescale)
        self._width = 0

    def picture_width(self) -> int:
        """The widest a picture is shown, in logical pixels."""
        return max(200, self.viewport().width() - PICTURE_MARGIN_PX)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(self.source().resolved(url).toLocalFile())
            if not image.isNull():
                if image.width() > self.picture_width():
                    image = image.scaledToWidth(self.picture_width())
                return image
        return super().loadResource(kind, url)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if abs(self.picture_width() - self._width) > 20:
            self._reload.start()

    def _rescale(self) -> None:
        """Lay the page out again with its pictures at the new width, where the reader was."""
        self._width = self.picture_width()
        position = self.verticalScrollBar().value()
        self.reload()
        self.verticalScrollBar().setValue(position)


class UserGuide(QDialog):
    """The user guide in a browser window of its own, with its pictures; links between its
    sections work, Back and Forward retrace them, nothing is fetched from the network."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuide", "FetalHC User Guide"))
        self.browser = GuideBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.back, self.forward, self.home = (
            QPushButton(translate("UserGuide", "Back")),
            QPushButton(translate("UserGuide", "Forward")),
            QPushButton(translate("UserGuide", "Contents")),
        )
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.home.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.back, self.forward, self.home):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)
        fit_to_screen(self, 900, 760)
