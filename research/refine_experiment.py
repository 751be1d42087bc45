"""Out-of-fold test of "localise, then delineate" with the existing members (no new training).

python research/refine_experiment.py ENSEMBLE_RUN [DATA_DIR] [--margin M]

Each member measures its own validation fold twice: on the whole frame (pass 1), then on a crop
around the pass-1 ellipse resampled to the model input (pass 2), the crop's probability mapped
back to the frame. Boundary offsets are calibrated leave-one-fold-out, either as a constant in
original pixels (today's convention) or in model pixels (scaled by the crop's zoom), so no figure
uses an offset fitted on its own images.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import Ellipse, fit_mask, head_component
from fetalhc_gui.core.errors import EllipseFitError
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import read_gray, scan_folder
from fetalhc_gui.training.evaluation import HCError, figures_line, summarise_errors
from fetalhc_gui.training.validation import replace_offset


def crop_transform(ellipse: Ellipse, size: tuple[int, int], margin: float) -> np.ndarray:
    """The 2x3 affine from frame pixels to a model-size crop holding ``ellipse`` with ``margin``."""
    rows, cols = size
    t = ellipse.angle
    hx = math.hypot(ellipse.a * math.cos(t), ellipse.b * math.sin(t))
    hy = math.hypot(ellipse.a * math.sin(t), ellipse.b * math.cos(t))
    width = max(2 * hx * margin, 2 * hy * margin * cols / rows)
    scale = cols / width
    return np.array([[scale, 0, cols / 2 - scale * ellipse.cx], [0, scale, rows / 2 - scale * ellipse.cy]])


def fit(probability: np.ndarray, threshold: float = 0.5) -> Ellipse | None:
    try:
        return fit_mask(head_component(probability >= threshold), 0.0)
    except EllipseFitError:
        return None


def measure_fold(predictor: Predictor, grays: list[np.ndarray], margin: float) -> list[dict]:
    rows, cols = predictor.input_size
    out = []
    for start in range(0, len(grays), 8):
        chunk = grays[start : start + 8]
        first = [predictor.postprocess(m, g) for m, g in zip(predictor.member_maps(chunk), chunk, strict=True)]
        crops, transforms = [], []
        for gray, p in zip(chunk, first, strict=True):
            e = p.ellipse or Ellipse(gray.shape[1] / 2, gray.shape[0] / 2, gray.shape[1] / 3, gray.shape[0] / 3, 0)
            m = crop_transform(e, (rows, cols), margin)
            transforms.append(m)
            crops.append(cv2.warpAffine(gray, m, (cols, rows), flags=cv2.INTER_AREA, borderValue=0))
        batch = np.stack([(c.astype(np.float32) / 255)[..., None] for c in crops])
        with predictor._lock:
            maps = predictor._run(batch).mean(axis=-1)
        for gray, p, m, prob in zip(chunk, first, transforms, maps, strict=True):
            back = cv2.warpAffine(
                prob.astype(np.float32),
                m,
                (gray.shape[1], gray.shape[0]),
                flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                borderValue=0,
            )
            second = fit(back)
            out.append(
                {
                    "hc1": hc_pixels(p.ellipse) if p.ellipse else None,
                    "ab1": (p.ellipse.a, p.ellipse.b) if p.ellipse else None,
                    "hc2": hc_pixels(second) if second else None,
                    "zoom1": gray.shape[1] / cols,
                    "zoom2": 1 / m[0, 0],
                }
            )
    return out


def shrunk_hc(hc_px: float, delta_px: float) -> float:
    """HC (pixels) after each semi-axis shrinks by ``delta_px`` (2*pi*delta for near-circles)."""
    return hc_px - 2 * math.pi * delta_px


def summarise(rows: list[dict], key: str, zoom: str | None) -> dict:
    """Leave-one-fold-out offset: in original pixels (zoom None) or model pixels times ``zoom``."""
    errors = []
    for fold in sorted({r["fold"] for r in rows}):
        train = [r for r in rows if r["fold"] != fold and r[key]]
        per = [(r[key] - r["ref_px"]) / (2 * math.pi * (r[zoom] if zoom else 1)) for r in train]
        k = float(np.mean(per))
        for r in rows:
            if r["fold"] != fold:
                continue
            hc = shrunk_hc(r[key], k * (r[zoom] if zoom else 1)) * r["px"] if r[key] else None
            errors.append(HCError(r["name"], r["px"], r["ref_mm"], hc))
    return summarise_errors(errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument("--margin", type=float, default=1.15)
    args = parser.parse_args()
    usable = [s for s in scan_folder(args.data_dir).usable if s.reference_hc_mm]
    rows = []
    for k, folder in enumerate(sorted(p.parent for p in args.run.glob("member*/model/model_card.json"))):
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        samples = [s for s in usable if s.subject in fold]
        predictor = Predictor(folder, card=replace_offset(card, 0.0))
        measured = measure_fold(predictor, [read_gray(s.image) for s in samples], args.margin)
        for s, r in zip(samples, measured, strict=True):
            r |= {"fold": k, "name": s.image.name, "px": s.pixel_size_mm, "ref_mm": s.reference_hc_mm}
            r["ref_px"] = s.reference_hc_mm / s.pixel_size_mm
            rows.append(r)
        print(f"member {k}: {len(samples)} images", flush=True)
    for label, key, zoom in (
        ("pass 1, offset px", "hc1", None),
        ("pass 1, offset model px", "hc1", "zoom1"),
        ("pass 2, offset px", "hc2", None),
        ("pass 2, offset model px", "hc2", "zoom2"),
    ):
        print(f"{label:<26} {figures_line(summarise(rows, key, zoom))}")


if __name__ == "__main__":
    main()
