"""The exam check: headers of other exams are stopped, obstetric and header-less images pass, and a
single weak cue is weighed against the head-plane check."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from fetalhc_gui.app.assessment import not_reported_because
from fetalhc_gui.app.measuring import measure_one
from fetalhc_gui.core.exam_check import ExamHeader, exam_verdict
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.exam_header import age_years, exam_header_of
from fetalhc_gui.io.images import load_image

from support.dicom_factory import region, write_dicom
from support.fakes import FakePredictor

OBSTETRIC = ExamHeader("US", "F", 31.0, ("US Pelvis Fetus for pregnancy", "OB 2nd trimester"))
#: A two-year-old's echocardiogram (the issue's first file).
ECHO_CHILD = ExamHeader("US", "M", 2.0, ("PEDIATRIC", "MURMUR, R/O VSD"), region_types=(1, 0x0A))
#: A 44-year-old man's thyroid scan (the issue's second file; image type "SMALL PARTS").
THYROID_MAN = ExamHeader("US", "M", 46.0, ("SMALL PARTS",))


def test_the_childs_echocardiogram_and_the_mans_thyroid_scan_are_refused_whatever_the_plane_check_says():
    for header in (ECHO_CHILD, THYROID_MAN):
        for head_plane in (True, False, None):
            assert exam_verdict(header, head_plane).refused
    reason = exam_verdict(ECHO_CHILD, True).reason
    assert "'PEDIATRIC'" in reason and "an ECG trace region" in reason and "patient age 2 years" in reason
    assert "'SMALL PARTS'" in exam_verdict(THYROID_MAN, None).reason


def test_an_obstetric_header_and_a_header_less_image_pass():
    assert not exam_verdict(OBSTETRIC, None).refused
    assert not exam_verdict(ExamHeader(), None).refused  # a PNG, an anonymised file
    assert exam_verdict(ExamHeader(), None).note is None


def test_patient_sex_m_alone_refuses_only_without_the_head_plane_check_agreeing():
    registered_male = ExamHeader("US", "M", 29.0, ("OB 2nd trimester",))
    kept = exam_verdict(registered_male, True)
    assert not kept.refused and "patient sex M" in kept.note
    assert exam_verdict(registered_male, None).refused
    assert exam_verdict(registered_male, False).refused


@pytest.mark.parametrize(
    "header, cue",
    [
        (ExamHeader("CT"), "modality CT"),
        (ExamHeader("US", waveform=True), "waveform"),
        (ExamHeader("US", age_years=71.0), "age 71"),
        (ExamHeader("US", age_years=0.5), "age 0.5"),
        (ExamHeader("US", texts=("THYROID",)), "THYROID"),
        (ExamHeader("US", texts=("Echocardiography",)), "Echocardiography"),
    ],
)
def test_each_strong_cue_refuses_on_its_own(header, cue):
    verdict = exam_verdict(header, True)
    assert verdict.refused and cue in verdict.reason


def test_an_organ_word_beside_an_obstetric_one_is_not_a_cue():
    assert not exam_verdict(ExamHeader("US", "F", 30.0, ("FETAL ECHO", "Fetal heart")), None).refused
    assert not exam_verdict(ExamHeader("SC", "F", None, ("OB", "KIDNEY")), None).refused


def test_the_node_rule_names_the_plane_or_the_header_and_the_exam_check_can_be_turned_off():
    assert "head plane" in not_reported_because(False, exam_verdict(OBSTETRIC, False))
    refused = exam_verdict(THYROID_MAN, True)
    assert "obstetric" in not_reported_because(True, refused)
    assert not_reported_because(True, refused, exam_check=False) is None
    assert not_reported_because(True, exam_verdict(OBSTETRIC, True)) is None


def _dataset(**values) -> Dataset:
    ds = Dataset()
    for key, value in values.items():
        setattr(ds, key, value)
    return ds


def test_the_header_is_read_from_dicom_attributes():
    item = Dataset()
    item.RegionDataType = 0x0A
    ds = _dataset(
        Modality="US",
        PatientSex="M",
        PatientAge="002Y",
        StudyDescription="PEDIATRIC",
        SeriesDescription="MURMUR, R/O VSD",
        ImageType=["ORIGINAL", "PRIMARY", "SMALL PARTS"],
    )
    ds.SequenceOfUltrasoundRegions = Sequence([item])
    header = exam_header_of(ds)
    assert header.modality == "US" and header.patient_sex == "M" and header.age_years == 2.0
    assert header.texts == ("PEDIATRIC", "MURMUR, R/O VSD", "SMALL PARTS") and header.region_types == (0x0A,)
    assert not header.waveform


def test_the_age_comes_from_the_birth_and_study_dates_when_no_age_is_stated():
    assert age_years(_dataset(PatientBirthDate="19800315", StudyDate="20260315")) == pytest.approx(46.0, abs=0.01)
    assert age_years(_dataset(PatientAge="006M")) == pytest.approx(0.5)
    with pytest.warns(UserWarning):  # pydicom warns of the bad date; the age is then unknown
        assert age_years(_dataset(PatientBirthDate="not a date", StudyDate="20260315")) is None
    assert age_years(_dataset()) is None


def test_a_measured_file_of_another_exam_is_doubtful_with_the_reason(tmp_path):
    path = write_dicom(tmp_path / "thyroid.dcm", head_phantom(), pixel_spacing=(0.1, 0.1))
    ds = dcmread(path)
    ds.PatientSex, ds.PatientBirthDate, ds.StudyDate = "M", "19800101", "20260101"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "SMALL PARTS"]
    ds.save_as(path)
    assert load_image(path).exam.patient_sex == "M"
    row = measure_one(FakePredictor(head_plane=True), path).row
    assert row["status"].startswith("ok (doubtful: the header says this is not an obstetric exam")
    assert row["head_plane"] is True and row["hc_mm"] > 0
    png = tmp_path / "plain.png"
    cv2.imwrite(str(png), head_phantom())
    plain = measure_one(FakePredictor(head_plane=True), png).row
    assert "obstetric" not in plain["status"]
    assert json.dumps(plain, default=str)  # the record stays plain values


def test_an_ecg_region_in_the_file_is_seen(tmp_path):
    regions = [region(0, 0, 99, 99, 0.01, 0.01), region(0, 100, 99, 127, 0.01, 0.01, data_type=0x0A)]
    path = write_dicom(tmp_path / "echo.dcm", np.zeros((128, 100), np.uint8), regions=regions)
    assert 0x0A in load_image(path).exam.region_types
