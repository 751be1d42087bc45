"""The training dialog: check a dataset, train or fine-tune, watch the curves, use the new model.

It wraps ``fetalhc_gui.training.ensemble_training.train_model`` and ``train_ensemble``, the functions
the command line uses: each model's first stage, then its second stage (the crop network).
"""

from __future__ import annotations

import datetime
import time
from dataclasses import replace
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fetalhc_gui.gui.geometry import fit_to_screen, scrolling
from fetalhc_gui.gui.jobs.job import Job, pools
from fetalhc_gui.gui.jobs.training import training_work
from fetalhc_gui.gui.plot_axes import local_axes
from fetalhc_gui.gui.settings import user_data_dir
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import capitalised, number, signed_number, translate
from fetalhc_gui.training.dataset import DatasetReport, scan_folder, split_for_training
from fetalhc_gui.training.train_config import STATE_FILE, TrainConfig, epoch_line, expected_seconds, stage_seconds

IMAGE_SIZES = ["128x192", "96x144", "160x240", "64x96"]
CURVES = {
    "loss": (QT_TRANSLATE_NOOP("TrainingDialog", "Loss"), ["loss", "val_loss", "second:loss", "second:val_loss"]),
    "dice": (
        QT_TRANSLATE_NOOP("TrainingDialog", "Dice"),
        ["dice_coefficient", "val_dice_coefficient", "second:dice_coefficient", "second:val_dice_coefficient"],
    ),
    "hc": (QT_TRANSLATE_NOOP("TrainingDialog", "Validation HC error (mm)"), ["val_hc_adf_mm"]),
}
#: Legend label and colour of each logged series; "second:" marks the second stage's (on crops).
SERIES = {
    "loss": (QT_TRANSLATE_NOOP("TrainingDialog", "training"), "#1f77b4"),
    "val_loss": (QT_TRANSLATE_NOOP("TrainingDialog", "validation"), "#ff7f0e"),
    "dice_coefficient": (QT_TRANSLATE_NOOP("TrainingDialog", "training"), "#1f77b4"),
    "val_dice_coefficient": (QT_TRANSLATE_NOOP("TrainingDialog", "validation"), "#ff7f0e"),
    "val_hc_adf_mm": (QT_TRANSLATE_NOOP("TrainingDialog", "mean absolute"), "#d62728"),
    "second:loss": (QT_TRANSLATE_NOOP("TrainingDialog", "2nd stage training"), "#2ca02c"),
    "second:val_loss": (QT_TRANSLATE_NOOP("TrainingDialog", "2nd stage validation"), "#9467bd"),
    "second:dice_coefficient": (QT_TRANSLATE_NOOP("TrainingDialog", "2nd stage training"), "#2ca02c"),
    "second:val_dice_coefficient": (QT_TRANSLATE_NOOP("TrainingDialog", "2nd stage validation"), "#9467bd"),
}


def describe_report(report: DatasetReport, config: TrainConfig, members: int = 1) -> str:
    """What a dataset check found, and how ``config`` splits it for one model or ``members``, in plain words."""
    lines = [translate("TrainingDialog", "{count} image/annotation pairs found.").format(count=len(report.samples))]
    if report.csv_path:
        lines.append(translate("TrainingDialog", "Pixel sizes from {file}.").format(file=report.csv_path.name))
    for label, names in (
        (translate("TrainingDialog", "images without annotation"), report.images_without_annotation),
        (translate("TrainingDialog", "annotations without image"), report.annotations_without_image),
        (translate("TrainingDialog", "unreadable files"), report.unreadable),
        (translate("TrainingDialog", "images missing from the CSV"), report.missing_csv_rows),
    ):
        if names:
            shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
            lines.append(f"{len(names)} {label}: {shown}")
    problems = report.problems()
    if problems:
        lines.append(translate("TrainingDialog", "Cannot train: ") + in_window_language(problems[0]))
    elif members > 1:
        train, val, test = split_for_training(report.usable, replace(config, folds=members, fold=0))
        lines.append(
            translate(
                "TrainingDialog",
                "Split by subject: {test} test images ({test_subjects} subjects) that no member sees; "
                "each of the {members} members trains on about {train} images and validates on about "
                "{val} (one of {members} subject folds).",
            ).format(test=len(test), test_subjects=_subjects(test), members=members, train=len(train), val=len(val))
        )
    else:
        train, val, _ = split_for_training(report.usable, replace(config, test_fraction=0.0, folds=0))
        lines.append(
            translate(
                "TrainingDialog",
                "Split by subject: {train} training images ({train_subjects} subjects), "
                "{val} validation images ({val_subjects} subjects).",
            ).format(train=len(train), train_subjects=_subjects(train), val=len(val), val_subjects=_subjects(val))
        )
    return "\n".join(lines)


