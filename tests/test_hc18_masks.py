"""The boundary convention reproduces the HC18 reference HC from the annotation masks."""

import csv

import cv2
import numpy as np
import pytest

from fetalhc_gui.core.biometry import head_biometry
from fetalhc_gui.core.ellipse import fit_mask


@pytest.mark.hc18
def test_hc_from_every_mask_matches_reference(hc18_dir):
    rows = list(csv.DictReader((hc18_dir / "training_set_pixel_size_and_HC.csv").open()))
    differences = []
    for row in rows:
        name = row["filename"].replace(".png", "_Annotation.png")
        mask = cv2.imread(str(hc18_dir / "training_set" / name), cv2.IMREAD_GRAYSCALE)
        if mask is None:
            continue
        hc = head_biometry(fit_mask(mask > 127), float(row["pixel size(mm)"])).hc_mm
        differences.append(hc - float(row["head circumference (mm)"]))
    differences = np.array(differences)
    assert len(differences) >= 800
    assert np.abs(differences).mean() <= 0.1
    assert np.abs(differences).max() <= 1.0
