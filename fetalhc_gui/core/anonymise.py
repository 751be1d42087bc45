"""Anonymised output: what FetalHC writes with ``--anonymise`` (records, report text), to DICOM
PS3.15 Annex E's Basic Application Level Confidentiality Profile as it applies to those fields.

| field | PS3.15 E.1-1 action | here |
|---|---|---|
| Patient's Name, ID, Birth Date | Z (empty) | empty |
| Accession Number, Institution Name, Operators' Name | Z / X | empty |
| Study and SOP Instance UIDs | U (replaced, consistently) | a new UID per original, the same within one run |
| Study Date, Content Date/Time | Z / X | empty, unless ``keep_dates`` (Retain Longitudinal option) |
| the file name (often the patient's name) | - | ``image-<12 hex digits>.dcm``, keyed by the run's secret |
| the user who confirmed a head plane | X (operator) | empty |

Dates inside free text (notes, the GA's source) are removed with the dates. A run's replacements
come from a secret made for that run (kept in an interrupted run's private journal, so a resumed
run goes on with the same replacements), so two runs' outputs cannot be linked to each other or
back to the originals without it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import replace
from pathlib import PurePath

from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.measurement import Measurement

#: The root under which replacement UIDs are made: 2.25 (a UUID as an integer, PS3.5 B.2).
UID_ROOT = "2.25."
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:T[\d:+.Z-]+)?\b|\b(?:19|20)\d{6}\b")
REMOVED_DATE = "[date removed]"


class Anonymiser:
    """Anonymises the records and measurements of one run, consistently (the same original UID
    or file always gets the same replacement in this run)."""

    def __init__(self, keep_dates: bool = False, secret: bytes | None = None):
        self.keep_dates = keep_dates
        self.secret = secret or secrets.token_bytes(32)

    def key(self, original: str) -> str:
        """A keyed hash of ``original`` (hex): the same in this run, unguessable without the secret."""
        return hmac.new(self.secret, original.encode("utf-8"), hashlib.sha256).hexdigest()

    def uid(self, original: str) -> str:
        """A new UID for ``original`` ("" stays ""), the same for the same original in this run."""
        if not original:
            return ""
        return UID_ROOT + str(int(self.key("uid:" + original)[:32], 16))

    def file_name(self, original: str) -> str:
        """``image-<12 hex digits>.dcm`` (the original's extension kept), the same for the same file."""
        path = original.replace("\\", "/")
        suffix = PurePath(path).suffix.lower()
        suffix = suffix if re.fullmatch(r"\.\w{1,5}", suffix) else ""
        return f"image-{self.key('file:' + path)[:12]}{suffix}"

    def text(self, value: str) -> str:
        """Free text with its dates removed (unless dates are kept)."""
        return value if self.keep_dates or not value else DATE.sub(REMOVED_DATE, value)

    def date(self, value: str) -> str:
        """A date or time field: kept with ``keep_dates``, else empty."""
        return value if self.keep_dates else ""

    def identity(self, identity: Identity) -> Identity:
        """The patient and exam of an image, anonymised."""
        return Identity(
            study_date=self.date(identity.study_date),
            study_time=self.date(identity.study_time),
            study_instance_uid=self.uid(identity.study_instance_uid),
            series_instance_uid=self.uid(identity.series_instance_uid),
            sop_instance_uid=self.uid(identity.sop_instance_uid),
            manufacturer=identity.manufacturer,
            manufacturer_model_name=identity.manufacturer_model_name,
        )

    def measurement(self, m: Measurement) -> Measurement:
        """A Measurement anonymised: identity, file, dates and the confirming user."""
        name = self.file_name(m.file)
        return replace(
            m,
            file=name,
            patient_name="",
            patient_id="",
            patient_birth_date="",
            accession_number="",
            study_date=self.date(m.study_date),
            study_instance_uid=self.uid(m.study_instance_uid),
            sop_instance_uid=self.uid(m.sop_instance_uid),
            head_plane_confirmed_by="",
            head_plane_confirmed_at=self.date(m.head_plane_confirmed_at),
            ga_entered_source=self.text(m.ga_entered_source),
            timestamp=self.date(m.timestamp),
            notes=[self.text(n) for n in m.notes],
        )

    def record(self, row: dict) -> dict:
        """A record (``core.record``) anonymised: the measurement's fields as ``measurement`` does,
        the file by its replacement name, and the node's provenance (result files named by UIDs,
        the pixel data's hash) left out."""
        original = str(row.get("file") or row.get("filename") or "")
        name = self.file_name(original)
        out = dict(row)
        out.update(
            filename=name,
            file=name,
            patient_name="",
            patient_id="",
            patient_birth_date="",
            accession_number="",
            study_date=self.date(str(row.get("study_date") or "")),
            study_instance_uid=self.uid(str(row.get("study_instance_uid") or "")),
            sop_instance_uid=self.uid(str(row.get("sop_instance_uid") or "")),
            head_plane_confirmed_by="",
            head_plane_confirmed_at=self.date(str(row.get("head_plane_confirmed_at") or "")),
            ga_entered_source=self.text(str(row.get("ga_entered_source") or "")),
            timestamp=self.date(str(row.get("timestamp") or "")),
            dicom_results=None,
            pixel_data_sha256=None,
        )
        if isinstance(row.get("notes"), list):
            out["notes"] = [self.text(n) for n in row["notes"]]
        if isinstance(row.get("status"), str):  # an error names the file: by its replacement
            base = PurePath(original.replace("\\", "/")).name
            out["status"] = self.text(row["status"].replace(base, name) if base else row["status"])
        return {k: v for k, v in out.items() if k in row or k in ("filename", "file")}
