"""Keeping patient data no longer than it is needed: what FetalHC received, retrieved, wrote and
queued is deleted once past its retention (an age in days and/or a total size, the oldest first:
Orthanc's ``MaximumStorageSize`` with recycling as the model), by ``fetalhc purge``, by the node
on a schedule (``serve --keep-days``) and by the window (File > Delete Old Patient Data, and at
start with the retention set in its settings).

Only files FetalHC made are touched: images in an inbox or retrieval folder (``.dcm`` and their
``.earlier`` copies), per-image results (JSON, SR, capture), queued results, and rows of a node's
``results.csv``; the audit trail rotates on its own and is kept.
"""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: The file kinds a purge may delete (what FetalHC itself writes in its data folders).
PURGEABLE_SUFFIXES = (".dcm", ".earlier", ".json", ".pdf", ".png")
#: Folders a purge never enters (the audit trail, trained models).
KEPT_FOLDERS = ("logs", "models")


@dataclass(frozen=True)
class Retention:
    """How long patient data is kept: files older than ``days``, and beyond ``max_bytes`` in all
    the oldest, are deleted (None: no limit of that kind)."""

    days: float | None = None
    max_bytes: int | None = None

    @property
    def unlimited(self) -> bool:
        return self.days is None and self.max_bytes is None

    def cutoff(self, now: float | None = None) -> float | None:
        """The modification time (epoch seconds) before which a file is past its age, or None."""
        return None if self.days is None else (now or time.time()) - self.days * 86400


@dataclass
class PurgeReport:
    """What a purge deleted (or, in a dry run, would delete): files and their bytes, and rows."""

    files: list[Path] = field(default_factory=list)
    bytes: int = 0
    rows: int = 0

    def text(self, dry_run: bool = False) -> str:
        verb = "would delete" if dry_run else "deleted"
        if not self.files and not self.rows:
            return "nothing is past its retention"
        megabytes = self.bytes / (1024 * 1024)
        return f"{verb} {len(self.files)} file(s), {megabytes:.1f} MB, and {self.rows} row(s) of results tables"


def purgeable(folders: Iterable[Path]) -> list[tuple[float, int, Path]]:
    """(modification time, size, path) of every file a purge may delete under ``folders``."""
    found = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, subfolders, files in os.walk(folder):
            subfolders[:] = [s for s in subfolders if s not in KEPT_FOLDERS and not s.endswith(".spool")]
            for name in files:
                path = Path(root) / name
                if path.suffix.lower() in PURGEABLE_SUFFIXES or name.endswith(".earlier"):
                    try:
                        info = path.stat()
                    except OSError:
                        continue
                    found.append((info.st_mtime, info.st_size, path))
    return sorted(found)


def purge(
    folders: Iterable[Path], retention: Retention, dry_run: bool = False, now: float | None = None
) -> PurgeReport:
    """Delete what lies past ``retention`` under ``folders``: files older than its age, then the
    oldest until the rest fit its size; and rows older than its age from a node's
    ``results.csv``. The report of what was (with ``dry_run``: would be) deleted."""
    folders = [Path(f) for f in folders]
    report = PurgeReport()
    if retention.unlimited:
        return report
    files = purgeable(folders)
    cutoff = retention.cutoff(now)
    doomed = [(m, size, p) for m, size, p in files if cutoff is not None and m < cutoff]
    if retention.max_bytes is not None:
        remaining = [item for item in files if item not in doomed]
        total = sum(size for _, size, _ in remaining)
        for item in remaining:  # the oldest first
            if total <= retention.max_bytes:
                break
            doomed.append(item)
            total -= item[1]
    for _mtime, size, path in doomed:
        if not dry_run:
            path.unlink(missing_ok=True)
        report.files.append(path)
        report.bytes += size
    if cutoff is not None:
        for folder in folders:
            report.rows += _prune_table(folder / "results.csv", cutoff, dry_run)
    return report


def _prune_table(path: Path, cutoff: float, dry_run: bool) -> int:
    """Drop the rows of a node's results table measured before ``cutoff`` (epoch seconds); how many."""
    if not path.is_file():
        return 0
    from fetalhc_gui.io.running_table import prune_rows

    def old(row: dict) -> bool:
        try:
            return datetime.datetime.fromisoformat(str(row.get("timestamp", ""))).timestamp() < cutoff
        except ValueError:
            return False

    return prune_rows(path, old, dry_run)
