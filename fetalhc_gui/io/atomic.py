"""Atomic file writes: a temporary file in the same folder, flushed, then renamed over the target.

The file gets the permissions a plain ``open`` would give it: a file it replaces keeps its own
mode, a new one follows the user's umask (a shared results folder stays readable to colleagues).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_umask_lock = threading.Lock()


@contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write in the ``with`` block; then it gets the mode
    ``path`` should have (``target_mode``), is synced to disk and renamed over ``path``, so readers
    see either the old file or the whole new one. On an error it is removed and ``path`` is kept."""
    path = Path(path)
    mode = target_mode(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (``replacing``)."""
    with replacing(path) as tmp:
        tmp.write_bytes(data)


def atomic_copy_file(source: str | Path, path: str | Path) -> None:
    """Copy ``source`` to ``path`` atomically (``replacing``)."""
    with replacing(path) as tmp:
        shutil.copyfile(source, tmp)


def atomic_write_text(path: str | Path, text: str) -> None:
    """``atomic_write_bytes`` for UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


def target_mode(path: str | Path) -> int:
    """The permission bits of the file being replaced, or those a new file gets under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask (read by setting it and setting it back, under a lock)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask
