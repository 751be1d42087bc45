"""The measurement record: one image's ellipse, pixel size and the figures derived from them."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields

from fetalhc_gui.core.biometry import hc_pixels, head_biometry
from fetalhc_gui.core.clinical import (
    Z_WITHHELD,
    hadlock_ga_weeks,
    intergrowth_ga_days,
    intergrowth_hc_centile,
    intergrowth_hc_zscore,
    withheld_reason,
)
from fetalhc_gui.core.dating import check_dates
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.interval import MEMBERS_DISAGREE, banded, interval_reason
from fetalhc_gui.core.pixel_size import PixelSize, source_text
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE, Confirmation


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
    ``doubt_reasons`` say why the result is doubtful (a refusal first: not a head plane, not an
    obstetric exam); they stand after any edit. ``head_plane_confirmed_by``/``_at`` record the
    user who confirmed, against the check, that the image is a fetal head plane, and when (UTC).
    ``ga_entered_source`` says where the entered GA came from; ``ga_discrepancy_days`` is the HC's
    GA minus it, in days (``core.dating.check_dates``).
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
    ga_entered_source: str = ""
    ga_discrepancy_days: int | None = None
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
    doubt_reasons: list[str] = field(default_factory=list)
    head_plane: bool | None = None
    head_plane_confirmed_by: str = ""
    head_plane_confirmed_at: str = ""
    edited: bool = False
    timestamp: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ellipse(self) -> Ellipse:
        """The measured ellipse in pixels."""
        return Ellipse(self.center_x_px, self.center_y_px, self.semi_axis_a_px, self.semi_axis_b_px, self.angle_rad)

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
    ga_source: str = "",
    model_name: str | None = None,
    quality: float | None = None,
    doubt_reasons: Sequence[str] = (),
    edited: bool = False,
    hc_interval_px: tuple[float, float] | None = None,
    timestamp: str | None = None,
    identity: Identity | None = None,
    head_plane: bool | None = None,
    confirmation: Confirmation | None = None,
    interval_scales: Sequence[float] | None = None,
) -> Measurement:
    """A Measurement of ``ellipse`` (pixels) at ``pixel_size``; the GA entered by the user, in days
    (from ``ga_source``, e.g. "LMP 2026-06-01"), gives the INTERGROWTH-21st z-score and centile,
    withheld beyond Z_WITHHELD SD, and is compared with the HC's GA. ``hc_interval_px`` is the
    model's 95% HC interval in pixels (ignored for an edited ellipse), calibrated on all sizes;
    ``interval_scales`` are the factors each HC band puts on its half-width (``core.interval``),
    applied here, where the HC in mm is known. ``doubt_reasons`` stand whatever the edit; a
    ``confirmation`` that the image is a head plane takes the head-plane refusal out of them into
    the notes. ``identity`` names the patient and exam."""
    stamp = timestamp or datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    reasons, notes = _confirmed(list(doubt_reasons), head_plane, confirmation)
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
        ga_entered_source=ga_source if ga_entered_days is not None else "",
        model_name=model_name,
        quality=quality,
        head_plane=head_plane,
        head_plane_confirmed_by=confirmation.by if confirmation and head_plane is False else "",
        head_plane_confirmed_at=confirmation.at if confirmation and head_plane is False else "",
        edited=edited,
        timestamp=stamp,
        **(identity.export_row() if identity else {}),
    )
    if ga_entered_days is not None and ga_source:
        notes.append(f"GA entered: {ga_source}.")
    if pixel_size is None:
        reasons = [interval_reason(None, None, None) if r.startswith(MEMBERS_DISAGREE) else r for r in reasons]
        notes.insert(0, "No pixel size: HC is given in pixels only.")
        return Measurement(**base, doubtful=bool(reasons), doubt_reasons=reasons, notes=notes)
    bio = head_biometry(ellipse, *pixel_size.spacing)
    hadlock = hadlock_ga_weeks(bio.hc_mm)
    intergrowth = intergrowth_ga_days(bio.hc_mm)
    notes = [r for r in (hadlock.reason, intergrowth.reason) if r] + notes
    if " of " in pixel_size.detail:  # one region among several: the record's source says which as well
        notes.append(f"Pixel size from {pixel_size.detail}.")
    if not pixel_size.square:
        notes.append(f"Non-square pixels ({pixel_size.text()}): measured in millimetres, not pixels.")
    z = centile = None
    if ga_entered_days is not None:
        z_value = intergrowth_hc_zscore(bio.hc_mm, ga_entered_days / 7.0)
        if z_value.value is not None and abs(z_value.value) > Z_WITHHELD:
            notes.append(withheld_reason(z_value.value, ga_entered_days))
        elif z_value.value is not None:
            z = z_value.value
            centile = intergrowth_hc_centile(bio.hc_mm, ga_entered_days / 7.0).value
        else:
            notes.append(z_value.reason)
    dates = check_dates(hadlock.value, intergrowth.value, ga_entered_days)
    if dates is not None:
        notes.append(dates.text())
    low = high = None
    if hc_interval_px is not None and not edited:
        mm_per_px = bio.hc_mm / base["hc_px"]  # the pixel size for square pixels; along the outline otherwise
        interval_px = banded(hc_interval_px, base["hc_px"], bio.hc_mm, interval_scales)
        low, high = (v * mm_per_px for v in interval_px)
    reasons = [interval_reason(low, high, bio.hc_mm) if r.startswith(MEMBERS_DISAGREE) else r for r in reasons]
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
        ga_discrepancy_days=dates.apart_days if dates is not None else None,
        hc_zscore=z,
        hc_centile=centile,
        doubtful=bool(reasons),
        doubt_reasons=reasons,
        notes=notes,
    )


def _confirmed(
    reasons: list[str], head_plane: bool | None, confirmation: Confirmation | None
) -> tuple[list[str], list[str]]:
    """The doubt reasons and notes of a result whose head plane the user may have confirmed: the
    check's refusal leaves the reasons for a note naming who confirmed it and what the check saw."""
    if confirmation is None or head_plane is not False:
        return reasons, []
    refused = [r for r in reasons if r.startswith(NOT_A_HEAD_PLANE)]
    seen = refused[0].removeprefix(NOT_A_HEAD_PLANE).strip(" ()") if refused else ""
    note = f"Confirmed as a fetal head plane by {confirmation.by or 'the user'} on {confirmation.at}"
    note += f"; the head-plane check took it for something else ({seen})." if seen else "."
    return [r for r in reasons if r not in refused], [note]
