"""The exam report: one PDF per exam with the patient and exam, every measured image with its
overlay, the figures, the growth chart, the software and model, and the intended use.

Qt lays the pages out (QTextDocument printed to a QPdfWriter): no new dependency. The file is
written atomically.
"""

from __future__ import annotations

import datetime
import html
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from fetalhc_gui import __version__
from fetalhc_gui.core.clinical import centile_text, weeks_days
from fetalhc_gui.core.identity import Identity, display_name
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.record import base_status
from fetalhc_gui.core.verdicts import verdict_lines
from fetalhc_gui.io.atomic import replacing
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import (
    capitalised,
    local_date,
    local_dates,
    local_decimals,
    number,
    signed_number,
    translate,
)

INTENDED_USE = QT_TRANSLATE_NOOP(
    "Report",
    "FetalHC measures the fetal head circumference on 2D ultrasound images to support a qualified "
    "user. Every figure in this report is a decision-support measurement: check each ellipse on its "
    "image before using it in care.",
)
#: ``core.verdicts.verdict_lines``' labels marked for translation.
VERDICT_LABELS = (
    QT_TRANSLATE_NOOP("Report", "Head plane"),
    QT_TRANSLATE_NOOP("Report", "Doubtful"),
    QT_TRANSLATE_NOOP("Report", "Edited"),
)
#: Why an anonymised report shows no image: the header says text is burned in and no region says
#: where (the reason under it, and the words on the blank shown instead).
WITHHELD = QT_TRANSLATE_NOOP(
    "Report",
    "image withheld: its header says text (which may name the patient) is burned into the pixels, and it "
    "gives no ultrasound region to keep",
)
WITHHELD_PICTURE = QT_TRANSLATE_NOOP("Report", "image withheld (burned-in text)")
#: The figures table's column headings after "#".
FIGURE_HEADINGS = (
    QT_TRANSLATE_NOOP("Report", "HC (95%)"),
    QT_TRANSLATE_NOOP("Report", "BPD (outer-outer)"),
    QT_TRANSLATE_NOOP("Report", "OFD (outer-outer)"),
    QT_TRANSLATE_NOOP("Report", "CI"),
    QT_TRANSLATE_NOOP("Report", "GA Hadlock"),
    QT_TRANSLATE_NOOP("Report", "GA IG-21"),
    QT_TRANSLATE_NOOP("Report", "z / centile (at GA)"),
    QT_TRANSLATE_NOOP("Report", "Quality"),
    QT_TRANSLATE_NOOP("Report", "Head plane"),
    QT_TRANSLATE_NOOP("Report", "Doubtful"),
    QT_TRANSLATE_NOOP("Report", "Edited"),
)
IMAGE_WIDTH_PX = 520
NOWRAP = "style='white-space: nowrap'"
CELL_CHARACTERS = 9  # the figures table's cells are broken between words into lines of this length
BREAK_BEFORE = " style='page-break-before: always'"


@dataclass(frozen=True)
class ReportImage:
    """One measured image: its Measurement, the image with its overlay drawn (RGB uint8), where its
    pixel size came from, and why its pixels are not shown (an anonymised report), if they are not."""

    measurement: Measurement
    overlay_rgb: np.ndarray
    pixel_size_source: str
    withheld: str | None = None


@dataclass(frozen=True)
class ExamReport:
    """Everything one report shows; ``chart`` is the growth chart as an image (or None)."""

    identity: Identity
    images: list[ReportImage]
    model_name: str
    model_sha256: str
    chart: QImage | None = None
    anonymise: bool = False


def report_name(exam: ExamReport, number: int) -> str:
    """A file name for the exam's report that names no patient: the exam's date and accession
    number, else its date and first image, else the image (a file naming no exam); anonymised,
    only the report's ``number`` among those written."""
    identity = exam.identity
    if exam.anonymise:
        return f"report_{number}.pdf"
    image = Path(exam.images[0].measurement.file).stem if exam.images else str(number)
    parts = [identity.study_date, identity.accession_number or image] if identity.study_date else [image]
    return re.sub(r"[^A-Za-z0-9_.-]", "_", "_".join(["report", *parts])) + ".pdf"


def report_document(exam: ExamReport, breaks: frozenset[int] | set[int] = frozenset()) -> QTextDocument:
    """The exam's report as a document (for a PDF file or a printer); the headings of the images
    numbered in ``breaks`` (from 0) start a new page."""
    document = QTextDocument()
    for index, item in enumerate(exam.images):
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"image{index}"), to_qimage(item.overlay_rgb)
        )
    if exam.chart is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart"), exam.chart)
    document.setHtml(report_html(exam, breaks))
    return document


