"""What is reported as a fetal head measurement: the exam check and the head-plane check, applied
the same way by the window, the command line and the node.

An image whose header refuses it (``core.exam_check.exam_verdict``, which weighs its cues with the
head-plane check's verdict) or that the head-plane check does not take for a head plane keeps its
measurement, doubtful with the reason; the node sends no report or capture of it to the PACS
(``not_reported_because``)."""

from __future__ import annotations

from collections.abc import Sequence

from fetalhc_gui.core.exam_check import ExamVerdict
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE, NOT_OBSTETRIC


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
