"""Second stages at other crop sizes, trained on a lent GPU (Keras on JAX; no TensorFlow there).

python research/crop_sizes_gpu.py export MEMBERS_RUN OUT_DIR [--data DATA_DIR] [--size 192]
python research/crop_sizes_gpu.py train OUT_DIR MEMBER --sizes 160 192 [--epochs 20]
python research/crop_sizes_gpu.py attach MEMBERS_RUN WEIGHTS_DIR SIZE OUT_RUN [--data DATA_DIR]

``export`` (here) cuts CROPS_PER_IMAGE jittered crops (``crop_training.training_crops``) at the
largest size around every annotated head outside the test split into ``crops.npz`` (8-bit), with
the subjects and each member's validation subjects. ``train`` (on the GPU machine) trains member
MEMBER's second stage at each size on the crops of its training subjects (smaller sizes resized
from the exported ones), with the recipe of ``crop_training`` (same U-Net, augmentation, cosine
decay, batch 8), and writes its weights (float16) to ``OUT_DIR/crop_m{MEMBER}.npz``. ``attach``
(here) gives each member of MEMBERS_RUN the second stage of SIZE from those weights in a copy
OUT_RUN (``crop_training.attach_second_stage``: offset recalibrated on its own fold).
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import replace
from pathlib import Path

import cv2
import keras
import numpy as np

from fetalhc_gui.training.dataset import augment, steps_per_epoch
from fetalhc_gui.training.train_config import CHECKPOINT_FILE, TrainConfig, learning_rate_at


def export(args) -> None:
    from fetalhc_gui.inference.artifact import read_card
    from fetalhc_gui.training.crop_training import training_crops
    from fetalhc_gui.training.dataset import scan_folder

    cards = [read_card(folder) for folder in sorted(args.run.glob("member*/model"))]
    test = set(cards[0]["data"]["test_subjects"])
    samples = [s for s in scan_folder(args.data).usable if s.subject not in test]
    images, targets = training_crops(samples, args.size, np.random.default_rng(0))
    per_image = len(images) // len(samples)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "crops.npz",
        images=np.rint(images[..., 0] * 255).astype(np.uint8),
        targets=np.rint(targets[..., 0] * 255).astype(np.uint8),
        subjects=np.repeat([s.subject for s in samples], per_image),
    )
    folds = [card["data"]["val_subjects"] for card in cards]
    (args.out / "folds.json").write_text(json.dumps(folds))
    print(f"{len(images)} crops of {len(samples)} images, {os.path.getsize(args.out / 'crops.npz') / 1e6:.1f} MB")


def train(args) -> None:
    from fetalhc_gui.training.unet import compile_unet, get_unet

    data = np.load(args.dir / "crops.npz")
    val = set(json.loads((args.dir / "folds.json").read_text())[args.member])
    keep = np.flatnonzero([s not in val for s in data["subjects"]])[: args.limit]
    weights = {}
    for size in args.sizes:
        config = TrainConfig(data_dir="", out_dir="", epochs=args.epochs, seed=args.member)
        keras.utils.set_random_seed(config.seed)
        images, targets = (_resized(data[key][keep], size) for key in ("images", "targets"))
        model = compile_unet(get_unet((size, size, 1), 16, 4, 0.1, False, False), config.learning_rate)
        schedule = keras.callbacks.LearningRateScheduler(lambda epoch, _lr, c=config: learning_rate_at(epoch, c))
        batches = _Augmented(images, targets, config.batch_size, config.seed)
        history = model.fit(batches, epochs=config.epochs, callbacks=[schedule], verbose=2)
        print(json.dumps({"member": args.member, "size": size, "loss": history.history["loss"][-1]}), flush=True)
        for i, w in enumerate(model.get_weights()):
            weights[f"s{size}_{i}"] = w.astype(np.float16)
    np.savez(args.dir / f"crop_m{args.member}.npz", **weights)


def _resized(stack: np.ndarray, size: int) -> np.ndarray:
    """8-bit crops (n, s, s) as float32 (n, size, size, 1) in [0, 1], area-resized where smaller."""
    if stack.shape[1] != size:
        stack = np.stack([cv2.resize(c, (size, size), interpolation=cv2.INTER_AREA) for c in stack])
    return (stack.astype(np.float32) / 255.0)[..., None]


class _Augmented(keras.utils.PyDataset):
    """Shuffled, augmented batches (``dataset.augment``), a fresh order every epoch."""

    def __init__(self, images: np.ndarray, targets: np.ndarray, batch_size: int, seed: int):
        super().__init__(workers=4, use_multiprocessing=False)
        self.images, self.targets, self.batch_size, self.seed = images, targets, batch_size, seed
        self.epoch, self.order = 0, np.random.default_rng(seed).permutation(len(images))

    def __len__(self) -> int:
        return steps_per_epoch(len(self.images), self.batch_size)

    def __getitem__(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        rng = np.random.default_rng((self.seed, self.epoch, index))
        chosen = self.order[index * self.batch_size :][: self.batch_size]
        pairs = [augment(self.images[i], self.targets[i], rng) for i in chosen]
        return np.stack([p[0] for p in pairs]), np.stack([p[1] for p in pairs])

    def on_epoch_end(self) -> None:
        self.epoch += 1
        self.order = np.random.default_rng((self.seed, self.epoch)).permutation(len(self.images))


def attach(args) -> None:
    from fetalhc_gui.training.crop_training import STAGE_DIR, attach_second_stage, first_stage_copy, run_split
    from fetalhc_gui.training.unet import get_unet

    for k, source in enumerate(sorted(args.run.glob("member*/model"))):
        run = args.out / source.parent.name
        folder = run / "model"
        card = first_stage_copy(source, folder)
        stored = np.load(args.weights / f"crop_m{k}.npz")
        network = get_unet((args.size, args.size, 1), 16, 4, 0.1, False, False)
        network.set_weights([stored[f"s{args.size}_{i}"].astype(np.float32) for i in range(len(network.weights))])
        stage = replace(
            TrainConfig(data_dir=str(args.data), out_dir=str(run / STAGE_DIR), crop_epochs=20),
            image_rows=args.size,
            image_cols=args.size,
        )
        Path(stage.out_dir).mkdir(parents=True, exist_ok=True)
        network.save(Path(stage.out_dir) / CHECKPOINT_FILE)
        history = [{"epoch": 20, "how": "research/crop_sizes_gpu.py train (Keras on JAX, one H100)"}]
        card = attach_second_stage(folder, card, stage, history, run_split(card, args.data).val)
        print(
            f"{folder}: offset {card['postprocessing']['boundary_offset_px']:.3f} px, "
            f"fold ADF {card['validation']['adf_mm']:.3f} mm",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("export")
    p.add_argument("run", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    p.add_argument("--size", type=int, default=192)
    p.set_defaults(go=export)
    p = commands.add_parser("train")
    p.add_argument("dir", type=Path)
    p.add_argument("member", type=int)
    p.add_argument("--sizes", type=int, nargs="+", default=[192])
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--limit", type=int, help="train on this many crops only (a smoke test)")
    p.set_defaults(go=train)
    p = commands.add_parser("attach")
    p.add_argument("run", type=Path)
    p.add_argument("weights", type=Path)
    p.add_argument("size", type=int)
    p.add_argument("out", type=Path)
    p.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    p.set_defaults(go=attach)
    args = parser.parse_args()
    args.go(args)


if __name__ == "__main__":
    main()
