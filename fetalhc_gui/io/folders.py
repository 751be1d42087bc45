"""Finding the images in what a user points at: files, nested folders and DICOM media.

Folders are walked with their subfolders. Raster images are recognised by their suffix, DICOM
files by their content, whatever their names (``IM00001``, UIDs, no suffix). A folder holding a
``DICOMDIR`` (a CD or USB stick) opens the images that the DICOMDIR lists, ordered by patient,
study, series and instance. DICOM objects that hold no image (structured reports, presentation
states, waveforms) are skipped quietly and counted; HC18 ``*_Annotation*`` masks are skipped.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from fetalhc_gui.io.dicom import DicomKind, dicom_kind
from fetalhc_gui.io.images import RASTER_SUFFIXES

DICOMDIR = "DICOMDIR"


@dataclass
class FolderScan:
    """The image files found, how many DICOM objects without an image were skipped, and problems
    worth telling the user (a DICOMDIR that cannot be read or lists missing files)."""

    files: list[Path] = field(default_factory=list)
    skipped_non_image: int = 0
    skipped_other: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the user about what was left out, or an empty string."""
        parts = []
        if self.skipped_non_image:
            parts.append(
                f"{self.skipped_non_image} DICOM files without an image (reports, presentation states) were skipped."
            )
        if self.skipped_other:
            parts.append(f"{self.skipped_other} other files in the folders are not images and were skipped.")
        return " ".join(parts)


def find_images(paths: list[str | Path]) -> FolderScan:
    """The images in ``paths``: files as given (always kept), folders walked (see the module docstring)."""
    scan = FolderScan()
    seen: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            if (path / DICOMDIR).is_file():
                _add_dicomdir(path / DICOMDIR, scan, seen)
            else:
                _add_folder(path, scan, seen)
        elif path.name.upper() == DICOMDIR and path.is_file():
            _add_dicomdir(path, scan, seen)
        else:
            _add(path, scan, seen)
    return scan


def real_path(path: str | Path) -> Path:
    """The absolute path with links followed as far as they lead; a link that loops or leads
    nowhere stays as it is (reading it then says why), never an exception."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def _add(path: Path, scan: FolderScan, seen: set[Path]) -> None:
    key = real_path(path)
    if key not in seen:
        seen.add(key)
        scan.files.append(path)


def _add_folder(folder: Path, scan: FolderScan, seen: set[Path]) -> None:
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = Path(root) / name
            if "_Annotation" in path.stem or name.upper() == DICOMDIR or name.startswith("."):
                continue
            if path.suffix.lower() in RASTER_SUFFIXES:
                _add(path, scan, seen)
                continue
            kind = dicom_kind(path)
            if kind is DicomKind.IMAGE:
                _add(path, scan, seen)
            elif kind is DicomKind.OTHER:
                scan.skipped_non_image += 1
            else:
                scan.skipped_other += 1


def _add_dicomdir(path: Path, scan: FolderScan, seen: set[Path]) -> None:
    """The images a DICOMDIR lists, ordered by patient, study, series and instance."""
    from pydicom import dcmread
    from pydicom.errors import InvalidDicomError
    from pydicom.fileset import FileSet

    try:
        dicomdir = dcmread(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydicom warns of each missing file; counted below
            instances = list(FileSet(dicomdir))
        listed = sum(r.get("DirectoryRecordType") == "IMAGE" for r in dicomdir.get("DirectoryRecordSequence", []))
    except (InvalidDicomError, OSError, ValueError, KeyError, AttributeError, TypeError) as exc:
        scan.problems.append(f"{path}: the DICOMDIR could not be read ({exc}); its folder was searched instead.")
        _add_folder(path.parent, scan, seen)
        return
    images = []
    for instance in instances:
        if instance.DirectoryRecordType != "IMAGE":
            scan.skipped_non_image += 1
            continue
        file = Path(instance.path)
        if file.is_file():
            images.append((_order(instance), file))
    missing = listed - len(images)
    if missing:
        scan.problems.append(f"{path}: {missing} files listed in the DICOMDIR are missing from the media.")
    for _, file in sorted(images, key=lambda item: item[0]):
        _add(file, scan, seen)


def _order(instance) -> tuple:
    def value(name: str, default=""):
        try:
            found = getattr(instance, name)
        except AttributeError:
            return default
        return default if found is None else found

    number = value("InstanceNumber", 0)
    return (
        str(value("PatientID")),
        str(value("StudyDate")),
        str(value("StudyInstanceUID")),
        str(value("SeriesInstanceUID")),
        int(number) if str(number).lstrip("-").isdigit() else 0,
        str(instance.path),
    )
