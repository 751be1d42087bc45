"""The measurement report obstetric reporting systems read: an OB-GYN Ultrasound Procedure Report
(DICOM PS3.16 TID 5000) in a Comprehensive SR, built with highdicom's content items.

What builds what: highdicom makes the content items, the observation context (TID 1001, the
device observer: ``ObservationContext``, ``DeviceObserverIdentifyingAttributes``), the fetus's
subject context (TID 1008: ``SubjectContextFetus``), the source-image references (``INFERRED FROM
(121112, DCM, "Source of Measurement")``) and the SR document itself (``ComprehensiveSR``). The
codes come from pydicom's code dictionary (``pydicom.sr.codedict.codes``, LOINC, DCM, SCT, UCUM),
except where the standard has none (``PRIVATE``, scheme 99FETALHC, each documented in
``docs/dicom-conformance.md``). The tree:

    CONTAINER (125000, DCM, "OB-GYN Ultrasound Procedure Report")            TID 5000
      HAS CONCEPT MOD  Language of Content Item and Descendants = English
      HAS OBS CONTEXT  Observer Type = Device, Device Observer UID/Name/...      TID 1001
      CONTAINS CONTAINER (121111, DCM, "Summary")                              TID 5002
        CONTAINS NUM (11878-6, LN, "Number of Fetuses by US") = 1
      CONTAINS CONTAINER (125008, DCM, "Fetus Summary")                         TID 5003 (with a dating)
        HAS OBS CONTEXT Subject Class = Fetus, Subject ID = 1                    TID 1008
        CONTAINS NUM (11885-1, "Gestational Age by LMP") or (18185-9, "Gestational Age") = days, with its source
      CONTAINS CONTAINER (125001, DCM, "Fetal Biometry Ratios")                 TID 5004
        HAS OBS CONTEXT the fetus                                               TID 1008
        CONTAINS NUM (11823-2, LN, "Cephalic Index") %
      CONTAINS CONTAINER (125002, DCM, "Fetal Biometry")                        TID 5005
        HAS OBS CONTEXT the fetus                                               TID 1008
        CONTAINS CONTAINER (125005, DCM, "Biometry Group")                      TID 5008
          CONTAINS NUM (11984-2, LN, "Head Circumference") mm                   TID 300
            HAS CONCEPT MOD Algorithm Name, Algorithm Version: the model            TID 4019
            HAS PROPERTIES NUM (371884006, SCT, "+/-, range of measurement uncertainty") mm: the 95% interval
            INFERRED FROM IMAGE (121112, DCM, "Source of Measurement")
          CONTAINS NUM (11820-8, "Biparietal Diameter"), (11851-3, "Occipital-Frontal Diameter") mm
            HAS CONCEPT MOD (370129005, SCT, "Measurement Method") = outer-outer (private)
          CONTAINS NUM (18185-9, "Gestational Age") d
            HAS CONCEPT MOD (121420, DCM, "Equation") = (11932-1, LN, "HC, Hadlock 1984")
          CONTAINS NUM (18185-9, "Gestational Age") d, Equation = HC, INTERGROWTH-21st 2016 (private)
          CONTAINS NUM (125013, "Growth Z-score"), (125012, "Growth Percentile Rank") %,
            HAS CONCEPT MOD (121424, "Table of Values") = HC by GA, INTERGROWTH-21st 2014 (private)
          CONTAINS CODE Result flagged as doubtful (private) = Yes/No, TEXT (121106, "Comment") per reason
          CONTAINS CODE Fetal head plane (private) = Yes/No, TEXT Comment: the check's verdict or who confirmed it

Figures are written as the window shows them: mm to 0.1, GA in whole days, z to 0.01, centile
to 0.1; a z-score beyond 4 SD is withheld (``core.clinical``) and so absent here too.
"""

from __future__ import annotations

from copy import deepcopy

