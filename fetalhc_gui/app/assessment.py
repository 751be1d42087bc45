"""What is said of a measured image, the same way by the window, the command line and the node:
the exam check and the head-plane check (``assess``, the one place where a prediction's doubt
reasons meet the header's verdict), and the Measurement and its doubt built from them
(``measurement_of``: the same image with the same inputs gives the same record everywhere).

An image whose header refuses it (``core.exam_check.exam_verdict``, which weighs its cues with the
head-plane check's verdict) or that the head-plane check does not take for a head plane keeps its
measurement, doubtful with the reason; the node sends no report or capture of it to the PACS
(``not_reported_because``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.error_risk import SizeRisk, doubt_reasons
from fetalhc_gui.core.exam_check import ExamVerdict, exam_verdict
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.measurement import Measurement, measure
from fetalhc_gui.core.pixel_size import PixelSize
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE, NOT_OBSTETRIC, Confirmation
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


def measurement_of(
    file: str,
    frame: int,
    ellipse: Ellipse,
    pixel_size: PixelSize | None,
    *,
    model_name: str | None,
    auto_ellipse: Ellipse | None,
    quality: float | None,
    quality_reasons: Sequence[str],
    risk: SizeRisk | None,
    interval_px: tuple[float, float] | None,
    identity: Identity,
    edited: bool = False,
    ga_entered_days: float | None = None,
    dating: str = "",
    frame_choice: str | None = None,
    head_plane: bool | None = None,
    exam_note: str = "",
    interval_scales: Sequence[float] | None = None,
    confirmation: Confirmation | None = None,
) -> Measurement:
    """The Measurement of ``ellipse`` (pixels) on frame ``frame`` (from 0) of ``file`` at
    ``pixel_size``; ``auto_ellipse`` is the model's (the doubt is about it, and stands after an
    edit), ``interval_px`` its 95% HC interval in pixels with ``interval_scales`` the HC bands'
    factors (``core.interval``); ``dating`` names where an entered GA came from; ``head_plane`` is
    the head-plane check's verdict and ``confirmation`` the user's overruling of it;
    ``exam_note`` what the exam check noted of a header it let through (a reason it refused is
    among ``quality_reasons``)."""
    m = measure(
        file,
        ellipse,
        pixel_size,
        frame=frame,
        ga_entered_days=ga_entered_days,
        ga_source=dating,
        model_name=model_name,
        quality=quality,
        doubt_reasons=doubt_reasons(quality_reasons, risk, auto_ellipse, pixel_size),
        hc_interval_px=interval_px,
        edited=edited,
        identity=identity,
        head_plane=head_plane,
        confirmation=confirmation,
        interval_scales=interval_scales,
    )
    notes = [f"Cine loop: {frame_choice}."] if frame_choice else []
    notes += [exam_note] if exam_note else []
    return replace(m, notes=[*m.notes, *notes]) if notes else m
