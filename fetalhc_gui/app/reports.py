"""Assembling exam reports, the same way for the window (File > Export Report, Print) and for
``fetalhc report``: one report per exam (the images of one study; a file naming none is its own),
each image with its overlay, figures and pixel size, and the exam's growth chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from fetalhc_gui.core.anonymise import Anonymiser
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.pixel_size import PixelSize, describe_pixel_size
from fetalhc_gui.io.frame import LoadedImage, UltrasoundRegion
from fetalhc_gui.io.output_paths import free_path
from fetalhc_gui.io.overlay import draw_overlay, write_caption
from fetalhc_gui.report.chart import growth_chart
from fetalhc_gui.report.language import translate
from fetalhc_gui.report.pdf import WITHHELD, WITHHELD_PICTURE, ExamReport, ReportImage, report_name, write_report

#: Opacity of the head mask drawn over each report image.
MASK_OPACITY = 0.25


@dataclass(frozen=True)
class MeasuredImage:
    """One measured image as a report needs it: its Measurement, the pixels shown (uint8 gray or
    RGB), the model's head mask (None for a hand-drawn ellipse), whose exam it is, the pixel
    size used (None: HC in pixels only), and where text may be burned into the pixels: the
    ultrasound regions (outside them lie the scanner's annotations) and the header's Burned In
    Annotation ("YES", "NO" or "" where it says nothing)."""

    measurement: Measurement
    display: np.ndarray
    mask: np.ndarray | None
    identity: Identity
    pixel_size: PixelSize | None
    regions: list[UltrasoundRegion] = field(default_factory=list)
    burned_in: str = ""

    @classmethod
    def of(
        cls, measurement: Measurement, image: LoadedImage, mask: np.ndarray | None, pixel_size: PixelSize | None
    ) -> MeasuredImage:
        """The report's view of ``image`` (a frame as read) measured as ``measurement``."""
        burned_in = str(image.metadata.get("burned_in_annotation", ""))
        return cls(measurement, image.display, mask, image.identity, pixel_size, list(image.regions), burned_in)


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


def exam_reports(
    images: list[MeasuredImage], card: dict | None, anonymiser: Anonymiser | None = None
) -> list[ExamReport]:
    """One report per exam among ``images``, in the order they come; with an ``anonymiser`` the
    reports identify no one (``core.anonymise``) and burned-in text is masked or the image withheld
    (``anonymised_pixels``)."""
    name, sha = model_identity(card)
    reports = []
    for group in exam_groups([image.identity for image in images]):
        items = []
        for index in group:
            image = images[index]
            m = image.measurement
            display, withheld = image.display, None
            if anonymiser is not None:
                display, withheld = anonymised_pixels(image)
            overlay = draw_overlay(display, m.ellipse, image.mask if withheld is None else None, MASK_OPACITY)
            pixel_size = describe_pixel_size(image.pixel_size)
            shown = anonymiser.measurement(m) if anonymiser else m
            items.append(ReportImage(shown, overlay, pixel_size, withheld))
        chart = growth_chart([item.measurement for item in items])
        identity = images[group[0]].identity
        identity = anonymiser.identity(identity) if anonymiser else identity
        reports.append(ExamReport(identity, items, name, sha, chart, anonymiser is not None))
    return reports


def anonymised_pixels(image: MeasuredImage) -> tuple[np.ndarray, str | None]:
    """The pixels an anonymised report may show: outside the ultrasound regions blacked out (where
    scanners burn in names, IDs and dates); an image whose header says text is burned in and
    gives no region is withheld (a blank of its size, and the reason)."""
    pixels = image.display
    if image.regions:
        keep = np.zeros(pixels.shape[:2], bool)
        for r in image.regions:
            keep[max(r.y0, 0) : r.y1 + 1, max(r.x0, 0) : r.x1 + 1] = True
        masked = pixels.copy()
        masked[~keep] = 0
        return masked, None
    if image.burned_in == "YES":
        blank = np.full((*pixels.shape[:2], 3), 90, np.uint8)
        return write_caption(blank, translate("Report", WITHHELD_PICTURE)), WITHHELD
    return pixels, None


def write_reports(folder: Path, reports: list[ExamReport]) -> list[Path]:
    """Write each report into ``folder`` under a name not yet taken there (an earlier report is
    never replaced); the paths."""
    paths = []
    for number, exam in enumerate(reports, start=1):
        path = free_path(folder / report_name(exam, number))
        write_report(path, exam)
        paths.append(path)
    return paths
