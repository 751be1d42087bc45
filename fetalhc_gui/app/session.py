"""The working session: the images a user opened and what was measured on each, saved as JSON.

A session holds no pixels; images are read again from their files when it is restored.
Ellipses are in pixels (angle in radians), pixel sizes in mm per pixel.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from fetalhc_gui.core.cine import FrameMeasure, frame_choice_text, frames_disagree
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.error_risk import SizeRisk, doubt_reasons
from fetalhc_gui.core.errors import ExportError, FetalHCError, ImageLoadError
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource, pixel_size_from_text
from fetalhc_gui.core.refusal import Confirmation
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.export import read_measurements
from fetalhc_gui.io.folders import real_path
from fetalhc_gui.io.images import probe_header
from fetalhc_gui.io.private import ensure_folder

SESSION_VERSION = 1


class Status(StrEnum):
    """Where an image stands."""

    NOT_MEASURED = "not measured"
    MEASURING = "measuring"
    MEASURED = "measured"
    EDITED = "edited"
    NO_HEAD = "no head found"
    FAILED = "failed"


@dataclass
class ImageEntry:
    """One opened image (one frame of a file) and its measurement state.

    For a cine loop whose frames were all measured, ``cine`` holds every frame's measure and
    ``best_frame`` the one chosen automatically; ``frame`` is the one shown and reported, which
    the user may have chosen instead. ``dating`` says where the entered GA came from (an exam's
    LMP, EDD or dating scan), empty when it was typed for this image. ``head_plane`` is the
    head-plane check's verdict on the model's ellipse; ``exam_note`` what the exam check noted of
    a header it let through (``app.assessment``); ``interval_scales`` the HC bands' factors on the
    interval ``hc_interval_px`` (``core.interval``). ``plane_confirmation`` is the user's
    confirmation that an image the check refused is a head plane; ``no_head`` says that the model
    ran and found no head (``error`` then says so), as opposed to an image that failed to measure.
    """

    path: str
    frame: int = 0
    frame_count: int = 1
    pixel_size: PixelSize | None = None
    auto_ellipse: Ellipse | None = None
    edited_ellipse: Ellipse | None = None
    quality: float | None = None
    quality_reasons: list[str] = field(default_factory=list)
    hc_interval_px: tuple[float, float] | None = None
    interval_scales: tuple[float, ...] | None = None
    risk: SizeRisk | None = None
    model_name: str | None = None
    error: str | None = None
    ga_entered_days: float | None = None
    cine: list[FrameMeasure] = field(default_factory=list)
    best_frame: int | None = None
    identity: Identity = field(default_factory=Identity)
    dating: str = ""
    head_plane: bool | None = None
    exam_note: str = ""
    plane_confirmation: Confirmation | None = None
    no_head: bool = False
    measuring: bool = False

    @property
    def ellipse(self) -> Ellipse | None:
        """The ellipse in use: the user's edit when there is one, else the model's."""
        return self.edited_ellipse or self.auto_ellipse

    @property
    def status(self) -> Status:
        """The entry's status, derived from what it holds."""
        if self.measuring:
            return Status.MEASURING
        if self.edited_ellipse is not None:
            return Status.EDITED
        if self.auto_ellipse is not None:
            return Status.MEASURED
        if self.error:
            return Status.NO_HEAD if self.no_head else Status.FAILED
        return Status.NOT_MEASURED

    @property
    def frame_choice(self) -> str | None:
        """How the reported frame of a scanned loop was chosen, for notes and records."""
        if not self.cine:
            return None
        return frame_choice_text(self.frame, self.frame_count, self.best_frame, frames_disagree(self.cine))

    @property
    def doubt_reasons(self) -> list[str]:
        """Why the model's result is doubtful: its quality checks and, with a pixel size, its error model."""
        return doubt_reasons(self.quality_reasons, self.risk, self.auto_ellipse, self.pixel_size)

    @property
    def name(self) -> str:
        """File name, with the frame for multi-frame files."""
        name = Path(self.path).name
        return f"{name} [{self.frame + 1}/{self.frame_count}]" if self.frame_count > 1 else name

    def to_dict(self) -> dict:
        """JSON-ready values (the transient ``measuring`` flag is not kept)."""
        data = asdict(self)
        data.pop("measuring")
        data["cine"] = [f.to_dict() for f in self.cine]
        data["identity"] = self.identity.to_dict()
        if self.pixel_size:
            size = self.pixel_size
            data["pixel_size"] = {"mm": size.mm, "source": size.source.value, "detail": size.detail}
            if not size.square:
                data["pixel_size"]["mm_y"] = size.mm_y
        return data

    @classmethod
    def from_measurement(cls, m: Measurement, path: str, frames: int, identity: Identity) -> ImageEntry:
        """The entry of a measurement read back from an export: a hand-edited ellipse stays an edit;
        the model's keeps its quality, interval (pixels) and doubt; every edit keeps its verdicts."""
        confirmed = m.head_plane_confirmed_at
        confirmation = Confirmation(m.head_plane_confirmed_by, confirmed) if confirmed else None
        pixel_size = None
        if m.pixel_size_mm is not None:
            pixel_size = pixel_size_from_text(m.pixel_size_mm, m.pixel_size_y_mm, m.pixel_size_source)
        interval = None
        if m.hc_low_mm is not None and m.hc_high_mm is not None and m.hc_mm:
            px_per_mm = m.hc_px / m.hc_mm
            interval = (m.hc_low_mm * px_per_mm, m.hc_high_mm * px_per_mm)
        return cls(
            path=path,
            frame=m.frame if m.frame < frames else 0,
            frame_count=frames,
            pixel_size=pixel_size,
            auto_ellipse=None if m.edited else m.ellipse,
            edited_ellipse=m.ellipse if m.edited else None,
            quality=m.quality,
            quality_reasons=list(m.doubt_reasons) or (["marked doubtful in the export"] if m.doubtful else []),
            hc_interval_px=interval,
            head_plane=m.head_plane,
            plane_confirmation=confirmation,
            model_name=m.model_name,
            ga_entered_days=m.ga_entered_days,
            dating=m.ga_entered_source,
            identity=identity if identity.known else Identity.from_dict(asdict(m)),
        )

    @classmethod
    def from_dict(cls, data: dict) -> ImageEntry:
        """The entry ``to_dict`` wrote."""
        data = dict(data)
        size = data.pop("pixel_size", None)
        auto, edited = data.pop("auto_ellipse", None), data.pop("edited_ellipse", None)
        interval = data.pop("hc_interval_px", None)
        scales = data.pop("interval_scales", None)
        risk = data.pop("risk", None)
        cine = [FrameMeasure.from_dict(f) for f in data.pop("cine", [])]
        identity = Identity.from_dict(data.pop("identity", None))
        confirmation = data.pop("plane_confirmation", None)
        return cls(
            **data,
            cine=cine,
            identity=identity,
            pixel_size=pixel_size_from_dict(size) if size else None,
            auto_ellipse=Ellipse(**auto) if auto else None,
            edited_ellipse=Ellipse(**edited) if edited else None,
            hc_interval_px=tuple(interval) if interval else None,
            interval_scales=tuple(scales) if scales else None,
            risk=SizeRisk(**risk) if risk else None,
            plane_confirmation=Confirmation(**confirmation) if confirmation else None,
        )


