"""DICOM results of a measurement with their words in the installed language (English unless a
test installs another), as the window and the node make them."""

from __future__ import annotations

from pydicom.dataset import Dataset

from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.io.dicom_results import MANUFACTURER, measurement_report
from fetalhc_gui.report.result_text import result_text


def report_of(source: Dataset, m: Measurement, *args, **kwargs) -> Dataset:
    """``io.dicom_results.measurement_report`` of ``m`` with ``report.result_text``'s words."""
    return measurement_report(source, m, result_text(m, MANUFACTURER), *args, **kwargs)


def text_items(item: Dataset) -> list[Dataset]:
    """Every TEXT content item under ``item``."""
    found = []
    for child in item.get("ContentSequence", []):
        found += [child] if child.ValueType == "TEXT" else []
        found += text_items(child)
    return found


def language_of(item: Dataset) -> tuple[str, str] | None:
    """(RFC 5646 tag, name) of the Language of Content Item an item carries, or None."""
    for child in item.get("ContentSequence", []):
        if child.ConceptNameCodeSequence[0].CodeValue == "121049":
            coded = child.ConceptCodeSequence[0]
            return coded.CodeValue, coded.CodeMeaning
    return None
