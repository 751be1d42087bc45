"""Exams for the tests: DICOM files of a patient's exam, a study for a PACS, a measured PACS image."""

from __future__ import annotations

import datetime

from pydicom import dcmread
from pydicom.filebase import DicomBytesIO

from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.net.node_config import Peer

from support.dicom_factory import write_dicom
from support.gui import make_window, measure_current

EXAM = datetime.date(2026, 11, 27)


def exam_file(tmp_path, name: str, study: str, seed: int):
    path = write_dicom(tmp_path / name, head_phantom(seed=seed), pixel_spacing=(0.2, 0.2))
    ds = dcmread(path)
    ds.PatientID, ds.StudyInstanceUID, ds.StudyDate = "P-1", f"1.2.826.0.1.3680043.10.{study}", "20261127"
    ds.save_as(path)
    return path


def study_file(tmp_path, name: str, patient: str, study: str, date: str, seed: int) -> bytes:
    ds = dcmread(write_dicom(tmp_path / name, head_phantom(seed=seed), pixel_spacing=(0.2, 0.2)))
    ds.PatientID, ds.PatientName, ds.PatientBirthDate, ds.PatientSex = patient, f"Test^{patient}", "", "F"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = f"1.2.826.0.1.3680043.10.{study}", f"1.2.826.0.1.3680043.10.{study}.1"
    ds.StudyDate, ds.StudyTime, ds.StudyID, ds.AccessionNumber = date, "101500", "1", ""
    ds.StudyDescription, ds.ReferringPhysicianName, ds.SeriesNumber, ds.InstanceNumber = "OB US", "", 1, seed
    buffer = DicomBytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def measured_study_image(qtbot, predictor, peer: Peer, tmp_path, name: str, patient: str, date: str):
    """A window knowing ``peer``, with a study image (``name``, of ``patient`` on ``date``, its study
    numbered by the patient ID's digits) from ``tmp_path/received`` open and measured by ``predictor``."""
    window = make_window(qtbot, predictor)
    window.settings.set_dicom_node("FETALHC", 11112, "127.0.0.1", [peer])
    path = tmp_path / "received" / name
    path.parent.mkdir()
    path.write_bytes(study_file(tmp_path, name, patient, patient[1:], date, 1))
    window.open_paths([str(path)])
    measure_current(qtbot, window)
    return window
