"""Undoable changes: ellipse edits and pixel-size changes."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.pixel_size import PixelSize


class SetEditedEllipse(QUndoCommand):
    """Replace an image's edited ellipse (None restores the automatic one)."""

    def __init__(self, workspace, index: int, before: Ellipse | None, after: Ellipse | None, text: str):
        super().__init__(text)
        self.workspace, self.index, self.before, self.after = workspace, index, before, after

    def redo(self) -> None:
        self.workspace.apply_edited_ellipse(self.index, self.after)

    def undo(self) -> None:
        self.workspace.apply_edited_ellipse(self.index, self.before)


class SetPixelSizes(QUndoCommand):
    """Change the pixel size of one or several images."""

    def __init__(self, workspace, changes: dict[int, tuple[PixelSize | None, PixelSize | None]], text: str):
        super().__init__(text)
        self.workspace, self.changes = workspace, changes

    def redo(self) -> None:
        self.workspace.apply_pixel_sizes({i: after for i, (_, after) in self.changes.items()})

    def undo(self) -> None:
        self.workspace.apply_pixel_sizes({i: before for i, (before, _) in self.changes.items()})