def entries_from_export(path: str | Path, known: set[tuple[str, int]]) -> tuple[list[ImageEntry], list[str]]:
    """The entries of the images of a measurement export (``io.export``: CSV or JSON, any record
    version) that are not among ``known`` (path, frame) pairs, with their ellipses, pixel sizes,
    GA and identity; and a message for each image left out (its file gone, open already or
    unreadable)."""
    added, problems, known = [], [], set(known)
    for m in read_measurements(path):
        file = real_path(m.file)
        if not file.is_file():
            problems.append(f"{m.file}: the image file is not there any more.")
            continue
        if (str(file), m.frame) in known:
            problems.append(f"{file.name}: already open; its measurement here is kept.")
            continue
        try:
            frames, identity = probe_header(file)
        except ImageLoadError as exc:
            problems.append(str(exc))
            continue
        added.append(ImageEntry.from_measurement(m, str(file), frames, identity))
        known.add((str(file), m.frame))
    return added, problems


def pixel_size_from_dict(size: dict) -> PixelSize:
    """The PixelSize ``ImageEntry.to_dict`` wrote (mm per pixel; ``mm_y`` only for non-square pixels)."""
    return PixelSize(size["mm"], PixelSizeSource(size["source"]), size.get("detail", ""), size.get("mm_y"))


def save_session(path: str | Path, entries: list[ImageEntry], current: int) -> None:
    """Write the session atomically."""
    document = {"version": SESSION_VERSION, "current": current, "entries": [e.to_dict() for e in entries]}
    ensure_folder(Path(path).parent)
    atomic_write_text(path, json.dumps(document, indent=1))


def load_session(path: str | Path) -> tuple[list[ImageEntry], int]:
    """Entries and the current index of a saved session, read as a whole: ExportError if any part
    of the file is not what ``save_session`` writes (nothing is half restored)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(document, dict):
            raise ValueError(f"it holds a JSON {type(document).__name__}, not a session")
        if document.get("version") != SESSION_VERSION:
            raise ValueError(f"unknown session version {document.get('version')!r}")
        items = document["entries"]
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise ValueError("its entries are not a list of images")
        entries = [ImageEntry.from_dict(item) for item in items]
        for entry in entries:
            if not (isinstance(entry.path, str) and entry.path):
                raise ValueError("an entry names no image file")
            if not all(isinstance(n, int) and n >= 0 for n in (entry.frame, entry.frame_count)):
                raise ValueError(f"{entry.path}: its frame is not a number")
        return entries, int(document.get("current", 0))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, FetalHCError) as exc:
        raise ExportError(f"The saved session {Path(path).name} could not be read: {exc}") from exc
