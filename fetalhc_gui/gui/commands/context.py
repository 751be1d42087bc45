"""What a set of window commands may use, instead of the whole main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from fetalhc_gui.gui.settings import Settings
from fetalhc_gui.gui.workspace import Workspace


@dataclass(frozen=True)
class CommandContext:
    """The widget the commands' dialogs belong to, the workspace they act on, the settings, and two
    ways to tell the user something: ``warn(title, text)`` (a message box, kept in the window's
    messages) and ``show_status(text, timeout_ms)`` (the status bar; 0 keeps it)."""

    parent: QWidget
    workspace: Workspace
    settings: Settings
    warn: Callable[[str, str], None]
    show_status: Callable[[str, int], None]
