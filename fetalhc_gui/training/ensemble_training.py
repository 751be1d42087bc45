"""Training whole models (needs TensorFlow): a single model's two stages, or an ensemble.

``train_model(config, on_progress, should_stop)`` trains one model: its first stage
(``training.train``), then, where ``config.crop_epochs``, its second stage
(``crop_training.train_second_stage``). ``train_ensemble(config, members, ...)`` trains
``members`` such models into ``out/member0`` ... (each validated on its own fold, all sharing the
test split of ``config.test_fraction``), then builds ``out/model`` with ``build_ensemble``. Every
stage is checkpointed every epoch; a rerun with ``resume`` skips what is finished and continues
what was interrupted. ``on_progress`` gets the stage's logs with ``stage`` (1 or 2) added, and
``member`` (1-based) and ``members`` for an ensemble.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fetalhc_gui.inference.artifact import CARD_FILE, MODEL_DIR, read_card
from fetalhc_gui.training.crop_training import train_second_stage
from fetalhc_gui.training.ensemble import build_ensemble
from fetalhc_gui.training.train_config import STATE_FILE, TrainConfig
from fetalhc_gui.training.training import ProgressCallback, StopCallback, TrainResult, read_state, train


def member_config(config: TrainConfig, members: int, k: int) -> TrainConfig:
    """The settings of member ``k`` (0-based): its own folder, fold and seed."""
    out = Path(config.out_dir) / f"member{k}"
    return replace(
        config, out_dir=str(out), folds=members, fold=k, seed=config.seed + k, resume=(out / STATE_FILE).exists()
    )


def first_stage_done(config: TrainConfig) -> bool:
    """True when the run in ``config.out_dir`` finished its first stage and built its model folder."""
    state = read_state(Path(config.out_dir))
    return (
        state is not None
        and state["epochs_done"] >= config.epochs
        and (Path(config.out_dir) / MODEL_DIR / CARD_FILE).exists()
    )


def train_model(
    config: TrainConfig,
    on_progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> TrainResult:
    """Train one model's first stage and, where ``config.crop_epochs``, its second; see the module docstring."""

    def staged(stage: int):
        def report(done, total, logs):
            if on_progress:
                on_progress(done, total, logs | {"stage": stage})

        return report

    if config.resume and first_stage_done(config):
        folder = Path(config.out_dir) / MODEL_DIR
        first = TrainResult(True, 0, [], str(folder), read_card(folder))
    else:
        first = train(config, staged(1), should_stop)
    history = [entry | {"stage": 1} for entry in first.history]
    if not first.finished or not config.crop_epochs:
        return replace(first, history=history)
    second = train_second_stage(config, staged(2), should_stop)
    history += [entry | {"stage": 2} for entry in second.history]
    return replace(second, epochs_done=len(history), history=history)


def train_ensemble(
    config: TrainConfig,
    members: int,
    on_progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> TrainResult:
    """Train the members one after another, then build the ensemble; see the module docstring."""
    if members < 2:
        raise ValueError("An ensemble needs at least two members; train a single model instead.")
    if not config.test_fraction:
        raise ValueError("An ensemble needs a test fraction: its interval is calibrated on subjects no member saw.")
    history: list[dict] = []
    folders = []
    for k in range(members):
        member = member_config(config, members, k)
        folder = Path(member.out_dir) / MODEL_DIR
        folders.append(folder)
        if (folder / CARD_FILE).exists() and (not config.crop_epochs or read_card(folder).get("crop_stage")):
            continue

        def report(done, total, logs, k=k):
            if on_progress:
                on_progress(done, total, logs | {"member": k + 1, "members": members})

        result = train_model(member, report, should_stop)
        history += [entry | {"member": k + 1} for entry in result.history]
        if not result.finished:
            return TrainResult(False, len(history), history)
    card = build_ensemble(folders, Path(config.data_dir), Path(config.out_dir) / MODEL_DIR)
    return TrainResult(True, len(history), history, str(Path(config.out_dir) / MODEL_DIR), card)
