"""The core's clinical sentences (doubt reasons, the dates' check) in the window's language: every
sentence the core writes has a known form, is shown as written in English, and is translated with
its numbers in the language's convention."""

from __future__ import annotations

import datetime
import re
import tempfile
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest

from fetalhc_gui.app.retention import PurgeReport
from fetalhc_gui.core.clinical import hadlock_ga_weeks, intergrowth_ga_days, intergrowth_hc_zscore, withheld_reason
from fetalhc_gui.core.dating import DatesCheck, DatingError, dating_from_edd, dating_from_lmp, dating_from_scan
from fetalhc_gui.core.ellipse import Ellipse, fit_contour, fit_points, head_component
from fetalhc_gui.core.error_risk import RISK_REASON
from fetalhc_gui.core.errors import EllipseFitError, ImageLoadError, PixelSizeError
from fetalhc_gui.core.exam_check import ExamVerdict
from fetalhc_gui.core.interval import interval_reason
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource, describe_pixel_size, validate_pixel_size
from fetalhc_gui.gui.workspace import TYPED_GA
from fetalhc_gui.inference.artifact import bundled_model_dir
from fetalhc_gui.inference.plane_check import PlaneVerdict
from fetalhc_gui.inference.quality import not_a_head
from fetalhc_gui.io.images import load_image
from fetalhc_gui.net.node_config import (
    NodeConfig,
    NodeConfigError,
    Peer,
    checked_ae_title,
    checked_port,
    parse_identity,
    parse_sender,
)
from fetalhc_gui.net.sender import status_text
from fetalhc_gui.net.tls import TlsFiles, check_key_private, listening_context
from fetalhc_gui.report.clinical_words import PLANES, in_window_language
from fetalhc_gui.training.train_config import TrainConfig

from support.language import language


def unreadable_files() -> list[Path]:
    """Files that fail to open in each way the readers say, in a folder of their own."""
    folder = Path(tempfile.mkdtemp())
    (folder / "empty.png").write_bytes(b"")
    (folder / "text.png").write_text("not an image")
    (folder / "cut.png").write_bytes(cv2.imencode(".png", np.zeros((300, 300), np.uint8))[1].tobytes()[:80])
    (folder / "junk.dcm").write_bytes(b"\0" * 128 + b"DICM" + b"junk")
    return [folder / "missing.png", *sorted(folder.iterdir())]


def file_problem(path: Path) -> str:
    with pytest.raises(ImageLoadError) as raised:
        load_image(path)
    return str(raised.value)


def training_refusals():
    """Each refusal of TrainConfig.validate and of a dataset, as the training package words it."""
    base = TrainConfig(data_dir="d", out_dir="out")
    for config, members in (
        (replace(base, out_dir=""), 1),
        (replace(base, out_dir=str(bundled_model_dir())), 1),
        (base, 0),
        (replace(base, test_fraction=0.0), 3),
        (replace(base, val_fraction=1.5), 1),
        (replace(base, epochs=0), 1),
        (replace(base, crop_epochs=-1), 1),
        (replace(base, image_rows=100), 1),
    ):
        with pytest.raises(ValueError) as raised:
            config.validate(members)
        yield str(raised.value)
    yield "No pixel-size CSV (like training_set_pixel_size_and_HC.csv) was found in or beside the folder."
    yield "Fewer than two readable image/annotation pairs with a pixel size were found."
    yield "All images belong to one subject; at least two are needed to split training and validation."