def _subjects(samples: list) -> int:
    return len({s.subject for s in samples})


class TrainingDialog(QDialog):
    """Train a model from a folder in the HC18 layout without leaving the application."""

    model_chosen = Signal(str)
    running_changed = Signal(bool)
    run_ended = Signal()

    def __init__(self, current_model_dir: Path | None, current_predictor=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("TrainingDialog", "Train a model"))
        self.current_model_dir = current_model_dir
        self.current_predictor = current_predictor
        self.job: Job | None = None
        self.report: DatasetReport | None = None
        self.result = None
        self.history: list[dict] = []
        self._batch_times: list[float] = []
        self._plan: list[float] = []
        self._stage: tuple[int, int] | None = None
        content = QWidget()
        fields = QVBoxLayout(content)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self._dataset_box())
        fields.addWidget(self._settings_box())
        fields.addWidget(self._progress_box(), stretch=1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), stretch=1)
        layout.addLayout(self._buttons())
        fit_to_screen(self, 980, 900)
        self._update_buttons()

    # building
    def _dataset_box(self) -> QGroupBox:
        box = QGroupBox(translate("TrainingDialog", "Dataset (HC18 layout: images, _Annotation masks, pixel-size CSV)"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(translate("TrainingDialog", "Folder with NNN_HC.png and NNN_HC_Annotation.png"))
        browse = QPushButton(translate("TrainingDialog", "Browse…"))
        browse.clicked.connect(self._browse_data)
        self.check_button = QPushButton(translate("TrainingDialog", "Check"))
        self.check_button.setToolTip(translate("TrainingDialog", "Look at the folder and report what it holds"))
        self.check_button.clicked.connect(self.check_dataset)
        self.folder.editingFinished.connect(self.check_dataset)
        row = QHBoxLayout()
        for widget in (self.folder, browse, self.check_button):
            row.addWidget(widget)
        self.report_label = QLabel(translate("TrainingDialog", "Choose a folder."))
        self.report_label.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.report_label)
        return box

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(translate("TrainingDialog", "Settings"))
        form = QFormLayout(box)
        self.fine_tune = QRadioButton(translate("TrainingDialog", "Fine-tune the model in use"))
        self.scratch = QRadioButton(translate("TrainingDialog", "Train from scratch"))
        self.fine_tune.setChecked(self.current_model_dir is not None)
        self.fine_tune.setEnabled(self.current_model_dir is not None)
        self.scratch.setChecked(self.current_model_dir is None)
        start_row = QHBoxLayout()
        start_row.addWidget(self.fine_tune)
        start_row.addWidget(self.scratch)
        form.addRow(translate("TrainingDialog", "Start from"), start_row)
        self.epochs = _spin(QSpinBox(), 1, 500, 20, translate("TrainingDialog", "Passes over the training images"))
        self.crop_epochs = _spin(
            QSpinBox(),
            0,
            500,
            20,
            translate(
                "TrainingDialog",
                "Passes of the second stage, the network that delineates the head again on a crop around the first "
                "ellipse, as in the bundled model (the crop has as many pixels a side as the image size has rows); "
                "0: a one-stage model",
            ),
        )
        self.crop_epochs.setSpecialValueText(translate("TrainingDialog", "none"))
        self.batch = _spin(
            QSpinBox(), 1, 64, 8, translate("TrainingDialog", "Images per training step; lower it if memory runs out")
        )
        self.lr = _spin(
            QDoubleSpinBox(),
            1e-5,
            0.1,
            1e-3,
            translate("TrainingDialog", "Initial learning rate (cosine decay)"),
            decimals=5,
        )
        self.size = QComboBox()
        self.size.addItems(IMAGE_SIZES)
        self.size.setToolTip(
            translate("TrainingDialog", "Model input in pixels (rows x cols); larger is slower and finer")
        )
        self.val_fraction = _spin(
            QDoubleSpinBox(), 0.05, 0.5, 0.15, translate("TrainingDialog", "Share of subjects kept for validation")
        )
        self.members = _spin(
            QSpinBox(),
            1,
            8,
            1,
            translate(
                "TrainingDialog",
                "1: one model, the quick run. 2 or more: an ensemble of models, one per subject fold, whose "
                "disagreement gives every HC a 95% interval calibrated on the test subjects",
            ),
        )
        self.test_fraction = _spin(
            QDoubleSpinBox(),
            0.1,
            0.4,
            0.2,
            translate("TrainingDialog", "Subjects no ensemble member sees; its interval is calibrated there"),
        )
        self.augment = QCheckBox(
            translate("TrainingDialog", "Augmentation (flips, rotation, scale, gain, speckle, blur)")
        )
        self.augment.setChecked(True)
        self.seed = _spin(
            QSpinBox(), 0, 1_000_000, 0, translate("TrainingDialog", "Random seed: the same seed gives the same split")
        )
        self.out_dir = QLineEdit(
            str(user_data_dir() / "models" / datetime.datetime.now().strftime("model-%Y%m%d-%H%M"))
        )
        out_browse = QPushButton(translate("TrainingDialog", "Browse…"))
        out_browse.clicked.connect(self._browse_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_dir)
        out_row.addWidget(out_browse)
        self.estimate = QLabel(translate("TrainingDialog", "Time per epoch: measured once training starts."))
        left, right = QFormLayout(), QFormLayout()
        for label, widget in (
            (translate("TrainingDialog", "Epochs"), self.epochs),
            (translate("TrainingDialog", "Second-stage epochs"), self.crop_epochs),
            (translate("TrainingDialog", "Batch size"), self.batch),
            (translate("TrainingDialog", "Learning rate"), self.lr),
            (translate("TrainingDialog", "Ensemble members"), self.members),
        ):
            left.addRow(label, widget)
        for label, widget in (
            (translate("TrainingDialog", "Image size"), self.size),
            (translate("TrainingDialog", "Validation fraction"), self.val_fraction),
            (translate("TrainingDialog", "Test fraction (ensemble)"), self.test_fraction),
            (translate("TrainingDialog", "Seed"), self.seed),
        ):
            right.addRow(label, widget)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addSpacing(24)
        columns.addLayout(right)
        form.addRow(columns)
        form.addRow("", self.augment)
        form.addRow(translate("TrainingDialog", "Output folder"), out_row)
        form.addRow(self.estimate)
        for widget in (self.val_fraction, self.seed, self.members, self.test_fraction):
            widget.valueChanged.connect(self._refresh_report)
        for widget in (self.epochs, self.crop_epochs, self.members, self.test_fraction, self.val_fraction):
            widget.valueChanged.connect(self._show_expected_time)
        self.size.currentTextChanged.connect(self._show_expected_time)
        self.members.valueChanged.connect(self._on_members_changed)
        self._on_members_changed(self.members.value())
        return box

    def _on_members_changed(self, members: int) -> None:
        self.test_fraction.setEnabled(members > 1)
        self.val_fraction.setEnabled(members == 1)

    def _show_expected_time(self, *_args) -> None:
        """Say how long the run should take, before it starts."""
        if self.report is None or self.report.problems():
            return
        seconds = expected_seconds(self.config(False), len(self.report.usable), self.members.value())
        members = self.members.value()
        if members > 1:
            what = translate("TrainingDialog", "{members} ensemble members").format(members=members)
        else:
            what = translate("TrainingDialog", "one model")
        if self.crop_epochs.value():
            stages = translate("TrainingDialog", "both stages")
        else:
            stages = translate("TrainingDialog", "one stage")
        self.estimate.setText(
            translate(
                "TrainingDialog",
                "Expected time for {what} ({stages}): about {duration} on a 2-core CPU; measured once training starts.",
            ).format(what=what, stages=stages, duration=_duration(seconds))
        )

    def _progress_box(self) -> QGroupBox:
        box = QGroupBox(translate("TrainingDialog", "Progress"))
        self.progress = QProgressBar()
        self.progress.setFormat("%p%")
        self.status = QLabel(translate("TrainingDialog", "Not started."))
        self.plots: dict[str, pg.PlotWidget] = {}
        self.lines: dict[str, pg.PlotDataItem] = {}
        plots_row = QHBoxLayout()
        for key, (title, series) in CURVES.items():
            plot = pg.PlotWidget(title=translate("TrainingDialog", title), axisItems=local_axes())
            plot.setBackground("w")
            plot.addLegend(offset=(-5, 5))
            plot.setLabel("bottom", translate("TrainingDialog", "epoch"))
            for name in series:
                label, colour = SERIES[name]
                pen = pg.mkPen(colour, width=2)
                label = translate("TrainingDialog", label)
                self.lines[name] = plot.plot([], [], pen=pen, symbol="o", symbolSize=5, symbolBrush=colour, name=label)
            self.plots[key] = plot
            plots_row.addWidget(plot)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addLayout(plots_row, stretch=2)
        column.addWidget(self.log, stretch=1)
        column.addWidget(self.summary)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.start_button = QPushButton(translate("TrainingDialog", "Start"))
        self.cancel_button = QPushButton(translate("TrainingDialog", "Cancel"))
        self.cancel_button.setToolTip(
            translate("TrainingDialog", "Stop within the current batch; the last finished epoch is kept")
        )
        self.resume_button = QPushButton(translate("TrainingDialog", "Resume"))
        self.resume_button.setToolTip(
            translate("TrainingDialog", "Continue from the last finished epoch in the output folder")
        )
        self.use_button = QPushButton(translate("TrainingDialog", "Use this model"))
        self.close_button = QPushButton(translate("TrainingDialog", "Close"))
        self.start_button.clicked.connect(lambda: self.start(resume=False))
        self.resume_button.clicked.connect(lambda: self.start(resume=True))
        self.cancel_button.clicked.connect(self.cancel)
        self.use_button.clicked.connect(self._use_model)
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        for button in (self.start_button, self.cancel_button, self.resume_button, self.use_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    # dataset
    def _browse_data(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("TrainingDialog", "Dataset folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)
            self.check_dataset()

    def _browse_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("TrainingDialog", "Output folder"), self.out_dir.text()
        )
        if folder:
            self.out_dir.setText(folder)
            self._update_buttons()

    def check_dataset(self) -> None:
        """Scan the folder and say what it holds; Start stays off when nothing is usable."""
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            self.report = None
            self.report_label.setText(translate("TrainingDialog", "{folder} is not a folder.").format(folder=folder))
        else:
            self.report = scan_folder(folder)
            self._refresh_report()
            self._show_expected_time()
        self._update_buttons()

    def _refresh_report(self, *_args) -> None:
        if self.report is not None:
            self.report_label.setText(describe_report(self.report, self.config(False), self.members.value()))

    # running
    def config(self, resume: bool) -> TrainConfig:
        rows, cols = (int(v) for v in self.size.currentText().split("x"))
        initial = str(self.current_model_dir) if self.fine_tune.isChecked() and self.current_model_dir else None
        return TrainConfig(
            data_dir=self.folder.text().strip(),
            out_dir=self.out_dir.text().strip(),
            epochs=self.epochs.value(),
            image_rows=rows,
            image_cols=cols,
            batch_size=self.batch.value(),
            learning_rate=self.lr.value(),
            val_fraction=self.val_fraction.value(),
            seed=self.seed.value(),
            test_fraction=self.test_fraction.value() if self.members.value() > 1 else 0.0,
            augment=self.augment.isChecked(),
            initial_model=initial,
            resume=resume,
            crop_epochs=self.crop_epochs.value(),
        )

    def settings_problem(self, resume: bool = False) -> str | None:
        """Why the settings cannot train (``TrainConfig.validate``, as ``fetalhc train`` checks
        them), or None."""
        try:
            self.config(resume).validate(self.members.value())
        except ValueError as exc:
            return str(exc)
        return None

    def start(self, resume: bool = False) -> None:
        problem = self.settings_problem(resume)
        if problem:
            QMessageBox.warning(self, translate("TrainingDialog", "Cannot start"), in_window_language(problem))
            return
        self.result = None
        self.history = [] if not resume else self.history
        if not resume:
            for line in self.lines.values():
                line.setData([], [])
        self._batch_times, self._stage = [], None
        config = self.config(resume)
        self._plan = stage_seconds(config, len(self.report.usable), self.members.value()) if self.report else []
        self.job = Job(training_work(config, self.members.value()))
        self.job.progressed.connect(self._on_report)
        self.job.succeeded.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        if resume:
            said = translate("TrainingDialog", "Resuming training into {folder}")
        else:
            said = translate("TrainingDialog", "Starting training into {folder}")
        self._append_log(said.format(folder=self.out_dir.text()))
        self.status.setText(translate("TrainingDialog", "Preparing the data (the first run reads every image once)…"))
        self.job.start(pools().model)
        self._update_buttons()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(translate("TrainingDialog", "Stopping after the current batch…"))

    def _on_report(self, value: tuple) -> None:
        kind, *data = value
        (self._on_epoch if kind == "epoch" else self._on_batch)(*data)

    def _on_batch(self, done: int, total: int, logs: dict) -> None:
        member, members, stage = logs.get("member", 1), logs.get("members", 1), logs.get("stage", 1)
        if self._stage != (member, stage):  # each stage has its own pace
            self._stage, self._batch_times = (member, stage), []
        self._batch_times.append(time.monotonic())
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        per_batch = self._seconds_per_batch()
        left = ""
        if per_batch is not None:
            left = translate("TrainingDialog", ", about {duration} left").format(
                duration=_duration(self._seconds_left(per_batch, done, total))
            )
        where = []
        if members > 1:
            where.append(
                translate("TrainingDialog", "Member {member} of {members}").format(member=member, members=members)
            )
        if stage == 2:
            where.append(translate("TrainingDialog", "second stage"))
        batch = translate("TrainingDialog", "epoch {epoch}, batch {batch} of {steps}").format(
            epoch=logs["epoch"], batch=logs["batch"], steps=logs["steps"]
        )
        text = ", ".join([*where, batch + left])
        self.status.setText(capitalised(text))
        if per_batch is not None and len(self._batch_times) == 6:
            duration = _duration(per_batch * logs["steps"])
            if stage == 2:
                said = translate("TrainingDialog", "Time per second-stage epoch: about {duration} (measured).")
            else:
                said = translate("TrainingDialog", "Time per epoch: about {duration} (measured).")
            self.estimate.setText(said.format(duration=duration))

    def _seconds_left(self, per_batch: float, done: int, total: int) -> float:
        """Seconds left in the whole run: this stage's at its measured pace, the later stages' expected
        times scaled by how much faster or slower this stage runs than expected."""
        member, stage = self._stage or (1, 1)
        stages = 2 if self.crop_epochs.value() else 1
        index = (member - 1) * stages + stage - 1
        this = per_batch * (total - done)
        if index >= len(self._plan) or self._plan[index] <= 0:
            return this
        return this + sum(self._plan[index + 1 :]) * per_batch * total / self._plan[index]

    def _seconds_per_batch(self) -> float | None:
        times = self._batch_times[-50:]
        if len(times) < 3:
            return None
        return (times[-1] - times[1]) / (len(times) - 2)

    def _on_epoch(self, logs: dict) -> None:
        self.history.append(logs)
        for name, line in self.lines.items():
            stage, key = (2, name.removeprefix("second:")) if name.startswith("second:") else (1, name)
            # x: the epoch counted over the whole run (stages and members one after another)
            points = [(x, h[key]) for x, h in enumerate(self.history, 1) if h.get("stage", 1) == stage and key in h]
            if points:
                line.setData([p[0] for p in points], [p[1] for p in points])
        self._append_log(epoch_line(logs))

    def _on_finished(self, result) -> None:
        self.job = None
        self.result = result
        if not result.finished:
            self.status.setText(
                translate("TrainingDialog", "Stopped after epoch {epoch}; Resume continues from there.").format(
                    epoch=result.epochs_done
                )
            )
            self._append_log(self.status.text())
        else:
            self.status.setText(
                translate("TrainingDialog", "Finished: the model is in {folder}.").format(folder=result.model_dir)
            )
            self._append_log(self.status.text())
            self.summary.setText(self._comparison(result))
        self._update_buttons()
        self.run_ended.emit()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.status.setText(translate("TrainingDialog", "Training failed."))
        self._append_log(translate("TrainingDialog", "error: {message}").format(message=message))
        self._update_buttons()
        self.run_ended.emit()
        QMessageBox.critical(self, translate("TrainingDialog", "Training failed"), message)

    def _comparison(self, result) -> str:
        card = result.card or {}
        test = card.get("evaluation", {}).get("test")
        new = test or card.get("validation", {})
        if test:
            said = translate("TrainingDialog", "New model on {count} test images (subjects no member saw): {figures}.")
        else:
            said = translate("TrainingDialog", "New model on {count} validation images: {figures}.")
        text = said.format(count=new.get("count", 0), figures=_figures(new))
        if self.current_predictor is not None and hasattr(self.current_predictor, "probability_at_model_size"):
            from fetalhc_gui.training.validation import evaluate_samples, summarise_results

            subjects = set(card["data"]["test_subjects" if test else "val_subjects"])
            samples = [s for s in scan_folder(self.folder.text().strip()).usable if s.subject in subjects]
            samples = [s for s in samples if s.reference_hc_mm is not None]
            if samples:
                old = summarise_results(evaluate_samples(self.current_predictor, samples)[0])
                text += "\n" + translate("TrainingDialog", "Model in use on the same images: {figures}.").format(
                    figures=_figures(old)
                )
        return text

    def _use_model(self) -> None:
        if self.result is not None and self.result.model_dir:
            self.model_chosen.emit(self.result.model_dir)

    def _append_log(self, line: str) -> None:
        self.log.appendPlainText(line)

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.running_changed.emit(running)
        ready = self.report is not None and not self.report.problems()
        self.start_button.setEnabled(ready and not running)
        out = Path(self.out_dir.text().strip())
        can_resume = (out / STATE_FILE).exists() or any(out.glob(f"member*/{STATE_FILE}"))
        self.resume_button.setEnabled(ready and not running and can_resume)
        self.cancel_button.setEnabled(running)
        finished = self.result is not None and self.result.finished
        self.use_button.setEnabled(finished and (Path(self.result.model_dir) / "model_card.json").exists())
        self.check_button.setEnabled(not running)

    # closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.job is not None and not self.confirm_stop():
            event.ignore()
            return
        event.accept()

    def confirm_stop(self) -> bool:
        """Ask before stopping a running training; stop it (keeping the last epoch) if the user agrees."""
        answer = QMessageBox.question(
            self,
            translate("TrainingDialog", "Stop training?"),
            translate(
                "TrainingDialog", "Training is running. Stop it? The last finished epoch is kept and can be resumed."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.detach()
        return True

    def detach(self) -> None:
        """Stop the training (it ends within its batch, the last finished epoch kept) without
        waiting for it, and let it report to no one: the dialog or the window is closing."""
        if self.job is not None:
            self.job.detach()
            self.job = None
            self.running_changed.emit(False)


def _spin(spin, low, high, value, tip, decimals=None):
    spin.setRange(low, high)
    if decimals is not None:
        spin.setDecimals(decimals)
        spin.setSingleStep(10 ** -(decimals - 1))
    elif isinstance(spin, QDoubleSpinBox):
        spin.setSingleStep(0.05)
    spin.setValue(value)
    spin.setToolTip(tip)
    return spin


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
    return f"{seconds // 60} min {seconds % 60} s"


def _figures(summary: dict) -> str:
    if "adf_mm" not in summary:
        return translate("TrainingDialog", "no figures")
    dice = summary.get("dice")
    dice_text = f", Dice {number(100 * dice, 1)}%" if dice is not None else ""
    signed = signed_number(summary["df_mm"], 2)
    figures = translate(
        "TrainingDialog", "HC error {adf} mm mean absolute ({df} mm mean), p95 {p95} mm, {failures} failures"
    ).format(
        adf=number(summary["adf_mm"], 2), df=signed, p95=number(summary["p95_ad_mm"], 2), failures=summary["failures"]
    )
    return figures + dice_text
