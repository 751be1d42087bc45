"""The measurement record: one image's ellipse, pixel size and the figures derived from them."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import PurePath

from fetalhc_gui.core.biometry import hc_pixels, head_biometry
from fetalhc_gui.core.clinical import (
    hadlock_ga_weeks,
    intergrowth_ga_days,
    intergrowth_hc_centile,
    intergrowth_hc_zscore,
)
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.interval import banded
from fetalhc_gui.core.pixel_size import PixelSize, source_text


@dataclass(frozen=True)
class Measurement:
    """One measured image. Ellipse values are in pixels (angle in radians), sizes in mm, GA as named.

    ``pixel_size_mm`` is the spacing across (mm/px), ``pixel_size_y_mm`` the spacing down, which
    differs only for non-square pixels. Figures that need a pixel size are None without one
    (``hc_px`` is always given); clinical figures are None outside their formula's range, with
    the reason in ``notes``. The patient and exam columns are empty where the file names none.
    ``head_plane`` is the head-plane check's verdict on the model's ellipse (None without one).
    ``hc_low_mm``/``hc_high_mm`` bound the model's 95% interval of the HC; None for an ellipse
    edited by hand (its HC is the user's) or a model without a calibrated interval.
    """

    file: str
    frame: int
    pixel_size_mm: float | None
    pixel_size_source: str | None
    center_x_px: float
    center_y_px: float
    semi_axis_a_px: float
    semi_axis_b_px: float
    angle_rad: float
    hc_px: float
    hc_mm: float | None = None
    hc_low_mm: float | None = None
    hc_high_mm: float | None = None
    bpd_mm: float | None = None
    ofd_mm: float | None = None
    cephalic_index: float | None = None
    ga_hadlock_weeks: float | None = None
    ga_intergrowth_days: float | None = None
    ga_entered_days: float | None = None
    hc_zscore: float | None = None
    hc_centile: float | None = None
    pixel_size_y_mm: float | None = None
    patient_id: str = ""
    patient_name: str = ""
    patient_birth_date: str = ""
    study_date: str = ""
    accession_number: str = ""
    study_instance_uid: str = ""
    sop_instance_uid: str = ""
    model_name: str | None = None
    quality: float | None = None
    doubtful: bool = False
    head_plane: bool | None = None
    edited: bool = False
    timestamp: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ellipse(self) -> Ellipse:
        """The measured ellipse in pixels."""
        return Ellipse(self.center_x_px, self.center_y_px, self.semi_axis_a_px, self.semi_axis_b_px, self.angle_rad)

    def anonymised(self) -> Measurement:
        """Without the patient's name, ID and birth date, and the file without its folders (which
        often name the patient); the exam's dates and UIDs stay, so exams keep their order."""
        return replace(self, file=PurePath(self.file).name, patient_name="", patient_id="", patient_birth_date="")

    def to_dict(self) -> dict:
        """Plain JSON-ready values."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Measurement:
        """The record ``to_dict`` wrote; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def measure(
    file: str,
    ellipse: Ellipse,
    pixel_size: PixelSize | None,
    *,
    frame: int = 0,
    ga_entered_days: float | None = None,
    model_name: str | None = None,
    quality: float | None = None,
    doubtful: bool = False,
    edited: bool = False,
    hc_interval_px: tuple[float, float] | None = None,
    timestamp: str | None = None,
    identity: Identity | None = None,
    head_plane: bool | None = None,
    interval_scales: Sequence[float] | None = None,
) -> Measurement:
    """A Measurement of ``ellipse`` (pixels) at ``pixel_size``; the GA entered by the user, in days,
    gives the INTERGROWTH-21st z-score and centile. ``hc_interval_px`` is the model's 95% HC
    interval in pixels (ignored for an edited ellipse), calibrated on all sizes; ``interval_scales``
    are the factors each HC band puts on its half-width (``core.interval``), applied here, where
    the HC in mm is known. ``identity`` names the patient and exam."""
    stamp = timestamp or datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    base = dict(
        file=file,
        frame=frame,
        pixel_size_mm=pixel_size.mm if pixel_size else None,
        pixel_size_source=source_text(pixel_size),
        pixel_size_y_mm=pixel_size.spacing[1] if pixel_size else None,
        center_x_px=float(ellipse.cx),
        center_y_px=float(ellipse.cy),
        semi_axis_a_px=float(ellipse.a),
        semi_axis_b_px=float(ellipse.b),
        angle_rad=float(ellipse.angle),
        hc_px=hc_pixels(ellipse),
        ga_entered_days=ga_entered_days,
        model_name=model_name,
        quality=quality,
        doubtful=doubtful,
        head_plane=head_plane,
        edited=edited,
        timestamp=stamp,
        **(identity.export_row() if identity else {}),
    )
    if pixel_size is None:
        return Measurement(**base, notes=["No pixel size: HC is given in pixels only."])
    bio = head_biometry(ellipse, *pixel_size.spacing)
    hadlock = hadlock_ga_weeks(bio.hc_mm)
    intergrowth = intergrowth_ga_days(bio.hc_mm)
    notes = [r for r in (hadlock.reason, intergrowth.reason) if r]
    if pixel_size.detail:
        notes.append(f"Pixel size from {pixel_size.detail}.")
    if not pixel_size.square:
        notes.append(f"Non-square pixels ({pixel_size.text()}): measured in millimetres, not pixels.")
    z = centile = None
    if ga_entered_days is not None:
        z_value = intergrowth_hc_zscore(bio.hc_mm, ga_entered_days / 7.0)
        z = z_value.value
        centile = intergrowth_hc_centile(bio.hc_mm, ga_entered_days / 7.0).value
        notes += [z_value.reason] if z_value.reason else []
    low = high = None
    if hc_interval_px is not None and not edited:
        mm_per_px = bio.hc_mm / base["hc_px"]  # the pixel size for square pixels; along the outline otherwise
        interval_px = banded(hc_interval_px, base["hc_px"], bio.hc_mm, interval_scales)
        low, high = (v * mm_per_px for v in interval_px)
    return Measurement(
        **base,
        hc_mm=bio.hc_mm,
        hc_low_mm=low,
        hc_high_mm=high,
        bpd_mm=bio.bpd_mm,
        ofd_mm=bio.ofd_mm,
        cephalic_index=bio.cephalic_index,
        ga_hadlock_weeks=hadlock.value,
        ga_intergrowth_days=intergrowth.value,
        hc_zscore=z,
        hc_centile=centile,
        notes=notes,
    )
