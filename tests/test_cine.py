"""Cine loops: every frame measured, the best one chosen, shown, overridable and exported."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from fetalhc_gui.app.cine_scan import scan_cine
from fetalhc_gui.app.session import Status
from fetalhc_gui.cli import main
from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.cine import FrameMeasure, best_frame, frames_disagree
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.images import load_frames

from support.cine import BEST, FRAMES, LoopPredictor, head_of, marked_loop  # noqa: F401
from support.dicom_factory import write_dicom


@pytest.fixture
def loop_file(tmp_path):
    return write_dicom(tmp_path / "loop.dcm", marked_loop(), pixel_spacing=(0.15, 0.15))


def test_best_frame_prefers_quality_then_the_narrowest_interval():
    e = Ellipse(100, 100, 50, 40, 0)
    frames = [
        FrameMeasure(0, e, 0.99, ("doubtful",)),
        FrameMeasure(1, e, 0.90),
        FrameMeasure(2, e, 0.95, hc_interval_px=(280, 300)),
        FrameMeasure(3, e, 0.94, hc_interval_px=(285, 295)),
        FrameMeasure(4, None, error="No head was found."),
    ]
    assert best_frame(frames) == 3  # 0 is doubtful; 3 is within the tie of 2 and narrower
    assert best_frame(frames[:3]) == 2
    assert best_frame([frames[0], frames[4]]) == 0  # only doubtful frames: still the best of them
    assert best_frame([frames[4]]) is None


def test_frames_that_disagree_are_told():
    steady = [FrameMeasure(i, Ellipse(100, 100, 50, 40, 0), 0.9) for i in range(10)]
    assert not frames_disagree(steady)
    sweeping = [FrameMeasure(i, Ellipse(100, 100, 30 + 5 * i, 25 + 5 * i, 0), 0.9) for i in range(10)]
    assert frames_disagree(sweeping)


def test_a_frame_measure_survives_a_round_trip():
    f = FrameMeasure(3, Ellipse(1, 2, 30, 20, 0.5), 0.9, ("x",), (100.0, 120.0))
    assert FrameMeasure.from_dict(json.loads(json.dumps(f.to_dict()))) == f


def test_scan_measures_every_frame_and_returns_the_best_one(loop_file):
    images = load_frames(loop_file)
    assert len(images) == FRAMES and [i.frame_index for i in images] == list(range(FRAMES))
    progress = []
    scan = scan_cine(LoopPredictor(), images, lambda d, t: progress.append((d, t)))
    assert scan.best == BEST and scan.best_result.frame == BEST
    assert [f.frame for f in scan.frames] == list(range(FRAMES))
    assert progress[-1] == (FRAMES, FRAMES) and len(progress) == 2  # batches of 8
    assert hc_pixels(scan.best_result.prediction.ellipse) == pytest.approx(hc_pixels(head_of(BEST)))


def test_scan_stops_when_asked(loop_file):
    scan = scan_cine(LoopPredictor(), load_frames(loop_file), should_stop=lambda: True)
    assert scan.cancelled and scan.best is None and scan.frames == []


def test_the_real_model_follows_the_growing_head(tmp_path, bundled_predictor):

    path = write_dicom(tmp_path / "real.dcm", marked_loop(6), pixel_spacing=(0.15, 0.15))
    scan = scan_cine(bundled_predictor, load_frames(path))
    hcs = [f.hc_px for f in scan.frames]
    assert all(h is not None for h in hcs)
    truth = [hc_pixels(head_of(i)) for i in range(6)]
    assert np.allclose(hcs, truth, rtol=0.03)
    assert scan.best is not None and scan.best_result.frame == scan.best


def test_predict_reports_the_best_frame_or_every_frame(loop_file, tmp_path, monkeypatch):
    monkeypatch.setattr("fetalhc_gui.inference.predictor.Predictor", lambda *a, **k: LoopPredictor())
    out = tmp_path / "best.csv"
    assert main(["predict", str(loop_file), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 1 and rows[0]["frame"] == str(BEST)
    assert rows[0]["frame_choice"].startswith(f"best of {FRAMES} frames")
    assert float(rows[0]["pixel_size_mm"]) == 0.15
    every = tmp_path / "all.csv"
    assert main(["predict", str(loop_file), "-o", str(every), "--all-frames"]) == 0
    rows = list(csv.DictReader(every.open()))
    assert [r["frame"] for r in rows] == [str(i) for i in range(FRAMES)]
    assert all(r["status"].startswith("ok") for r in rows)


def test_the_window_scans_the_loop_shows_the_curve_and_lets_the_user_choose(qtbot, loop_file, tmp_path):
    from support.gui import make_window, measure_current

    window = make_window(qtbot, LoopPredictor())
    window.open_paths([str(loop_file)])
    measure_current(qtbot, window)
    ws, panel = window.workspace, window.cine_panel
    entry = ws.entries[0]
    assert entry.frame == BEST and entry.best_frame == BEST and len(entry.cine) == FRAMES
    assert int(ws.image.gray[0, 0]) == BEST  # the chosen frame is the one shown
    assert panel.plot.isVisibleTo(window) and len(panel.points.data) == FRAMES
    assert "chosen automatically" in panel.label.text()
    # click the curve's point of frame 3
    box = panel.plot.getPlotItem().vb
    y = panel.points.data["y"][3]
    scene = box.mapViewToScene(pg_point(4, y))
    view_pos = panel.plot.mapFromScene(scene)
    qtbot.mouseClick(panel.plot.viewport(), qt_left(), pos=view_pos)
    assert entry.frame == 3 and entry.status is Status.MEASURED
    assert entry.auto_ellipse == head_of(3) and int(ws.image.gray[0, 0]) == 3
    assert "chosen by the user" in panel.label.text()
    m = ws.measurement(0)
    assert m.frame == 3 and any("chosen by the user (automatic: 8)" in n for n in m.notes)
    out = tmp_path / "m.csv"
    ws.export_measurements(out, "csv")
    row = next(csv.DictReader(out.open()))
    assert row["frame"] == "3" and "chosen by the user" in row["notes"]
    ws.save()
    again = make_window(qtbot)
    assert again.workspace.restore() is None
    restored = again.workspace.entries[0]
    assert restored.cine == entry.cine and restored.best_frame == BEST and restored.frame == 3


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def qt_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


class ScreeningLoopPredictor(LoopPredictor):
    """An ensemble-like fake: a quick look without interval, the whole model with one."""

    def __init__(self):
        self.screened, self.full = [], []

    def screen_batch(self, grays):
        self.screened += [int(g[0, 0]) for g in grays]
        return [self._predict(g) for g in grays]

    def predict_batch(self, grays):
        self.full += [int(g[0, 0]) for g in grays]
        from dataclasses import replace

        from fetalhc_gui.inference.uncertainty import Uncertainty

        out = []
        for g in grays:
            p = self._predict(g)
            hc = hc_pixels(p.ellipse)
            out.append(replace(p, uncertainty=Uncertainty(0.98 * hc, 1.02 * hc, 3.0, False)))
        return out


def test_an_ensemble_screens_every_frame_then_measures_the_candidates_fully(loop_file):
    from fetalhc_gui.app.cine_scan import CANDIDATES

    predictor = ScreeningLoopPredictor()
    scan = scan_cine(predictor, load_frames(loop_file))
    assert predictor.screened == list(range(FRAMES))
    assert len(predictor.full) == CANDIDATES and BEST in predictor.full and 0 not in predictor.full  # 0 is doubtful
    full = [f.frame for f in scan.frames if not f.screened]
    assert sorted(full) == sorted(predictor.full)
    assert all(f.hc_interval_px is not None for f in scan.frames if not f.screened)
    assert all(f.hc_interval_px is None for f in scan.frames if f.screened)
    assert scan.best == BEST and scan.best_result.prediction.hc_interval_px is not None


def test_the_real_ensemble_quick_look_is_its_first_member(tmp_path, bundled_predictor):

    predictor = bundled_predictor
    gray = head_phantom(head_of(3))
    quick = predictor.screen_batch([gray])[0]
    first_member = predictor.postprocess(predictor.member_maps([gray])[0][..., :1], gray, with_spread=False)
    assert quick.ellipse is not None and quick.hc_interval_px is None
    # the same member in two graphs: equal to 1e-4 where the CPU has 8-bit dot products (VNNI), 1e-3 elsewhere
    assert hc_pixels(quick.ellipse) == pytest.approx(hc_pixels(first_member.ellipse), rel=1e-3)


def test_choosing_a_screened_frame_measures_it_with_the_whole_model(qtbot, loop_file):
    from support.gui import make_window, measure_current

    predictor = ScreeningLoopPredictor()
    window = make_window(qtbot, predictor)
    window.open_paths([str(loop_file)])
    measure_current(qtbot, window)
    ws = window.workspace
    entry = ws.entries[0]
    screened = next(f.frame for f in entry.cine if f.screened)
    with qtbot.waitSignal(ws.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        window.cine_panel.slider.setValue(screened)
    assert entry.frame == screened and not entry.cine[screened].screened
    assert entry.hc_interval_px is not None and ws.mask(0) is not None
    assert predictor.full[-1] == screened
