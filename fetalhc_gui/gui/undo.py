"""Undoable changes to one image: each image has its own undo stack (``Workspace.undo_stack_of``),
so Ctrl+Z acts only on the image shown."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class ChangeEntry(QUndoCommand):
    """Set some fields of one image's entry (its ellipse edit, pixel size, entered GA and its
    source, head-plane confirmation); undo puts back what they held."""

    def __init__(self, workspace, index: int, before: dict, after: dict, text: str):
        super().__init__(text)
        self.workspace, self.index, self.before, self.after = workspace, index, before, after

    def redo(self) -> None:
        self.workspace.apply_change(self.index, self.after)

    def undo(self) -> None:
        self.workspace.apply_change(self.index, self.before)
