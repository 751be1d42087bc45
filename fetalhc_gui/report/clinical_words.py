"""The clinical sentences the core and the models write (doubt reasons, the dates' check, the
head-plane verdict) in the installed language. They stay English in the record, the command line
and the SR's codes; the window and its reports match each sentence against the forms the core
writes (each an English template whose fields say what they match) and show its translation,
with numbers in the language's convention. A sentence of no known form is shown as written."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fetalhc_gui.report.language import local_dates, local_decimals, translate

CONTEXT = "ClinicalWords"
_NUMBER = r"\d+(?:\.\d+)?"
_GA = r"\d+\+\d"

#: What the head-plane check says an image looks like, with its article (``inference.plane_check``).
PLANES = (
    QT_TRANSLATE_NOOP("ClinicalWords", "an abdomen"),
    QT_TRANSLATE_NOOP("ClinicalWords", "a femur"),
    QT_TRANSLATE_NOOP("ClinicalWords", "a thorax"),
)
#: ``core.pixel_size.SOURCE_WORDS``: where a pixel size came from.
SOURCE_WORDS = (
    QT_TRANSLATE_NOOP("ClinicalWords", "from the DICOM file"),
    QT_TRANSLATE_NOOP("ClinicalWords", "from the pixel-size CSV"),
    QT_TRANSLATE_NOOP("ClinicalWords", "entered by the user"),
    QT_TRANSLATE_NOOP("ClinicalWords", "calibrated on the image"),
)
#: How a GA was dated (``core.dating.Dating.method``).
METHODS = (
    QT_TRANSLATE_NOOP("ClinicalWords", "LMP"),
    QT_TRANSLATE_NOOP("ClinicalWords", "EDD"),
    QT_TRANSLATE_NOOP("ClinicalWords", "dating scan"),
)
_DATE = r"\d{4}-\d\d-\d\d"


def _word(words: str) -> str:
    """One of the words marked above (a plane, a source, a method, "no answer") translated; any
    other as written."""
    return translate(CONTEXT, words)


def in_window_language(sentence: str) -> str:
    """``sentence``, as the core wrote it, in the installed language (as written when its form is unknown)."""
    for pattern, template, shown in _COMPILED:
        match = pattern.fullmatch(sentence)
        if match:
            fields = {name: shown.get(name, str)(value) for name, value in match.groupdict().items()}
            return local_dates(translate(CONTEXT, template).format(**fields))
    return sentence


def _bracketed(detail: str) -> str:
    """ " (ultrasound region 1)" translated inside its brackets."""
    if detail.startswith(" (") and detail.endswith(")"):
        return f" ({in_window_language(detail[2:-1])})"
    return detail


@dataclass(frozen=True)
class Field:
    """What a template's field matches in the core's sentence (a regular expression) and how the
    match is shown in the installed language."""

    pattern: str = ".*"
    shown: Callable[[str], str] = str


ANY = Field()
SOME = Field(".+")
WORD = Field(r"\S+")
BEFORE_COLON = Field("[^:]+")
INTEGER = Field(r"\d+")
NUMBER = Field(_NUMBER, local_decimals)  # a decimal, shown with the language's decimal mark
GA = Field(_GA)  # weeks+days
DATE = Field(_DATE)  # ISO
FORMULA = Field("[^)]*")  # a dating formula's name, inside brackets
SOURCE = Field("|".join(SOURCE_WORDS), _word)  # where a pixel size came from
STATUS = Field(r"status 0x[0-9A-F]{4}|no answer", _word)  # a DICOM peer's answer
TRANSLATED = Field(".*", in_window_language)  # a sentence of another form


#: Sentences written without figures, each its own form: doubt reasons and verdicts (core), the
#: pixel size's refusals, the training settings' and dataset's refusals (training), the retention
#: summary (app), the node's TLS refusals (net).
FIXED = (
    QT_TRANSLATE_NOOP("ClinicalWords", "Choose an output folder."),
    QT_TRANSLATE_NOOP("ClinicalWords", "The output folder must not be the bundled model's folder."),
    QT_TRANSLATE_NOOP("ClinicalWords", "Train at least one model."),
    QT_TRANSLATE_NOOP(
        "ClinicalWords", "An ensemble needs a test fraction: its interval is calibrated on subjects no member saw."
    ),
    QT_TRANSLATE_NOOP("ClinicalWords", "The validation and test fractions must lie between 0 and 1."),
    QT_TRANSLATE_NOOP("ClinicalWords", "Train at least one epoch."),
    QT_TRANSLATE_NOOP("ClinicalWords", "The second stage's epochs must be 0 or more (0: no second stage)."),
    QT_TRANSLATE_NOOP(
        "ClinicalWords",
        "No pixel-size CSV (like training_set_pixel_size_and_HC.csv) was found in or beside the folder.",
    ),
    QT_TRANSLATE_NOOP("ClinicalWords", "Fewer than two readable image/annotation pairs with a pixel size were found."),
    QT_TRANSLATE_NOOP(
        "ClinicalWords", "All images belong to one subject; at least two are needed to split training and validation."
    ),
    QT_TRANSLATE_NOOP("ClinicalWords", "this does not look like a fetal head plane"),
    QT_TRANSLATE_NOOP("ClinicalWords", "the ensemble members disagree (a wide 95% interval)"),
    QT_TRANSLATE_NOOP(
        "ClinicalWords", "results like this one (skull edge, head size, pixel size) are often off by more than 5 mm"
    ),
    QT_TRANSLATE_NOOP("ClinicalWords", "not known: HC in pixels only"),
    QT_TRANSLATE_NOOP("ClinicalWords", "not checked (the model has no head-plane check)"),
    QT_TRANSLATE_NOOP("ClinicalWords", "a fetal head plane (head-plane check)"),
    QT_TRANSLATE_NOOP("ClinicalWords", "the ellipse was drawn or corrected by hand; its HC is the user's"),
    QT_TRANSLATE_NOOP("ClinicalWords", "the model's 95% interval of the HC"),
    QT_TRANSLATE_NOOP("ClinicalWords", "HC must be positive."),
    QT_TRANSLATE_NOOP("ClinicalWords", "No pixel size: HC is given in pixels only."),
    QT_TRANSLATE_NOOP("ClinicalWords", "The pixel size must be a finite number of mm per pixel."),
    QT_TRANSLATE_NOOP("ClinicalWords", "The known distance must be a positive number of millimetres."),
    QT_TRANSLATE_NOOP("ClinicalWords", "The calibration line is too short: draw it over the known distance."),
    QT_TRANSLATE_NOOP("ClinicalWords", "No head was found."),
    QT_TRANSLATE_NOOP("ClinicalWords", "No head was found in any frame."),
    QT_TRANSLATE_NOOP("ClinicalWords", "No head was found in this image."),
    QT_TRANSLATE_NOOP("ClinicalWords", "No head was found in this image: the largest region is too small."),
    QT_TRANSLATE_NOOP("ClinicalWords", "The outline is too small to fit an ellipse."),
    QT_TRANSLATE_NOOP("ClinicalWords", "No ellipse could be fitted to the outline."),
    QT_TRANSLATE_NOOP("ClinicalWords", "The head outline is too small to measure."),
    QT_TRANSLATE_NOOP("ClinicalWords", "typed for this image"),
    QT_TRANSLATE_NOOP("ClinicalWords", "nothing is past its retention"),
    QT_TRANSLATE_NOOP("ClinicalWords", "no answer"),
    QT_TRANSLATE_NOOP("ClinicalWords", "List at least one calling AE title that may send images to FetalHC."),
    QT_TRANSLATE_NOOP("ClinicalWords", "Receiving with TLS needs this node's certificate and private key."),
    QT_TRANSLATE_NOOP(
        "ClinicalWords", "Certificate names for senders need the CA of the peers (client certificates to check)."
    ),
    QT_TRANSLATE_NOOP(
        "ClinicalWords",
        "Receiving with TLS needs the CA that certifies the peers, so that only senders with a certificate it signed "
        "can connect; to accept TLS clients without a certificate, allow it explicitly.",
    ),
)

#: (a form the core writes: its English template, marked for translation; what each of its fields
#: matches and how it is shown, where not ANY).
FORMS: list[tuple[str, dict[str, Field]]] = [
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "this does not look like a fetal head plane (it looks like {what})"),
        {"what": Field(r"an? \w+", _word)},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "the header says this is not an obstetric exam ({cues})"), {}),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "the ensemble members disagree (95% interval {low}-{high} mm, ±{half}% of HC)"
        ),
        {"low": NUMBER, "high": NUMBER, "half": NUMBER},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "the head region is not elliptical (fit Dice {dice})"), {"dice": NUMBER}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "the outline departs from the ellipse ({percent}%)"), {"percent": NUMBER}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "the model is unsure of the head region (confidence {confidence})"),
        {"confidence": NUMBER},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{size}, {source}{detail}"),
        {
            "size": Field(rf"{_NUMBER} mm/px", local_decimals),
            "source": SOURCE,
            "detail": Field(r".*", _bracketed),
        },
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{across} x {down} mm/px (across x down), {source}{detail}"),
        {
            "across": NUMBER,
            "down": NUMBER,
            "source": SOURCE,
            "detail": Field(r".*", _bracketed),
        },
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "GA entered: {source}."), {"source": TRANSLATED}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "Pixel size from {detail}."), {"detail": TRANSLATED}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "confirmed as a fetal head plane by {who} on {when}, against the check"),
        {"when": WORD},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "not confirmed as a head plane: {reason}"), {"reason": TRANSLATED}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "Hadlock is defined for HC {low}-{high} cm; this HC is {hc} cm."),
        {
            "low": Field(r"[\d.]+", local_decimals),
            "high": Field(r"[\d.]+", local_decimals),
            "hc": Field(r"[\d.]+", local_decimals),
        },
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "INTERGROWTH-21st dating is valid for scans at 98-181 days (HC up to about 240 mm); this HC is {hc} mm.",
        ),
        {"hc": INTEGER},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "INTERGROWTH-21st dating is valid for scans at {low}-{high} days; this HC dates to {days} days.",
        ),
        {"low": INTEGER, "high": INTEGER, "days": INTEGER},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The INTERGROWTH-21st HC standard covers {low} to {high} weeks; the GA given is {ga} weeks.",
        ),
        {"low": INTEGER, "high": INTEGER, "ga": NUMBER},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The HC is {sd} SD below the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the "
            "dates, the pixel size and the plane.",
        ),
        {"sd": NUMBER, "ga": GA},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The HC is {sd} SD above the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the "
            "dates, the pixel size and the plane.",
        ),
        {"sd": NUMBER, "ga": GA},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "Non-square pixels ({size}): measured in millimetres, not pixels."),
        {"size": Field(r".*", local_decimals)},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The LMP {date} is after the exam ({exam})."), {"date": DATE, "exam": DATE}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "The dating scan {date} is after the exam ({exam})."),
        {"date": DATE, "exam": DATE},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "This {method} gives {weeks} weeks {days} days on {exam}, outside 14-42 weeks: check the dates.",
        ),
        {"method": Field("|".join(METHODS), _word), "weeks": INTEGER, "days": INTEGER, "exam": DATE},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "A scan at {ga} does not date a pregnancy: dating scans are those up to {high} (crown-rump length to "
            "13+6, head circumference from 14+0); use the LMP or the EDD the dating scan gave.",
        ),
        {"ga": GA, "high": GA},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The pixel size '{text}' is not a number."), {}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "The pixel size must be positive; {value} mm/px was given."),
        {"value": Field(r"\S+", local_decimals)},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "A pixel size of {value} mm/px is implausible for ultrasound: it should lie between {low} and "
            "{high} mm/px.",
        ),
        {
            "value": Field(r"\S+", local_decimals),
            "low": Field(r"\S+", local_decimals),
            "high": Field(r"\S+", local_decimals),
        },
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The known distance '{text}' is not a number."), {}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The pixel-size file {file} is empty."), {"file": SOME}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "The pixel-size file {file} could not be read: {why}"),
        {"file": Field(r".+?")},
    ),
    # why a file could not be opened (io), as "name.dcm: ..."
    (QT_TRANSLATE_NOOP("ClinicalWords", "{file}: this is not a readable DICOM file ({why})."), {"file": BEFORE_COLON}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the DICOM file holds no image (no pixel data)."),
        {"file": BEFORE_COLON},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the DICOM image could not be decoded ({why})."),
        {"file": BEFORE_COLON},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "{file}: the file says {count} frames but its pixel data does not hold them."
        ),
        {"file": BEFORE_COLON, "count": INTEGER},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "{file}: not a deflated DICOM file."), {"file": BEFORE_COLON}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: frame {frame} does not exist (the file has {count})."),
        {"file": BEFORE_COLON, "frame": INTEGER, "count": INTEGER},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the link leads nowhere or loops; there is no image to read."),
        {"file": BEFORE_COLON},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the file does not exist."), {"file": BEFORE_COLON}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the file is empty."), {"file": BEFORE_COLON}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: this is not an image format FetalHC can read ({why})."),
        {"file": BEFORE_COLON},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the image is damaged or truncated ({why})."), {"file": BEFORE_COLON}),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "{file}: an image of {cols} x {rows} pixels is not an ultrasound frame (each side must be {low} to "
            "{high} pixels, {mp} megapixels at most).",
        ),
        {"file": BEFORE_COLON, "cols": INTEGER, "rows": INTEGER, "low": INTEGER, "high": INTEGER, "mp": INTEGER},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "The image size {rows}x{cols} must be a multiple of 16."),
        {"rows": INTEGER, "cols": INTEGER},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "deleted {files} file(s), {mb} MB, and {rows} row(s) of results tables"),
        {"files": INTEGER, "mb": Field(r"[\d.]+", local_decimals), "rows": INTEGER},
    ),
    # the DICOM node's settings refused (net)
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "'{title}' is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash.",
        ),
        {},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The port '{port}' is not a number."), {}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The port {port} is outside 1-65535."), {"port": Field(r"-?\d+")}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "'{text}' is not an identity: write AE_TITLE=CERTIFICATE_NAME."), {}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The peer {ae} has no host."), {"ae": SOME}),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "'{text}' is not a peer: write AE_TITLE@HOST:PORT (or AE_TITLE@HOST:PORT+tls)."
        ),
        {},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "'{text}' names no host: write AE_TITLE or AE_TITLE@HOST."), {}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} has a certificate name but is not a peer allowed to send images."),
        {"ae": WORD},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The certificate name for {ae} is empty."), {"ae": WORD}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "The host {host} is given for {ae}, which is not a peer allowed to send."),
        {"host": SOME, "ae": WORD},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The TLS private key {key} could not be read: {why}"), {"key": SOME}),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The TLS private key {key} can be read by other accounts (mode {mode}): make it private "
            "(chmod 600 {again}) and try again.",
        ),
        {"key": SOME, "mode": INTEGER, "again": SOME},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The TLS certificate or key could not be used: {why}"), {}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The TLS certificate, key or CA could not be used: {why}"), {}),
    # a PACS or peer that did not answer as asked (net)
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} could not search ({status})."),
        {"ae": WORD, "status": STATUS},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} could not send the study ({status})."),
        {"ae": WORD, "status": STATUS},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The retrieval from {ae} was stopped."), {"ae": WORD}),
    (QT_TRANSLATE_NOOP("ClinicalWords", "{peer}: TLS failed ({why})."), {"peer": Field(r"\S+ at \S+")}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} at {address} did not accept an association over TLS from {calling}."),
        {"ae": WORD, "address": WORD, "calling": WORD},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} at {address} did not accept an association from {calling}."),
        {"ae": WORD, "address": WORD, "calling": WORD},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} refused {what} ({status})."),
        {"ae": WORD, "what": SOME, "status": STATUS},
    ),
    # which part of a DICOM file gave the pixel size (io), and why none did
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "ultrasound region {number} of {count}, the one holding the head"),
        {"number": INTEGER, "count": INTEGER},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "ultrasound region {number}"), {"number": INTEGER}),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The file's {count} ultrasound region(s) give no usable pixel size (a zero or negative spacing, units "
            "other than cm, or no 2D tissue region); set the pixel size by hand or calibrate.",
        ),
        {"count": INTEGER},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "The {mode} image was rescaled to 8 bits for display and measurement."),
        {"mode": WORD},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "No head was found: the region found is not head-shaped (axis ratio {ratio})."
        ),
        {"ratio": NUMBER},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "The measurement failed: {message}"), {}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "{dating}, exam {exam}"),
        {"dating": Field(r".+", in_window_language), "exam": DATE},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "dating scan {date} at {weeks}w{days}d"),
        {"date": DATE, "weeks": INTEGER, "days": Field(r"\d")},
    ),
    (QT_TRANSLATE_NOOP("ClinicalWords", "{method} {date}"), {"method": Field(r"LMP|EDD", _word), "date": DATE}),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "HC gives {hc} ({formula}), the dates give {dates}: 1 day apart."),
        {"hc": GA, "formula": FORMULA, "dates": GA},
    ),
    (
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart, more than the {threshold} days "
            "at which ACOG Committee Opinion 700 would redate at this GA: check the dates, the pixel size and the "
            "plane (FetalHC does not redate).",
        ),
        {"hc": GA, "formula": FORMULA, "dates": GA, "apart": INTEGER, "threshold": INTEGER},
    ),
    (
        QT_TRANSLATE_NOOP("ClinicalWords", "HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart."),
        {"hc": GA, "formula": FORMULA, "dates": GA, "apart": INTEGER},
    ),
]
FORMS += [(sentence, {}) for sentence in FIXED]


def _compiled(template: str, fields: dict[str, Field]) -> tuple[re.Pattern, str, dict[str, Callable[[str], str]]]:
    """The regular expression a template's sentences match (its text as written, each field by its
    pattern, ANY where not given), the template, and how each field is shown."""
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(
        re.escape(part) if n % 2 == 0 else f"(?P<{part}>{fields.get(part, ANY).pattern})"
        for n, part in enumerate(parts)
    )
    return re.compile(pattern), template, {name: field.shown for name, field in fields.items()}


_COMPILED = [_compiled(template, fields) for template, fields in FORMS]