def node_refusals():
    """Each refusal of the DICOM node's settings, as the net package words it."""
    key = Path(tempfile.mkdtemp()) / "node.key"
    key.write_text("not a key")
    key.chmod(0o644)
    for wrong in (
        lambda: checked_ae_title("A\\B"),
        lambda: checked_port("eighty"),
        lambda: checked_port(70000),
        lambda: parse_identity("SCANNER"),
        lambda: Peer.parse("SCANNER"),
        lambda: parse_sender("SCANNER@"),
        lambda: NodeConfig(allowed=()),
        lambda: NodeConfig(allowed=("SCANNER",), identities=(("OTHER", "x"),)),
        lambda: NodeConfig(allowed=("SCANNER",), identities=(("SCANNER", ""),)),
        lambda: NodeConfig(allowed=("SCANNER",), hosts=(("OTHER", "scanner-2"),)),
        lambda: check_key_private(key),
        lambda: check_key_private(key.with_name("missing.key")),
        lambda: listening_context(TlsFiles()),
        lambda: listening_context(TlsFiles(key, key), (("SCANNER", "x"),)),
        lambda: listening_context(TlsFiles(key, key)),
    ):
        with pytest.raises(NodeConfigError) as raised:
            wrong()
        yield str(raised.value)


def fit_refusals():
    """Why no head was measured, as core.ellipse and inference.quality word it."""
    empty, speck = np.zeros((100, 100), np.uint8), np.zeros((100, 100), np.uint8)
    speck[50, 50] = 1
    for wrong in (
        lambda: head_component(empty),
        lambda: head_component(speck),
        lambda: fit_contour(np.zeros((3, 2))),
        lambda: fit_points(np.array([[10.0, 10.0], [11.0, 10.0], [10.0, 11.0], [11.0, 11.0], [10.5, 10.5]]), 5.0),
    ):
        with pytest.raises(EllipseFitError) as raised:
            wrong()
        yield str(raised.value)
    yield not_a_head(Ellipse(50, 50, 40, 10, 0.0))


