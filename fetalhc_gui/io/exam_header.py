"""What a DICOM header says of the exam (``core.exam_check.ExamHeader``)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from fetalhc_gui.core.exam_check import ExamHeader

if TYPE_CHECKING:  # pydicom is imported with the first DICOM file, not at start-up
    import pydicom

#: Attributes whose text names the exam: body part, descriptions, protocol.
TEXT_KEYWORDS = (
    "BodyPartExamined",
    "StudyDescription",
    "SeriesDescription",
    "ProtocolName",
    "RequestedProcedureDescription",
)
_AGE_UNITS = {"Y": 1.0, "M": 1 / 12, "W": 7 / 365.25, "D": 1 / 365.25}


def exam_header_of(ds: pydicom.Dataset) -> ExamHeader:
    """The exam header of a DICOM dataset; empty fields where it states nothing."""
    texts = [str(ds.get(k, "") or "").strip() for k in TEXT_KEYWORDS]
    image_type = ds.get("ImageType", None)
    if image_type:
        values = [image_type] if isinstance(image_type, str) else list(image_type)
        texts += [str(v).strip() for v in values[2:]]  # past ORIGINAL/DERIVED and PRIMARY/SECONDARY
    regions = [int(r.get("RegionDataType", 0) or 0) for r in ds.get("SequenceOfUltrasoundRegions", [])]
    return ExamHeader(
        modality=str(ds.get("Modality", "") or "").strip(),
        patient_sex=str(ds.get("PatientSex", "") or "").strip(),
        age_years=age_years(ds),
        texts=tuple(t for t in texts if t),
        waveform="WaveformSequence" in ds,
        region_types=tuple(regions),
    )


def age_years(ds: pydicom.Dataset) -> float | None:
    """The patient's age at the exam in years: Patient's Age (``030Y``, ``006M``), else the birth
    date and the study (or content) date; None where neither is stated or readable."""
    age = str(ds.get("PatientAge", "") or "").strip().upper()
    if len(age) == 4 and age[:3].isdigit() and age[3] in _AGE_UNITS:
        return int(age[:3]) * _AGE_UNITS[age[3]]
    birth = _date(ds.get("PatientBirthDate", ""))
    exam = _date(ds.get("StudyDate", "")) or _date(ds.get("ContentDate", ""))
    if birth is None or exam is None or exam < birth:
        return None
    return (exam - birth).days / 365.25


def _date(value) -> datetime.date | None:
    text = str(value or "").strip()
    try:
        return datetime.datetime.strptime(text[:8], "%Y%m%d").date()
    except ValueError:
        return None
