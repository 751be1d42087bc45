"""How much the bundled int8 ensemble's results depend on the CPU's 8-bit kernels: the HC and the
members' spread of the test-split images on AVX-512 VNNI (this host) against AVX2 only (the same
Python under ``qemu-x86_64 -cpu Haswell-v4``, which hides AVX-512 from ONNX Runtime's kernel
choice). Results in docs/model-card.md ("int8 on other CPUs").

    python research/int8_kernels.py measure ../shared/hc18 > vnni.json
    qemu-x86_64 -cpu Haswell-v4 .venv/bin/python research/int8_kernels.py measure ../shared/hc18 > avx2.json
    python research/int8_kernels.py compare ../shared/hc18 vnni.json avx2.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.inference.artifact import bundled_model_dir, read_card
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.training.dataset import read_gray, scan_folder


def test_split(data: Path) -> list:
    subjects = set(read_card(bundled_model_dir())["data"]["test_subjects"])
    return sorted((s for s in scan_folder(data).usable if s.subject in subjects), key=lambda s: s.image.name)


def measure(data: Path) -> None:
    """Print [file, HC px, members' spread px] for each test-split image, as JSON."""
    predictor = Predictor()
    rows = []
    for sample in test_split(data):
        p = predictor.predict(read_gray(sample.image))
        rows.append([sample.image.name, hc_pixels(p.ellipse) if p.ellipse else None, p.spread_px])
    print(json.dumps(rows))


def compare(data: Path, first: Path, second: Path) -> None:
    """HC difference (mm) and spread ratio between two runs of ``measure``, and each one's ADF."""
    samples = {s.image.name: s for s in test_split(data)}
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    diff, ratio, errors = [], [], ([], [])
    for (name, hc_a, spread_a), (_, hc_b, spread_b) in zip(a, b, strict=True):
        if hc_a is None or hc_b is None:
            continue
        s = samples[name]
        diff.append((hc_b - hc_a) * s.pixel_size_mm)
        ratio.append(spread_b / spread_a)
        errors[0].append(abs(hc_a * s.pixel_size_mm - s.reference_hc_mm))
        errors[1].append(abs(hc_b * s.pixel_size_mm - s.reference_hc_mm))
    d = np.abs(diff)
    print(f"{len(d)} images: |HC difference| mean {d.mean():.2f} mm, p95 {np.percentile(d, 95):.2f}, max {d.max():.2f}")
    print(f"members' spread, second / first: median {np.median(ratio):.2f}")
    print(f"ADF first {np.mean(errors[0]):.2f} mm, second {np.mean(errors[1]):.2f} mm")


def main() -> None:
    if sys.argv[1] == "measure":
        measure(Path(sys.argv[2]))
    else:
        compare(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))


if __name__ == "__main__":
    main()
