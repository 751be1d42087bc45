"""The training dialog: dataset check, a real short training run, cancel and resume, switching models."""

from __future__ import annotations

import functools

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from fetalhc_gui.gui.dialogs.training import TrainingDialog
from fetalhc_gui.gui.main_window import MainWindow
from fetalhc_gui.training.train_config import TrainConfig

from support.fakes import FakePredictor
from support.hc18_factory import make_hc18_folder


@pytest.fixture
def dataset(tmp_path):
    root = make_hc18_folder(tmp_path / "data", count=6)
    images = root / "training_set"
    cv2.imwrite(str(images / "100_HC.png"), np.zeros((135, 200), np.uint8))  # no annotation
    (images / "101_HC.png").write_text("broken")
    cv2.imwrite(str(images / "101_HC_Annotation.png"), np.zeros((135, 200), np.uint8))
    cv2.imwrite(str(images / "102_HC.png"), np.zeros((135, 200), np.uint8))  # not in the CSV
    cv2.imwrite(str(images / "102_HC_Annotation.png"), np.zeros((135, 200), np.uint8))
    return root


@pytest.fixture
def small_network(monkeypatch):
    """The dialog trains the tiny network of the training tests (4 base filters, 3 levels) instead
    of the bundled model's: what is tested here is the dialog's run (progress, cancel, resume,
    ensembles), and one test (curves and switching) keeps the real network."""
    monkeypatch.setattr(
        "fetalhc_gui.gui.dialogs.training.TrainConfig", functools.partial(TrainConfig, base_filters=4, depth=3)
    )


def make_dialog(qtbot, dataset, tmp_path, epochs=2, crop_epochs=0):
    dialog = TrainingDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(dataset))
    dialog.check_dataset()
    dialog.out_dir.setText(str(tmp_path / "out"))
    dialog.size.setCurrentText("64x96")
    dialog.epochs.setValue(epochs)
    dialog.crop_epochs.setValue(crop_epochs)
    dialog.batch.setValue(2)
    dialog.val_fraction.setValue(0.34)
    return dialog


def test_dataset_check_reports_what_it_found(qtbot, dataset, tmp_path):
    dialog = make_dialog(qtbot, dataset, tmp_path)
    text = dialog.report_label.text()
    assert "7 image/annotation pairs found" in text
    assert "1 images without annotation: 100_HC.png" in text
    assert "1 unreadable files: 101_HC.png" in text
    assert "1 images missing from the CSV: 102_HC.png" in text
    assert "Split by subject: 4 training images (4 subjects), 2 validation images (2 subjects)" in text
    assert dialog.start_button.isEnabled()
    dialog.members.setValue(2)
    dialog.test_fraction.setValue(0.34)
    text = dialog.report_label.text()
    assert "Split by subject: 2 test images (2 subjects) that no member sees" in text
    assert "each of the 2 members trains on about 2 images and validates on about 2" in text


def test_folder_without_csv_cannot_start(qtbot, dataset, tmp_path):
    (dataset / "training_set_pixel_size_and_HC.csv").unlink()
    dialog = make_dialog(qtbot, dataset, tmp_path)
    assert "Cannot train: No pixel-size CSV" in dialog.report_label.text()
    assert not dialog.start_button.isEnabled()


def test_output_folder_must_not_be_the_bundled_model(qtbot, dataset, tmp_path, monkeypatch):
    from fetalhc_gui.inference.artifact import bundled_model_dir

    dialog = make_dialog(qtbot, dataset, tmp_path)
    dialog.out_dir.setText(str(bundled_model_dir()))
    assert "bundled" in dialog.settings_problem()
    dialog.out_dir.setText(str(tmp_path / "ok"))
    assert dialog.settings_problem() is None
    with pytest.raises(ValueError, match="bundled model"):  # the rules fetalhc train applies too
        TrainConfig(str(tmp_path), str(bundled_model_dir())).validate()
    with pytest.raises(ValueError, match="needs a test fraction"):
        TrainConfig(str(tmp_path), str(tmp_path / "out")).validate(members=3)


@pytest.mark.tensorflow
def test_training_run_updates_curves_and_switches_model(qtbot, dataset, tmp_path):
    dialog = make_dialog(qtbot, dataset, tmp_path, epochs=2, crop_epochs=1)
    statuses = []
    with qtbot.waitSignal(dialog.run_ended, timeout=240_000):
        dialog.start()
        dialog.job.progressed.connect(lambda _report: statuses.append(dialog.status.text()))
    assert dialog.result.finished
    assert len(dialog.lines["loss"].getData()[0]) == 2
    assert len(dialog.lines["val_hc_adf_mm"].getData()[0]) == 2
    assert list(dialog.lines["second:loss"].getData()[0]) == [3]  # the second stage's epoch follows the first's
    assert any(s.startswith("Second stage, epoch 1") for s in statuses)
    assert "second stage, epoch 1" in dialog.log.toPlainText()
    assert "New model on 2 validation images" in dialog.summary.text()
    assert dialog.use_button.isEnabled()

    window = MainWindow(lambda: FakePredictor())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.model_changed, timeout=10_000):
        window.start_model_loading()
    dialog.model_chosen.connect(window.use_model)
    with qtbot.waitSignal(window.workspace.model_changed, timeout=30_000):
        dialog.use_button.click()
    assert "64x96" in window.model_label.text() and "crop64" in window.model_label.text()
    assert window.settings.model_dir == dialog.result.model_dir


