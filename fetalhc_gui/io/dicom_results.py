"""Results as DICOM, filed in the source image's study (highdicom): an OB-GYN Ultrasound
Procedure Report (TID 5000, Comprehensive SR: ``io.ob_report``) and a secondary capture of the
image with the measurement burnt in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import highdicom as hd
import numpy as np
from highdicom.sr import DeviceObserverIdentifyingAttributes
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.filebase import DicomBytesIO
from pydicom.uid import generate_uid

from fetalhc_gui import __version__
from fetalhc_gui.core.errors import ExportError
from fetalhc_gui.core.measurement import Measurement as HeadMeasurement
from fetalhc_gui.core.verdicts import ResultText
from fetalhc_gui.io.atomic import atomic_write_bytes
from fetalhc_gui.io.ob_report import SCHEME, ob_report_content
from fetalhc_gui.io.overlay import draw_overlay
from fetalhc_gui.io.private import ensure_folder

MANUFACTURER = "FetalHC"
#: The results' character set: UTF-8, for the comments in the report's language and for whatever
#: the source's names are written in (its own set need not hold the report's letters).
UTF8 = "ISO_IR 192"
MODEL_NAME = "FetalHC head circumference"
REPORT_SERIES_NUMBER = 9901
CAPTURE_SERIES_NUMBER = 9902


@dataclass(frozen=True)
class ResultIdentity:
    """The UIDs and series numbers of an image's report and capture. ``for_image`` derives the UIDs
    from the source image and its pixels, so measuring the same image again gives the same objects
    (a PACS keeps one copy) and changed pixels give new ones."""

    report_series_uid: str
    report_uid: str
    capture_series_uid: str
    capture_uid: str
    report_series_number: int = REPORT_SERIES_NUMBER
    capture_series_number: int = CAPTURE_SERIES_NUMBER

    @classmethod
    def fresh(cls) -> ResultIdentity:
        """New UIDs (a result the user makes by hand)."""
        return cls(generate_uid(), generate_uid(), generate_uid(), generate_uid())

    @classmethod
    def for_image(
        cls, sop_instance_uid: str, pixels_sha256: str, numbers: tuple[int, int] | None = None
    ) -> ResultIdentity:
        """UIDs fixed by the source image's SOP Instance UID and the SHA-256 of its pixel data;
        ``numbers``: the report's and the capture's series numbers."""

        def uid(kind: str) -> str:
            return generate_uid(entropy_srcs=["fetalhc", sop_instance_uid, pixels_sha256, kind])

        report, capture = numbers or (REPORT_SERIES_NUMBER, CAPTURE_SERIES_NUMBER)
        return cls(uid("report-series"), uid("report"), uid("capture-series"), uid("capture"), report, capture)


def software_versions(model_version: str) -> list[str]:
    """Software Versions (0018,1020): FetalHC's and the model's."""
    return [f"FetalHC {__version__}", f"model {model_version}" if model_version else "hand-drawn ellipse"]


def measurement_report(
    source: Dataset,
    m: HeadMeasurement,
    text: ResultText,
    model_version: str = "",
    identity: ResultIdentity | None = None,
    frame: int | None = None,
) -> Dataset:
    """A TID 5000 OB-GYN Ultrasound Procedure Report of ``m`` on the DICOM image ``source``, as a
    new series of the source's study (PARTIAL: head biometry only; UNVERIFIED); ``frame`` (from
    0) names the measured frame of a multi-frame source; its comments are ``text``'s (in the
    report's language). ExportError when the measurement has no mm figures."""
    if m.hc_mm is None:
        raise ExportError("A DICOM report needs the HC in millimetres: set the pixel size first.")
    identity = identity or ResultIdentity.fresh()
    device = DeviceObserverIdentifyingAttributes(
        uid=generate_uid(entropy_srcs=["fetalhc-device", MANUFACTURER]),
        name=MANUFACTURER,
        manufacturer_name=MANUFACTURER,
        model_name=MODEL_NAME,
    )
    content = ob_report_content(m, text, source, device, model_version, frame)
    sr = hd.sr.ComprehensiveSR(
        evidence=[source],
        content=content,
        series_instance_uid=identity.report_series_uid,
        series_number=identity.report_series_number,
        sop_instance_uid=identity.report_uid,
        instance_number=1,
        manufacturer=MANUFACTURER,
        is_complete=False,
        specific_character_set=UTF8,
        series_description="FetalHC head biometry",
    )
    identify(sr, model_version or (m.model_name or ""))
    sr.CodingSchemeIdentificationSequence = [private_scheme()]
    return sr


def private_scheme() -> Dataset:
    """The Coding Scheme Identification of FetalHC's local codes (99FETALHC), as PS3.3 C.12.1 asks
    of a private scheme used in the object."""
    item = Dataset()
    item.CodingSchemeDesignator = SCHEME
    item.CodingSchemeName = "FetalHC local codes"
    item.CodingSchemeResponsibleOrganization = "FetalHC (docs/dicom-conformance.md)"
    return item


def identify(ds: Dataset, model_version: str) -> None:
    """Name the equipment that made ``ds``: FetalHC, its model name and the software versions."""
    ds.Manufacturer = MANUFACTURER
    ds.ManufacturerModelName = MODEL_NAME
    ds.SoftwareVersions = software_versions(model_version)


