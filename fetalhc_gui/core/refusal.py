"""The words with which a result is refused as not what FetalHC measures (a doubt reason starts
with one of them): the head-plane check's and the exam check's. Kept apart from both checks so
that the window can tell these reasons from others without loading the checks (OpenCV); and the
user's confirmation that overrules the head-plane check."""

from __future__ import annotations

from dataclasses import dataclass

NOT_A_HEAD_PLANE = "this does not look like a fetal head plane"
NOT_OBSTETRIC = "the header says this is not an obstetric exam"


@dataclass(frozen=True)
class Confirmation:
    """A user's confirmation, against the head-plane check, that an image is a fetal head plane:
    who (the account's user name, "" where unknown) and when (ISO 8601, UTC)."""

    by: str
    at: str
