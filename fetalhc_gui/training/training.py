"""Training the U-Net: ``train(config, on_progress, should_stop)``, checkpointed every epoch and resumable.

The callables are plain functions, never widgets: ``on_progress(done, total, logs)`` is called
after every batch and every epoch (``done`` and ``total`` count batches over the whole run;
``logs`` holds ``event`` = "batch" or "epoch", ``epoch``, ``batch`` and the metrics), and
``should_stop()`` is polled after every batch; when it returns True the run stops within that
batch and keeps the last finished epoch's checkpoint.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from fetalhc_gui.inference import artifact
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.training import dataset as ds
from fetalhc_gui.training import model_files
from fetalhc_gui.training.artifact_build import build_artifact
from fetalhc_gui.training.evaluation import calibrate_offset, hc_errors, summarise_errors
from fetalhc_gui.training.train_config import CHECKPOINT_FILE, STATE_FILE, TrainConfig, learning_rate_at
from fetalhc_gui.training.unet import compile_unet, copy_weights, get_unet, main_output

ProgressCallback = Callable[[int, int, dict], None]
StopCallback = Callable[[], bool]


@dataclass
class TrainResult:
    """The outcome of ``train``: whether it finished, the epochs done, history and output files."""

    finished: bool
    epochs_done: int
    history: list[dict] = field(default_factory=list)
    model_dir: str | None = None
    card: dict | None = None


def seed_everything(seed: int) -> None:
    """Seed Python, numpy and Keras/TensorFlow."""
    random.seed(seed)
    np.random.seed(seed)
    keras.utils.set_random_seed(seed)


def train(
    config: TrainConfig,
    on_progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> TrainResult:
    """Train (or fine-tune, or resume) a U-Net on an HC18-layout folder; see the module docstring."""
    out = Path(config.out_dir)
    report = ds.scan_folder(config.data_dir)
    if report.problems():
        raise ValueError(f"{config.data_dir}: {report.problems()[0]}")
    split = Split(*ds.split_for_training(report.usable, config))
    cache = out / "cache"
    x_train, y_train, _ = ds.cached_arrays(split.train, config.size, cache)
    x_val, y_val, val_shapes = ds.cached_arrays(split.val, config.size, cache) if split.val else (None, None, [])
    initial = Path(config.initial_model) / artifact.KERAS_FILE if config.initial_model else None
    history = fit_network(
        config,
        (x_train, y_train),
        (x_val, y_val) if split.val else None,
        split,
        initial,
        _ValidationHC(x_val, split.val, val_shapes, config.batch_size),
        on_progress,
        should_stop,
    )
    if len(history) < config.epochs:
        return TrainResult(False, len(history), history)
    card = build_artifact(out, config, history, split.train, split.val, split.test)
    return TrainResult(True, len(history), history, str(out / artifact.MODEL_DIR), card)


@dataclass(frozen=True)
class Split:
    """The samples a run trains on, validates on and leaves for the test, every subject on one side."""

    train: list
    val: list
    test: list


def fit_network(
    config: TrainConfig,
    training: tuple[np.ndarray, np.ndarray],
    validation: tuple[np.ndarray, np.ndarray] | None,
    split: Split,
    initial: Path | None = None,
    validation_callback: keras.callbacks.Callback | None = None,
    on_progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> list[dict]:
    """Fit a U-Net of ``config`` (its size, width, depth) on ``training`` images and targets (n,
    rows, cols, 1) in [0, 1], into ``config.out_dir``: checkpointed every epoch, resumed from there
    with ``config.resume``, else started from the weights in ``initial`` (a ``.keras`` file;
    ModelLoadError where it is missing). Returns the history of every finished epoch: fewer than
    ``config.epochs`` when stopped."""
    out = Path(config.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    seed_everything(config.seed)
    x_train, y_train = training
    state = read_state(out) if config.resume else None
    if state:
        model = keras.saving.load_model(out / CHECKPOINT_FILE)
        history, initial_epoch = state["history"], state["epochs_done"]
    else:
        model = compile_unet(
            get_unet(
                (*config.size, 1),
                config.base_filters,
                config.depth,
                config.dropout,
                config.dilated,
                config.deep_supervision,
            ),
            config.learning_rate,
        )
        if initial is not None:
            copy_weights(model_files.load_keras_model(initial), model)
        history, initial_epoch = [], 0

    rng = np.random.default_rng(config.seed + initial_epoch)

    def augmented(image, target):
        return ds.augment(image, target, rng)

    def tf_augment(image, target):
        image, target = tf.numpy_function(augmented, [image, target], [tf.float32, tf.float32])
        image.set_shape((*config.size, 1))
        target.set_shape((*config.size, 1))
        return image, target

    train_data = tf.data.Dataset.from_tensor_slices((x_train, y_train)).cache()
    train_data = train_data.shuffle(len(x_train), seed=config.seed, reshuffle_each_iteration=True)
    if config.augment:
        train_data = train_data.map(tf_augment, num_parallel_calls=1)
    outputs = len(model.outputs)
    if outputs > 1:  # deep supervision: every output learns the same target
        train_data = train_data.map(lambda image, target: (image, (target,) * outputs))
    train_data = train_data.batch(config.batch_size).prefetch(tf.data.AUTOTUNE)
    val_data = None
    if validation is not None:
        val_data = tf.data.Dataset.from_tensor_slices(validation)
        if outputs > 1:
            val_data = val_data.map(lambda image, target: (image, (target,) * outputs))
        val_data = val_data.batch(config.batch_size).cache().prefetch(2)

    steps = ds.steps_per_epoch(len(x_train), config.batch_size)
    progress = _Progress(on_progress, should_stop, steps, config.epochs)
    callbacks = [keras.callbacks.LearningRateScheduler(lambda epoch: learning_rate_at(epoch, config))]
    if validation_callback is not None:
        callbacks.append(validation_callback)
    callbacks += [_Checkpoint(out, config, history, split, progress), progress]
    model.fit(
        train_data,
        validation_data=val_data,
        epochs=config.epochs,
        initial_epoch=initial_epoch,
        callbacks=callbacks,
        verbose=0,
    )
    return history


def read_state(out: Path) -> dict | None:
    """The state of the run in ``out`` (epochs done, history, settings, split) where it has a checkpoint, else None."""
    path = out / STATE_FILE
    if not (path.exists() and (out / CHECKPOINT_FILE).exists()):
        return None
    return json.loads(path.read_text())


class _Progress(keras.callbacks.Callback):
    """Reports every batch and epoch, and stops the run when ``should_stop()`` says so."""

    def __init__(self, on_progress, should_stop, steps: int, epochs: int):
        super().__init__()
        self.on_progress, self.should_stop = on_progress, should_stop
        self.steps, self.epochs = steps, epochs
        self.epoch = 0
        self.interrupted = False

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch = epoch

    def on_train_batch_end(self, batch, logs=None):
        if self.on_progress:
            done = self.epoch * self.steps + batch + 1
            entry = {"event": "batch", "epoch": self.epoch + 1, "batch": batch + 1, "steps": self.steps}
            self.on_progress(done, self.epochs * self.steps, entry | _floats(logs))
        if self.should_stop and self.should_stop():
            self.interrupted = True
            self.model.stop_training = True

    def on_epoch_end(self, epoch, logs=None):
        if self.on_progress and not self.interrupted:
            entry = {"event": "epoch", "epoch": epoch + 1, "batch": self.steps, "steps": self.steps}
            self.on_progress((epoch + 1) * self.steps, self.epochs * self.steps, entry | _floats(logs))


class _ValidationHC(keras.callbacks.Callback):
    """Adds the validation HC error in mm (``val_hc_adf_mm``, ``val_hc_df_mm``) to the epoch logs."""

    def __init__(self, x_val, samples, shapes, batch_size: int):
        super().__init__()
        self.x_val, self.samples, self.shapes, self.batch_size = x_val, samples, shapes, batch_size

    def on_epoch_end(self, epoch, logs=None):
        if logs is None or not self.samples or self.model.stop_training:
            return
        probabilities = main_output(self.model).predict(self.x_val, batch_size=self.batch_size, verbose=0)
        errors = hc_errors(probabilities, self.samples, self.shapes)
        summary = summarise_errors(errors)
        logs["val_hc_failures"] = summary["failures"]
        if "adf_mm" in summary:  # an early epoch may find no head in any validation image
            logs["val_hc_adf_mm"] = summary["adf_mm"]
            logs["val_hc_df_mm"] = summary["df_mm"]
            logs["val_boundary_offset_px"] = calibrate_offset(errors)


class _Checkpoint(keras.callbacks.Callback):
    """Saves the model with its optimizer and the run state after every finished epoch."""

    def __init__(self, out: Path, config: TrainConfig, history: list, split: Split, progress):
        super().__init__()
        self.out, self.config, self.history, self.progress = out, config, history, progress
        self.split = {
            "train_subjects": sorted({s.subject for s in split.train}),
            "val_subjects": sorted({s.subject for s in split.val}),
            "test_subjects": sorted({s.subject for s in split.test}),
        }
        self.started = time.monotonic()

    def on_epoch_end(self, epoch, logs=None):
        if self.progress.interrupted:
            return
        entry = {"epoch": epoch + 1, "seconds": round(time.monotonic() - self.started, 1)} | _floats(logs)
        self.history.append(entry)
        self.started = time.monotonic()
        tmp = self.out / (CHECKPOINT_FILE + ".tmp.keras")
        self.model.save(tmp)
        os.replace(tmp, self.out / CHECKPOINT_FILE)
        state = {"epochs_done": epoch + 1, "history": self.history, "config": asdict(self.config)} | self.split
        atomic_write_text(self.out / STATE_FILE, json.dumps(state, indent=1))


def _floats(logs: dict | None) -> dict:
    """Scalar logs as floats; a deep-supervised model's main-output metrics keep the plain names."""
    values = {k: float(v) for k, v in (logs or {}).items() if np.ndim(v) == 0}
    kept = {k: v for k, v in values.items() if "aux" not in k and "probability_loss" not in k}
    return {k.replace("probability_", ""): v for k, v in kept.items()}