import highdicom as hd
from highdicom.sr import (
    AlgorithmIdentification,
    CodeContentItem,
    ContainerContentItem,
    ContentSequence,
    DeviceObserverIdentifyingAttributes,
    LanguageOfContentItemAndDescendants,
    NumContentItem,
    ObservationContext,
    ObserverContext,
    SubjectContext,
    SubjectContextFetus,
    TextContentItem,
)
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes

from fetalhc_gui import __version__
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.verdicts import ResultText

#: FetalHC's private coding scheme (PS3.16 8.2: a local scheme designator starting with 99).
SCHEME = "99FETALHC"
CONTAINS, HAS_OBS_CONTEXT, HAS_CONCEPT_MOD, HAS_PROPERTIES, INFERRED_FROM = (
    "CONTAINS",
    "HAS OBS CONTEXT",
    "HAS CONCEPT MOD",
    "HAS PROPERTIES",
    "INFERRED FROM",
)


def private(value: str, meaning: str) -> hd.sr.CodedConcept:
    return hd.sr.CodedConcept(value, SCHEME, meaning)


#: The codes the standard lacks, each used where TID 5000 or TID 300 leaves room for a local one.
PRIVATE = {
    "outer-outer": private("OUTER-OUTER", "Outer-outer (outer edge to outer edge of the skull)"),
    "intergrowth-dating": private("IG21-HC-GA", "HC, INTERGROWTH-21st 2016"),
    "intergrowth-standard": private("IG21-HC-STD", "HC by GA, INTERGROWTH-21st 2014"),
    "doubtful": private("DOUBTFUL", "Result flagged as doubtful"),
    "head-plane": private("HEAD-PLANE", "Image is a fetal head plane"),
}
TEMPLATES = {"report": "5000", "summary": "5002", "fetus summary": "5003", "ratios": "5004", "biometry": "5005"}
FETUS_ID = "1"  # a singleton: FetalHC measures one fetus per image


def code(scheme_codes, keyword: str) -> hd.sr.CodedConcept:
    """A code of pydicom's dictionary as highdicom's CodedConcept."""
    c = getattr(scheme_codes, keyword)
    return hd.sr.CodedConcept(c.value, c.scheme_designator, c.meaning)


LN, DCM, SCT, UCUM = codes.LN, codes.DCM, codes.SCT, codes.UCUM


def ob_report_content(
    m: Measurement,
    text: ResultText,
    source: Dataset,
    device: DeviceObserverIdentifyingAttributes,
    model_version: str,
    frame: int | None,
) -> ContainerContentItem:
    """The TID 5000 content tree of ``m`` measured on the DICOM image ``source`` (``frame``, from
    0, of a multi-frame one) by ``device``, its model (``m.model_name``) at ``model_version``;
    its comments are ``text``'s, each marked with their language where it is not English."""
    root = ContainerContentItem(code(DCM, "OBGYNUltrasoundProcedureReport"), template_id=TEMPLATES["report"])
    language = LanguageOfContentItemAndDescendants(hd.sr.CodedConcept("en-US", "RFC5646", "English (United States)"))
    context = ObservationContext(observer_device_context=ObserverContext(code(DCM, "Device"), device))
    algorithm = list(AlgorithmIdentification(m.model_name or "hand-drawn ellipse", model_version or __version__))
    sections = [summary(), *fetus_summary(m, text), ratios(m), biometry(m, text, source, frame, algorithm)]
    items = [*language, *context, *sections]
    root.ContentSequence = ContentSequence([i for i in items if i is not None])
    return root


def fetus_context() -> list:
    """TID 1008: the fetus the section speaks of (Subject Class = Fetus, Subject ID = 1)."""
    return list(SubjectContext(code(DCM, "Fetus"), SubjectContextFetus(subject_id=FETUS_ID)))


def section(name: hd.sr.CodedConcept, template: str, children: list) -> ContainerContentItem:
    item = ContainerContentItem(name, template_id=template, relationship_type=CONTAINS)
    item.ContentSequence = ContentSequence(children)
    return item