def paginated_document(exam: ExamReport, page_size: QSizeF) -> QTextDocument:
    """The report laid out on pages of ``page_size`` (device pixels), every image heading that
    would end a page without its image moved to the next page (one at a time, as each move
    shifts what follows)."""
    breaks: set[int] = set()
    while True:
        document = report_document(exam, breaks)
        document.setPageSize(page_size)
        orphans = [n for n, (heading, image) in enumerate(heading_pages(document)) if heading != image]
        if not orphans or orphans[0] in breaks:
            return document
        breaks.add(orphans[0])


def heading_pages(document: QTextDocument) -> list[tuple[int, int]]:
    """(page of each image heading, page of its image's first line), from 0: equal on a good layout."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    document.pageCount()  # lays the whole document out (the layout is otherwise built lazily)
    pages = []
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() == 4 and following.isValid():
            line = following.layout().lineAt(0)
            top = layout.blockBoundingRect(following).top() + (line.y() if line.isValid() else 0)
            pages.append((int(layout.blockBoundingRect(block).top() // height), int(top // height)))
        block = following
    return pages


def write_report(path: Path, exam: ExamReport) -> None:
    """Write the exam's report as a PDF at ``path`` (atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
        )
        writer.setResolution(96)
        writer.setTitle(translate("Report", "FetalHC head circumference report"))
        writer.setCreator(f"FetalHC {__version__}")
        paginated_document(exam, QSizeF(writer.width(), writer.height())).print_(writer)
        del writer  # finishes the file


def to_qimage(rgb: np.ndarray) -> QImage:
    """A QImage copy of an RGB uint8 array."""
    data = np.ascontiguousarray(rgb[..., :3], dtype=np.uint8)
    rows, cols = data.shape[:2]
    return QImage(data.data, cols, rows, 3 * cols, QImage.Format.Format_RGB888).copy()


def report_html(exam: ExamReport, breaks: frozenset[int] | set[int] = frozenset()) -> str:
    """The report as HTML for QTextDocument (images by resource name)."""
    e = html.escape
    identity = exam.identity
    not_given = translate("Report", "not given")
    if exam.anonymise:
        patient = translate("Report", "withheld (anonymised report)")
    else:
        patient = display_name(identity.patient_name) or not_given
    rows = [(translate("Report", "Patient"), patient)]
    if not exam.anonymise:
        rows += [
            (translate("Report", "Patient ID"), identity.patient_id or not_given),
            (translate("Report", "Born"), local_date(identity.patient_birth_date) or not_given),
        ]
    no_date = translate("Report", "withheld") if exam.anonymise else not_given
    rows += [(translate("Report", "Exam"), local_date(identity.study_date) or no_date)]
    if not exam.anonymise:
        rows += [
            (translate("Report", "Accession"), identity.accession_number or "-"),
            (translate("Report", "Institution"), identity.institution_name or "-"),
        ]
    header = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows)
    parts = [
        "<h2>" + e(translate("Report", "Fetal head circumference")) + "</h2>",
        f"<table cellpadding='2'>{header}</table>",
        "<h3>" + e(translate("Report", "Measurements")) + "</h3>",
        figures_table(exam.images),
    ]
    if not any(item.measurement.hc_mm is not None for item in exam.images):
        parts.append(
            "<p><b>"
            + e(
                translate(
                    "Report", "No pixel size is known for this exam: HC is given in pixels only, with no mm figures."
                )
            )
            + "</b></p>"
        )
    if exam.chart is not None:
        title = e(translate("Report", "Growth chart (INTERGROWTH-21st)"))
        parts.append(f"<h3>{title}</h3><p><img src='chart' width='520'></p>")
    for index, item in enumerate(exam.images):
        m = item.measurement
        label = translate("Report", "Image {number}: {file}").format(number=index + 1, file=Path(m.file).name)
        if m.frame:
            label += translate("Report", ", frame {frame}").format(frame=m.frame + 1)
        reason = capitalised(translate("Report", item.withheld)) if item.withheld else ""
        withheld = f"<p><b>{e(reason)}.</b></p>" if reason else ""
        edited = " <b>(" + e(translate("Report", "ellipse edited by hand")) + ")</b>" if m.edited else ""
        verdicts = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in _verdicts(m))
        notes = "".join(f"<li>{e(in_window_language(n))}</li>" for n in m.notes)
        status, pixel_size = e(translate("Report", "Status")), e(translate("Report", "Pixel size"))
        parts.append(
            f"<h4{BREAK_BEFORE if index in breaks else ''}>{e(label)}{edited}</h4>"
            f"<p><img src='image{index}' width='{IMAGE_WIDTH_PX}'></p>{withheld}"
            f"<table cellpadding='2'><tr><td><b>{status}</b></td><td>{e(base_status(m))}</td></tr>{verdicts}"
            f"<tr><td><b>{pixel_size}</b></td><td>{e(in_window_language(item.pixel_size_source))}</td></tr></table><ul>{notes}</ul>"
        )
    today = datetime.date.today().isoformat()
    made = translate(
        "Report", "Made on {date} by FetalHC {version} with the model {model} (SHA-256 of its network file {sha})."
    ).format(
        date=local_dates(today),
        version=__version__,
        model=exam.model_name,
        sha=exam.model_sha256 or translate("Report", "unknown"),
    )
    parts.append(
        "<h3>" + e(translate("Report", "About this report")) + f"</h3><p>{e(made)}</p>"
        "<p><b>" + e(translate("Report", "Intended use.")) + "</b> " + e(translate("Report", INTENDED_USE)) + "</p>"
    )
    return "".join(parts)


