"""Where the measured ellipses part from the annotated ones: across the beam or along it.

python scripts/axis_experiment.py RUN [--data DATA_DIR]

RUN is an ensemble run (``runs/cascade2``): each member measures its own validation fold with no
boundary offset. For every image the measured and the annotated ellipse (``fit_mask``, the HC18
convention) are compared by their horizontal and vertical half-extents in image pixels: the
horizontal one is set by the skull's side walls, faint where they run along the beam. Then the
HC errors with one offset for all directions are compared with those of separate horizontal and
vertical offsets, both cross-fitted between halves of the subjects (each half gets the offsets
fitted on the other half).

With ``--unsnapped-sides DEG [DEG ...]`` each member's fold is also measured with the edge snap
left off the side walls (outline points whose normal lies within DEG degrees of horizontal keep
the network's place), against the product's snap, offsets cross-fitted (``compare_fold.py``).
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
from compare_fold import report as fold_report

import fetalhc_gui.model.predictor as predictor_module
from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.edge_snap import EdgeSnap, ellipse_points, snap_to_smoothed
from fetalhc_gui.core.ellipse import Ellipse, fit_mask
from fetalhc_gui.model.artifact import MODEL_DIR, read_card
from fetalhc_gui.model.dataset import read_annotation, read_gray, scan_folder
from fetalhc_gui.model.evaluation import HC_BANDS
from fetalhc_gui.model.predictor import Predictor
from fetalhc_gui.model.validation import replace_offset


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
    usable = scan_folder(data).usable
    rows = []
    for member in sorted(run.glob("member*")):
        folder = member / MODEL_DIR
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        predictor = Predictor(folder, card=replace_offset(card, 0.0))
        for s in usable:
            if s.subject not in fold or not s.reference_hc_mm:
                continue
            measured = predictor.predict(read_gray(s.image)).ellipse
            if measured is not None:
                annotated = fit_mask(read_annotation(s.annotation))
                rows.append({"sample": s, "measured": measured, "annotated": annotated})
    return rows


def report(rows: list[dict]) -> None:
    """Print the extents' differences by band and the ADF with one offset or two."""
    px = np.array([r["sample"].pixel_size_mm for r in rows])
    ref_px = np.array([r["sample"].reference_hc_mm for r in rows]) / px
    diff = np.array([np.subtract(half_extents(r["measured"]), half_extents(r["annotated"])) for r in rows])
    hc_px = np.array([hc_pixels(r["measured"]) for r in rows])
    subjects = sorted({r["sample"].subject for r in rows})
    side = np.array([subjects.index(r["sample"].subject) % 2 for r in rows])
    one, two = np.empty(len(rows)), np.empty(len(rows))
    for i, r in enumerate(rows):
        other = side != side[i]
        k = np.mean(hc_px[other] - ref_px[other]) / (2 * math.pi)
        one[i] = hc_pixels(r["measured"].grown(-k)) - ref_px[i]
        dx, dy = diff[other].mean(axis=0)
        two[i] = hc_pixels(shrunk(r["measured"], dx, dy)) - ref_px[i]
    ref_mm = ref_px * px
    print("half-extent, measured - annotated, image pixels (no offset): mean (sd)")
    for label, low, high in (("all", 0.0, math.inf), *HC_BANDS):
        m = (ref_mm >= low) & (ref_mm < high)
        x, y = diff[m, 0], diff[m, 1]
        adf_one, adf_two = np.abs(one[m] * px[m]).mean(), np.abs(two[m] * px[m]).mean()
        print(
            f"{label:>8} n={m.sum():3d}  horizontal {x.mean():+.2f} ({x.std():.2f})  vertical {y.mean():+.2f} "
            f"({y.std():.2f})  ADF with one offset {adf_one:.3f} mm, with two {adf_two:.3f}"
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
    usable = scan_folder(data).usable
    for member in sorted(run.glob("member*")):
        folder = member / MODEL_DIR
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        samples = [s for s in usable if s.subject in fold and s.reference_hc_mm]
        grays = [read_gray(s.image) for s in samples]
        predictor = Predictor(folder, card=replace_offset(card, 0.0))
        base = None
        for limit in [None, *degrees]:
            predictor_module.snap_to_smoothed = snap_to_smoothed if limit is None else sides_left_unsnapped(limit)
            ellipses = [predictor.predict(g).ellipse for g in grays]
            raw = np.array([hc_pixels(e) if e is not None else math.nan for e in ellipses])
            label = f"{member.name}: " + (
                "the product's snap" if limit is None else f"sides within {limit} deg unsnapped"
            )
            results = fold_report(label, raw, samples, base)
            base = base or results
        predictor_module.snap_to_smoothed = snap_to_smoothed


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