def summary() -> ContainerContentItem:
    """TID 5002: one fetus."""
    count = NumContentItem(code(LN, "NumberOfFetusesByUS"), 1, code(UCUM, "NoUnits"), relationship_type=CONTAINS)
    return section(code(DCM, "Summary"), TEMPLATES["summary"], [count])


def fetus_summary(m: Measurement, text: ResultText) -> list[ContainerContentItem]:
    """TID 5003: the GA the dates give, when the exam was dated (by LMP: its own code)."""
    if m.ga_entered_days is None:
        return []
    by_lmp = m.ga_entered_source.startswith("LMP")
    name = code(LN, "GestationalAgeByLMP" if by_lmp else "GestationalAge")
    ga = NumContentItem(name, round(m.ga_entered_days), code(UCUM, "Day"), relationship_type=CONTAINS)
    items = [*fetus_context(), ga]
    if text.ga_known_from:
        items.append(comment(text.ga_known_from, text))
    return [section(code(DCM, "FetusSummary"), TEMPLATES["fetus summary"], items)]


def ratios(m: Measurement) -> ContainerContentItem | None:
    """TID 5004: the cephalic index (BPD / OFD, both outer-outer), in %."""
    if m.cephalic_index is None:
        return None
    index = NumContentItem(
        code(LN, "CephalicIndex"), round(m.cephalic_index, 1), code(UCUM, "Percent"), relationship_type=CONTAINS
    )
    return section(code(DCM, "FetalBiometryRatios"), TEMPLATES["ratios"], [*fetus_context(), index])


def biometry(
    m: Measurement, text: ResultText, source: Dataset, frame: int | None, algorithm: list
) -> ContainerContentItem:
    """TID 5005 with one biometry group (TID 5008): HC, BPD, OFD, the GAs, z and centile, and the verdicts."""
    frames = [frame + 1] if frame is not None and int(source.get("NumberOfFrames", 1) or 1) > 1 else None
    reference = hd.sr.SourceImageForMeasurement(source.SOPClassUID, source.SOPInstanceUID, frames)
    hc = millimetres(code(LN, "HeadCircumference"), m.hc_mm, reference, algorithm)
    if m.hc_low_mm is not None and m.hc_high_mm is not None:
        half = (m.hc_high_mm - m.hc_low_mm) / 2  # the interval is symmetric about the HC
        uncertainty = NumContentItem(
            code(SCT, "RangeOfMeasurementUncertainty"),
            round(half, 1),
            code(UCUM, "Millimeter"),
            relationship_type=HAS_PROPERTIES,
        )
        hc.ContentSequence.extend([uncertainty, comment(text.interval, text, HAS_PROPERTIES)])
    group = [hc]
    for keyword, value in (("BiparietalDiameter", m.bpd_mm), ("OccipitalFrontalDiameter", m.ofd_mm)):
        diameter = millimetres(code(LN, keyword), value, reference, algorithm)
        method = CodeContentItem(
            code(SCT, "MeasurementMethod"), PRIVATE["outer-outer"], relationship_type=HAS_CONCEPT_MOD
        )
        diameter.ContentSequence.insert(0, method)
        group.append(diameter)
    if m.ga_hadlock_weeks is not None:
        group.append(gestational_age(m.ga_hadlock_weeks * 7, code(LN, "HCHadlock1984")))
    if m.ga_intergrowth_days is not None:
        group.append(gestational_age(m.ga_intergrowth_days, PRIVATE["intergrowth-dating"]))
    if m.hc_zscore is not None and m.hc_centile is not None:
        group.append(growth_rank("GrowthZScore", round(m.hc_zscore, 2), code(UCUM, "NoUnits")))
        group.append(growth_rank("GrowthPercentileRank", round(m.hc_centile, 1), code(UCUM, "Percent")))
    group += verdicts(m, text)
    children = [*fetus_context(), section(code(DCM, "BiometryGroup"), "5008", group)]
    return section(code(DCM, "FetalBiometry"), TEMPLATES["biometry"], children)


