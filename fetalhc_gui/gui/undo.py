"""Undoable changes to one image: each image has its own undo stack (``Workspace.undo_stack_of``),
so Ctrl+Z acts only on the image shown."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class ChangeEntry(QUndoCommand):
    """Set some fields of one image's entry (its ellipse edit, pixel size, entered GA and its
    source, head-plane confirmation); undo puts back what they held. The entry is held itself, not
    its place in the list, which changes when images are removed."""

    def __init__(self, workspace, entry, before: dict, after: dict, text: str):
        super().__init__(text)
        self.workspace, self.entry, self.before, self.after = workspace, entry, before, after

    def redo(self) -> None:
        self.workspace.apply_change(self.entry, self.after)

    def undo(self) -> None:
        self.workspace.apply_change(self.entry, self.before)
