"""Undoable changes to one image: each image has its own undo stack, so Ctrl+Z acts only on the
image shown. ``EntryStacks`` keeps the stacks (by entry, not by place in the list, which changes
when images are removed); ``ChangeEntry`` is the one kind of step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack


class ChangeEntry(QUndoCommand):
    """Set some fields of one image's entry (its ellipse edit, pixel size, entered GA and its
    source, head-plane confirmation) through ``apply(entry, values)``; undo puts back what they
    held. The entry is held itself, not its place in the list."""

    def __init__(self, apply: Callable[[object, dict], None], entry, before: dict, after: dict, text: str):
        super().__init__(text)
        self.apply, self.entry, self.before, self.after = apply, entry, before, after

    def redo(self) -> None:
        self.apply(self.entry, self.after)

    def undo(self) -> None:
        self.apply(self.entry, self.before)


class EntryStacks:
    """One undo stack per image entry, all in one QUndoGroup (the window's Undo and Redo act on
    the active one: the shown image's)."""

    def __init__(self, parent: QObject):
        self.group = QUndoGroup(parent)
        self._stacks: dict[int, QUndoStack] = {}  # by id() of the entry

    def of(self, entry) -> QUndoStack:
        """The undo stack of ``entry`` (made when first needed)."""
        key = id(entry)
        if key not in self._stacks:
            self._stacks[key] = QUndoStack(self.group)
        return self._stacks[key]

    def show(self, entry) -> None:
        """Make ``entry``'s stack the active one."""
        self.group.setActiveStack(self.of(entry))

    def push(self, entry, apply: Callable[[object, dict], None], text: str, after: dict) -> None:
        """Change fields of ``entry`` to ``after`` as one step named ``text`` (nothing when they
        hold those values already)."""
        before = {name: getattr(entry, name) for name in after}
        if before != after:
            self.of(entry).push(ChangeEntry(apply, entry, before, after, text))

    def drop(self, entries: list) -> None:
        """Forget the stacks of ``entries`` (removed from the list)."""
        for key in [id(entry) for entry in entries]:
            stack = self._stacks.pop(key, None)
            if stack is not None:
                self.group.removeStack(stack)
                stack.deleteLater()

    def drop_all(self) -> None:
        """Forget every stack (a session restored in place of the list)."""
        for stack in self._stacks.values():
            self.group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
