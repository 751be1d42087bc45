"""Out-of-fold comparison of ways to turn a probability map into an ellipse (no new training).

python scripts/postprocess_experiment.py ENSEMBLE_RUN [DATA_DIR]

Each member's probability maps on its own validation fold are computed once (cached in
ENSEMBLE_RUN/oof_maps.npz), then every variant fits ellipses to the same maps. Boundary offsets
are calibrated leave-one-fold-out (a constant in original pixels), so no figure uses an offset
fitted on its own images.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import Ellipse, fit_contour, head_component
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.inference.preprocessing import to_original_resolution
from fetalhc_gui.training.dataset import read_gray, scan_folder
from fetalhc_gui.training.evaluation import HCError, figures_line, summarise_errors
from fetalhc_gui.training.validation import replace_offset


def oof_maps(run: Path, data_dir: Path) -> dict:
    cache = run / "oof_maps.npz"
    if cache.exists():
        return dict(np.load(cache, allow_pickle=True))
    usable = [s for s in scan_folder(data_dir).usable if s.reference_hc_mm]
    maps, names, px, ref, shapes, folds = [], [], [], [], [], []
    for k, folder in enumerate(sorted(p.parent for p in run.glob("member*/model/model_card.json"))):
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        predictor = Predictor(folder, card=replace_offset(card, 0.0))
        for s in (s for s in usable if s.subject in fold):
            gray = read_gray(s.image)
            maps.append(predictor.member_maps([gray])[0, ..., 0].astype(np.float16))
            names.append(s.image.name)
            px.append(s.pixel_size_mm)
            ref.append(s.reference_hc_mm)
            shapes.append(gray.shape[:2])
            folds.append(k)
    data = {
        "maps": np.stack(maps),
        "names": np.array(names),
        "px": np.array(px),
        "ref": np.array(ref),
        "shapes": np.array(shapes),
        "folds": np.array(folds),
    }
    np.savez(cache, **data)
    return data


def signed_residual(e: Ellipse, points: np.ndarray) -> np.ndarray:
    """Radial distance in pixels from the ellipse to each point, negative inside."""
    c, s = math.cos(e.angle), math.sin(e.angle)
    dx, dy = points[:, 0] - e.cx, points[:, 1] - e.cy
    u, v = c * dx + s * dy, -s * dx + c * dy
    r = np.maximum(np.sqrt((u / e.a) ** 2 + (v / e.b) ** 2), 1e-9)
    return (r - 1) * np.hypot(u, v) / r


def outline(mask: np.ndarray) -> np.ndarray:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(contours, key=len).reshape(-1, 2).astype(np.float64)


def plain(full: np.ndarray, threshold: float = 0.5) -> Ellipse:
    return fit_contour(outline(head_component(full >= threshold)))


def hull(full: np.ndarray) -> Ellipse:
    points = outline(head_component(full >= 0.5)).astype(np.float32)
    return fit_contour(cv2.convexHull(points).reshape(-1, 2).astype(np.float64))


def robust(full: np.ndarray, cut: float = 2.5, rounds: int = 3) -> Ellipse:
    points = outline(head_component(full >= 0.5))
    ellipse = fit_contour(points)
    for _ in range(rounds):
        residual = signed_residual(ellipse, points)
        mad = 1.4826 * np.median(np.abs(residual - np.median(residual))) + 0.5
        keep = np.abs(residual - np.median(residual)) <= cut * mad
        if keep.sum() < 0.6 * len(points):
            break
        ellipse = fit_contour(points[keep])
    return ellipse


def inner_drop(full: np.ndarray) -> Ellipse:
    """Fit, then refit without outline points that lie well inside the ellipse (bites)."""
    points = outline(head_component(full >= 0.5))
    ellipse = fit_contour(points)
    for _ in range(2):
        residual = signed_residual(ellipse, points)
        keep = residual > -max(2.0, 0.03 * ellipse.b)
        if keep.sum() < 0.6 * len(points):
            break
        ellipse = fit_contour(points[keep])
    return ellipse


VARIANTS: dict[str, Callable[[np.ndarray], Ellipse]] = {
    "plain 0.5": plain,
    "plain 0.4": lambda f: plain(f, 0.4),
    "plain 0.6": lambda f: plain(f, 0.6),
    "convex hull": hull,
    "robust 2.5 MAD": robust,
    "robust 3.5 MAD": lambda f: robust(f, 3.5),
    "drop inner points": inner_drop,
}


def evaluate(data: dict, fit: Callable[[np.ndarray], Ellipse]) -> tuple[dict, np.ndarray]:
    raw = []
    for m, shape in zip(data["maps"], data["shapes"], strict=True):
        try:
            raw.append(hc_pixels(fit(to_original_resolution(m.astype(np.float32), tuple(shape)))))
        except (EllipseFitError, ValueError):
            raw.append(math.nan)
    raw = np.array(raw)
    ref_px = data["ref"] / data["px"]
    errors, signed = [], np.full(len(raw), math.nan)
    for fold in np.unique(data["folds"]):
        others = (data["folds"] != fold) & np.isfinite(raw)
        k = np.mean((raw[others] - ref_px[others]) / (2 * math.pi))
        for i in np.flatnonzero(data["folds"] == fold):
            hc = (raw[i] - 2 * math.pi * k) * data["px"][i] if np.isfinite(raw[i]) else None
            errors.append(HCError(str(data["names"][i]), float(data["px"][i]), float(data["ref"][i]), hc))
            signed[i] = hc - data["ref"][i] if hc is not None else math.nan
    return summarise_errors(errors), signed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument("--worst", type=int, default=0, help="list the worst N images of the plain fit")
    args = parser.parse_args()
    data = oof_maps(args.run, args.data_dir)
    for label, fit in VARIANTS.items():
        s, signed = evaluate(data, fit)
        print(f"{label:<18} {figures_line(s)}", flush=True)
        if args.worst and label == "plain 0.5":
            for i in np.argsort(-np.abs(np.nan_to_num(signed, nan=999)))[: args.worst]:
                print(f"    {data['names'][i]} ref {data['ref'][i]:.1f} error {signed[i]:+.1f} mm")


if __name__ == "__main__":
    main()
