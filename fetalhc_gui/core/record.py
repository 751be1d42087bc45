"""The measurement record: the one set of columns, with their units and meaning, that the window's
export, ``fetalhc predict`` and ``fetalhc serve`` write, and that the report and the SR read.

The same image measured with the same inputs gives the same row on every path; only the
provenance columns (where the file lay, when it was measured, what the node did with the result)
differ. ``docs/record-schema.md`` is this table, column by column. Version 1 (before FetalHC
0.2) had three column sets; ``io.export`` still reads the window's version-1 exports. Version 3
added ``head_plane``; version 4 the doubt reasons, the head-plane confirmation, the entered GA's
source and its difference from the HC's GA.
"""

from __future__ import annotations

from dataclasses import dataclass

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.identity import EXPORT_COLUMNS, Identity
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.pixel_size import PixelSize, source_text

RECORD_VERSION = 4


@dataclass(frozen=True)
class Column:
    """One column of the record: its name, unit ("" where none) and meaning."""

    name: str
    unit: str
    meaning: str
    provenance: bool = False


_IDENTITY = {
    "patient_id": "Patient ID as the DICOM file states it (empty for other formats and in anonymised records)",
    "patient_name": "Patient's name, DICOM Family^Given (empty likewise)",
    "patient_birth_date": "Patient's birth date, YYYYMMDD (empty likewise)",
    "study_date": "Date of the exam, YYYYMMDD",
    "accession_number": "Accession number of the exam",
    "study_instance_uid": "Study Instance UID: the exam the image belongs to",
    "sop_instance_uid": "SOP Instance UID of the image",
}

