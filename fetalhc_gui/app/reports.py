"""Assembling exam reports, the same way for the window (File > Export Report, Print) and for
``fetalhc report``: one report per exam (the images of one study; a file naming none is its own),
each image with its overlay, figures and pixel size, and the exam's growth chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.pixel_size import PixelSize, describe_pixel_size
from fetalhc_gui.io.output_paths import free_path
from fetalhc_gui.io.overlay import draw_overlay
from fetalhc_gui.report.chart import growth_chart
from fetalhc_gui.report.pdf import ExamReport, ReportImage, report_name, write_report

#: Opacity of the head mask drawn over each report image.
MASK_OPACITY = 0.25


@dataclass(frozen=True)
class MeasuredImage:
    """One measured image as a report needs it: its Measurement, the pixels shown (uint8 gray or
    RGB), the model's head mask (None for a hand-drawn ellipse), whose exam it is, and the pixel
    size used (None: HC in pixels only)."""

    measurement: Measurement
    display: np.ndarray
    mask: np.ndarray | None
    identity: Identity
    pixel_size: PixelSize | None


def exam_groups(identities: list[Identity]) -> list[list[int]]:
    """Indices grouped by exam (Study Instance UID), in first-seen order; no UID: one image each."""
    groups: dict[str, list[int]] = {}
    for index, identity in enumerate(identities):
        groups.setdefault(identity.study_instance_uid or f"file-{index}", []).append(index)
    return list(groups.values())


def model_identity(card: dict | None) -> tuple[str, str]:
    """The model's name and version and the SHA-256 of its network file, from its card."""
    if not card:
        return "unknown", ""
    name = f"{card.get('name', 'unknown')} {card.get('version', '')}".strip()
    return name, card.get("files", {}).get("model.onnx", "")


def exam_reports(images: list[MeasuredImage], card: dict | None, anonymise: bool) -> list[ExamReport]:
    """One report per exam among ``images``, in the order they come; ``anonymise`` leaves the
    patients' names, IDs and birth dates out."""
    name, sha = model_identity(card)
    reports = []
    for group in exam_groups([image.identity for image in images]):
        items = []
        for index in group:
            image = images[index]
            m = image.measurement
            overlay = draw_overlay(image.display, m.ellipse, image.mask, MASK_OPACITY)
            pixel_size = describe_pixel_size(image.pixel_size)
            items.append(ReportImage(m.anonymised() if anonymise else m, overlay, pixel_size))
        chart = growth_chart([item.measurement for item in items])
        reports.append(ExamReport(images[group[0]].identity, items, name, sha, chart, anonymise))
    return reports


def write_reports(folder: Path, reports: list[ExamReport]) -> list[Path]:
    """Write each report into ``folder`` under a name not yet taken there (an earlier report is
    never replaced); the paths."""
    paths = []
    for number, exam in enumerate(reports, start=1):
        path = free_path(folder / report_name(exam, number))
        write_report(path, exam)
        paths.append(path)
    return paths