@pytest.mark.tensorflow
def test_cancel_during_an_epoch_then_resume(qtbot, dataset, tmp_path, small_network):
    dialog = make_dialog(qtbot, dataset, tmp_path, epochs=3, crop_epochs=1)
    batches = []

    def cancel_in_second_epoch(report):
        if report[0] != "batch":
            return
        logs = report[3]
        batches.append(logs)
        if logs["epoch"] == 2:
            dialog.cancel()

    with qtbot.waitSignal(dialog.run_ended, timeout=240_000):
        dialog.start()
        dialog.job.progressed.connect(cancel_in_second_epoch)
    assert not dialog.result.finished and dialog.result.epochs_done == 1
    assert "Resume" in dialog.status.text()
    assert dialog.resume_button.isEnabled()
    with qtbot.waitSignal(dialog.run_ended, timeout=240_000):
        dialog.resume_button.click()
    assert dialog.result.finished and [(h["stage"], h["epoch"]) for h in dialog.result.history] == [
        (1, 1),
        (1, 2),
        (1, 3),
        (2, 1),
    ]


def test_closing_while_training_asks_first(qtbot, dataset, tmp_path, monkeypatch):
    dialog = make_dialog(qtbot, dataset, tmp_path)
    dialog.job = object()  # pretend a run is going
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.show()
    dialog.close()
    assert dialog.isVisible()
    dialog.job = None
    dialog.close()
    assert not dialog.isVisible()


@pytest.mark.tensorflow
def test_a_failing_run_is_reported_and_the_dialog_stays_usable(qtbot, dataset, tmp_path, monkeypatch):
    import shutil

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    dialog = make_dialog(qtbot, dataset, tmp_path)
    shutil.rmtree(dataset / "training_set")  # the data vanish after the check
    with qtbot.waitSignal(dialog.run_ended, timeout=60_000):
        dialog.start()
    assert shown and shown[0][0] == "Training failed"
    assert "error:" in dialog.log.toPlainText()
    assert dialog.job is None and not dialog.cancel_button.isEnabled()


def test_expected_time_is_shown_before_starting_and_an_ensemble_needs_a_test_split(qtbot, dataset, tmp_path):
    from fetalhc_gui.training.train_config import expected_seconds

    dialog = make_dialog(qtbot, dataset, tmp_path, epochs=10)
    single = dialog.estimate.text()
    assert single.startswith("Expected time for one model (one stage): about")
    dialog.crop_epochs.setValue(20)
    assert dialog.estimate.text().startswith("Expected time for one model (both stages): about")
    assert dialog.estimate.text() != single
    assert not dialog.test_fraction.isEnabled()
    dialog.members.setValue(4)
    assert dialog.test_fraction.isEnabled() and not dialog.val_fraction.isEnabled()
    assert "4 ensemble members" in dialog.estimate.text()
    config = dialog.config(False)
    assert config.test_fraction == 0.2
    one, four = expected_seconds(config, 100, 1), expected_seconds(config, 100, 4)
    assert four > 2.5 * one  # four members each train on 3/4 of the images


@pytest.mark.tensorflow
def test_the_dialog_trains_an_ensemble(qtbot, tmp_path, small_network):
    dialog = make_dialog(qtbot, make_hc18_folder(tmp_path / "data", count=12), tmp_path, epochs=1, crop_epochs=1)
    dialog.members.setValue(2)
    dialog.test_fraction.setValue(0.34)
    statuses = []
    with qtbot.waitSignal(dialog.run_ended, timeout=300_000):
        dialog.start()
        dialog.job.progressed.connect(lambda _report: statuses.append(dialog.status.text()))
    assert dialog.result.finished, dialog.log.toPlainText()
    assert any(s.startswith("Member 2 of 2, epoch 1") for s in statuses)
    assert any(s.startswith("Member 2 of 2, second stage, epoch 1") for s in statuses)
    assert dialog.result.card["crop_stage"]["input_size"] == [64, 64]
    assert "test images (subjects no member saw)" in dialog.summary.text()
    assert len(dialog.lines["loss"].getData()[0]) == 2
