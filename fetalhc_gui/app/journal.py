"""The journal of a long ``fetalhc predict`` run: one JSON line per finished file, beside the output.

Each row is appended and flushed as soon as it is known, so a crash or ``kill -9`` loses only the
batch in flight; ``--resume`` reads the journal back and measures only what it lacks. The final
CSV/JSON is written atomically from the journal at the end, then the journal is removed.

The journal is private to the user (0600): it holds the rows, identity included, until the run
ends; an anonymised run's journal holds only anonymised rows, keyed by a keyed hash of each file's
path (``core.anonymise``), with the run's secret so a resume replaces the same way.

The journal's first line records the options that change the results (``RunOptions``): a resume
with other options is refused with the difference named, so one table never mixes two settings.
While a run works, it holds a lock (``OUT.lock``) that a second run on the same output reports
as "in use by process N" instead of writing the same journal.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fetalhc_gui.core.errors import UsageError
from fetalhc_gui.io.private import FILE_MODE
from fetalhc_gui.io.process_lock import LockHeldError, ProcessLock

JOURNAL_SUFFIX = ".journal"
LOCK_SUFFIX = ".lock"
JOURNAL_FORMAT = 1


def journal_path(output: Path) -> Path:
    """The journal of the run that writes ``output``."""
    return output.with_name(output.name + JOURNAL_SUFFIX)


def lock_path(output: Path) -> Path:
    """The lock a run writing ``output`` holds while it works."""
    return output.with_name(output.name + LOCK_SUFFIX)


class Journal:
    """Rows of finished files, keyed by the file's path as given on the command line."""

    def __init__(self, output: Path, resume: bool, options: dict[str, str], secret: bytes | None = None):
        """Lock ``output``'s run and open its journal: read it back with ``resume``, else start a new one.

        ``options`` names each setting that changes the rows (see ``cli.run_options``); ``secret``
        (an anonymised run's) is kept in a new journal, and ``self.secret`` is the one a resumed
        journal kept (None without). Raises
        UsageError when another live process writes the same output, when a journal exists and
        ``resume`` is not given (an interrupted run is never thrown away by accident), and when
        the interrupted run had other options.
        """
        self.path = journal_path(output)
        self.secret = secret
        self._lock = ProcessLock(lock_path(output))
        try:
            self._lock.acquire()
        except LockHeldError as exc:
            who = f"process {exc.pid}" if exc.pid else "another process"
            raise UsageError(
                f"{output} is in use by {who}, a fetalhc run still writing it: wait for it to end, "
                "or give another output"
            ) from None
        try:
            self.rows = self._open(resume, options)
        except BaseException:
            self._lock.release()
            raise

    def _open(self, resume: bool, options: dict[str, str]) -> dict[str, dict]:
        exists = self.path.exists()
        if exists and not resume:
            raise UsageError(
                f"{self.path} holds the rows of an interrupted run: add --resume to continue it "
                "(with the same options), or delete the file"
            )
        rows: dict[str, dict] = {}
        if exists:
            recorded = read_options(self.path)
            if recorded != options:
                raise UsageError(options_difference(self.path, recorded, options))
            rows = read_journal(self.path)
            self.secret = read_secret(self.path) or self.secret
        # 0600 whatever the umask: it holds the rows (patients' names with them) until the end
        descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        os.chmod(self.path, FILE_MODE)
        self._file = open(descriptor, "a", encoding="utf-8")  # noqa: SIM115 (kept open for the run)
        if not exists or self._file.tell() == 0:
            header = {"fetalhc_journal": JOURNAL_FORMAT, "options": options}
            self._write(header | ({"secret": self.secret.hex()} if self.secret else {}))
        elif not self.path.read_bytes().endswith(b"\n"):
            self._file.write("\n")  # end a line cut short by the crash
        return rows

    def _write(self, entry: dict) -> None:
        self._file.write(json.dumps(entry) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def append(self, source: str, row: dict) -> None:
        """Record one finished file; on disk before this returns."""
        self._write({"source": source, "row": row})

    def close(self, remove: bool) -> None:
        """Close the journal and give up the lock; ``remove`` it once the final output has been written."""
        self._file.close()
        if remove:
            self.path.unlink(missing_ok=True)
        self._lock.release(remove=True)


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


def read_options(path: Path) -> dict[str, str] | None:
    """The options a journal's run recorded, or None (journals of earlier FetalHC versions record none)."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = json.loads(handle.readline())
        return dict(first["options"]) if "fetalhc_journal" in first else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def read_secret(path: Path) -> bytes | None:
    """The anonymisation secret a journal's run recorded, or None."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = json.loads(handle.readline())
        return bytes.fromhex(first["secret"]) if "secret" in first else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def options_difference(path: Path, recorded: dict[str, str] | None, options: dict[str, str]) -> str:
    """Why a resume with ``options`` is refused: each setting that differs, as it was and as it is now."""
    advice = f"Resume with the same options, or delete {path} to measure everything again."
    if recorded is None:
        return f"{path} was written by an earlier FetalHC that did not record its options. {advice}"
    changes = [
        f"{name}: {recorded.get(name, 'not recorded')} in the interrupted run, {options.get(name, 'not given')} now"
        for name in sorted(set(recorded) | set(options))
        if recorded.get(name) != options.get(name)
    ]
    return "--resume refused: the interrupted run had other options (" + "; ".join(changes) + "). " + advice
