"""A lock on a file that one process holds while it works, released by the system when it ends.

The operating system's own file locks (``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on
Windows) are used, so a process killed with ``kill -9`` releases its lock at once and no stale
lock is ever left behind. The lock file keeps the holder's process id, so the one refused can
say who holds it, and a holder that ended without ``release`` (a crash) is seen by the next one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Windows locks are mandatory: the locked byte lies beyond the text, which stays readable.
_LOCKED_OFFSET = 1 << 20


class LockHeldError(Exception):
    """Another live process holds the lock; ``pid`` is its process id (None if it wrote none)."""

    def __init__(self, path: Path, pid: int | None):
        super().__init__(f"{path} is locked by process {pid}")
        self.path, self.pid = path, pid


class ProcessLock:
    """An exclusive lock on ``path`` (created if missing) for the life of this process.

    ``acquire`` raises LockHeldError when another process holds it. ``previous_pid`` is the process id
    an earlier holder left in the file without releasing (it ended without ``release``: a crash),
    or None.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.previous_pid: int | None = None
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> ProcessLock:
        """Take the lock and write this process's id into the file; LockHeldError if another holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                if not _try_lock(fd):
                    raise LockHeldError(self.path, read_pid(self.path))
                if _still_named(self.path, fd):
                    break
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)  # the holder removed the file as we opened it: lock the new one
        previous = _read_fd(fd)
        self.previous_pid = previous if previous != os.getpid() else None
        _write_fd(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self, remove: bool = False) -> None:
        """Give the lock up, emptying the file (this holder ended normally) or removing it."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if remove and sys.platform != "win32":
                self.path.unlink(missing_ok=True)  # while still held, so nobody locks a removed file
            else:
                _write_fd(fd, b"")
        finally:
            _unlock(fd)
            os.close(fd)
        if remove and sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            self.path.unlink(missing_ok=True)


def read_pid(path: str | Path) -> int | None:
    """The process id a lock file holds, or None."""
    try:
        text = Path(path).read_bytes()[:32].decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _read_fd(fd: int) -> int | None:
    os.lseek(fd, 0, os.SEEK_SET)
    text = os.read(fd, 32).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _still_named(path: Path, fd: int) -> bool:
    """True while ``path`` is the file open as ``fd`` (not removed or replaced since it was opened)."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _write_fd(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.ftruncate(fd, len(data))
    os.fsync(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCKED_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCKED_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
