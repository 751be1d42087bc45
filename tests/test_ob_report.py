"""The OB-GYN Ultrasound Procedure Report (TID 5000): every code checked against pydicom's code
dictionary (so a code with another meaning, such as 11627-7, the amniotic fluid index, for "HC,
Hadlock 1984", cannot pass), the figures at the window's precision and under its rules, the
verdicts as text, and the object valid for dicom3tools and readable by DCMTK."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from pydicom import dcmread
from pydicom.sr import _concepts_dict

from fetalhc_gui.app.results import dicom_results
from fetalhc_gui.core.measurement import measure
from fetalhc_gui.core.phantom import DEFAULT_HEAD, head_phantom
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource
from fetalhc_gui.core.refusal import Confirmation
from fetalhc_gui.io.ob_report import PRIVATE, SCHEME, every_code

from support.dicom_factory import write_dicom
from support.language import language
from support.results import language_of, report_of, text_items

ABDOMEN = "this does not look like a fetal head plane (it looks like an abdomen)"
CONFORMANCE = Path(__file__).resolve().parents[1] / "docs" / "dicom-conformance.md"
LANGUAGE_OF_ITEM = ("121049", "DCM", "Language of Content Item and Descendants")
#: Codes outside pydicom's dictionary that the report may carry: the languages (RFC 5646 tags,
#: ISO 639's English names): the report's and its comments' in each shipped language.
OTHER_DICTIONARIES = {
    ("en-US", "RFC5646"): "English (United States)",
    ("es", "RFC5646"): "Spanish",
    ("fr", "RFC5646"): "French",
    ("de", "RFC5646"): "German",
    ("pt-BR", "RFC5646"): "Portuguese (Brazil)",
}


@pytest.fixture
def source(tmp_path):
    ds = dcmread(write_dicom(tmp_path / "us.dcm", head_phantom(), pixel_spacing=(0.2, 0.2)))
    ds.PatientID, ds.PatientName, ds.PatientBirthDate, ds.PatientSex = "P-42", "Doe^Jane", "", "F"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = "1.2.826.0.1.3680043.10.1", "1.2.826.0.1.3680043.10.1.1"
    ds.StudyDate, ds.StudyTime, ds.StudyID, ds.AccessionNumber = "20261127", "101500", "1", "ACC1"
    ds.ReferringPhysicianName, ds.SeriesNumber, ds.InstanceNumber = "", 1, 1
    return ds


def dated(ga_days: float = 150.0, **extra):
    """A 189 mm head at a 0.2 mm pixel size, dated by LMP, with a 95% interval."""
    options = dict(
        model_name="fetalhc-unet-test", hc_interval_px=(900.0, 1000.0), ga_entered_days=ga_days,
        ga_source="LMP 2026-06-30, exam 2026-11-27",
    )  # fmt: skip
    return measure("us.dcm", DEFAULT_HEAD, PixelSize(0.2, PixelSizeSource.DICOM), **(options | extra))


def dictionary_meanings(value: str, scheme: str) -> set[str]:
    """The meanings pydicom's code dictionary gives a code (empty when it does not know it)."""
    return {
        meaning.lower()
        for entry in _concepts_dict.concepts.get(scheme, {}).values()
        for code, (meaning, _cids) in entry.items()
        if code == value
    }