def sentences() -> list[str]:
    """One of each sentence the core writes, from the core's own code."""
    said = [PlaneVerdict(0.1, False, plane).reason for plane in ("abdomen", "femur", "thorax")]
    said += [
        ExamVerdict(True, ("modality CT", "patient age 70 years")).reason,
        interval_reason(101.23, 108.31, 104.8),
        interval_reason(None, None, None),
        RISK_REASON,
        DatesCheck(140.0, "Hadlock", 141.0).text(),
        DatesCheck(140.0, "Hadlock", 143.0).text(),
        DatesCheck(90.0, "Hadlock", 140.0).text(),
    ]
    said += [describe_pixel_size(PixelSize(0.0913, source, "region 1")) for source in PixelSizeSource]
    said += [describe_pixel_size(None), describe_pixel_size(PixelSize(0.2, PixelSizeSource.CSV, "", 0.25))]
    said += [  # notes as core.measurement writes them
        f"GA entered: {dating_from_lmp(datetime.date(2026, 6, 1), datetime.date(2026, 11, 2)).text()}.",
        "Pixel size from ultrasound region 2 of 2.",
    ]
    said += [  # the formulas' ranges, the withheld centile, the pixel notes
        hadlock_ga_weeks(40.0).reason,
        intergrowth_ga_days(-1.0).reason,
        intergrowth_ga_days(300.0).reason,
        intergrowth_ga_days(60.0).reason,
        intergrowth_hc_zscore(200.0, 12.0).reason,
        withheld_reason(-4.6, 154.0),
        withheld_reason(5.1, 154.0),
        "No pixel size: HC is given in pixels only.",
        f"Non-square pixels ({PixelSize(0.2, PixelSizeSource.CSV, '', 0.25).text()}): "
        "measured in millimetres, not pixels.",
    ]
    exam = datetime.date(2026, 11, 27)
    for dating in (  # the dating dialog's errors, as core.dating raises them
        lambda: dating_from_lmp(exam + datetime.timedelta(days=3), exam),
        lambda: dating_from_lmp(exam - datetime.timedelta(days=40), exam),
        lambda: dating_from_scan(exam + datetime.timedelta(days=3), 90, exam),
        lambda: dating_from_scan(exam - datetime.timedelta(days=60), 200, exam),
    ):
        with pytest.raises(DatingError) as raised:
            dating()
        said.append(str(raised.value))
    said += [  # the GA's sources (the record's ga_entered_source)
        f"{dating_from_lmp(exam - datetime.timedelta(days=150), exam).text()}, exam {exam.isoformat()}",
        dating_from_edd(exam + datetime.timedelta(days=100), exam).text(),
        dating_from_scan(exam - datetime.timedelta(days=60), 90, exam).text(),
        TYPED_GA,
    ]
    for wrong in (  # the pixel size's and the calibration's refusals, as core.pixel_size raises them
        lambda: validate_pixel_size("abc"),
        lambda: validate_pixel_size(float("nan")),
        lambda: validate_pixel_size(-0.1),
        lambda: validate_pixel_size(7.5),
    ):
        with pytest.raises(PixelSizeError) as raised:
            wrong()
        said.append(str(raised.value))
    said += [
        "The known distance 'abc' is not a number.",
        "The known distance must be a positive number of millimetres.",
        "The calibration line is too short: draw it over the known distance.",
        "The pixel-size file sizes.csv is empty.",
        "No head was found.",
        "No head was found in any frame.",
        "The measurement failed: out of memory",
    ]
    said += [file_problem(path) for path in unreadable_files()]  # why a file did not open, as io says it
    said += list(training_refusals())
    said += [PurgeReport([Path("a"), Path("b")], 3 * 1024 * 1024, 4).text(), PurgeReport().text()]
    said += list(node_refusals())
    said += list(fit_refusals())
    said += [  # which part of a DICOM file gave the pixel size, and the readers' notes (io)
        describe_pixel_size(
            PixelSize(0.0913, PixelSizeSource.DICOM, "ultrasound region 2 of 2, the one holding the head")
        ),
        describe_pixel_size(PixelSize(0.0913, PixelSizeSource.DICOM, "ultrasound region 1")),
        "Pixel size from ultrasound region 2 of 2, the one holding the head.",
        "The file's 2 ultrasound region(s) give no usable pixel size (a zero or negative spacing, units other than "
        "cm, or no 2D tissue region); set the pixel size by hand or calibrate.",
        "The I;16 image was rescaled to 8 bits for display and measurement.",
    ]
    said += [  # a peer's refusals, as net.pacs_query and net.sender word them
        f"PACS could not search ({status_text(0xC000)}).",
        f"PACS could not send the study ({status_text(None)}).",
        "The retrieval from PACS was stopped.",
        "PACS at pacs-host:4242: TLS failed ([SSL] handshake failure).",
        "PACS at pacs-host:4242 did not accept an association over TLS from FETALHC.",
        "PACS at pacs-host:4242 did not accept an association from FETALHC.",
        f"PACS refused Comprehensive SR Storage ({status_text(0xA700)}).",
    ]
    # the quality reasons as inference.quality.assess writes them
    said += [
        f"the head region is not elliptical (fit Dice {0.81:.2f})",
        f"the outline departs from the ellipse ({7.25:.1f}%)",
        f"the model is unsure of the head region (confidence {0.66:.2f})",
    ]
    return said


def test_the_core_s_plane_names_are_the_ones_translated():
    assert {
        PlaneVerdict(0.1, False, p).reason.rsplit("like ", 1)[1][:-1] for p in ("abdomen", "femur", "thorax")
    } == set(PLANES)


def test_in_english_every_sentence_is_shown_as_the_core_wrote_it():
    for sentence in sentences():
        assert in_window_language(sentence) == sentence


@pytest.fixture
def french():
    with language("fr"):
        yield


def test_in_french_every_sentence_is_translated_with_decimal_commas(french):
    for sentence in sentences():
        said = in_window_language(sentence)
        assert said != sentence, sentence
        assert not re.search(r"\d\.\d", said), said
    assert in_window_language(interval_reason(101.23, 108.31, 104.8)).startswith(
        "les membres de l'ensemble divergent (intervalle à 95 % 101,2-108,3 mm"
    )
    assert "un abdomen" in in_window_language(PlaneVerdict(0.1, False, "abdomen").reason)


def test_a_sentence_of_no_known_form_is_shown_as_written(french):
    assert in_window_language("something new the core says") == "something new the core says"
