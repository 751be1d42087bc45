"""A CSV table that grows one row at a time and survives restarts and crashes.

Used by the DICOM node: each row is appended and synced to disk (no rewrite of the rows before
it, so the cost per row stays the same however long the node runs). Opening an existing table
keeps its rows; a row cut short by a crash is dropped (the node's per-image JSON keeps it); a
table with other columns (an older FetalHC) is set aside under a dated name, not overwritten.
"""

from __future__ import annotations

import csv
import datetime
import os
from collections.abc import Callable
from pathlib import Path

from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.export import csv_text
from fetalhc_gui.io.private import FILE_MODE, is_private


class RunningTable:
    """``path``'s CSV rows with ``columns``; ``append(row)`` adds one durably."""

    def __init__(self, path: Path, columns: list[str]):
        self.path, self.columns = Path(path), columns
        self.set_aside: Path | None = None
        self._prepare()

    def append(self, row: dict) -> None:
        """Write ``row`` (missing columns empty) at the end and sync it to disk."""
        line = csv_text([row], self.columns).split("\n", 1)[1]
        line = line[:-1].replace("\r", " ").replace("\n", " ") + "\n"  # one row, one line
        with self.path.open("a", encoding="utf-8", newline="") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())

    def rows(self) -> list[dict]:
        """The rows written so far, as strings."""
        with self.path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def _prepare(self) -> None:
        header = csv_text([], self.columns)
        if not self.path.exists() or self.path.stat().st_size == 0:
            atomic_write_text(self.path, header)
            return
        if is_private(self.path):
            os.chmod(self.path, FILE_MODE)
        data = self.path.read_bytes()
        if not data.startswith(header.encode("utf-8")):
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            self.set_aside = self.path.with_name(f"{self.path.stem}-{stamp}{self.path.suffix}")
            os.replace(self.path, self.set_aside)
            atomic_write_text(self.path, header)
        elif not data.endswith(b"\n"):  # every row is one line: the last one was cut short
            with self.path.open("r+b") as f:
                f.truncate(data.rfind(b"\n") + 1)


def prune_rows(path: Path, drop: Callable[[dict], bool], dry_run: bool = False) -> int:
    """Rewrite the table at ``path`` (atomically) without the rows ``drop`` picks; how many they
    were (with ``dry_run`` counted only)."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        columns, rows = list(reader.fieldnames or []), list(reader)
    kept = [row for row in rows if not drop(row)]
    if len(kept) < len(rows) and not dry_run:
        atomic_write_text(path, csv_text(kept, columns))
    return len(rows) - len(kept)
