"""Which autosaved session a window works in: one session per window, one crash marker per process.

The first window holds ``session.json`` through the lock ``session.lock``; a second window open at
the same time gets ``session-2.json`` (and ``session-2.lock``), and so on, so no two windows ever
autosave over each other. The lock file keeps its holder's process id while it runs and is
emptied when the window closes normally: a process id left in a lock nobody holds means that
window ended without closing (a crash), which the next window of that session is told.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.io.process_lock import LockHeldError, ProcessLock

MAX_WINDOWS = 9


@dataclass
class SessionSlot:
    """The session file of one window, the lock that keeps it this window's, and whether the last
    window of this session crashed."""

    number: int
    session_path: Path
    lock: ProcessLock
    crashed: bool

    @property
    def shared_note(self) -> str:
        """What to tell the user when this is not the first window's session (empty for the first)."""
        if self.number == 1:
            return ""
        return (
            "Another FetalHC window is open and works in the main session. This window keeps a session "
            f"of its own ({self.session_path.name}): neither window replaces the other's images.\n"
        )

    def release(self) -> None:
        """Mark this session as closed normally and free it for the next window."""
        self.lock.release()


def session_name(number: int) -> str:
    """``session`` for the first window's session, ``session-N`` for the N-th."""
    return "session" if number == 1 else f"session-{number}"


def claim_session_slot(data_dir: Path) -> SessionSlot | None:
    """The first session in ``data_dir`` no running window holds, locked for this process; None
    when ``MAX_WINDOWS`` windows are open already."""
    for number in range(1, MAX_WINDOWS + 1):
        name = session_name(number)
        lock = ProcessLock(data_dir / f"{name}.lock")
        try:
            lock.acquire()
        except LockHeldError:
            continue
        return SessionSlot(number, data_dir / f"{name}.json", lock, crashed=lock.previous_pid is not None)
    return None
