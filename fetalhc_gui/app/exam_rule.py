"""What is reported as a fetal head measurement: the exam check and the head-plane check, applied
the same way by the window, the command line and the node (``assess``, the one place where a
prediction's doubt reasons meet the header's verdict).

An image whose header refuses it (``core.exam_check.exam_verdict``, which weighs its cues with the
head-plane check's verdict) or that the head-plane check does not take for a head plane keeps its
measurement, doubtful with the reason; the node sends no report or capture of it to the PACS
(``not_reported_because``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fetalhc_gui.core.exam_check import ExamVerdict, exam_verdict
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE, NOT_OBSTETRIC
from fetalhc_gui.inference.prediction import Prediction
from fetalhc_gui.io.frame import LoadedImage


@dataclass(frozen=True)
class Assessment:
    """What the checks say of one measured image beside its figures: the model's doubt reasons
    with the refusals first (the exam check's, then the head-plane check's), the head-plane
    verdict, and the exam check's verdict."""

    reasons: tuple[str, ...]
    head_plane: bool | None
    exam: ExamVerdict

    @property
    def exam_note(self) -> str:
        """What the exam check noted of a header it let through ("" when nothing)."""
        return self.exam.note or ""


def assess(prediction: Prediction, image: LoadedImage) -> Assessment:
    """The assessment of ``prediction`` (which found a head) on ``image``: the exam check weighs
    the header's cues with the head-plane verdict."""
    verdict = exam_verdict(image.exam, prediction.head_plane)
    reasons = with_exam_reason(prediction.quality.reasons, verdict) if prediction.quality else []
    return Assessment(tuple(reasons), prediction.head_plane, verdict)


def with_exam_reason(reasons: Sequence[str], verdict: ExamVerdict) -> list[str]:
    """The model's doubt ``reasons`` with the exam check's first, where it refuses the image."""
    return [verdict.reason, *reasons] if verdict.reason else list(reasons)


def not_reported_because(head_plane: bool | None, verdict: ExamVerdict, exam_check: bool = True) -> str | None:
    """Why a measured image gets no report or capture in the PACS, or None: it is not a head plane,
    or (with ``exam_check``) its header says it is not an obstetric exam."""
    if head_plane is False:
        return NOT_A_HEAD_PLANE
    if exam_check and verdict.refused:
        return verdict.reason
    return None


def refusals(reasons: Sequence[str]) -> list[str]:
    """The doubt reasons that say the image is not one to measure (not a head plane, not an
    obstetric exam), as opposed to doubts about the measurement."""
    return [r for r in reasons if r.startswith((NOT_A_HEAD_PLANE, NOT_OBSTETRIC))]
