"""The words of a DICOM result in the installed language: the caption burnt into the capture (and
into an exported image) and the comments of the SR, whose codes stay English (``io.ob_report``)."""

from __future__ import annotations

from fetalhc_gui.core.clinical import centile_text, weeks_days
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.verdicts import EDITED, INTERVAL, ResultText, plane_verdict
from fetalhc_gui.report.clinical_words import in_window_language
from fetalhc_gui.report.language import installed_language, language_tag, local_decimals, number, translate


def result_text(m: Measurement, maker: str) -> ResultText:
    """The caption and the SR's comments of ``m`` in the installed language; ``maker`` ends the
    caption's first line (the software that measured)."""
    tag, name = language_tag(installed_language())
    return ResultText(
        language=tag,
        language_name=name,
        caption=tuple(caption_lines(m, maker)),
        doubt_reasons=tuple(in_window_language(reason) for reason in m.doubt_reasons),
        plane_verdict=in_window_language(plane_verdict(m)),
        edited=in_window_language(EDITED) if m.edited else None,
        interval=in_window_language(INTERVAL),
        ga_known_from=_ga_known_from(m),
    )


def _ga_known_from(m: Measurement) -> str | None:
    """Where the entered GA came from ("GA known from the LMP 2026-06-01"), or None."""
    if not m.ga_entered_source:
        return None
    return translate("Capture", "GA known from the {source}").format(source=in_window_language(m.ga_entered_source))


def caption_lines(m: Measurement, maker: str) -> list[str]:
    """The lines burnt into a capture: the figures (mm) with their convention, the GAs and the
    centile as the window gives them, and the standing verdict; none without a pixel size."""
    if m.hc_mm is None:
        return []
    lines = [
        translate("Capture", "HC {hc} mm  BPD {bpd} mm  OFD {ofd} mm (outer-outer)  {maker}").format(
            hc=number(m.hc_mm, 1), bpd=number(m.bpd_mm, 1), ofd=number(m.ofd_mm, 1), maker=maker
        )
    ]
    ages = []
    if m.ga_hadlock_weeks is not None:
        ages.append(translate("Capture", "GA {ga} (Hadlock)").format(ga=weeks_days(m.ga_hadlock_weeks * 7)))
    if m.ga_intergrowth_days is not None:
        ages.append(translate("Capture", "{ga} (INTERGROWTH-21st)").format(ga=weeks_days(m.ga_intergrowth_days)))
    if m.hc_centile is not None and m.ga_entered_days is not None:
        ages.append(
            translate("Capture", "centile {centile} at {ga}").format(
                centile=local_decimals(centile_text(m.hc_centile)), ga=weeks_days(m.ga_entered_days)
            )
        )
    elif m.ga_entered_days is not None:
        ages.append(
            translate("Capture", "centile withheld at {ga}: check dates, pixel size, plane").format(
                ga=weeks_days(m.ga_entered_days)
            )
        )
    if ages:
        lines.append("  ".join(ages))
    if m.head_plane is False and not m.head_plane_confirmed_at:
        lines.append(translate("Capture", "NOT CONFIRMED AS A HEAD PLANE"))
    elif m.doubtful:
        lines.append(translate("Capture", "DOUBTFUL: check the ellipse"))
    if m.edited:
        lines.append(translate("Capture", "ellipse edited by hand"))
    return lines
