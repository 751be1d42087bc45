"""Checks that an output can be written without touching what the user gave as input, made before
any work starts so that a mistake costs nothing.

Files are compared by identity (``os.stat``'s device and inode, as ``os.path.samefile`` does), not
by name: a relative path, a link or a second name of the same file is still the same file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from fetalhc_gui.core.errors import UsageError


def check_inputs_exist(paths: Iterable[Path]) -> None:
    """UsageError naming the first path that does not exist (a link that loops or leads nowhere
    exists: it becomes one error row when it is read)."""
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"{path} does not exist")


def check_output_file(output: Path, inputs: Iterable[Path], option: str = "-o") -> None:
    """UsageError unless ``output`` can be written as a new or replaced file: not a folder, in a
    folder that exists and can be written, and none of ``inputs`` (images, pixel-size CSV)."""
    if output.is_dir():
        raise UsageError(f"{option} {output} is a folder: give a file name, e.g. {output / 'results.csv'}")
    check_writable_folder(output.absolute().parent, option)
    check_not_an_input(output, inputs, option)


def check_output_folder(folder: Path, option: str = "-o") -> None:
    """UsageError unless ``folder`` is a folder, or can be made one (it may not name a file)."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise UsageError(f"{option} {folder} is a file, not a folder: give a folder for the output")
    existing = folder.absolute()
    while not existing.exists():
        existing = existing.parent
    check_writable_folder(existing, option)


def check_writable_folder(folder: Path, option: str) -> None:
    """UsageError unless ``folder`` exists and this user may create files in it."""
    if not folder.is_dir():
        raise UsageError(f"{option}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"{option}: the folder {folder} cannot be written (no permission)")


def check_not_an_input(output: Path, inputs: Iterable[Path], option: str = "-o") -> None:
    """UsageError when ``output`` is the same file as one of ``inputs`` (``option`` names the
    output in the message: the command line's option, or empty)."""
    try:
        target = os.stat(output)
    except OSError:
        return  # nothing there yet: it cannot be an input
    key = (target.st_dev, target.st_ino)
    for path in inputs:
        try:
            found = os.stat(path)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == key:
            same = "" if Path(path) == output else f" ({path})"
            raise UsageError(
                f"{option} {output}".strip() + f" is one of the inputs{same}: writing there would destroy it. "
                "Choose another output file."
            )


def free_path(path: Path) -> Path:
    """``path`` if nothing is there yet, else the first free ``stem-2.suffix``, ``stem-3.suffix``..."""
    candidate, number = path, 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
