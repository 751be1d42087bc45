"""Localise, then delineate: a second network trained on square crops around the head, tried on one fold.

python scripts/crop_experiment.py train MEMBER_MODEL OUT [--epochs 20] [--data DATA_DIR]
python scripts/crop_experiment.py evaluate MEMBER_MODEL OUT [--data DATA_DIR]

``train`` cuts two crops per training image of the member (same subjects, never its validation
fold or the test split) around the annotated ellipse, jittered in centre (+-6% of the semi-axis)
and size (+-10%) as a first pass would miss it, and trains a 128x128 U-Net on them with the
usual augmentation; a checkpoint is written every epoch. ``evaluate`` measures the member's
validation fold three ways: the member alone (its ellipse snapped to the edge), the crop network
on a crop around the member's ellipse (with and without the snap), and a hybrid that uses the
crop only where it sees the head finer than the first pass. Offsets are cross-fitted between
halves of the fold's subjects (``compare_fold.py``), differences paired with a subject bootstrap.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import cv2
import numpy as np
from compare_fold import report

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.crop import CropFrame
from fetalhc_gui.core.edge_snap import snap_to_edge
from fetalhc_gui.core.ellipse import Ellipse, fit_mask, fit_points, head_component, outer_contour
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.model.artifact import read_card
from fetalhc_gui.model.dataset import read_annotation, read_gray, scan_folder
from fetalhc_gui.model.predictor import Predictor
from fetalhc_gui.model.validation import replace_offset

SIZE = 128
MARGIN = 1.25
CHECKPOINT = "crop_checkpoint.keras"
#: The card entry of a second stage trained here.
CROP_STAGE = {
    "input_size": [SIZE, SIZE],
    "margin": MARGIN,
    "network": "the same U-Net as the first stage (4 levels, 16 base filters) on a square crop around the first "
    "ellipse, margin times its major axis wide",
    "training": "2 crops per training image around the annotated ellipse, centre jittered +-6% of the semi-axis "
    "and size +-10%, 20 epochs with the first stage's augmentation",
}


def member_samples(member: Path, data: Path, validation: bool) -> list:
    card = read_card(member)
    val, test = set(card["data"]["val_subjects"]), set(card["data"]["test_subjects"])
    usable = [s for s in scan_folder(data).usable if s.reference_hc_mm]
    if validation:
        return [s for s in usable if s.subject in val]
    return [s for s in usable if s.subject not in val and s.subject not in test]


def training_crops(samples: list, rng: np.random.Generator, per_image: int = 2) -> tuple[np.ndarray, np.ndarray]:
    images, targets = [], []
    for s in samples:
        gray, mask = read_gray(s.image), read_annotation(s.annotation).astype(np.float32)
        truth = fit_mask(mask > 0, 0.0)
        for _ in range(per_image):
            frame = CropFrame.around(truth, SIZE, MARGIN)
            frame = CropFrame(
                frame.cx + rng.uniform(-0.06, 0.06) * truth.a,
                frame.cy + rng.uniform(-0.06, 0.06) * truth.b,
                frame.scale * rng.uniform(0.9, 1.1),
                SIZE,
            )
            images.append(frame.cut(gray) / 255.0)
            targets.append(np.clip(frame.cut(mask), 0, 1))
    return np.stack(images)[..., None], np.stack(targets)[..., None]


def train(args) -> None:
    import keras
    import tensorflow as tf

    from fetalhc_gui.model.dataset import augment
    from fetalhc_gui.model.train_config import TrainConfig
    from fetalhc_gui.model.training import learning_rate_at, seed_everything
    from fetalhc_gui.model.unet import compile_unet, get_unet

    seed_everything(0)
    rng = np.random.default_rng(0)
    x, y = training_crops(member_samples(args.member, args.data, validation=False), rng)
    print(f"{len(x)} crops", flush=True)
    config = TrainConfig(data_dir=str(args.data), out_dir=str(args.out), epochs=args.epochs)
    model = compile_unet(get_unet((SIZE, SIZE, 1), 16, 4, 0.1, False, False), config.learning_rate)

    def tf_augment(image, target):
        image, target = tf.numpy_function(lambda i, t: augment(i, t, rng), [image, target], [tf.float32, tf.float32])
        image.set_shape((SIZE, SIZE, 1))
        target.set_shape((SIZE, SIZE, 1))
        return image, target

    data = tf.data.Dataset.from_tensor_slices((x.astype(np.float32), y.astype(np.float32))).cache()
    data = data.shuffle(len(x), seed=0).map(tf_augment, num_parallel_calls=1).batch(8).prefetch(2)
    args.out.mkdir(parents=True, exist_ok=True)
    callbacks = [
        keras.callbacks.LearningRateScheduler(lambda epoch: learning_rate_at(epoch, config)),
        keras.callbacks.ModelCheckpoint(args.out / CHECKPOINT),
        keras.callbacks.CSVLogger(args.out / "history.csv"),
    ]
    model.fit(data, epochs=args.epochs, callbacks=callbacks, verbose=2)


def crop_hc_px(net, gray: np.ndarray, first: Ellipse, snap: bool, window_px: float) -> float:
    """HC in image pixels (no offset) of the crop network's head around ``first``."""
    frame = CropFrame.around(first, SIZE, MARGIN)
    prob = net(frame.cut(gray)[None, ..., None] / 255.0)[0, ..., 0]
    up = cv2.resize(prob, None, fx=4, fy=4, interpolation=cv2.INTER_LINEAR)
    points = (outer_contour(head_component(up >= 0.5)) + 0.5) / 4 - 0.5
    ellipse = fit_points(frame.to_image(points))
    if snap:
        ellipse = fit_points(snap_to_edge(gray, ellipse, window_px).points)
    return hc_pixels(ellipse)


def evaluate(args) -> None:
    import keras

    net_model = keras.saving.load_model(args.out / CHECKPOINT, compile=False)

    def net(batch):
        return np.asarray(net_model(batch.astype(np.float32), training=False))

    samples = member_samples(args.member, args.data, validation=True)
    member = Predictor(args.member, card=replace_offset(read_card(args.member), 0.0))
    rows, cols = member.input_size
    variants = {"member (snapped)": [], "crop": [], "crop + snap": [], "hybrid": []}
    for s in samples:
        gray = read_gray(s.image)
        ellipse = member.predict(gray).ellipse
        first_scale = 0.5 * (gray.shape[0] / rows + gray.shape[1] / cols)  # image px per network px
        if ellipse is None:
            for v in variants.values():
                v.append(math.nan)
            continue
        variants["member (snapped)"].append(hc_pixels(ellipse))
        try:
            crop_window = 1.5 / CropFrame.around(ellipse, SIZE, MARGIN).scale
            plain = crop_hc_px(net, gray, ellipse, False, crop_window)
            snapped = crop_hc_px(net, gray, ellipse, True, crop_window)
        except EllipseFitError:
            plain = snapped = math.nan
        variants["crop"].append(plain)
        variants["crop + snap"].append(snapped)
        finer = 1 / CropFrame.around(ellipse, SIZE, MARGIN).scale < first_scale
        variants["hybrid"].append(snapped if finer and np.isfinite(snapped) else hc_pixels(ellipse))
    base = None
    for label, raw in variants.items():
        results = report(label, np.array(raw), samples, base)
        base = base or results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=("train", "evaluate"))
    parser.add_argument("member", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    args = parser.parse_args()
    train(args) if args.command == "train" else evaluate(args)


if __name__ == "__main__":
    main()
