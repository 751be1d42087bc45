"""Where the measured ellipses part from the annotated ones: across the beam or along it.

python research/axis_experiment.py RUN [--data DATA_DIR]

RUN is an ensemble run (``runs/cascade2``): each member measures its own validation fold with no
boundary offset. For every image the measured and the annotated ellipse (``fit_mask``, the HC18
convention) are compared by their horizontal and vertical half-extents in image pixels: the
horizontal one is set by the skull's side walls, faint where they run along the beam. Then the
HC errors with one offset for all directions are compared with those of separate horizontal and
vertical offsets, both cross-fitted between halves of the subjects (each half gets the offsets
fitted on the other half), and the one offset's HC errors in image pixels and as a share of HC.

With ``--unsnapped-sides DEG [DEG ...]`` each member's fold is also measured with the edge snap
left off the side walls (outline points whose normal lies within DEG degrees of horizontal keep
the network's place), against the product's snap, offsets cross-fitted (``compare_fold.py``).
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np

import fetalhc_gui.inference.predictor as predictor_module
from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.edge_snap import EdgeSnap, ellipse_points, snap_to_smoothed
from fetalhc_gui.core.ellipse import Ellipse, fit_mask
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import read_annotation, read_gray
from fetalhc_gui.training.evaluation import HC_BANDS
from fetalhc_gui.training.validation import replace_offset

from common import cross_fitted_errors, fold_samples, members_of, raw_hc_px, subject_halves
from common import report as fold_report


def half_extents(e: Ellipse) -> tuple[float, float]:
    """Half the width and half the height of the ellipse's bounding box, in pixels."""
    c, s = math.cos(e.angle), math.sin(e.angle)
    return math.hypot(e.a * c, e.b * s), math.hypot(e.a * s, e.b * c)


def shrunk(e: Ellipse, dx: float, dy: float) -> Ellipse:
    """``e`` with its horizontal half-extent reduced by ``dx`` and its vertical one by ``dy`` (pixels),
    about its centre."""
    w, h = half_extents(e)
    moved = Ellipse(0.0, 0.0, e.a, e.b, e.angle).scaled((w - dx) / w, (h - dy) / h)
    return Ellipse(e.cx, e.cy, moved.a, moved.b, moved.angle)


def measure(run: Path, data: Path) -> list[dict]:
    """Each member's own fold: the measured (no offset) and the annotated ellipse of every image."""
    rows = []
    for folder in members_of(run):
        card = read_card(folder)
        predictor = Predictor(folder, card=replace_offset(card, 0.0))
        for s in fold_samples(card, data):
            measured = predictor.predict(read_gray(s.image)).ellipse
            if measured is not None:
                annotated = fit_mask(read_annotation(s.annotation))
                rows.append({"sample": s, "measured": measured, "annotated": annotated})
    return rows


def report(rows: list[dict]) -> None:
    """Print the extents' differences by band and the ADF with one offset or two."""
    samples = [r["sample"] for r in rows]
    px = np.array([s.pixel_size_mm for s in samples])
    ref_px = np.array([s.reference_hc_mm for s in samples]) / px
    diff = np.array([np.subtract(half_extents(r["measured"]), half_extents(r["annotated"])) for r in rows])
    one = np.array(
        [e.error_mm for e in cross_fitted_errors(np.array([hc_pixels(r["measured"]) for r in rows]), samples)]
    )
    side = subject_halves(samples)
    two = np.empty(len(rows))
    for i, r in enumerate(rows):
        dx, dy = diff[side != side[i]].mean(axis=0)
        two[i] = (hc_pixels(shrunk(r["measured"], dx, dy)) - ref_px[i]) * px[i]
    ref_mm = ref_px * px
    print("half-extent, measured - annotated, image pixels (no offset): mean (sd)")
    for label, low, high in (("all", 0.0, math.inf), *HC_BANDS):
        m = (ref_mm >= low) & (ref_mm < high)
        x, y = diff[m, 0], diff[m, 1]
        adf_one, adf_two = np.abs(one[m]).mean(), np.abs(two[m]).mean()
        print(
            f"{label:>8} n={m.sum():3d}  horizontal {x.mean():+.2f} ({x.std():.2f})  vertical {y.mean():+.2f} "
            f"({y.std():.2f})  ADF with one offset {adf_one:.3f} mm, with two {adf_two:.3f}"
        )
    print("with one offset: mean |HC error| in image pixels and in % of HC, median pixel size")
    for label, low, high in (("all", 0.0, math.inf), *HC_BANDS):
        m = (ref_mm >= low) & (ref_mm < high)
        print(
            f"{label:>8}  {np.mean(np.abs(one[m]) / px[m]):.1f} px  {100 * np.mean(np.abs(one[m]) / ref_mm[m]):.2f}%  "
            f"{np.median(px[m]):.3f} mm/px"
        )


def sides_left_unsnapped(degrees: float):
    """A ``snap_to_smoothed`` that leaves points whose normal is within ``degrees`` of horizontal
    where the network put them (shift 0 pixels)."""

    def snap(smooth: np.ndarray, ellipse: Ellipse, window_px: float) -> EdgeSnap:
        snapped = snap_to_smoothed(smooth, ellipse, window_px)
        points, normals = ellipse_points(ellipse)
        shift = np.where(np.abs(normals[:, 0]) > math.cos(math.radians(degrees)), 0.0, snapped.shift_px)
        return EdgeSnap(points + shift[:, None] * normals, shift, snapped.drop)

    return snap


def compare_side_snaps(run: Path, data: Path, degrees: list[float]) -> None:
    """Per member fold: the product's snap against the snap left off the side walls."""
    for folder in members_of(run):
        samples = fold_samples(read_card(folder), data)
        name = folder.parent.name
        base = fold_report(f"{name}: the product's snap", raw_hc_px(folder, samples), samples, None)
        for limit in degrees:
            predictor_module.snap_to_smoothed = sides_left_unsnapped(limit)
            try:
                raw = raw_hc_px(folder, samples)
            finally:
                predictor_module.snap_to_smoothed = snap_to_smoothed
            fold_report(f"{name}: sides within {limit} deg unsnapped", raw, samples, base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("--data", type=Path, default=Path("../shared/hc18"))
    parser.add_argument("--unsnapped-sides", type=float, nargs="+", metavar="DEG", default=[])
    args = parser.parse_args()
    report(measure(args.run, args.data))
    if args.unsnapped_sides:
        compare_side_snaps(args.run, args.data, args.unsnapped_sides)


if __name__ == "__main__":
    main()
