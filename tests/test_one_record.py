"""One measuring path: the window's export, ``fetalhc predict`` and ``fetalhc serve`` write the same
record for the same image, and one pixel-size rule decides the HC everywhere."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pydicom import dcmread
from pydicom.uid import ExplicitVRLittleEndian
from pynetdicom import AE
from pynetdicom.sop_class import UltrasoundImageStorage

from fetalhc_gui.app.node import RESULTS_TABLE, MeasuringNode
from fetalhc_gui.cli import main
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.core.pixel_size import manual_pixel_size
from fetalhc_gui.core.record import COLUMN_NAMES, PROVENANCE_COLUMNS
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.io.export import read_csv
from fetalhc_gui.net.node_config import NodeConfig

from support.dicom_factory import write_dicom
from support.gui import make_window, measure_all

SCANNER = "SCANNER1"


@pytest.fixture(scope="module")
def predictor(bundled_predictor) -> Predictor:
    return bundled_predictor


def read_rows(path: Path) -> list[dict]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def named_exam(path: Path, seed: int) -> Path:
    write_dicom(path, head_phantom(seed=seed), pixel_spacing=(0.12, 0.12))
    ds = dcmread(path)
    ds.PatientName, ds.PatientID, ds.StudyDate = "Doe^Jane", "P-1", "20261127"
    ds.save_as(path)
    return path


def without_provenance(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in PROVENANCE_COLUMNS}


def test_the_window_the_command_line_and_the_node_write_the_same_record(qtbot, tmp_path, predictor):
    sources = [named_exam(tmp_path / f"src{i}.dcm", seed) for i, seed in enumerate((3, 8))]
    node = MeasuringNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,)), tmp_path / "in", tmp_path / "out", predictor
    )
    node.start()
    try:
        ae = AE(ae_title=SCANNER)
        ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
        assoc = ae.associate("127.0.0.1", node.node.port, ae_title="FETALHC")
        for source in sources:
            assert assoc.send_c_store(dcmread(source)).Status == 0
        assoc.release()
        node.wait_until_idle()
    finally:
        node.stop()
    served = {row["filename"]: row for row in read_rows(tmp_path / "out" / RESULTS_TABLE)}
    received = sorted((tmp_path / "in").rglob("*.dcm"))
    assert len(served) == 2 and sorted(served) == sorted(p.name for p in received)

    assert main(["predict", *map(str, received), "-o", str(tmp_path / "predict.csv")]) == 0
    predicted = {row["filename"]: row for row in read_rows(tmp_path / "predict.csv")}

    window = make_window(qtbot, predictor)
    window.open_paths([str(p) for p in received])
    measure_all(qtbot, window)
    window.files.save_measurements(str(tmp_path / "window.csv"), "csv")
    exported = {row["filename"]: row for row in read_rows(tmp_path / "window.csv")}

    for name in served:
        assert list(served[name]) == list(predicted[name]) == list(exported[name]) == COLUMN_NAMES
        assert without_provenance(served[name]) == without_provenance(predicted[name])
        assert without_provenance(exported[name]) == without_provenance(predicted[name])
        assert predicted[name]["status"].startswith("ok") and predicted[name]["patient_id"] == "P-1"


def test_one_pixel_size_rule_in_the_window_and_on_the_command_line(qtbot, tmp_path, predictor):
    path = named_exam(tmp_path / "exam.dcm", 5)  # the file says 0.12 mm/px
    hcs = {}
    for given in (None, 0.2):
        out = tmp_path / f"cli-{given}.csv"
        forced = ["--force-pixel-size", str(given)] if given else []
        assert main(["predict", str(path), "-o", str(out), *forced]) == 0
        hcs[("cli", given)] = float(read_rows(out)[0]["hc_mm"])
        window = make_window(qtbot, predictor)
        window.open_paths([str(path)])
        if given:  # typed for this image in the pixel-size panel
            window.workspace.set_pixel_sizes({0: manual_pixel_size(given)}, "typed")
        measure_all(qtbot, window)
        hcs[("window", given)] = window.workspace.measurement(0).hc_mm
        window.close()
    assert hcs[("window", None)] == pytest.approx(hcs[("cli", None)], abs=1e-9)
    assert hcs[("window", 0.2)] == pytest.approx(hcs[("cli", 0.2)], abs=1e-9)
    assert hcs[("cli", 0.2)] == pytest.approx(hcs[("cli", None)] * 0.2 / 0.12, rel=1e-9)
    # a default fills gaps only: the file's own still wins over --pixel-size
    assert main(["predict", str(path), "-o", str(tmp_path / "d.csv"), "--pixel-size", "0.2"]) == 0
    assert float(read_rows(tmp_path / "d.csv")[0]["hc_mm"]) == pytest.approx(hcs[("cli", None)], abs=1e-9)


V1_WINDOW_CSV = (
    "file,frame,pixel_size_mm,pixel_size_source,center_x_px,center_y_px,semi_axis_a_px,semi_axis_b_px,angle_rad,"
    "hc_px,hc_mm,hc_low_mm,hc_high_mm,bpd_mm,ofd_mm,cephalic_index,ga_hadlock_weeks,ga_intergrowth_days,"
    "ga_entered_days,hc_zscore,hc_centile,pixel_size_y_mm,patient_id,patient_name,patient_birth_date,study_date,"
    "accession_number,study_instance_uid,sop_instance_uid,model_name,quality,doubtful,edited,timestamp,notes\n"
    "/data/000_HC.png,0,0.1,manual,400.0,270.0,150.0,120.0,0.3,853.0,85.3,,,24.0,30.0,80.0,20.1,140.0,,,,0.1,"
    ",,,,,,,fake model 1.0,0.95,false,false,2026-11-27T10:00:00+00:00,\n"
)


def test_an_export_of_the_first_record_version_reads_back(tmp_path):
    (tmp_path / "old.csv").write_text(V1_WINDOW_CSV)
    (m,) = read_csv(tmp_path / "old.csv")
    assert (m.file, m.center_x_px, m.angle_rad, m.hc_mm, m.model_name) == (
        "/data/000_HC.png",
        400.0,
        0.3,
        85.3,
        "fake model 1.0",
    )


def test_the_window_opens_its_export_again_and_one_of_the_first_version(qtbot, tmp_path):
    import cv2

    from fetalhc_gui.core.biometry import head_biometry
    from fetalhc_gui.core.ellipse import Ellipse
    from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource

    from support.gui import HEAD

    paths = [named_exam(tmp_path / f"e{i}.dcm", seed) for i, seed in enumerate((1, 2))]
    window = make_window(qtbot)
    window.open_paths([str(p) for p in paths])
    measure_all(qtbot, window)
    window.workspace.edit_ellipse(1, Ellipse(400, 270, 160, 120, 0.2))
    window.workspace.set_pixel_sizes({1: PixelSize(0.2, PixelSizeSource.MANUAL)}, "typed")
    window.files.save_measurements(str(tmp_path / "m.json"), "json")
    before = window.workspace.measurements()

    again = make_window(qtbot)
    again.files.open_export(str(tmp_path / "m.json"))
    after = again.workspace.measurements()
    assert [(m.hc_mm, m.edited, m.pixel_size_source) for m in after] == [
        (m.hc_mm, m.edited, m.pixel_size_source) for m in before
    ]
    assert after[0].hc_low_mm == pytest.approx(before[0].hc_low_mm)
    assert again.workspace.entries[0].auto_ellipse == HEAD and again.workspace.entries[1].auto_ellipse is None

    image = tmp_path / "000_HC.png"
    cv2.imwrite(str(image), head_phantom())
    (tmp_path / "old.csv").write_text(V1_WINDOW_CSV.replace("/data/000_HC.png", str(image)))
    third = make_window(qtbot)
    third.files.open_export(str(tmp_path / "old.csv"))
    (m,) = third.workspace.measurements()
    assert (m.pixel_size_mm, m.center_x_px, m.angle_rad) == (0.1, 400.0, 0.3)
    assert m.hc_mm == pytest.approx(head_biometry(Ellipse(400, 270, 150, 120, 0.3), 0.1).hc_mm)

    image.unlink()
    fourth = make_window(qtbot)
    fourth.files.open_export(str(tmp_path / "old.csv"))
    assert fourth.workspace.entries == []
    assert fourth.messages[-1] == ("Some images were not opened", f"{image}: the image file is not there any more.")


def test_the_schema_document_lists_every_column_in_order():
    import re

    text = (Path(__file__).resolve().parents[1] / "docs" / "record-schema.md").read_text()
    documented = re.findall(r"^\| \d+ \| `(\w+)`", text, flags=re.M)
    assert documented == COLUMN_NAMES
