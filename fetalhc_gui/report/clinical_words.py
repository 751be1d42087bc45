"""The clinical sentences the core and the models write (doubt reasons, the dates' check, the
head-plane verdict) in the installed language. They stay English in the record, the command line
and the SR; the window and its reports match each sentence against the forms the core writes and
show its translation, with numbers in the language's convention. A sentence of no known form is
shown as written."""

from __future__ import annotations

import re
from collections.abc import Callable

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


_DATES = rf"HC gives (?P<hc>{_GA}) \((?P<formula>[^)]*)\), the dates give (?P<dates>{_GA}): "
_REDATE = (
    r", more than the (?P<threshold>\d+) days at which ACOG Committee Opinion 700 would redate at this GA: "
    r"check the dates, the pixel size and the plane \(FetalHC does not redate\)"
)

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

#: (the form the core writes, a regular expression whose named groups are the template's fields;
#: the English template, marked for translation; how a field is shown, when not as written).
FORMS: list[tuple[str, str, dict[str, Callable[[str], str]]]] = [
    (
        r"this does not look like a fetal head plane \(it looks like (?P<what>an? \w+)\)",
        QT_TRANSLATE_NOOP("ClinicalWords", "this does not look like a fetal head plane (it looks like {what})"),
        {"what": _word},
    ),
    (
        r"the header says this is not an obstetric exam \((?P<cues>.*)\)",
        QT_TRANSLATE_NOOP("ClinicalWords", "the header says this is not an obstetric exam ({cues})"),
        {},
    ),
    (
        rf"the ensemble members disagree \(95% interval (?P<low>{_NUMBER})-(?P<high>{_NUMBER}) mm, "
        rf"±(?P<half>{_NUMBER})% of HC\)",
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "the ensemble members disagree (95% interval {low}-{high} mm, ±{half}% of HC)"
        ),
        {"low": local_decimals, "high": local_decimals, "half": local_decimals},
    ),
    (
        rf"the head region is not elliptical \(fit Dice (?P<dice>{_NUMBER})\)",
        QT_TRANSLATE_NOOP("ClinicalWords", "the head region is not elliptical (fit Dice {dice})"),
        {"dice": local_decimals},
    ),
    (
        rf"the outline departs from the ellipse \((?P<percent>{_NUMBER})%\)",
        QT_TRANSLATE_NOOP("ClinicalWords", "the outline departs from the ellipse ({percent}%)"),
        {"percent": local_decimals},
    ),
    (
        rf"the model is unsure of the head region \(confidence (?P<confidence>{_NUMBER})\)",
        QT_TRANSLATE_NOOP("ClinicalWords", "the model is unsure of the head region (confidence {confidence})"),
        {"confidence": local_decimals},
    ),
    (
        rf"(?P<size>{_NUMBER} mm/px), (?P<source>{'|'.join(SOURCE_WORDS)})(?P<detail>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "{size}, {source}{detail}"),
        {"size": local_decimals, "source": _word, "detail": _bracketed},
    ),
    (
        rf"(?P<across>{_NUMBER}) x (?P<down>{_NUMBER}) mm/px \(across x down\), (?P<source>{'|'.join(SOURCE_WORDS)})"
        r"(?P<detail>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "{across} x {down} mm/px (across x down), {source}{detail}"),
        {
            "across": local_decimals,
            "down": local_decimals,
            "source": _word,
            "detail": _bracketed,
        },
    ),
    (
        r"GA entered: (?P<source>.*)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "GA entered: {source}."),
        {"source": in_window_language},
    ),
    (
        r"Pixel size from (?P<detail>.*)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "Pixel size from {detail}."),
        {"detail": in_window_language},
    ),
    (
        r"confirmed as a fetal head plane by (?P<who>.*) on (?P<when>\S+), against the check",
        QT_TRANSLATE_NOOP("ClinicalWords", "confirmed as a fetal head plane by {who} on {when}, against the check"),
        {},
    ),
    (
        r"not confirmed as a head plane: (?P<reason>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "not confirmed as a head plane: {reason}"),
        {"reason": in_window_language},
    ),
    (
        r"Hadlock is defined for HC (?P<low>[\d.]+)-(?P<high>[\d.]+) cm; this HC is (?P<hc>[\d.]+) cm\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "Hadlock is defined for HC {low}-{high} cm; this HC is {hc} cm."),
        {"low": local_decimals, "high": local_decimals, "hc": local_decimals},
    ),
    (
        r"INTERGROWTH-21st dating is valid for scans at 98-181 days \(HC up to about 240 mm\); "
        r"this HC is (?P<hc>\d+) mm\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "INTERGROWTH-21st dating is valid for scans at 98-181 days (HC up to about 240 mm); this HC is {hc} mm.",
        ),
        {},
    ),
    (
        r"INTERGROWTH-21st dating is valid for scans at (?P<low>\d+)-(?P<high>\d+) days; "
        r"this HC dates to (?P<days>\d+) days\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "INTERGROWTH-21st dating is valid for scans at {low}-{high} days; this HC dates to {days} days.",
        ),
        {},
    ),
    (
        r"The INTERGROWTH-21st HC standard covers (?P<low>\d+) to (?P<high>\d+) weeks; "
        rf"the GA given is (?P<ga>{_NUMBER}) weeks\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The INTERGROWTH-21st HC standard covers {low} to {high} weeks; the GA given is {ga} weeks.",
        ),
        {"ga": local_decimals},
    ),
    (
        rf"The HC is (?P<sd>{_NUMBER}) SD below the INTERGROWTH-21st mean at (?P<ga>{_GA}): z-score and "
        r"centile withheld; check the dates, the pixel size and the plane\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The HC is {sd} SD below the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the "
            "dates, the pixel size and the plane.",
        ),
        {"sd": local_decimals},
    ),
    (
        rf"The HC is (?P<sd>{_NUMBER}) SD above the INTERGROWTH-21st mean at (?P<ga>{_GA}): z-score and "
        r"centile withheld; check the dates, the pixel size and the plane\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The HC is {sd} SD above the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the "
            "dates, the pixel size and the plane.",
        ),
        {"sd": local_decimals},
    ),
    (
        r"Non-square pixels \((?P<size>.*)\): measured in millimetres, not pixels\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "Non-square pixels ({size}): measured in millimetres, not pixels."),
        {"size": local_decimals},
    ),
    (
        rf"The LMP (?P<date>{_DATE}) is after the exam \((?P<exam>{_DATE})\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The LMP {date} is after the exam ({exam})."),
        {},
    ),
    (
        rf"The dating scan (?P<date>{_DATE}) is after the exam \((?P<exam>{_DATE})\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The dating scan {date} is after the exam ({exam})."),
        {},
    ),
    (
        rf"This (?P<method>LMP|EDD|dating scan) gives (?P<weeks>\d+) weeks (?P<days>\d+) days on (?P<exam>{_DATE}), "
        r"outside 14-42 weeks: check the dates\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "This {method} gives {weeks} weeks {days} days on {exam}, outside 14-42 weeks: check the dates.",
        ),
        {"method": _word},
    ),
    (
        rf"A scan at (?P<ga>{_GA}) does not date a pregnancy: dating scans are those up to (?P<high>{_GA}) "
        r"\(crown-rump length to 13\+6, head circumference from 14\+0\); use the LMP or the EDD the dating scan gave\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "A scan at {ga} does not date a pregnancy: dating scans are those up to {high} (crown-rump length to "
            "13+6, head circumference from 14+0); use the LMP or the EDD the dating scan gave.",
        ),
        {},
    ),
    (
        r"The pixel size '(?P<text>.*)' is not a number\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The pixel size '{text}' is not a number."),
        {},
    ),
    (
        r"The pixel size must be positive; (?P<value>\S+) mm/px was given\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The pixel size must be positive; {value} mm/px was given."),
        {"value": local_decimals},
    ),
    (
        r"A pixel size of (?P<value>\S+) mm/px is implausible for ultrasound: it should lie between "
        r"(?P<low>\S+) and (?P<high>\S+) mm/px\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "A pixel size of {value} mm/px is implausible for ultrasound: it should lie between {low} and "
            "{high} mm/px.",
        ),
        {"value": local_decimals, "low": local_decimals, "high": local_decimals},
    ),
    (
        r"The known distance '(?P<text>.*)' is not a number\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The known distance '{text}' is not a number."),
        {},
    ),
    (
        r"The pixel-size file (?P<file>.+) is empty\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The pixel-size file {file} is empty."),
        {},
    ),
    (
        r"The pixel-size file (?P<file>.+?) could not be read: (?P<why>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "The pixel-size file {file} could not be read: {why}"),
        {},
    ),
    # why a file could not be opened (io), as "name.dcm: ..."
    (
        r"(?P<file>[^:]+): this is not a readable DICOM file \((?P<why>.*)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: this is not a readable DICOM file ({why})."),
        {},
    ),
    (
        r"(?P<file>[^:]+): the DICOM file holds no image \(no pixel data\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the DICOM file holds no image (no pixel data)."),
        {},
    ),
    (
        r"(?P<file>[^:]+): the DICOM image could not be decoded \((?P<why>.*)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the DICOM image could not be decoded ({why})."),
        {},
    ),
    (
        r"(?P<file>[^:]+): the file says (?P<count>\d+) frames but its pixel data does not hold them\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "{file}: the file says {count} frames but its pixel data does not hold them."
        ),
        {},
    ),
    (
        r"(?P<file>[^:]+): not a deflated DICOM file\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: not a deflated DICOM file."),
        {},
    ),
    (
        r"(?P<file>[^:]+): frame (?P<frame>\d+) does not exist \(the file has (?P<count>\d+)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: frame {frame} does not exist (the file has {count})."),
        {},
    ),
    (
        r"(?P<file>[^:]+): the link leads nowhere or loops; there is no image to read\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the link leads nowhere or loops; there is no image to read."),
        {},
    ),
    (
        r"(?P<file>[^:]+): the file does not exist\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the file does not exist."),
        {},
    ),
    (
        r"(?P<file>[^:]+): the file is empty\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the file is empty."),
        {},
    ),
    (
        r"(?P<file>[^:]+): this is not an image format FetalHC can read \((?P<why>.*)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: this is not an image format FetalHC can read ({why})."),
        {},
    ),
    (
        r"(?P<file>[^:]+): the image is damaged or truncated \((?P<why>.*)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{file}: the image is damaged or truncated ({why})."),
        {},
    ),
    (
        r"(?P<file>[^:]+): an image of (?P<cols>\d+) x (?P<rows>\d+) pixels is not an ultrasound frame "
        r"\(each side must be (?P<low>\d+) to (?P<high>\d+) pixels, (?P<mp>\d+) megapixels at most\)\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "{file}: an image of {cols} x {rows} pixels is not an ultrasound frame (each side must be {low} to "
            "{high} pixels, {mp} megapixels at most).",
        ),
        {},
    ),
    (
        r"The image size (?P<rows>\d+)x(?P<cols>\d+) must be a multiple of 16\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The image size {rows}x{cols} must be a multiple of 16."),
        {},
    ),
    (
        r"deleted (?P<files>\d+) file\(s\), (?P<mb>[\d.]+) MB, and (?P<rows>\d+) row\(s\) of results tables",
        QT_TRANSLATE_NOOP("ClinicalWords", "deleted {files} file(s), {mb} MB, and {rows} row(s) of results tables"),
        {"mb": local_decimals},
    ),
    # the DICOM node's settings refused (net)
    (
        r"'(?P<title>.*)' is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "'{title}' is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash.",
        ),
        {},
    ),
    (
        r"The port '(?P<port>.*)' is not a number\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The port '{port}' is not a number."),
        {},
    ),
    (
        r"The port (?P<port>-?\d+) is outside 1-65535\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The port {port} is outside 1-65535."),
        {},
    ),
    (
        r"'(?P<text>.*)' is not an identity: write AE_TITLE=CERTIFICATE_NAME\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "'{text}' is not an identity: write AE_TITLE=CERTIFICATE_NAME."),
        {},
    ),
    (
        r"The peer (?P<ae>.+) has no host\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The peer {ae} has no host."),
        {},
    ),
    (
        r"'(?P<text>.*)' is not a peer: write AE_TITLE@HOST:PORT \(or AE_TITLE@HOST:PORT\+tls\)\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "'{text}' is not a peer: write AE_TITLE@HOST:PORT (or AE_TITLE@HOST:PORT+tls)."
        ),
        {},
    ),
    (
        r"'(?P<text>.*)' names no host: write AE_TITLE or AE_TITLE@HOST\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "'{text}' names no host: write AE_TITLE or AE_TITLE@HOST."),
        {},
    ),
    (
        r"(?P<ae>\S+) has a certificate name but is not a peer allowed to send images\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} has a certificate name but is not a peer allowed to send images."),
        {},
    ),
    (
        r"The certificate name for (?P<ae>\S+) is empty\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The certificate name for {ae} is empty."),
        {},
    ),
    (
        r"The host (?P<host>.+) is given for (?P<ae>\S+), which is not a peer allowed to send\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The host {host} is given for {ae}, which is not a peer allowed to send."),
        {},
    ),
    (
        r"The TLS private key (?P<key>.+) could not be read: (?P<why>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "The TLS private key {key} could not be read: {why}"),
        {},
    ),
    (
        r"The TLS private key (?P<key>.+) can be read by other accounts \(mode (?P<mode>\d+)\): "
        r"make it private \(chmod 600 (?P<again>.+)\) and try again\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The TLS private key {key} can be read by other accounts (mode {mode}): make it private "
            "(chmod 600 {again}) and try again.",
        ),
        {},
    ),
    (
        r"The TLS certificate or key could not be used: (?P<why>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "The TLS certificate or key could not be used: {why}"),
        {},
    ),
    (
        r"The TLS certificate, key or CA could not be used: (?P<why>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "The TLS certificate, key or CA could not be used: {why}"),
        {},
    ),
    # a PACS or peer that did not answer as asked (net)
    (
        r"(?P<ae>\S+) could not search \((?P<status>status 0x[0-9A-F]{4}|no answer)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} could not search ({status})."),
        {"status": _word},
    ),
    (
        r"(?P<ae>\S+) could not send the study \((?P<status>status 0x[0-9A-F]{4}|no answer)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} could not send the study ({status})."),
        {"status": _word},
    ),
    (
        r"The retrieval from (?P<ae>\S+) was stopped\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The retrieval from {ae} was stopped."),
        {},
    ),
    (
        r"(?P<peer>\S+ at \S+): TLS failed \((?P<why>.*)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{peer}: TLS failed ({why})."),
        {},
    ),
    (
        r"(?P<ae>\S+) at (?P<address>\S+) did not accept an association over TLS from (?P<calling>\S+)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} at {address} did not accept an association over TLS from {calling}."),
        {},
    ),
    (
        r"(?P<ae>\S+) at (?P<address>\S+) did not accept an association from (?P<calling>\S+)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} at {address} did not accept an association from {calling}."),
        {},
    ),
    (
        r"(?P<ae>\S+) refused (?P<what>.+) \((?P<status>status 0x[0-9A-F]{4}|no answer)\)\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "{ae} refused {what} ({status})."),
        {"status": _word},
    ),
    # which part of a DICOM file gave the pixel size (io), and why none did
    (
        r"ultrasound region (?P<number>\d+) of (?P<count>\d+), the one holding the head",
        QT_TRANSLATE_NOOP("ClinicalWords", "ultrasound region {number} of {count}, the one holding the head"),
        {},
    ),
    (
        r"ultrasound region (?P<number>\d+)",
        QT_TRANSLATE_NOOP("ClinicalWords", "ultrasound region {number}"),
        {},
    ),
    (
        r"The file's (?P<count>\d+) ultrasound region\(s\) give no usable pixel size \(a zero or negative spacing, "
        r"units other than cm, or no 2D tissue region\); set the pixel size by hand or calibrate\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "The file's {count} ultrasound region(s) give no usable pixel size (a zero or negative spacing, units "
            "other than cm, or no 2D tissue region); set the pixel size by hand or calibrate.",
        ),
        {},
    ),
    (
        r"The (?P<mode>\S+) image was rescaled to 8 bits for display and measurement\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "The {mode} image was rescaled to 8 bits for display and measurement."),
        {},
    ),
    (
        rf"No head was found: the region found is not head-shaped \(axis ratio (?P<ratio>{_NUMBER})\)\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords", "No head was found: the region found is not head-shaped (axis ratio {ratio})."
        ),
        {"ratio": local_decimals},
    ),
    (
        r"The measurement failed: (?P<message>.*)",
        QT_TRANSLATE_NOOP("ClinicalWords", "The measurement failed: {message}"),
        {},
    ),
    (
        rf"(?P<dating>.+), exam (?P<exam>{_DATE})",
        QT_TRANSLATE_NOOP("ClinicalWords", "{dating}, exam {exam}"),
        {"dating": in_window_language},
    ),
    (
        rf"dating scan (?P<date>{_DATE}) at (?P<weeks>\d+)w(?P<days>\d)d",
        QT_TRANSLATE_NOOP("ClinicalWords", "dating scan {date} at {weeks}w{days}d"),
        {},
    ),
    (
        rf"(?P<method>LMP|EDD) (?P<date>{_DATE})",
        QT_TRANSLATE_NOOP("ClinicalWords", "{method} {date}"),
        {"method": _word},
    ),
    (
        _DATES + r"1 day apart\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "HC gives {hc} ({formula}), the dates give {dates}: 1 day apart."),
        {},
    ),
    (
        _DATES + r"(?P<apart>\d+) days apart" + _REDATE + r"\.",
        QT_TRANSLATE_NOOP(
            "ClinicalWords",
            "HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart, more than the {threshold} days "
            "at which ACOG Committee Opinion 700 would redate at this GA: check the dates, the pixel size and the "
            "plane (FetalHC does not redate).",
        ),
        {},
    ),
    (
        _DATES + r"(?P<apart>\d+) days apart\.",
        QT_TRANSLATE_NOOP("ClinicalWords", "HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart."),
        {},
    ),
]
FORMS += [(re.escape(sentence), sentence, {}) for sentence in FIXED]
_COMPILED = [(re.compile(pattern), template, shown) for pattern, template, shown in FORMS]
