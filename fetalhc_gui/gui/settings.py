"""Window state and preferences in one QSettings INI file (measurements and models live in files)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

SETTINGS_VERSION = 1
MAX_RECENT = 10


def user_data_dir() -> Path:
    """Folder of the autosaved session, logs and trained models (``FETALHC_DATA_DIR`` overrides it,
    as the tests do): ``~/.local/share/FetalHC`` on Linux. A folder left by earlier versions
    (``FetalHC/FetalHC/FetalHC``) is moved there once, so no session is lost."""
    override = os.environ.get("FETALHC_DATA_DIR")
    if override:
        return Path(override)
    generic = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation))
    folder = generic / "FetalHC"
    legacy = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "FetalHC"
    if legacy.is_dir() and not (folder / "session.json").exists() and legacy != folder:
        move_legacy_folder(legacy, folder)
    return folder


def move_legacy_folder(legacy: Path, folder: Path) -> None:
    """Move the contents of an earlier version's data folder into ``folder`` (files already there win)."""
    folder.mkdir(parents=True, exist_ok=True)
    for item in legacy.iterdir():
        target = folder / item.name
        if not target.exists():
            shutil.move(str(item), str(target))


class Settings:
    """Typed access to the application's preferences.

    The file is ``FETALHC_SETTINGS_FILE`` when set (each test has its own), else the platform's
    user configuration folder. Settings written by another settings version are discarded.
    """

    def __init__(self, path: str | None = None):
        path = path or os.environ.get("FETALHC_SETTINGS_FILE")
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "FetalHC", "FetalHC")
        if self._qs.value("settings_version", None) not in (None, SETTINGS_VERSION, str(SETTINGS_VERSION)):
            self._qs.clear()
        self._qs.setValue("settings_version", SETTINGS_VERSION)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()

    def _get(self, key: str, default, kind):
        value = self._qs.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def last_folder(self) -> str:
        return self._get("paths/last_folder", str(Path.home()), str)

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._qs.setValue("paths/last_folder", value)

    @property
    def recent_files(self) -> list[str]:
        value = self._qs.value("paths/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files if p != path]
        self._qs.setValue("paths/recent", [path, *recent][:MAX_RECENT])

    @property
    def mask_opacity(self) -> float:
        """Mask overlay opacity, 0..1."""
        return min(1.0, max(0.0, self._get("view/mask_opacity", 0.35, float)))

    @mask_opacity.setter
    def mask_opacity(self, value: float) -> None:
        self._qs.setValue("view/mask_opacity", float(value))

    @property
    def auto_measure(self) -> bool:
        """Measure each image when it is first shown."""
        return str(self._qs.value("measure/auto", "true")).lower() == "true"

    @auto_measure.setter
    def auto_measure(self, value: bool) -> None:
        self._qs.setValue("measure/auto", "true" if value else "false")

    @property
    def model_dir(self) -> str | None:
        """The model folder chosen by the user; None means the bundled model."""
        value = self._qs.value("model/dir", "")
        return str(value) or None

    @model_dir.setter
    def model_dir(self, value: str | None) -> None:
        self._qs.setValue("model/dir", value or "")