def figures_table(images: list[ReportImage]) -> str:
    """The figures of every image, one row each."""
    head = ["#", *(translate("Report", heading) for heading in FIGURE_HEADINGS)]
    yes, no = translate("Report", "yes"), translate("Report", "no")
    rows = []
    for index, item in enumerate(images, start=1):
        m = item.measurement
        if m.hc_mm is None:
            hc = [f"{number(m.hc_px, 0)} px"]
        elif m.hc_low_mm is not None:  # the interval under the HC: the column stays narrow
            hc = [f"{number(m.hc_mm, 1)} mm", f"({number(m.hc_low_mm, 1)}-{number(m.hc_high_mm, 1)})"]
        else:
            hc = [f"{number(m.hc_mm, 1)} mm"]
        cells = [
            _mm(m.bpd_mm),
            _mm(m.ofd_mm),
            "-" if m.cephalic_index is None else f"{number(m.cephalic_index, 1)}%",
            "-" if m.ga_hadlock_weeks is None else weeks_days(m.ga_hadlock_weeks * 7),
            "-" if m.ga_intergrowth_days is None else weeks_days(m.ga_intergrowth_days),
            _centile(m),
            "-" if m.quality is None else number(m.quality, 2),
            _plane_cell(m),
            yes if m.doubtful else no,
            yes if m.edited else no,
        ]
        figure = "<br>".join(html.escape(line) for line in hc)
        rows.append(f"<tr><td>{index}</td><td {NOWRAP}>{figure}</td>")
        rows.append("".join(f"<td {NOWRAP}>{_broken(c)}</td>" for c in cells) + "</tr>")
    header = "<tr>" + "".join(f"<th {NOWRAP}>{_broken(h)}</th>" for h in head) + "</tr>"
    table = "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size: 8pt'>"
    return f"{table}{header}{''.join(rows)}</table>"


def _broken(text: str, width: int = CELL_CHARACTERS) -> str:
    """``text`` escaped, broken between words or after a hyphen between letters ("außen-/außen")
    into lines of about ``width`` characters (a longer piece whole on its own line): Qt's tables
    would otherwise break a word anywhere ("Qualitä t")."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=True)
    return "<br>".join(html.escape(line) for line in lines)


def _mm(value: float | None) -> str:
    return "-" if value is None else f"{number(value, 1)} mm"


def _centile(m: Measurement) -> str:
    """z-score / centile at the GA used (its source in the notes), "withheld" beyond 4 SD."""
    if m.hc_zscore is not None and m.hc_centile is not None:
        z = signed_number(m.hc_zscore, 2)
        return translate("Report", "{z} / {centile} (at {ga})").format(
            z=z, centile=local_decimals(centile_text(m.hc_centile)), ga=weeks_days(m.ga_entered_days)
        )
    if m.ga_entered_days is not None and m.hc_mm is not None:
        return translate("Report", "withheld (at {ga}: see notes)").format(ga=weeks_days(m.ga_entered_days))
    return "-"


def _plane_cell(m: Measurement) -> str:
    if m.head_plane is None:
        return "-"
    if m.head_plane:
        return translate("Report", "yes")
    return translate("Report", "confirmed by user") if m.head_plane_confirmed_at else translate("Report", "no")


def _verdicts(m: Measurement) -> list[tuple[str, str]]:
    """``core.verdicts.verdict_lines`` in the installed language (the doubt from its reasons)."""
    lines = []
    for label, text in verdict_lines(m):
        if label == "Doubtful" and m.doubt_reasons:
            text = translate("Report", "yes: {reasons}").format(
                reasons="; ".join(in_window_language(r) for r in m.doubt_reasons)
            )
        elif label == "Doubtful":
            text = translate("Report", "no")
        else:
            text = in_window_language(text)
        lines.append((translate("Report", label), text))
    return lines
