"""Clinical formulas from HC: gestational age (Hadlock, INTERGROWTH-21st) and the HC standard.

Each function returns a ClinicalValue: the value, or None and the reason when the input lies
outside the range the formula was derived for. Nothing is extrapolated silently.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HADLOCK_HC_RANGE_CM = (6.8, 36.0)
INTERGROWTH_DATING_RANGE_DAYS = (98.0, 181.0)
#: Above this HC (mm) the dating formula is not evaluated: it is far past 181 days (about 240 mm
#: gives 181 days) and the cubic term would overflow for absurd values.
INTERGROWTH_DATING_MAX_HC_MM = 1000.0
INTERGROWTH_STANDARD_RANGE_WEEKS = (14.0, 40.0)
#: Beyond this many SD from the standard's mean at the GA given, the z-score and centile are
#: withheld: an HC so far out says more about the dates, the pixel size or the plane than about growth.
Z_WITHHELD = 4.0


@dataclass(frozen=True)
class ClinicalValue:
    """A result, or None with the reason it was not given."""

    value: float | None
    reason: str | None = None


def hadlock_ga_formula(hc_cm: float) -> float:
    """Hadlock (1984) GA in weeks from HC in cm: 8.96 + 0.540 HC + 0.0003 HC^3 (no range check)."""
    return 8.96 + 0.540 * hc_cm + 0.0003 * hc_cm**3


def hadlock_ga_weeks(hc_mm: float) -> ClinicalValue:
    """GA in weeks by Hadlock from HC in mm, for HC 6.8 to 36.0 cm."""
    hc_cm = hc_mm / 10.0
    low, high = HADLOCK_HC_RANGE_CM
    if not low <= hc_cm <= high:
        return ClinicalValue(None, f"Hadlock is defined for HC {low}-{high} cm; this HC is {hc_cm:.1f} cm.")
    return ClinicalValue(hadlock_ga_formula(hc_cm))


def intergrowth_ga_formula(hc_mm: float) -> float:
    """INTERGROWTH-21st (Papageorghiou 2016) GA in days from HC in mm (no range check):
    exp(0.05970 (ln HC)^2 + 0.000000006409 HC^3 + 3.3258)."""
    return math.exp(0.05970 * math.log(hc_mm) ** 2 + 0.000000006409 * hc_mm**3 + 3.3258)


def intergrowth_ga_days(hc_mm: float) -> ClinicalValue:
    """GA in days by INTERGROWTH-21st from HC in mm, for dating scans at 98 to 181 days (14+0 to 25+6 weeks)."""
    if hc_mm <= 0:
        return ClinicalValue(None, "HC must be positive.")
    if hc_mm > INTERGROWTH_DATING_MAX_HC_MM:
        return ClinicalValue(
            None,
            f"INTERGROWTH-21st dating is valid for scans at 98-181 days (HC up to about 240 mm); "
            f"this HC is {hc_mm:.0f} mm.",
        )
    days = intergrowth_ga_formula(hc_mm)
    low, high = INTERGROWTH_DATING_RANGE_DAYS
    if not low <= days <= high:
        return ClinicalValue(
            None,
            f"INTERGROWTH-21st dating is valid for scans at {low:.0f}-{high:.0f} days; "
            f"this HC dates to {days:.0f} days.",
        )
    return ClinicalValue(days)


def intergrowth_hc_mean_sd(ga_weeks: float) -> tuple[float, float]:
    """Mean and SD of HC in mm at ``ga_weeks`` (exact weeks) by the INTERGROWTH-21st standard
    (Papageorghiou 2014); no range check."""
    ln = math.log(ga_weeks)
    mean = -28.2849 + 1.69267 * ga_weeks**2 - 0.397485 * ga_weeks**2 * ln
    sd = 1.98735 + 0.0136772 * ga_weeks**3 - 0.00726264 * ga_weeks**3 * ln + 0.000976253 * ga_weeks**3 * ln**2
    return mean, sd


def normal_cdf(z: float) -> float:
    """Standard normal cumulative distribution, exact through erf."""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def _standard_range_reason(ga_weeks: float) -> str | None:
    low, high = INTERGROWTH_STANDARD_RANGE_WEEKS
    if not low <= ga_weeks <= high:
        return (
            f"The INTERGROWTH-21st HC standard covers {low:.0f} to {high:.0f} weeks; "
            f"the GA given is {ga_weeks:.1f} weeks."
        )
    return None


def intergrowth_hc_zscore(hc_mm: float, ga_weeks: float) -> ClinicalValue:
    """z-score of HC (mm) at a known GA (exact weeks, 14 to 40) by the INTERGROWTH-21st standard."""
    reason = _standard_range_reason(ga_weeks)
    if reason:
        return ClinicalValue(None, reason)
    mean, sd = intergrowth_hc_mean_sd(ga_weeks)
    return ClinicalValue((hc_mm - mean) / sd)


def intergrowth_hc_centile(hc_mm: float, ga_weeks: float) -> ClinicalValue:
    """Centile (0..100) of HC (mm) at a known GA (exact weeks, 14 to 40), INTERGROWTH-21st."""
    z = intergrowth_hc_zscore(hc_mm, ga_weeks)
    return z if z.value is None else ClinicalValue(100.0 * normal_cdf(z.value))


def centile_text(centile: float) -> str:
    """A centile (0..100) for people: one decimal, "<0.1" and ">99.9" at the ends (never 0.0 or 100.0)."""
    if centile < 0.1:
        return "<0.1"
    if centile > 99.9:
        return ">99.9"
    return f"{centile:.1f}"


def withheld_reason(z: float, ga_days: float) -> str:
    """Why a z-score ``z`` at ``ga_days`` (days) is not shown as a centile (|z| > Z_WITHHELD)."""
    side = "below" if z < 0 else "above"
    return (
        f"The HC is {abs(z):.1f} SD {side} the INTERGROWTH-21st mean at {weeks_days(ga_days)}: z-score and "
        "centile withheld; check the dates, the pixel size and the plane."
    )


def ordinal(n: int) -> str:
    """3 -> "3rd", 10 -> "10th", 21 -> "21st" (English ordinals, for the chart's centile labels)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def weeks_days(ga_days: float) -> str:
    """A GA in days written as weeks+days, e.g. ``20+3``."""
    whole = int(round(ga_days))
    return f"{whole // 7}+{whole % 7}"


#: Standard normal quantiles of the centiles drawn on growth charts.
CHART_CENTILES = {3: -1.880794, 10: -1.281552, 50: 0.0, 90: 1.281552, 97: 1.880794}


def intergrowth_hc_centile_curves(step_weeks: float = 0.25) -> tuple[list[float], dict[int, list[float]]]:
    """The INTERGROWTH-21st HC standard's 3rd, 10th, 50th, 90th and 97th centiles (mm) over its
    14-40 weeks: the weeks and, by centile, the HC at each."""
    low, high = INTERGROWTH_STANDARD_RANGE_WEEKS
    count = round((high - low) / step_weeks) + 1
    weeks = [low + i * step_weeks for i in range(count)]
    curves = {}
    for centile, z in CHART_CENTILES.items():
        curves[centile] = [mean + z * sd for mean, sd in map(intergrowth_hc_mean_sd, weeks)]
    return weeks, curves
