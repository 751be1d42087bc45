"""Atomic file writes: a temporary file in the same folder, flushed, then renamed over the target.

The file gets the permissions a plain ``open`` would give it: a file it replaces keeps its own
mode, a new one follows the user's umask (a shared results folder stays readable to colleagues),
except inside a private folder (``io.private``: patient data), where every file is 0600. The
mode of a new file is set by the kernel as it is created (the umask applies there); the
process's umask is never read or changed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fetalhc_gui.io.private import FILE_MODE, is_private


@contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write in the ``with`` block; then it gets the mode
    ``path`` should have, is synced to disk and renamed over ``path``, so readers see either the
    old file or the whole new one. On an error it is removed and ``path`` is kept."""
    path = Path(path)
    private = is_private(path)
    try:
        earlier = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        earlier = None
    tmp = _new_file(path.parent, f".{path.name}.", FILE_MODE if private else 0o666)
    try:
        yield tmp
        if private:
            os.chmod(tmp, FILE_MODE)
        elif earlier is not None:
            os.chmod(tmp, earlier)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _new_file(folder: Path, prefix: str, mode: int) -> Path:
    """A new empty file in ``folder`` with a name no one else has, created with ``mode`` less the umask."""
    for _ in range(100):
        candidate = folder / f"{prefix}{secrets.token_hex(6)}.tmp"
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode))
            return candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


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
