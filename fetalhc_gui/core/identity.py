"""Whose image and which exam: patient and study attributes as a DICOM file states them."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pydicom

#: DICOM keyword of each field.
KEYWORDS = {
    "patient_name": "PatientName",
    "patient_id": "PatientID",
    "patient_birth_date": "PatientBirthDate",
    "study_date": "StudyDate",
    "study_time": "StudyTime",
    "accession_number": "AccessionNumber",
    "study_instance_uid": "StudyInstanceUID",
    "series_instance_uid": "SeriesInstanceUID",
    "sop_instance_uid": "SOPInstanceUID",
    "institution_name": "InstitutionName",
    "manufacturer": "Manufacturer",
    "manufacturer_model_name": "ManufacturerModelName",
    "operators_name": "OperatorsName",
}
#: The identity columns of the exports, in order.
EXPORT_COLUMNS = [
    "patient_id",
    "patient_name",
    "patient_birth_date",
    "study_date",
    "accession_number",
    "study_instance_uid",
    "sop_instance_uid",
]


@dataclass(frozen=True)
class Identity:
    """Patient and exam of an image; empty strings where unknown. Dates are DICOM's YYYYMMDD,
    names DICOM's ``Family^Given`` decoded with the file's character set."""

    patient_name: str = ""
    patient_id: str = ""
    patient_birth_date: str = ""
    study_date: str = ""
    study_time: str = ""
    accession_number: str = ""
    study_instance_uid: str = ""
    series_instance_uid: str = ""
    sop_instance_uid: str = ""
    institution_name: str = ""
    manufacturer: str = ""
    manufacturer_model_name: str = ""
    operators_name: str = ""

    @property
    def known(self) -> bool:
        """True when anything identifies the patient or the exam."""
        return any((self.patient_name, self.patient_id, self.study_instance_uid, self.study_date))

    def export_row(self) -> dict:
        """The export columns (EXPORT_COLUMNS)."""
        return {column: getattr(self, column) for column in EXPORT_COLUMNS}

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_dict(cls, data: dict | None) -> Identity:
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in (data or {}).items() if k in names})


def identity_of(ds: pydicom.Dataset) -> Identity:
    """The identity a dataset states; an attribute that cannot be read (malformed, or in a
    character set pydicom does not know) is left empty rather than failing the image."""
    values = {}
    for name, keyword in KEYWORDS.items():
        try:
            value = ds.get(keyword, "")
            values[name] = "" if value is None else str(value).strip()
        except Exception:  # pydicom raises many kinds for a malformed or undecodable value
            values[name] = ""
    return Identity(**values)


def display_name(name: str) -> str:
    """DICOM ``Family^Given^Middle`` as "FAMILY, Given Middle"."""
    family, _, rest = name.partition("^")
    given = " ".join(p for p in rest.split("^")[:2] if p)
    return f"{family.upper()}, {given}" if given else family


def display_date(value: str) -> str:
    """YYYYMMDD as YYYY-MM-DD; anything else as it is."""
    try:
        return datetime.datetime.strptime(value, "%Y%m%d").date().isoformat()
    except ValueError:
        return value
