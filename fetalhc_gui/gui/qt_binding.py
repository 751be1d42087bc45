"""A check of the Qt binding: versions known to crash the application during long jobs."""

from __future__ import annotations

import sys

import PySide6


def qt_binding_problem(
    version: str = PySide6.__version__, python: tuple[int, int] = sys.version_info[:2]
) -> str | None:
    """A plain-words warning when this PySide6 on this Python is known to crash, else None."""
    if version == "6.12.0" and python < (3, 12):
        return (
            f"This installation uses PySide6 {version} with Python {python[0]}.{python[1]}. That combination "
            "loses a reference with every progress update from a background job, and the application "
            "aborts after a few hundred images (Measure All, long training runs).\n\n"
            "Reinstall FetalHC with its locked versions ('make run' in the source folder, or the standalone "
            "build), or use PySide6 6.11.3."
        )
    return None
