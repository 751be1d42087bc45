"""Folders and DICOM media as scanners and archives write them: nested, extensionless, DICOMDIR."""

from __future__ import annotations

import cv2
import numpy as np
from pydicom import dcmread
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.fileset import FileSet
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from fetalhc_gui.cli import main
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.folders import find_images
from fetalhc_gui.io.images import load_image

from support.dicom_factory import write_dicom

COMPREHENSIVE_SR = "1.2.840.10008.5.1.4.1.1.88.33"


def write_sr(path):
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = COMPREHENSIVE_SR
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SOPClassUID, ds.SOPInstanceUID = COMPREHENSIVE_SR, ds.file_meta.MediaStorageSOPInstanceUID
    ds.Modality = "SR"
    ds.save_as(path, enforce_file_format=True)


def with_identity(path, patient: str, study: str, instance: int):
    ds = dcmread(path)
    ds.PatientID, ds.PatientName = patient, f"Test^{patient}"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = f"1.2.826.0.1.{study}", f"1.2.826.0.1.{study}.1"
    ds.StudyDate, ds.StudyTime, ds.StudyID, ds.AccessionNumber = "20261127", "101500", "1", ""
    ds.ReferringPhysicianName, ds.SeriesNumber, ds.InstanceNumber = "", 1, instance
    ds.save_as(path)
    return path


def test_nested_folders_extensionless_dicom_and_skipped_objects(tmp_path):
    export = tmp_path / "export"
    (export / "A" / "B").mkdir(parents=True)
    write_dicom(export / "A" / "B" / "IM00001", head_phantom())
    write_dicom(export / "A" / "1.2.840.99.7", head_phantom(seed=2))
    cv2.imwrite(str(export / "A" / "scan.png"), head_phantom(seed=3))
    cv2.imwrite(str(export / "A" / "scan_Annotation.png"), head_phantom(seed=3))
    write_sr(export / "A" / "B" / "SR00001")
    (export / "notes.txt").write_text("not an image")
    (export / "A" / "B" / "blank").write_bytes(b"\x08\x00 short")
    scan = find_images([export])
    assert [p.relative_to(export).as_posix() for p in scan.files] == ["A/1.2.840.99.7", "A/scan.png", "A/B/IM00001"]
    assert scan.skipped_non_image == 1 and "1 DICOM files without an image" in scan.summary()
    assert load_image(scan.files[2]).metadata["format"] == "DICOM"


def test_a_preamble_less_dicom_file_is_recognised_and_read(tmp_path):
    path = write_dicom(tmp_path / "with_preamble", head_phantom())
    ds = dcmread(path)
    del ds.file_meta
    ds.preamble = None
    bare = tmp_path / "bare"
    ds.save_as(bare, enforce_file_format=False, implicit_vr=False, little_endian=True)
    assert bare.read_bytes()[128:132] != b"DICM"
    assert find_images([tmp_path]).files == [bare, path]
    assert load_image(bare).gray.shape == (540, 800)


def test_dicomdir_opens_the_media_by_patient_and_tells_of_missing_files(tmp_path):
    staged = tmp_path / "staged"
    staged.mkdir()
    fileset = FileSet()
    for patient, study, instance in (("P2", 2, 1), ("P1", 1, 2), ("P1", 1, 1)):
        path = write_dicom(staged / f"{patient}_{instance}.dcm", head_phantom(seed=instance))
        fileset.add(with_identity(path, patient, study, instance))
    media = tmp_path / "stick"
    fileset.write(media)
    scan = find_images([media])
    patients = [(dcmread(p).PatientID, int(dcmread(p).InstanceNumber)) for p in scan.files]
    assert patients == [("P1", 1), ("P1", 2), ("P2", 1)] and not scan.problems

    scan.files[0].unlink()  # a damaged stick: one listed file is gone
    damaged = find_images([media / "DICOMDIR"])
    assert len(damaged.files) == 2
    assert damaged.problems == [f"{media / 'DICOMDIR'}: 1 files listed in the DICOMDIR are missing from the media."]


def test_thousands_of_other_files_are_passed_over(tmp_path):
    for i in range(3000):
        (tmp_path / f"log{i:04d}").write_bytes(bytes(np.random.default_rng(i).integers(0, 255, 200, np.uint8)))
    write_dicom(tmp_path / "IM1", head_phantom())
    scan = find_images([tmp_path])
    assert scan.files == [tmp_path / "IM1"]
    assert scan.summary() == "3000 other files in the folders are not images and were skipped."


def test_a_row_without_a_head_keeps_what_the_file_said(tmp_path):
    from fetalhc_gui.app.batches import measure_batch
    from fetalhc_gui.app.measuring import outcome_of
    from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions

    from support.fakes import FakePredictor

    path = with_identity(write_dicom(tmp_path / "IM1", head_phantom(), pixel_spacing=(0.14, 0.14)), "P7", "9", 1)
    result = measure_batch(FakePredictor(fail=True), [(path, 0)])[0]
    outcome = outcome_of(result, "fake", PixelSizeOptions())
    row, m = outcome.row, outcome.measurement
    assert m is None and row["status"].startswith("error")
    assert row["pixel_size_mm"] == 0.14 and row["pixel_size_source"] == "dicom (Pixel Spacing)" and row["frame"] == 0
    assert row["patient_id"] == "P7" and row["study_instance_uid"] == "1.2.826.0.1.9" and row["sop_instance_uid"]


def test_nonsense_ultrasound_regions_are_told_and_the_image_opens(tmp_path):
    from support.dicom_factory import region

    regions = [region(0, 0, 799, 539, 0.0, -0.01), region(0, 0, 799, 539, 0.01, 0.01, units=9)]
    image = load_image(write_dicom(tmp_path / "IM1", head_phantom(), regions=regions))
    assert image.pixel_size is None and image.gray.shape == (540, 800)
    assert "2 ultrasound region(s) give no usable pixel size" in image.warnings[0]


def test_predict_walks_a_nested_export(tmp_path, capsys):
    (tmp_path / "export" / "S1").mkdir(parents=True)
    write_dicom(tmp_path / "export" / "S1" / "IM00001", head_phantom())
    write_sr(tmp_path / "export" / "S1" / "SR00001")
    out = tmp_path / "o.csv"
    assert main(["predict", str(tmp_path / "export"), "--pixel-size", "0.1", "-o", str(out)]) == 0
    assert "IM00001" in out.read_text()
    assert "1 DICOM files without an image" in capsys.readouterr().err


def test_a_broken_dicomdir_is_told_and_its_folder_searched(tmp_path):
    (tmp_path / "DICOMDIR").write_bytes(b"garbage" * 40)
    write_dicom(tmp_path / "IM1", head_phantom())
    scan = find_images([tmp_path])
    assert scan.files == [tmp_path / "IM1"]
    assert len(scan.problems) == 1 and "could not be read" in scan.problems[0]


def test_the_window_opens_a_nested_export_and_says_what_it_skipped(qtbot, tmp_path):
    from support.gui import make_window

    (tmp_path / "export" / "S1").mkdir(parents=True)
    write_dicom(tmp_path / "export" / "S1" / "IM00001", head_phantom())
    write_dicom(tmp_path / "export" / "S1" / "IM00002", head_phantom(seed=5))
    write_sr(tmp_path / "export" / "S1" / "SR00001")
    window = make_window(qtbot)
    window.open_paths([str(tmp_path / "export")])
    assert [e.name for e in window.workspace.entries] == ["IM00001", "IM00002"]
    assert "1 DICOM files without an image" in window.statusBar().currentMessage()
    assert not window.messages
