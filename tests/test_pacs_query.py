"""Open from PACS against a real Orthanc: C-FIND finds the study, C-GET brings its images."""

from __future__ import annotations

import datetime

import pytest

from fetalhc_gui.io.images import load_image
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.net.pacs_query import date_range, find_studies, retrieve_study
from fetalhc_gui.net.sender import SendError

from support.exams import study_file  # noqa: F401
from support.orthanc import AE_TITLE, start_orthanc, stop_orthanc


@pytest.fixture
def pacs(tmp_path):
    server = start_orthanc(tmp_path / "orthanc", {"fetalhc": ("FETALHC", "127.0.0.1", 104)})
    server.post("/instances", study_file(tmp_path, "a1.dcm", "P1", "1", "20261120", 1))
    server.post("/instances", study_file(tmp_path, "a2.dcm", "P1", "1", "20261120", 2))
    server.post("/instances", study_file(tmp_path, "b1.dcm", "P2", "2", "20250101", 3))
    yield server
    stop_orthanc(server)


def test_date_ranges_are_written_as_dicom_wants():
    assert date_range(datetime.date(2026, 1, 2), None) == "20260102-"
    assert date_range(None, datetime.date(2026, 3, 4)) == "-20260304"
    assert date_range(None, None) == ""


def test_find_by_patient_and_date_then_retrieve_the_study(pacs, tmp_path):
    peer = Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port)
    found = find_studies(peer, "FETALHC", patient_id="P1")
    assert [(m.patient_id, m.study_date, m.images) for m in found] == [("P1", "20261120", 2)]
    assert find_studies(peer, "FETALHC", patient_name="Test^*", first=datetime.date(2026, 1, 1))[0].patient_id == "P1"
    assert len(find_studies(peer, "FETALHC")) == 2
    files = retrieve_study(peer, "FETALHC", found[0].study_uid, tmp_path / "fetched")
    assert len(files) == 2 and all(load_image(f).gray.shape == (540, 800) for f in files)


def test_an_unknown_caller_is_refused(pacs):
    with pytest.raises(SendError, match="did not accept"):
        find_studies(Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port), "STRANGER", patient_id="P1")
