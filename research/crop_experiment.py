"""Localise, then delineate: a member's second stage compared with its first on its own validation fold.

python research/crop_experiment.py MEMBER_RUN [--data DATA_DIR]

MEMBER_RUN is a run of ``fetalhc train`` with a second stage (``--second-stage-epochs``; a finished
one-stage run gets one with ``--resume``), e.g. ``runs/cascade/member0``. Its validation fold is
measured three ways: the first stage alone (its ellipse snapped to the edge), the second stage's
network on a crop around that ellipse (with and without the snap), and a hybrid that uses the crop
only where it sees the head finer than the first pass, and the mean of the two stages' snapped HCs.
Offsets are cross-fitted between halves of the fold's subjects (``compare_fold.py``), differences
paired with a subject bootstrap.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.crop import CropFrame
from fetalhc_gui.core.edge_snap import snap_to_edge
from fetalhc_gui.core.ellipse import Ellipse, fit_points, head_component, outer_contour
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.inference.artifact import CROP_KERAS_FILE, MODEL_DIR, read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.crop_training import MARGIN
from fetalhc_gui.training.dataset import read_gray
from fetalhc_gui.training.validation import replace_offset

from common import fold_samples, report


def crop_hc_px(net, size: int, gray: np.ndarray, first: Ellipse, snap: bool, window_px: float) -> float:
    """HC in image pixels (no offset) of the crop network's head around ``first``."""
    frame = CropFrame.around(first, size, MARGIN)
    prob = net(frame.cut(gray)[None, ..., None] / 255.0)[0, ..., 0]
    up = cv2.resize(prob, None, fx=4, fy=4, interpolation=cv2.INTER_LINEAR)
    points = (outer_contour(head_component(up >= 0.5)) + 0.5) / 4 - 0.5
    ellipse = fit_points(frame.to_image(points))
    if snap:
        ellipse = fit_points(snap_to_edge(gray, ellipse, window_px).points)
    return hc_pixels(ellipse)


def evaluate(args) -> None:
    import keras

    folder = args.run / MODEL_DIR
    card = read_card(folder)
    size = card["crop_stage"]["input_size"][0]
    net_model = keras.saving.load_model(folder / CROP_KERAS_FILE, compile=False)

    def net(batch):
        return np.asarray(net_model(batch.astype(np.float32), training=False))

    samples = fold_samples(card, args.data)
    first_stage = {k: v for k, v in card.items() if k != "crop_stage"}
    member = Predictor(folder, card=replace_offset(first_stage, 0.0))
    rows, cols = member.input_size
    variants = {"member (snapped)": [], "crop": [], "crop + snap": [], "hybrid": [], "mean of both stages": []}
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
            crop_window = 1.5 / CropFrame.around(ellipse, size, MARGIN).scale
            plain = crop_hc_px(net, size, gray, ellipse, False, crop_window)
            snapped = crop_hc_px(net, size, gray, ellipse, True, crop_window)
        except EllipseFitError:
            plain = snapped = math.nan
        variants["crop"].append(plain)
        variants["crop + snap"].append(snapped)
        finer = 1 / CropFrame.around(ellipse, size, MARGIN).scale < first_scale
        variants["hybrid"].append(snapped if finer and np.isfinite(snapped) else hc_pixels(ellipse))
        variants["mean of both stages"].append(0.5 * (snapped + hc_pixels(ellipse)))
    base = None
    for label, raw in variants.items():
        results = report(label, np.array(raw), samples, base)
        base = base or results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    evaluate(parser.parse_args())


if __name__ == "__main__":
    main()
