"""A measured DICOM image's results for the PACS, made the same way for the window's Send Results
and the node: the OB report (SR) and the capture, their words in the installed language."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset

from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.io.dicom_results import MANUFACTURER, ResultIdentity, result_objects
from fetalhc_gui.report.result_text import result_text


def dicom_results(
    source_path: Path,
    m: Measurement,
    display: np.ndarray,
    mask: np.ndarray | None,
    model_version: str = "",
    identity: ResultIdentity | None = None,
) -> list[Dataset]:
    """``io.dicom_results.result_objects`` of ``m`` (on the DICOM file ``source_path``, drawn over
    ``display``, the frame as shown) with ``report.result_text``'s caption and comments."""
    return result_objects(source_path, m, result_text(m, MANUFACTURER), display, mask, model_version, identity)
