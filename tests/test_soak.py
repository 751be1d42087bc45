"""Soak tests: long jobs through the real worker, signals and window (offscreen).

They guard against crashes that only show after hundreds of cross-thread signals (PySide6
6.12.0 on Python 3.11 aborted after about 500) and against memory that grows with every image.
A probe in a fresh interpreter counts the references to ``True`` across 400 signals, so a leak
fails even where the interpreter happens to survive it.
"""

from __future__ import annotations

import subprocess
import sys
import time
import types
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import pytest

from fetalhc_gui.app.session import Status
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.gui.dialogs.training import TrainingDialog

from support.fakes import FakePredictor
from support.gui import make_window

SMALL_HEAD = Ellipse(32, 24, 20, 14, 0.3)
SOAK_IMAGES = 2000
SOAK_EVENTS = 5000


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found")


@pytest.fixture
def many_images(tmp_path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    rng = np.random.default_rng(0)
    for i in range(SOAK_IMAGES):
        cv2.imwrite(str(folder / f"{i:05d}_HC.png"), rng.integers(0, 255, (48, 64), np.uint8))
    return folder


def test_measure_all_over_2000_images(qtbot, many_images):
    window = make_window(qtbot, FakePredictor(SMALL_HEAD))
    window.open_paths([str(many_images)])
    ws = window.workspace
    assert len(ws.entries) == SOAK_IMAGES
    memory: dict[int, float] = {}

    def sample_memory(done: int, _total: int) -> None:
        if done >= 200 and 200 not in memory:
            memory[200] = rss_mb()

    ws.progress_changed.connect(sample_memory)
    started = time.monotonic()
    with qtbot.waitSignal(ws.busy_changed, timeout=300_000, check_params_cb=lambda busy: not busy):
        window.actions.measure_all.trigger()
    seconds = time.monotonic() - started
    memory[SOAK_IMAGES] = rss_mb()
    assert all(e.status is Status.MEASURED for e in ws.entries)
    assert ws.measurements()[-1].hc_px > 0
    growth = memory[SOAK_IMAGES] - memory[200]
    print(f"\nsoak: {SOAK_IMAGES} images in {seconds:.1f} s, memory {memory[200]:.0f} -> {memory[SOAK_IMAGES]:.0f} MB")
    assert growth < 50, f"memory grew {growth:.0f} MB between image 200 and image {SOAK_IMAGES}"
    saved = ws.session_path.read_text()
    assert saved.count('"auto_ellipse": {') == SOAK_IMAGES


@dataclass
class FakeTrainResult:
    finished: bool
    epochs_done: int
    history: list = field(default_factory=list)
    model_dir: str | None = None
    card: dict | None = None


def fake_training_module(events: int, steps: int) -> types.ModuleType:
    """A stand-in for ``fetalhc_gui.training.ensemble_training`` whose ``train_model`` reports ``events`` batches."""

    def train_model(config, on_progress, should_stop):
        epochs = events // steps
        for epoch in range(1, epochs + 1):
            for batch in range(1, steps + 1):
                if should_stop():
                    return FakeTrainResult(False, epoch - 1)
                done = (epoch - 1) * steps + batch
                on_progress(done, epochs * steps, {"event": "batch", "epoch": epoch, "batch": batch, "steps": steps})
            on_progress(epoch * steps, epochs * steps, {"event": "epoch", "epoch": epoch, "loss": 1.0 / epoch})
        return FakeTrainResult(True, epochs, card={"validation": {"count": 0}}, model_dir=config.out_dir)

    module = types.ModuleType("fetalhc_gui.training.ensemble_training")
    module.train_model = train_model
    return module


def test_training_dialog_carries_5000_progress_events(qtbot, tmp_path, monkeypatch):
    from support.hc18_factory import make_hc18_folder

    steps = 50
    monkeypatch.setitem(sys.modules, "fetalhc_gui.training.ensemble_training", fake_training_module(SOAK_EVENTS, steps))
    dialog = TrainingDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(make_hc18_folder(tmp_path / "data", count=4)))
    dialog.check_dataset()
    dialog.out_dir.setText(str(tmp_path / "out"))
    received = []
    on_batch = TrainingDialog._on_batch

    def spy(self, done, total, logs):  # connected in start(), before the job's thread runs
        received.append(done)
        on_batch(self, done, total, logs)

    monkeypatch.setattr(TrainingDialog, "_on_batch", spy)
    with qtbot.waitSignal(dialog.run_ended, timeout=300_000):
        dialog.start()
    assert dialog.result.finished and dialog.result.epochs_done == SOAK_EVENTS // steps
    assert len(received) == SOAK_EVENTS and received[-1] == SOAK_EVENTS
    assert len(dialog.history) == SOAK_EVENTS // steps


LEAK_PROBE = """
import gc, sys, types
from PySide6.QtCore import QCoreApplication, QObject
app = QCoreApplication([])
def train_model(config, on_progress, should_stop):
    for i in range({events}):
        on_progress(i + 1, {events}, {{"event": "batch", "epoch": 1, "batch": i + 1, "steps": {events}}})
    return None
sys.modules["fetalhc_gui.training.ensemble_training"] = types.SimpleNamespace(train_model=train_model)
from fetalhc_gui.gui.jobs.job import Job, pools
from fetalhc_gui.gui.jobs.training import training_work
received, ended = [], []
job = Job(training_work(None))
job.progressed.connect(lambda report: received.append(report[1]))
job.ended.connect(lambda cancelled: ended.append(True))
gc.collect()
before = sys.getrefcount(True)
job.start(pools().model)
while not ended:
    app.processEvents()
gc.collect()
print(len(received), before - sys.getrefcount(True))
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12: nothing can leak")
def test_cross_thread_signals_keep_their_references_to_true():
    """In a fresh interpreter (no other test's garbage), 400 progress signals from the model thread
    must not take references from True (PySide6 6.12.0 on Python 3.11 took one each)."""
    events = 400
    out = subprocess.run(
        [sys.executable, "-c", LEAK_PROBE.format(events=events)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    received, lost = map(int, out.stdout.split())
    assert received == events
    assert lost < events // 4, f"{lost} references to True lost over {events} signals"


@pytest.mark.hc18
def test_measure_all_over_the_hc18_images_with_the_bundled_model(qtbot, hc18_dir, bundled_predictor):

    window = make_window(qtbot, bundled_predictor)
    window.open_paths([str(hc18_dir / "training_set")])
    ws = window.workspace
    assert len(ws.entries) >= 800
    started = time.monotonic()
    with qtbot.waitSignal(ws.busy_changed, timeout=900_000, check_params_cb=lambda busy: not busy):
        window.actions.measure_all.trigger()
    seconds = time.monotonic() - started
    measured = sum(e.status is Status.MEASURED for e in ws.entries)
    print(f"\nsoak: {len(ws.entries)} HC18 images in {seconds:.1f} s, {measured} measured")
    assert all(e.status in (Status.MEASURED, Status.FAILED) for e in ws.entries)
    assert measured >= len(ws.entries) - 5