def millimetres(name: hd.sr.CodedConcept, value: float, reference, algorithm: list) -> NumContentItem:
    """A TID 300 measurement in mm, to 0.1 mm, by the model (TID 4019) from the source image."""
    item = NumContentItem(name, round(value, 1), code(UCUM, "Millimeter"), relationship_type=CONTAINS)
    item.ContentSequence = ContentSequence([*deepcopy(algorithm), reference])
    return item


def gestational_age(days: float, equation: hd.sr.CodedConcept) -> NumContentItem:
    """GA (18185-9) in whole days, qualified by the equation that gave it (CID 12013 where it has it)."""
    item = NumContentItem(code(LN, "GestationalAge"), round(days), code(UCUM, "Day"), relationship_type=CONTAINS)
    modifier = CodeContentItem(code(DCM, "Equation"), equation, relationship_type=HAS_CONCEPT_MOD)
    item.ContentSequence = ContentSequence([modifier])
    return item


def growth_rank(keyword: str, value: float, unit: hd.sr.CodedConcept) -> NumContentItem:
    """A growth z-score or centile (CID 12017) with the table it ranks the HC against."""
    item = NumContentItem(code(DCM, keyword), value, unit, relationship_type=CONTAINS)
    table = CodeContentItem(
        code(DCM, "TableOfValues"), PRIVATE["intergrowth-standard"], relationship_type=HAS_CONCEPT_MOD
    )
    item.ContentSequence = ContentSequence([table])
    return item


def comment(words: str, text: ResultText, relationship: str = CONTAINS) -> TextContentItem:
    """A Comment of ``words`` (1024 characters at most), in ``text``'s language: an item of a
    language other than the report's English names it (HAS CONCEPT MOD Language of Content Item
    and Descendants, PS3.16 TID 1204)."""
    item = TextContentItem(code(DCM, "Comment"), words[:1024], relationship_type=relationship)
    if text.language != "en":
        tag = hd.sr.CodedConcept(text.language, "RFC5646", text.language_name)
        item.ContentSequence = ContentSequence(list(LanguageOfContentItemAndDescendants(tag)))
    return item


def verdicts(m: Measurement, text: ResultText) -> list:
    """Whether the result is doubtful, every reason, and the head-plane verdict (the words of the
    PDF report, ``core.verdicts``, in ``text``'s language)."""
    yes, no = code(SCT, "Yes"), code(SCT, "No")
    doubtful = CodeContentItem(PRIVATE["doubtful"], yes if m.doubtful else no, relationship_type=CONTAINS)
    if text.doubt_reasons:
        doubtful.ContentSequence = ContentSequence([comment(r, text, HAS_PROPERTIES) for r in text.doubt_reasons])
    items = [doubtful]
    if m.head_plane is not None:
        taken = m.head_plane or bool(m.head_plane_confirmed_at)
        plane = CodeContentItem(PRIVATE["head-plane"], yes if taken else no, relationship_type=CONTAINS)
        plane.ContentSequence = ContentSequence([comment(text.plane_verdict, text, HAS_PROPERTIES)])
        items.append(plane)
    if text.edited:
        items.append(comment(text.edited, text))
    return items


def every_code(item: Dataset) -> list[tuple[str, str, str]]:
    """(value, scheme, meaning) of every concept name, coded value and unit in a content tree (for
    the tests that check each against a dictionary)."""
    found = []
    for keyword in ("ConceptNameCodeSequence", "ConceptCodeSequence", "MeasurementUnitsCodeSequence"):
        for coded in item.get(keyword, []):
            found.append((coded.CodeValue, coded.CodingSchemeDesignator, coded.CodeMeaning))
    for value in item.get("MeasuredValueSequence", []):
        found += every_code(value)
    for child in item.get("ContentSequence", []):
        found += every_code(child)
    return found
