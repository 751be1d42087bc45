"""Turning a measured image into its Measurement and record: the one step the window, the command
line and the node share, so the same image with the same inputs gives the same record everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.error_risk import SizeRisk, doubt_reasons
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.measurement import Measurement, measure
from fetalhc_gui.core.pixel_size import PixelSize
from fetalhc_gui.core.refusal import Confirmation


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
