"""Training an ensemble: one member per subject fold, then packing and calibrating (needs TensorFlow).

``train_ensemble(config, members, on_progress, should_stop)`` trains ``members`` U-Nets into
``out/member0`` ... (each validated on its own fold, all sharing the test split of
``config.test_fraction``), then builds ``out/model`` with ``build_ensemble``. Every member is
checkpointed every epoch; a rerun with ``resume`` skips finished members and continues the one
that was interrupted. ``on_progress`` gets the member's logs with ``member`` (1-based) and
``members`` added.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fetalhc_gui.model.artifact import CARD_FILE, MODEL_DIR
from fetalhc_gui.model.ensemble import build_ensemble
from fetalhc_gui.model.train_config import STATE_FILE, TrainConfig
from fetalhc_gui.model.training import ProgressCallback, StopCallback, TrainResult, train


def member_config(config: TrainConfig, members: int, k: int) -> TrainConfig:
    """The settings of member ``k`` (0-based): its own folder, fold and seed."""
    out = Path(config.out_dir) / f"member{k}"
    return replace(
        config, out_dir=str(out), folds=members, fold=k, seed=config.seed + k, resume=(out / STATE_FILE).exists()
    )


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
        if (folder / CARD_FILE).exists():
            continue

        def report(done, total, logs, k=k):
            if on_progress:
                on_progress(done, total, logs | {"member": k + 1, "members": members})

        result = train(member, report, should_stop)
        history += [entry | {"member": k + 1} for entry in result.history]
        if not result.finished:
            return TrainResult(False, len(history), history)
    card = build_ensemble(folders, Path(config.data_dir), Path(config.out_dir) / MODEL_DIR)
    return TrainResult(True, len(history), history, str(Path(config.out_dir) / MODEL_DIR), card)
