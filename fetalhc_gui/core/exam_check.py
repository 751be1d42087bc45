"""The exam check: does an image's header say it comes from an exam that is not obstetric?

A scanner or PACS sends every image of an exam, and not every exam is a pregnancy scan: a child's
echocardiogram or a man's thyroid scan can hold something round that the model takes for a head.
The header often says so. Its cues are weighed, not trusted one by one:

- **Strong** cues refuse on their own: a modality other than ultrasound or secondary capture; an
  ECG waveform or an ECG (or other physiological) trace region; an age at which no one is
  pregnant; a body part, description or image type naming another organ or a child's exam, when
  no obstetric word appears beside it.
- **Weak** cues refuse only together with another cue or with the head-plane check disagreeing:
  patient sex M (a pregnant patient may be registered as male, or the field may be wrong), an
  obstetric word missing where another organ is named.

Images without such headers (PNG, anonymised DICOM) have no cues and are never refused for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fetalhc_gui.core.refusal import NOT_OBSTETRIC

#: Ages (years) outside which a pregnancy is taken as impossible.
MIN_PREGNANCY_AGE = 10
MAX_PREGNANCY_AGE = 60
#: Modalities whose images FetalHC measures.
MEASURED_MODALITIES = {"US", "SC"}
#: Words of an obstetric exam in a body part, description or image type.
OBSTETRIC_WORDS = (
    "OB",
    "OBST",
    "OBSTETRIC",
    "FETAL",
    "FETUS",
    "FOETAL",
    "FOETUS",
    "PREGNANCY",
    "GRAVID",
    "NUCHAL",
    "TRIMESTER",
    "BIOMETRY",
    "ANOMALY",
    "GESTATION",
    "PRENATAL",
    "ANTENATAL",
)
#: Words of another organ or a child's exam.
OTHER_EXAM_WORDS = (
    "PEDIATRIC", "PAEDIATRIC", "NEONATAL", "NEONATE", "INFANT", "CHILD",
    "CARDIAC", "HEART", "ECHO", "ECHOCARDIOGRAPHY", "MURMUR", "VSD", "ASD",
    "THYROID", "NECK", "SMALL PARTS", "BREAST", "TESTIS", "TESTES", "SCROTUM", "SCROTAL", "PROSTATE",
    "CAROTID", "VASCULAR", "VEIN", "ARTERY", "LIVER", "GALLBLADDER", "KIDNEY", "RENAL", "SHOULDER", "KNEE",
    "MSK", "MUSCULOSKELETAL", "EYE", "ORBIT", "HIP",
)  # fmt: skip
#: Ultrasound region data types (0018,6014) of physiological traces: ECG, pulse, phonocardiogram, other.
TRACE_REGION_TYPES = {
    0x0A: "an ECG trace",
    0x0B: "a pulse trace",
    0x0C: "a phonocardiogram",
    0x12: "a physiological trace",
}


@dataclass(frozen=True)
class ExamHeader:
    """What a header says of the exam; empty or None where it says nothing. ``texts`` are the body
    part, study, series and protocol descriptions and image type values, as written;
    ``region_types`` the data types of its ultrasound regions; ``age_years`` the patient's age at
    the exam (from Patient's Age, or the birth and study dates)."""

    modality: str = ""
    patient_sex: str = ""
    age_years: float | None = None
    texts: tuple[str, ...] = ()
    waveform: bool = False
    region_types: tuple[int, ...] = ()


@dataclass(frozen=True)
class ExamVerdict:
    """Whether an image may be reported as a fetal head measurement, and the cues that spoke."""

    refused: bool
    cues: tuple[str, ...] = ()

    @property
    def reason(self) -> str | None:
        """Why the image is not reported, or None."""
        if not self.refused:
            return None
        return f"{NOT_OBSTETRIC} (" + "; ".join(self.cues) + ")"

    @property
    def note(self) -> str | None:
        """The note of an image let through despite a weak cue, or None."""
        if self.refused or not self.cues:
            return None
        return f"The header gives {'; '.join(self.cues)}; measured because the image looks like a fetal head plane."


def _words(text: str, words: tuple[str, ...]) -> list[str]:
    upper = text.upper()
    return [w for w in words if re.search(rf"(?<![A-Z]){re.escape(w)}(?![A-Z])", upper)]


def strong_cues(header: ExamHeader) -> list[str]:
    """Cues that on their own say the exam is not obstetric."""
    cues = []
    if header.modality and header.modality.upper() not in MEASURED_MODALITIES:
        cues.append(f"modality {header.modality}")
    if header.waveform:
        cues.append("an ECG or other waveform")
    cues += [f"{TRACE_REGION_TYPES[t]} region" for t in sorted(set(header.region_types)) if t in TRACE_REGION_TYPES]
    age = header.age_years
    if age is not None and not MIN_PREGNANCY_AGE <= age <= MAX_PREGNANCY_AGE:
        cues.append(f"patient age {age:g} years")
    obstetric = any(_words(t, OBSTETRIC_WORDS) for t in header.texts)
    if not obstetric:
        cues += [f"'{t}'" for t in header.texts if _words(t, OTHER_EXAM_WORDS)]
    return cues


def weak_cues(header: ExamHeader) -> list[str]:
    """Cues that speak against an obstetric exam only together with another."""
    return ["patient sex M"] if header.patient_sex.upper() == "M" else []


def exam_verdict(header: ExamHeader, head_plane: bool | None) -> ExamVerdict:
    """The verdict on an image with ``header``; ``head_plane`` is the head-plane check's (None
    without one). A weak cue alone refuses unless the head-plane check takes the image for a
    fetal head plane."""
    strong, weak = strong_cues(header), weak_cues(header)
    if strong:
        return ExamVerdict(True, tuple(strong + weak))
    if weak and head_plane is not True:
        return ExamVerdict(True, tuple(weak))
    return ExamVerdict(False, tuple(weak))
