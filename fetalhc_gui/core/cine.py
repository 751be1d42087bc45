"""Cine loops: what was measured on each frame, and which frame to report."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from fetalhc_gui.core.biometry import hc_pixels
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.error_risk import SizeRisk

#: Frames whose quality score (0..1) lies this close to the best count as equally good; among
#: them the narrowest 95% interval wins, where the model gives one.
QUALITY_TIE = 0.02


@dataclass(frozen=True)
class FrameMeasure:
    """What was measured on one frame: the ellipse (pixels), quality score (0..1) and the reasons
    it is doubtful, the 95% HC interval (pixels) where the model gives one, or why it failed.
    ``screened``: measured by a quick look only (an ensemble's first member), not the whole model.
    ``risk``: the error model's score, completed by the pixel size. ``head_plane``: the head-plane
    check's verdict (None without one); ``interval_scales`` the HC bands' factors on the interval
    (``core.interval``)."""

    frame: int
    ellipse: Ellipse | None
    quality: float | None = None
    reasons: tuple[str, ...] = ()
    hc_interval_px: tuple[float, float] | None = None
    error: str | None = None
    screened: bool = False
    risk: SizeRisk | None = None
    head_plane: bool | None = None
    interval_scales: tuple[float, ...] | None = None

    @property
    def hc_px(self) -> float | None:
        """HC in pixels, None where no head was found."""
        return hc_pixels(self.ellipse) if self.ellipse is not None else None

    @property
    def relative_width(self) -> float:
        """The 95% interval's width as a share of the HC; infinite without an interval."""
        if self.hc_interval_px is None or self.ellipse is None:
            return math.inf
        low, high = self.hc_interval_px
        return (high - low) / self.hc_px

    def to_dict(self) -> dict:
        """JSON-ready values (the ellipse as its fields)."""
        return {
            "frame": self.frame,
            "ellipse": vars(self.ellipse) if self.ellipse else None,
            "quality": self.quality,
            "reasons": list(self.reasons),
            "hc_interval_px": list(self.hc_interval_px) if self.hc_interval_px else None,
            "error": self.error,
            "screened": self.screened,
            "risk": asdict(self.risk) if self.risk else None,
            "head_plane": self.head_plane,
            "interval_scales": list(self.interval_scales) if self.interval_scales else None,
        }

    @classmethod
    def from_dict(cls, data: dict) -> FrameMeasure:
        """The record ``to_dict`` wrote."""
        interval = data.get("hc_interval_px")
        return cls(
            int(data["frame"]),
            Ellipse(**data["ellipse"]) if data.get("ellipse") else None,
            data.get("quality"),
            tuple(data.get("reasons", ())),
            tuple(interval) if interval else None,
            data.get("error"),
            bool(data.get("screened", False)),
            SizeRisk(**data["risk"]) if data.get("risk") else None,
            data.get("head_plane"),
            tuple(data["interval_scales"]) if data.get("interval_scales") else None,
        )


def best_frame(frames: list[FrameMeasure]) -> int | None:
    """The frame to report: among frames with a head measured by the whole model (those not
    flagged doubtful, when there are any), the best quality score; within QUALITY_TIE of it, the
    narrowest interval. None when no frame shows a head."""
    measured = [f for f in frames if f.ellipse is not None]
    measured = [f for f in measured if not f.screened] or measured
    if not measured:
        return None
    trusted = [f for f in measured if not f.reasons] or measured
    top = max(f.quality for f in trusted)
    near = [f for f in trusted if f.quality >= top - QUALITY_TIE]
    return min(near, key=lambda f: (f.relative_width, -f.quality, f.frame)).frame


def candidates(frames: list[FrameMeasure], count: int) -> list[int]:
    """The ``count`` frames most worth measuring with the whole model after a quick look: frames
    with a head, those not doubtful first, by quality score."""
    measured = [f for f in frames if f.ellipse is not None]
    ranked = sorted(measured, key=lambda f: (bool(f.reasons), -(f.quality or 0.0), f.frame))
    return sorted(f.frame for f in ranked[:count])


def frames_disagree(frames: list[FrameMeasure], spread: float = 0.15) -> bool:
    """True when the measured frames' HCs spread by more than ``spread`` of their median (the
    loop may sweep through the head, or the model may be lost on some frames)."""
    hcs = sorted(f.hc_px for f in frames if f.ellipse is not None)
    if len(hcs) < 3:
        return False
    median = hcs[len(hcs) // 2]
    low, high = hcs[len(hcs) // 10], hcs[-1 - len(hcs) // 10]
    return (high - low) / median > spread


#: Said of a loop whose frames' HCs spread widely (``core.cine.frames_disagree``).
FRAMES_DISAGREE = "the frames' HCs disagree by more than 15%: check the chosen frame"


def frame_choice_text(frame: int, frame_count: int, best: int | None, disagree: bool) -> str | None:
    """How the reported frame (from 0) of a loop of ``frame_count`` frames was chosen: the best one
    found (``best``, from 0), or another the user chose; None for a single frame or no scan."""
    if frame_count < 2 or best is None:
        return None
    if frame == best:
        text = f"best of {frame_count} frames: frame {frame + 1}, chosen automatically"
    else:
        text = f"frame {frame + 1} of {frame_count}, chosen by the user (automatic: {best + 1})"
    return f"{text}; {FRAMES_DISAGREE}" if disagree else text