def unknown_codes(codes: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The codes whose meaning no dictionary confirms (private ones: FetalHC's own, documented)."""
    private = {(c.value, c.scheme_designator): c.meaning for c in PRIVATE.values()}
    bad = []
    for value, scheme, meaning in codes:
        if scheme == SCHEME:
            ok = private.get((value, scheme)) == meaning
        elif (value, scheme) in OTHER_DICTIONARIES:
            ok = OTHER_DICTIONARIES[(value, scheme)] == meaning
        else:
            ok = meaning.lower() in dictionary_meanings(value, scheme)
        if not ok:
            bad.append((value, scheme, meaning))
    return bad


def test_every_code_means_what_the_dictionary_says(source):
    sr = report_of(source, dated(doubt_reasons=[ABDOMEN], head_plane=False), "2026.11.27")
    codes = [code for item in sr.ContentSequence for code in every_code(item)]
    codes += [(c.CodeValue, c.CodingSchemeDesignator, c.CodeMeaning) for c in sr.ConceptNameCodeSequence]
    assert len(codes) > 40
    assert unknown_codes(codes) == []
    assert unknown_codes([("11627-7", "LN", "HC, Hadlock 1984")]) == [("11627-7", "LN", "HC, Hadlock 1984")]
    assert ("11932-1", "LN", "HC, Hadlock 1984") in codes and ("11627-7", "LN", "HC, Hadlock 1984") not in codes
    documented = CONFORMANCE.read_text()
    for private in PRIVATE.values():  # each private code is in the conformance statement
        assert f"`{private.value}`" in documented and private.meaning in documented


def numbers(sr) -> list[tuple[str, float, str, list[str]]]:
    """Every NUM: (concept code, value, unit, the codes of its concept modifiers)."""
    found = []

    def walk(items):
        for item in items:
            if item.ValueType == "NUM":
                value = item.MeasuredValueSequence[0]
                children = item.get("ContentSequence", [])
                modifiers = [c.CodeValue for child in children for c in child.get("ConceptCodeSequence", [])]
                unit = value.MeasurementUnitsCodeSequence[0].CodeValue
                found.append((item.ConceptNameCodeSequence[0].CodeValue, float(value.NumericValue), unit, modifiers))
            walk(item.get("ContentSequence", []))

    walk(sr.ContentSequence)
    return found


def test_the_report_is_tid_5000_with_biometry_dating_and_ranks(source):
    m = dated()
    sr = report_of(source, m, "2026.11.27")
    assert sr.ConceptNameCodeSequence[0].CodeValue == "125000"
    assert sr.ContentTemplateSequence[0].TemplateIdentifier == "5000"
    assert (sr.CompletionFlag, sr.VerificationFlag) == ("PARTIAL", "UNVERIFIED")
    found = numbers(sr)
    by_code = {}
    for code, value, unit, modifiers in found:
        by_code.setdefault(code, []).append((value, unit, modifiers))
    assert by_code["11984-2"][0][:2] == (round(m.hc_mm, 1), "mm")
    assert by_code["11820-8"][0][:2] == (round(m.bpd_mm, 1), "mm") and "OUTER-OUTER" in by_code["11820-8"][0][2]
    assert by_code["11851-3"][0][2] == ["OUTER-OUTER"]
    assert by_code["11823-2"] == [(round(m.cephalic_index, 1), "%", [])]
    ages = {tuple(modifiers): (value, unit) for value, unit, modifiers in by_code["18185-9"]}
    assert ages[("11932-1",)] == (round(m.ga_hadlock_weeks * 7), "d")  # whole days, by Hadlock
    assert ages[("IG21-HC-GA",)] == (round(m.ga_intergrowth_days), "d")
    assert by_code["11885-1"] == [(150.0, "d", [])]  # the dates' GA, by LMP
    assert by_code["125013"] == [(round(m.hc_zscore, 2), "1", ["IG21-HC-STD"])]
    assert by_code["125012"] == [(round(m.hc_centile, 1), "%", ["IG21-HC-STD"])]
    assert by_code["371884006"] == [(round((m.hc_high_mm - m.hc_low_mm) / 2, 1), "mm", [])]  # the interval
    assert by_code["11878-6"] == [(1.0, "1", [])]


def texts_of(sr) -> list[str]:
    out = []

    def walk(items):
        for item in items:
            if "TextValue" in item:
                out.append(str(item.TextValue))
            walk(item.get("ContentSequence", []))

    walk(sr.ContentSequence)
    return out


def test_the_report_carries_every_reason_the_plane_verdict_and_the_window_s_rules(source):
    refused = dated(doubt_reasons=[ABDOMEN, "the head region is not elliptical"], head_plane=False)
    sr = report_of(source, refused)
    texts = texts_of(sr)
    assert ABDOMEN in texts and "the head region is not elliptical" in texts
    assert any(t.startswith("not confirmed as a head plane") for t in texts)
    who = Confirmation("asonographer", "2026-12-07T10:00:00+00:00")
    confirmed = report_of(source, dated(doubt_reasons=[ABDOMEN], head_plane=False, confirmation=who))
    assert any("confirmed as a fetal head plane by asonographer" in t for t in texts_of(confirmed))
    withheld = dated(ga_days=28 * 7 + 0.0)  # a 189 mm head at 28 weeks: z beyond -4, withheld
    assert withheld.hc_zscore is None
    codes = {code for code, *_ in numbers(report_of(source, withheld))}
    assert "125012" not in codes and "125013" not in codes
    undated = measure("us.dcm", DEFAULT_HEAD, PixelSize(0.2, PixelSizeSource.DICOM))
    codes = {code for code, *_ in numbers(report_of(source, undated))}
    assert "11885-1" not in codes and "125012" not in codes and "11984-2" in codes


@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dciodvfy not installed (Debian: dicom3tools)")
def test_dciodvfy_finds_no_error_and_dsrdump_reads_the_tree(source, tmp_path):
    path = tmp_path / "sr.dcm"
    report_of(source, dated(doubt_reasons=[ABDOMEN], head_plane=False)).save_as(path)
    verdict = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True)
    lines = (verdict.stdout + verdict.stderr).splitlines()
    assert [line for line in lines if line.startswith("Error")] == []
    warnings = [line for line in lines if line.startswith("Warning")]
    assert all(re.search(r"Unrecognized defined term <99FETALHC>", w) for w in warnings), warnings  # our scheme
    if shutil.which("dsrdump") is None:
        pytest.fail("dsrdump (DCMTK) is missing beside dciodvfy")
    dump = subprocess.run(["dsrdump", str(path)], capture_output=True, text=True, check=True).stdout
    for words in ("OB-GYN Ultrasound Procedure Report", "Fetal Biometry", "Head Circumference", "HC, Hadlock 1984"):
        assert words in dump


def test_the_capture_states_the_convention_the_ages_and_the_standing_verdict(source):
    from fetalhc_gui.report.result_text import caption_lines

    refused = dated(doubt_reasons=[ABDOMEN], head_plane=False)
    lines = caption_lines(refused, "FetalHC")
    assert lines[0].endswith("mm (outer-outer)  FetalHC") and "(Hadlock)" in lines[1] and "centile" in lines[1]
    assert lines[2] == "NOT CONFIRMED AS A HEAD PLANE"
    withheld = caption_lines(dated(ga_days=28 * 7), "FetalHC")
    assert "centile withheld at 28+0" in withheld[1]
    path = Path(source.filename)
    source.save_as(path)
    report, capture = dicom_results(path, refused, head_phantom(), None)
    top = capture.pixel_array[: 22 * 3 + 10]
    assert (top == 255).all(axis=-1).any(axis=1).sum() > 20  # three lines of white text


def test_a_spanish_report_has_its_comments_in_spanish_marked_as_such_and_its_codes_in_english(source, qapp, tmp_path):
    m = dated(doubt_reasons=[ABDOMEN], head_plane=False)
    english = report_of(source, m)
    with language("es"):
        spanish = report_of(source, m)
    comments = [item for item in text_items(spanish) if item.ConceptNameCodeSequence[0].CodeMeaning == "Comment"]
    assert len(comments) == 4 and {language_of(item) for item in comments} == {("es", "Spanish")}
    assert {item.TextValue for item in comments} == {
        "EG conocida por: FUR 30/06/2026, exploración 27/11/2026",
        "el intervalo del 95 % de la CC según el modelo",
        "esto no parece un plano de la cabeza fetal (parece un abdomen)",
        "no confirmado como plano de la cabeza: esto no parece un plano de la cabeza fetal (parece un abdomen)",
    }
    assert all(language_of(item) is None for item in text_items(english))  # English, as the whole report says

    def coded(sr):
        return [code for item in sr.ContentSequence for code in every_code(item)]

    added = Counter(coded(spanish)) - Counter(coded(english))  # the same codes and one language per comment
    assert added == {LANGUAGE_OF_ITEM: 4, ("es", "RFC5646", "Spanish"): 4}
    assert not Counter(coded(english)) - Counter(coded(spanish))
    assert unknown_codes(coded(spanish)) == []
    assert spanish.SpecificCharacterSet == "ISO_IR 192"
    path = tmp_path / "es.dcm"
    spanish.save_as(path, enforce_file_format=True)
    if shutil.which("dsrdump") is None:
        pytest.fail("dsrdump (DCMTK) is missing")
    dump = subprocess.run(["dsrdump", "+U8", "+Pl", str(path)], capture_output=True, text=True, check=True).stdout
    assert '"Comment")="el intervalo del 95 % de la CC según el modelo"' in dump and '(es,RFC5646,"Spanish")' in dump


def test_a_german_capture_burns_in_the_german_caption(source, qapp):
    from fetalhc_gui.io.overlay import draw_overlay
    from fetalhc_gui.report.result_text import result_text

    refused = dated(doubt_reasons=[ABDOMEN], head_plane=False)
    path = Path(source.filename)
    source.save_as(path)
    with language("de"):
        words = result_text(refused, "FetalHC")
        _, capture = dicom_results(path, refused, head_phantom(), None)
    assert words.caption == (
        "KU 189,3 mm  BPD 52,0 mm  FOD 68,0 mm (außen-außen)  FetalHC",
        "GA 21+2 (Hadlock)  21+3 (INTERGROWTH-21st)  Perzentile 48,7 bei GA 21+3",
        "NICHT ALS KOPFEBENE BESTÄTIGT",
    )
    drawn = draw_overlay(head_phantom(), refused.ellipse, None, 0.25, "\n".join(words.caption))
    assert (capture.pixel_array == drawn).all()
