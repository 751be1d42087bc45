"""Dating a pregnancy once per exam: the gestational age (GA, in days) at the exam's date from the
last menstrual period (LMP), the estimated date of delivery (EDD) or an earlier dating scan; and
the comparison of the GA the HC gives with the GA the dates give, which FetalHC reports but never
acts on (it does not redate)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from fetalhc_gui.core.clinical import weeks_days
from fetalhc_gui.core.errors import FetalHCError

#: A pregnancy lasts 280 days from the LMP to the EDD (Naegele's rule).
TERM_DAYS = 280
#: GA range a dating may give at an exam (14-42 weeks), in days.
GA_RANGE_DAYS = (14 * 7, 42 * 7)
#: GA at a scan that can date a pregnancy, in days: the crown-rump length up to 13+6 weeks, then
#: the HC up to 25+6 weeks (INTERGROWTH-21st dating, Papageorghiou 2016: 98-181 days). Later
#: scans do not date: a GA "from a scan at 32 weeks" would only restate that scan's own growth.
DATING_SCAN_DAYS = (6 * 7, 181)
#: ACOG Committee Opinion 700 (2017), table 1: redate by ultrasound when it differs from the LMP
#: dating by more than this many days, by the GA the dates give (below the first bound in days).
REDATING_THRESHOLDS_DAYS = ((9 * 7, 5), (14 * 7, 7), (16 * 7, 7), (22 * 7, 10), (28 * 7, 14), (10_000, 21))


class DatingError(FetalHCError):
    """A dating that cannot be right: a date after the exam, or a GA outside 14-42 weeks."""


@dataclass(frozen=True)
class Dating:
    """How the GA was found, for notes and reports: ``method`` is "LMP", "EDD" or "dating scan"."""

    method: str
    reference: datetime.date
    ga_at_reference_days: int = 0

    def ga_days(self, exam: datetime.date) -> int:
        """The GA in days on the exam's date; DatingError when it is outside 14-42 weeks."""
        if self.method == "LMP":
            days = (exam - self.reference).days
        elif self.method == "EDD":
            days = TERM_DAYS - (self.reference - exam).days
        else:
            days = self.ga_at_reference_days + (exam - self.reference).days
        low, high = GA_RANGE_DAYS
        if not low <= days <= high:
            raise DatingError(
                f"This {self.method} gives {days // 7} weeks {days % 7} days on {exam.isoformat()}, outside "
                "14-42 weeks: check the dates."
            )
        return days

    def text(self) -> str:
        """e.g. "LMP 2026-06-01" or "dating scan 2026-07-15 at 12w3d"."""
        if self.method == "dating scan":
            days = self.ga_at_reference_days
            return f"dating scan {self.reference.isoformat()} at {days // 7}w{days % 7}d"
        return f"{self.method} {self.reference.isoformat()}"


def dating_from_lmp(lmp: datetime.date, exam: datetime.date) -> Dating:
    """Dating by the first day of the last menstrual period; DatingError if it is after the exam."""
    if lmp > exam:
        raise DatingError(f"The LMP {lmp.isoformat()} is after the exam ({exam.isoformat()}).")
    return _checked(Dating("LMP", lmp), exam)


def dating_from_edd(edd: datetime.date, exam: datetime.date) -> Dating:
    """Dating by the estimated date of delivery."""
    return _checked(Dating("EDD", edd), exam)


def dating_from_scan(scan: datetime.date, ga_days: int, exam: datetime.date) -> Dating:
    """Dating by a GA measured at an earlier scan; DatingError if that scan is after the exam."""
    if scan > exam:
        raise DatingError(f"The dating scan {scan.isoformat()} is after the exam ({exam.isoformat()}).")
    low, high = DATING_SCAN_DAYS
    if not low <= ga_days <= high:
        raise DatingError(
            f"A scan at {weeks_days(ga_days)} does not date a pregnancy: dating scans are those up to "
            f"{weeks_days(high)} (crown-rump length to 13+6, head circumference from 14+0); use the LMP "
            "or the EDD the dating scan gave."
        )
    return _checked(Dating("dating scan", scan, ga_days), exam)


def _checked(dating: Dating, exam: datetime.date) -> Dating:
    dating.ga_days(exam)  # raises for a GA outside 14-42 weeks at the exam
    return dating


def exam_date(study_date: str) -> datetime.date | None:
    """A DICOM StudyDate (YYYYMMDD) as a date; None when absent or malformed."""
    try:
        return datetime.datetime.strptime(study_date, "%Y%m%d").date()
    except (TypeError, ValueError):
        return None


def redating_threshold_days(dates_ga_days: float) -> int:
    """The difference (days) beyond which ACOG Committee Opinion 700 would redate a pregnancy
    whose dates give ``dates_ga_days`` (days)."""
    return next(days for below, days in REDATING_THRESHOLDS_DAYS if dates_ga_days < below)


@dataclass(frozen=True)
class DatesCheck:
    """The GA the HC gives (days, by ``formula``) against the GA the dates give (days)."""

    hc_ga_days: float
    formula: str
    dates_ga_days: float

    @property
    def apart_days(self) -> int:
        """HC's GA minus the dates' GA, in whole days (negative: the head is small for the dates)."""
        return round(self.hc_ga_days) - round(self.dates_ga_days)

    @property
    def threshold_days(self) -> int:
        return redating_threshold_days(self.dates_ga_days)

    @property
    def beyond_threshold(self) -> bool:
        """True when the two differ by more than ACOG's redating threshold for the dates' GA."""
        return abs(self.apart_days) > self.threshold_days

    def text(self) -> str:
        """e.g. "HC gives 12+6 (Hadlock), the dates give 20+0: 50 days apart", with the warning
        when that is beyond the redating threshold."""
        apart = abs(self.apart_days)
        text = (
            f"HC gives {weeks_days(self.hc_ga_days)} ({self.formula}), the dates give "
            f"{weeks_days(self.dates_ga_days)}: {apart} day{'' if apart == 1 else 's'} apart"
        )
        if self.beyond_threshold:
            text += (
                f", more than the {self.threshold_days} days at which ACOG Committee Opinion 700 would redate "
                "at this GA: check the dates, the pixel size and the plane (FetalHC does not redate)"
            )
        return text + "."


def check_dates(
    hadlock_weeks: float | None, intergrowth_days: float | None, dates_ga_days: float | None
) -> DatesCheck | None:
    """The HC's GA (INTERGROWTH-21st dating where it is valid, else Hadlock) against the dates' GA
    (days); None when either is unknown."""
    if dates_ga_days is None:
        return None
    if intergrowth_days is not None:
        return DatesCheck(intergrowth_days, "INTERGROWTH-21st", dates_ga_days)
    if hadlock_weeks is not None:
        return DatesCheck(hadlock_weeks * 7, "Hadlock", dates_ga_days)
    return None