COLUMNS: list[Column] = [
    Column("filename", "", "Name of the image file, without its folder: the key that joins records"),
    Column("frame", "", "The measured frame of the file, counted from 0"),
    Column(
        "frame_choice",
        "",
        "For a multi-frame file (cine loop): how the frame was chosen, "
        "e.g. 'best of 34 frames: frame 33, chosen automatically'",
    ),
    Column(
        "status",
        "",
        "'ok' or 'no pixel size: HC in pixels only', followed by ' (doubtful: reasons)' where the result is "
        "doubtful (a refusal first: not a head plane, not an obstetric exam), edited or not; or 'error: why' "
        "(no measurement)",
    ),
    *(Column(name, "", _IDENTITY[name]) for name in EXPORT_COLUMNS),
    Column("pixel_size_mm", "mm/px", "Pixel size across (between columns)"),
    Column("pixel_size_y_mm", "mm/px", "Pixel size down (between rows); equal to pixel_size_mm for square pixels"),
    Column(
        "pixel_size_source",
        "",
        "Where the pixel size came from: dicom, csv, manual or calibration, the part of the file in brackets "
        "where that matters (e.g. 'dicom (ultrasound region 2 of 2, the one holding the head)')",
    ),
    Column("hc_mm", "mm", "Head circumference: the perimeter of the ellipse (Ramanujan), in millimetres"),
    Column("hc_low_mm", "mm", "Lower bound of the model's 95% interval of the HC (empty for an edited ellipse)"),
    Column("hc_high_mm", "mm", "Upper bound of the model's 95% interval of the HC"),
    Column(
        "bpd_mm",
        "mm",
        "Biparietal diameter, outer to outer: the ellipse's minor axis (Hadlock's BPD is outer to inner, "
        "about 2-3 mm less)",
    ),
    Column("ofd_mm", "mm", "Occipitofrontal diameter, outer to outer: the ellipse's major axis"),
    Column("cephalic_index", "%", "BPD / OFD x 100"),
    Column("ga_hadlock_weeks", "weeks", "Gestational age from the HC (Hadlock 1984); empty outside its range"),
    Column("ga_intergrowth_days", "days", "Gestational age from the HC (INTERGROWTH-21st); empty outside its range"),
    Column("ga_entered_days", "days", "Gestational age the user entered or dated the exam with"),
    Column(
        "ga_entered_source",
        "",
        "Where the entered GA came from: the exam's dating (e.g. 'LMP 2026-06-01, exam 2026-11-20') or "
        "'typed for this image'",
    ),
    Column(
        "ga_discrepancy_days",
        "days",
        "The HC's GA (INTERGROWTH-21st dating where valid, else Hadlock) minus the entered GA; notes say "
        "when it exceeds ACOG Committee Opinion 700's redating threshold",
    ),
    Column(
        "hc_zscore",
        "",
        "z-score of the HC for the entered GA (INTERGROWTH-21st); empty beyond 4 SD (notes say why)",
    ),
    Column("hc_centile", "%", "Centile of the HC for the entered GA (INTERGROWTH-21st); empty beyond 4 SD"),
    Column("center_x_mm", "mm", "Ellipse centre, x, in millimetres: the HC18 challenge's ellipse, with its names"),
    Column("center_y_mm", "mm", "Ellipse centre, y, in millimetres"),
    Column("semi_axes_a_mm", "mm", "Semi-axis along angle_rad, in millimetres"),
    Column("semi_axes_b_mm", "mm", "The other semi-axis, in millimetres"),
    Column(
        "angle_rad",
        "rad",
        "Angle of semi_axes_a_mm from the x axis towards y (down), of the ellipse in millimetres "
        "(differs from angle_px_rad only for non-square pixels)",
    ),
    Column("hc_px", "px", "Head circumference in image pixels (given even without a pixel size)"),
    Column("center_x_px", "px", "Ellipse centre, x (column) in image pixels, 0 at the first pixel's centre"),
    Column("center_y_px", "px", "Ellipse centre, y (row) in image pixels"),
    Column("semi_axis_a_px", "px", "Ellipse semi-axis along angle_px_rad, in image pixels"),
    Column("semi_axis_b_px", "px", "The other semi-axis, in image pixels"),
    Column("angle_px_rad", "rad", "Angle of semi_axis_a_px from the x axis towards y (down), of the ellipse in pixels"),
    Column("quality", "0-1", "The model's quality score of its segmentation (empty for a hand-drawn ellipse)"),
    Column("doubtful", "", "true when the result is doubtful (doubt_reasons say why): check the ellipse"),
    Column(
        "doubt_reasons",
        "",
        "Why the result is doubtful, separated by ' | ', a refusal first (not a head plane, not an obstetric "
        "exam); they stand after a hand edit",
    ),
    Column(
        "head_plane",
        "",
        "true when the head-plane check takes the image for a fetal head plane, false when it does not (the "
        "result is then doubtful, status says what it looks like, unless the user confirmed it); empty "
        "without the check",
    ),
    Column(
        "head_plane_confirmed_by",
        "",
        "The user (account name) who confirmed, against the check, that the image is a fetal head plane",
    ),
    Column("head_plane_confirmed_at", "", "When that confirmation was given, ISO 8601 in UTC"),
    Column("edited", "", "true when the ellipse was drawn or corrected by hand"),
    Column("model_name", "", "The model that measured the image: name and version"),
    Column("notes", "", "Remarks for the reader, separated by ' | ' (a formula out of range, the pixel size's part)"),
    Column("file", "", "The image file as opened or given (a path; only its name in anonymised records)", True),
    Column("timestamp", "", "When the ellipse was measured or last edited, ISO 8601 in UTC", True),
    Column("dicom_results", "", "fetalhc serve: the SR and secondary capture files written for the image", True),
    Column(
        "forwarded",
        "",
        "fetalhc serve: the peer the SR and capture are queued for (the audit log says when sent)",
        True,
    ),
    Column(
        "pixel_data_sha256",
        "",
        "fetalhc serve: SHA-256 of the image's pixel data as received (a resend with the same pixels is not "
        "measured again)",
        True,
    ),
    Column("record_version", "", f"The version of this column set: {RECORD_VERSION}", True),
]
COLUMN_NAMES: list[str] = [c.name for c in COLUMNS]
PROVENANCE_COLUMNS: list[str] = [c.name for c in COLUMNS if c.provenance]


