"""What is said of a measured image beside its figures, in the words every report uses (the PDF,
the capture, the SR's text): the head-plane verdict, the doubt and its reasons, the edit."""

from __future__ import annotations

from fetalhc_gui.core.clinical import centile_text, weeks_days
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE

NOT_CONFIRMED = "not confirmed as a head plane"


def plane_verdict(m: Measurement) -> str:
    """The head-plane verdict: the check's, the user's confirmation against it, or none."""
    if m.head_plane is None:
        return "not checked (the model has no head-plane check)"
    if m.head_plane:
        return "a fetal head plane (head-plane check)"
    if m.head_plane_confirmed_at:
        who = m.head_plane_confirmed_by or "the user"
        return f"confirmed as a fetal head plane by {who} on {m.head_plane_confirmed_at}, against the check"
    refused = next((r for r in m.doubt_reasons if r.startswith(NOT_A_HEAD_PLANE)), NOT_A_HEAD_PLANE)
    return f"{NOT_CONFIRMED}: {refused}"


def doubt_verdict(m: Measurement) -> str:
    """ "no", or "yes: " with every doubt reason (a refusal first)."""
    return "yes: " + "; ".join(m.doubt_reasons) if m.doubt_reasons else "no"


def verdict_lines(m: Measurement) -> list[tuple[str, str]]:
    """(label, text) lines for a report: head plane, doubtful, edited."""
    lines = [("Head plane", plane_verdict(m)), ("Doubtful", doubt_verdict(m))]
    if m.edited:
        lines.append(("Edited", "the ellipse was drawn or corrected by hand; its HC is the user's"))
    return lines


def caption_lines(m: Measurement, maker: str) -> list[str]:
    """The lines burnt into a capture (ASCII: the capture's font has no other): the figures with
    their convention, the GAs and the centile as the window gives them, and the standing verdict."""
    lines = [f"HC {m.hc_mm:.1f} mm  BPD {m.bpd_mm:.1f} mm  OFD {m.ofd_mm:.1f} mm (outer-outer)  {maker}"]
    ages = []
    if m.ga_hadlock_weeks is not None:
        ages.append(f"GA {weeks_days(m.ga_hadlock_weeks * 7)} (Hadlock)")
    if m.ga_intergrowth_days is not None:
        ages.append(f"{weeks_days(m.ga_intergrowth_days)} (INTERGROWTH-21st)")
    if m.hc_centile is not None and m.ga_entered_days is not None:
        ages.append(f"centile {centile_text(m.hc_centile)} at {weeks_days(m.ga_entered_days)}")
    elif m.ga_entered_days is not None:
        ages.append(f"centile withheld at {weeks_days(m.ga_entered_days)}: check dates, pixel size, plane")
    if ages:
        lines.append("  ".join(ages))
    if m.head_plane is False and not m.head_plane_confirmed_at:
        lines.append("NOT CONFIRMED AS A HEAD PLANE")
    elif m.doubtful:
        lines.append("DOUBTFUL: check the ellipse")
    if m.edited:
        lines.append("ellipse edited by hand")
    return lines
