"""Dating a pregnancy once per exam: the gestational age (GA, in days) at the exam's date from the
last menstrual period (LMP), the estimated date of delivery (EDD) or an earlier dating scan."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from fetalhc_gui.core.errors import FetalHCError

#: A pregnancy lasts 280 days from the LMP to the EDD (Naegele's rule).
TERM_DAYS = 280
#: GA range a dating may give at an exam (14-42 weeks), in days.
GA_RANGE_DAYS = (14 * 7, 42 * 7)


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
    if not 0 < ga_days < GA_RANGE_DAYS[1]:
        raise DatingError(f"A GA of {ga_days} days at the dating scan is not possible.")
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