def mm_ellipse(ellipse: Ellipse, pixel_size: tuple[float, float]) -> Ellipse:
    """The ellipse (pixels) in millimetres for pixels of (across, down) mm: centre, semi-axes and angle
    of the physical ellipse, which for non-square pixels has another angle and axes than the pixel one."""
    across, down = pixel_size
    if across == down:
        e = ellipse
        return Ellipse(e.cx * across, e.cy * across, e.a * across, e.b * across, e.angle)
    return ellipse.scaled(across, down)


def record_row(
    measurement: Measurement | None,
    *,
    file: str,
    frame: int,
    status: str,
    frame_choice: str | None = None,
    identity: Identity | None = None,
    pixel_size: PixelSize | None = None,
    **provenance,
) -> dict:
    """One record: of ``measurement`` where there is one (its identity and pixel size), else of an
    image that gave none (``status`` says why) with the ``identity`` and ``pixel_size`` read from it.
    ``provenance`` fills the provenance columns (``dicom_results``, ``forwarded``)."""
    row: dict = {
        "filename": file.replace("\\", "/").rsplit("/", 1)[-1],
        "frame": frame,
        "frame_choice": frame_choice,
        "status": status,
        "file": file,
        "record_version": RECORD_VERSION,
        **provenance,
    }
    if measurement is None:
        row |= (identity or Identity()).export_row()
        if pixel_size is not None:
            row |= {
                "pixel_size_mm": pixel_size.mm,
                "pixel_size_y_mm": pixel_size.spacing[1],
                "pixel_size_source": source_text(pixel_size),
            }
        return row
    row |= {name: getattr(measurement, name) for name in _MEASUREMENT_COLUMNS}
    row["angle_px_rad"] = measurement.angle_rad
    row["notes"] = list(measurement.notes)
    row["doubt_reasons"] = list(measurement.doubt_reasons)
    if measurement.pixel_size_mm is not None:
        spacing = (measurement.pixel_size_mm, measurement.pixel_size_y_mm or measurement.pixel_size_mm)
        e = mm_ellipse(measurement.ellipse, spacing)
        row |= {
            "center_x_mm": e.cx,
            "center_y_mm": e.cy,
            "semi_axes_a_mm": e.a,
            "semi_axes_b_mm": e.b,
            "angle_rad": e.angle,
        }
    return row


NO_PIXEL_SIZE = "no pixel size: HC in pixels only"


def status_of(measurement: Measurement | None, error: str | None = None) -> str:
    """The record's status: ``ok`` or NO_PIXEL_SIZE, then ``(doubtful: ...)`` with the
    measurement's doubt reasons (a refusal first) whether edited or not; ``error: ...`` without one."""
    if measurement is None:
        return f"error: {error or 'No head was found.'}"
    base = base_status(measurement)
    reasons = measurement.doubt_reasons
    return f"{base} (doubtful: {'; '.join(reasons)})" if reasons else base


def base_status(measurement: Measurement) -> str:
    """``ok``, or NO_PIXEL_SIZE when the HC is in pixels only (the status without its reasons)."""
    return "ok" if measurement.hc_mm is not None else NO_PIXEL_SIZE


_MEASUREMENT_COLUMNS = [
    *EXPORT_COLUMNS,
    "pixel_size_mm",
    "pixel_size_y_mm",
    "pixel_size_source",
    "hc_mm",
    "hc_low_mm",
    "hc_high_mm",
    "bpd_mm",
    "ofd_mm",
    "cephalic_index",
    "ga_hadlock_weeks",
    "ga_intergrowth_days",
    "ga_entered_days",
    "ga_entered_source",
    "ga_discrepancy_days",
    "hc_zscore",
    "hc_centile",
    "hc_px",
    "center_x_px",
    "center_y_px",
    "semi_axis_a_px",
    "semi_axis_b_px",
    "quality",
    "doubtful",
    "head_plane",
    "head_plane_confirmed_by",
    "head_plane_confirmed_at",
    "edited",
    "model_name",
    "timestamp",
]
