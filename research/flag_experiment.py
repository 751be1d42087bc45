"""Out-of-fold test of the doubtful flag: how many of the results off by more than 5 mm it catches.

python research/flag_experiment.py RUN [DATA_DIR]

RUN holds member*/model folders. Each member measures its own validation fold with the boundary
evidence of ``model/error_model.py`` (cached in RUN/oof_evidence.npz). The error model is then
fitted on three members' folds and flags the fourth (threshold from the three, 10% budget with
the quality checks), and the catch rates of the quality checks, the error model, both, and the
error model on its size terms or on its boundary evidence alone are printed, and the error model's
catch rate when its budget is 5-30%. With ``--mirrored``, also how far each member's HC moves
when the image is mirrored left-right (cached in RUN/oof_mirrored.npz), alone and in the error
model, against the product's flag at the same count.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from fetalhc_gui.core.biometry import head_biometry
from fetalhc_gui.inference.artifact import read_card
from fetalhc_gui.inference.error_model import BIG_ERROR_MM, features, fit_error_model
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import read_gray, scan_folder
from fetalhc_gui.training.ensemble import FLAG_BUDGET, member_evidence


def member_results(run: Path, data_dir: Path) -> dict:
    """``ensemble.member_evidence`` of the run's members, cached in RUN/oof_evidence.npz."""
    cache = run / "oof_evidence.npz"
    if cache.exists():
        return dict(np.load(cache))
    usable = [s for s in scan_folder(data_dir).usable if s.reference_hc_mm]
    data = member_evidence(sorted(run.glob("member*/model")), usable)
    np.savez(cache, **data)
    return data


def mirrored_disagreement(run: Path, data_dir: Path, hc_mm: np.ndarray, member: np.ndarray) -> np.ndarray:
    """|HC - HC of the left-right mirrored image| (mm) of each cached result (``member_results``
    order), by the member that measured it; cached in RUN/oof_mirrored.npz."""
    cache = run / "oof_mirrored.npz"
    if cache.exists():
        return np.load(cache)["disagreement_mm"]
    usable = [s for s in scan_folder(data_dir).usable if s.reference_hc_mm]
    out = np.full(len(hc_mm), np.nan)
    for k, folder in enumerate(sorted(run.glob("member*/model"))):
        card = read_card(folder)
        fold = set(card["data"]["val_subjects"])
        predictor, rows = Predictor(folder, card=card), np.flatnonzero(member == k)
        for sample in (s for s in usable if s.subject in fold):
            gray = read_gray(sample.image)
            plain, mirrored = predictor.predict_batch([gray, np.ascontiguousarray(gray[:, ::-1])])
            if plain.ellipse is None or mirrored.ellipse is None:
                continue
            hc = head_biometry(plain.ellipse, sample.pixel_size_mm).hc_mm
            same = rows[np.isclose(hc_mm[rows], hc, rtol=0, atol=1e-6)]
            out[same] = abs(hc - head_biometry(mirrored.ellipse, sample.pixel_size_mm).hc_mm)
    np.savez(cache, disagreement_mm=out)
    return out


def cross_fitted_flags(
    x: np.ndarray, big: np.ndarray, quality: np.ndarray, member: np.ndarray, budget: float = FLAG_BUDGET
) -> np.ndarray:
    """Each member's results flagged by an error model fitted on the other members' results, its
    threshold set there to flag ``budget`` (a share) of them with ``quality``."""
    flagged = np.zeros(len(big), bool)
    for k in np.unique(member):
        fit, flag = member != k, member == k
        flagged[flag] = fit_error_model(x[fit], big[fit], quality[fit], budget).flags(x[flag])
    return flagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/hc18"))
    parser.add_argument("--mirrored", action="store_true", help="also try the mirrored image's disagreement")
    args = parser.parse_args()
    d = member_results(args.run, args.data_dir)
    big, quality, member = np.abs(d["error_mm"]) > BIG_ERROR_MM, d["quality_flag"].astype(bool), d["member"]
    x = features(d["evidence"], d["hc_mm"], d["pixel_mm"])
    none = np.zeros(len(big), bool)
    print(f"{len(big)} out-of-fold results, {big.sum()} off by more than {BIG_ERROR_MM:g} mm")
    variants = {
        "quality checks": quality,
        "quality checks + error model (the product)": quality | cross_fitted_flags(x, big, quality, member),
        "error model alone": cross_fitted_flags(x, big, none, member),
        "size terms alone (ln HC, ln pixel size)": cross_fitted_flags(x[:, -2:], big, none, member),
        "boundary evidence alone": cross_fitted_flags(x[:, :-2], big, none, member),
    }
    if args.mirrored:
        disagreement = mirrored_disagreement(args.run, args.data_dir, d["hc_mm"], member)
        log_disagreement = np.log(np.nan_to_num(disagreement, nan=0.0) + 0.1)[:, None]
        product = variants["quality checks + error model (the product)"]
        same_count = np.zeros(len(big), bool)
        same_count[np.argsort(-np.nan_to_num(disagreement, nan=0.0))[: product.sum()]] = True
        variants |= {
            "mirrored disagreement alone (error model)": cross_fitted_flags(log_disagreement, big, none, member),
            "mirrored disagreement, product's count": same_count,
            "product + mirrored disagreement": quality
            | cross_fitted_flags(np.c_[x, log_disagreement], big, quality, member),
        }
    for label, flagged in variants.items():
        print(f"  {label:<44} flags {flagged.sum():>3} ({flagged.mean():.1%}), catches {(flagged & big).sum()}")
    print("the error model alone with larger budgets:")
    for budget in (0.05, 0.10, 0.15, 0.20, 0.30):
        flagged = cross_fitted_flags(x, big, none, member, budget)
        print(
            f"  budget {budget:.0%}: flags {flagged.sum():>3} ({flagged.mean():.1%}), catches {(flagged & big).sum()}"
        )


if __name__ == "__main__":
    main()
