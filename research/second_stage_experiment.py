"""A second-stage training lever (a loss or an augmentation), tried on an ensemble member's fold.

python research/second_stage_experiment.py MEMBER_MODEL OUT_RUN [--boundary-weight W] [--wall-dropout P]
    [--epochs 20] [--data DATA_DIR]

MEMBER_MODEL is a member's model folder with a second stage (e.g. ``runs/cascade2/member0/model``).
Its first stage is copied into ``OUT_RUN/model`` and a second stage is trained there with the
member's own recipe (crops cut the same way, its seed and schedule) for ``--epochs`` epochs (20,
as the bundled second stages), changed only by the options: ``--boundary-weight`` for
``levers.BoundaryWeightedLoss``, ``--wall-dropout`` for the probability of ``levers.dropped_arc``;
a stopped run resumes. Compare the two on the member's fold with
``research/compare_fold.py MEMBER_MODEL OUT_RUN/model``.
"""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path

from fetalhc_gui.inference.artifact import MODEL_DIR, read_card
from fetalhc_gui.training.crop_training import first_stage_copy, train_second_stage
from fetalhc_gui.training.model_files import write_card
from fetalhc_gui.training.train_config import TrainConfig

from levers import levers_applied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("member", type=Path)
    parser.add_argument("run", type=Path)
    parser.add_argument("--boundary-weight", type=float, default=0.0)
    parser.add_argument("--wall-dropout", type=float, default=0.0)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--data", default="../shared/hc18")
    args = parser.parse_args()
    folder = args.run / MODEL_DIR
    card = read_card(folder) if folder.exists() else first_stage_copy(args.member, folder)  # exists: resuming
    names = {f.name for f in fields(TrainConfig)}
    recipe = {k: v for k, v in card["training"].items() if k in names}
    config = TrainConfig(
        **recipe
        | {
            "data_dir": args.data,
            "out_dir": str(args.run),
            "crop_epochs": args.epochs,
            "resume": True,
        }
    )

    def progress(done: int, total: int, entry: dict) -> None:
        if entry["event"] == "epoch":
            print(entry, flush=True)

    with levers_applied(args.boundary_weight, args.wall_dropout):
        result = train_second_stage(config, on_progress=progress)
    if result.finished and (args.boundary_weight or args.wall_dropout):
        card = read_card(folder)
        card["crop_stage"]["training"] += (
            f"; levers: boundary weight {args.boundary_weight:g}, wall dropout {args.wall_dropout:g}"
        )
        write_card(folder, card)
    print("finished" if result.finished else "stopped", result.epochs_done, flush=True)


if __name__ == "__main__":
    main()