def overlay_capture(
    source: Dataset,
    overlay_rgb: np.ndarray,
    identity: ResultIdentity | None = None,
    model_version: str = "",
    frame: int | None = None,
) -> Dataset:
    """A secondary capture of ``overlay_rgb`` (the image with its measurement drawn, uint8
    (rows, cols, 3)) as a new series of the source's study: the source image (and ``frame``, from
    0, of a multi-frame one) referenced, the burnt-in text declared."""
    identity = identity or ResultIdentity.fresh()
    capture = hd.sc.SCImage.from_ref_dataset(
        ref_dataset=source,
        pixel_array=np.ascontiguousarray(overlay_rgb, dtype=np.uint8),
        photometric_interpretation="RGB",
        bits_allocated=8,
        specific_character_set=UTF8,
        coordinate_system="PATIENT",
        series_instance_uid=identity.capture_series_uid,
        series_number=identity.capture_series_number,
        sop_instance_uid=identity.capture_uid,
        instance_number=1,
        manufacturer=MANUFACTURER,
        patient_orientation=("A", "F"),  # highdicom insists on one; cleared below
        series_description="FetalHC head measurement",
    )
    capture.PatientOrientation = ""  # type 2: an ultrasound plane has no known patient orientation
    capture.Laterality = ""  # type 2C: the fetal head is not a paired structure
    capture.Modality = str(source.get("Modality", "") or "US")
    capture.BurnedInAnnotation = "YES"  # the figures, and the patient's data where the source had it burnt in
    reference = Dataset()
    reference.ReferencedSOPClassUID = source.SOPClassUID
    reference.ReferencedSOPInstanceUID = source.SOPInstanceUID
    if frame is not None and int(source.get("NumberOfFrames", 1) or 1) > 1:
        reference.ReferencedFrameNumber = frame + 1
    capture.SourceImageSequence = [reference]
    identify(capture, model_version)
    return capture


def result_objects(
    source_path: Path,
    m: HeadMeasurement,
    text: ResultText,
    display: np.ndarray,
    mask: np.ndarray | None,
    model_version: str = "",
    identity: ResultIdentity | None = None,
) -> list[Dataset]:
    """The report and the capture of a measurement made on the DICOM file ``source_path``; the
    capture draws the ellipse, ``mask`` and ``text``'s caption over ``display`` (the frame as
    shown), the report carries ``text``'s comments; ``identity``
    fixes their UIDs and series numbers (new ones without it). ExportError when the source is not
    DICOM or the measurement has no mm figures."""
    try:
        source = dcmread(source_path, stop_before_pixels=True)
    except (InvalidDicomError, OSError) as exc:
        raise ExportError(f"{Path(source_path).name} is not DICOM: there is no study to file results in.") from exc
    if "StudyInstanceUID" not in source:
        raise ExportError(f"{Path(source_path).name} names no study to file results in.")
    source = with_empty_type2(source)
    caption = "\n".join(text.caption)
    try:
        identity = identity or ResultIdentity.fresh()
        report = measurement_report(source, m, text, model_version, identity, m.frame)
        overlay = draw_overlay(display, m.ellipse, mask, 0.25, caption)
        capture = overlay_capture(source, overlay, identity, model_version or (m.model_name or ""), m.frame)
    except (ValueError, TypeError, AttributeError) as exc:  # what highdicom raises for a header it cannot use
        raise ExportError(f"{Path(source_path).name}: no DICOM results could be made from its header ({exc}).") from exc
    return [report, capture]


#: Patient and study attributes the results copy from the source; type 2, so empty when it lacks them.
TYPE2_FROM_SOURCE = (
    "PatientName",
    "PatientID",
    "PatientBirthDate",
    "PatientSex",
    "StudyDate",
    "StudyTime",
    "ReferringPhysicianName",
    "StudyID",
    "AccessionNumber",
)


#: Patient attributes for animals (PS3.3 C.7.1.1): a species on a human patient's header makes a
#: result object demand breed, owner and neutering, which a scanner never fills in.
VETERINARY = (
    "PatientSpeciesDescription",
    "PatientSpeciesCodeSequence",
    "PatientBreedDescription",
    "PatientBreedCodeSequence",
    "BreedRegistrationSequence",
    "ResponsiblePerson",
    "ResponsiblePersonRole",
    "ResponsibleOrganization",
    "PatientSexNeutered",
)
DEIDENTIFIED_UNSTATED = "De-identified by the source; method not stated"  # LO: 64 characters at most


def with_empty_type2(source: Dataset) -> Dataset:
    """A copy of ``source`` that a result object can be built on: the patient and study attributes
    it lacks present and empty (scanners often leave out birth date, sex, accession number or
    referring physician), veterinary attributes left out, and a de-identification the source
    declares without its method completed, so the results carry none of the source's errors."""
    copy = Dataset(source)
    copy.file_meta = source.file_meta
    for keyword in TYPE2_FROM_SOURCE:
        if keyword not in copy:
            setattr(copy, keyword, "")
    for keyword in VETERINARY:
        if keyword in copy:
            delattr(copy, keyword)
    removed = str(copy.get("PatientIdentityRemoved", "")).upper() == "YES"
    if removed and "DeidentificationMethod" not in copy and "DeidentificationMethodCodeSequence" not in copy:
        copy.DeidentificationMethod = DEIDENTIFIED_UNSTATED
    return copy


def write_datasets(folder: Path, datasets: list[Dataset]) -> list[Path]:
    """Write each dataset atomically as ``<SOP Instance UID>.dcm`` in ``folder``; the paths."""
    ensure_folder(folder)
    paths = []
    for ds in datasets:
        buffer = DicomBytesIO()
        ds.save_as(buffer, enforce_file_format=True)
        path = folder / f"{ds.SOPInstanceUID}.dcm"
        atomic_write_bytes(path, buffer.getvalue())
        paths.append(path)
    return paths
