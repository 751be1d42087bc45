"""The journal of a long ``fetalhc predict`` run: one JSON line per finished file, beside the output.

Each row is appended and flushed as soon as it is known, so a crash or ``kill -9`` loses only the
batch in flight; ``--resume`` reads the journal back and measures only what it lacks. The final
CSV/JSON is written atomically from the journal at the end, then the journal is removed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

JOURNAL_SUFFIX = ".journal"


def journal_path(output: Path) -> Path:
    """The journal of the run that writes ``output``."""
    return output.with_name(output.name + JOURNAL_SUFFIX)


class Journal:
    """Rows of finished files, keyed by the file's path as given on the command line."""

    def __init__(self, path: Path, resume: bool):
        """Open the journal at ``path``: read it back with ``resume``, else start a new one.

        Raises FileExistsError when a journal exists and ``resume`` is False, so that an
        interrupted run is never thrown away by accident.
        """
        self.path = path
        if path.exists() and not resume:
            raise FileExistsError(
                f"{path} holds the rows of an interrupted run: add --resume to continue it, or delete the file"
            )
        self.rows: dict[str, dict] = read_journal(path) if resume else {}
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open for the run)
        if self._file.tell() and not path.read_bytes().endswith(b"\n"):
            self._file.write("\n")  # end a line cut short by the crash

    def append(self, source: str, row: dict) -> None:
        """Record one finished file; on disk before this returns."""
        self._file.write(json.dumps({"source": source, "row": row}) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self, remove: bool) -> None:
        """Close the journal; ``remove`` it once the final output has been written."""
        self._file.close()
        if remove:
            self.path.unlink(missing_ok=True)


def read_journal(path: Path) -> dict[str, dict]:
    """Rows recorded in a journal; a line cut short by a crash is ignored."""
    rows: dict[str, dict] = {}
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
            rows[str(entry["source"])] = dict(entry["row"])
        except (ValueError, KeyError, TypeError):
            continue
    return rows
