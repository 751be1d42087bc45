"""What is said of a measured image beside its figures, in the words every report uses (the PDF,
the capture, the SR's text): the head-plane verdict, the doubt and its reasons, the edit; and
those words in one language for a DICOM result (``ResultText``, written by ``report.result_text``)."""

from __future__ import annotations

from dataclasses import dataclass

from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.refusal import NOT_A_HEAD_PLANE

NOT_CONFIRMED = "not confirmed as a head plane"
EDITED = "the ellipse was drawn or corrected by hand; its HC is the user's"
INTERVAL = "the model's 95% interval of the HC"


@dataclass(frozen=True)
class ResultText:
    """The words a DICOM result carries beside its coded figures, in one language: the lines burnt
    into the capture, and the SR's comments (each doubt reason, the head-plane verdict, the edit,
    what the HC's uncertainty is, where the dates came from).

    ``language`` is an RFC 5646 tag ("en", "pt-BR"), ``language_name`` its English name
    ("Portuguese (Brazil)"), as the SR's Language of Content Item names it."""

    language: str
    language_name: str
    caption: tuple[str, ...]
    doubt_reasons: tuple[str, ...]
    plane_verdict: str
    edited: str | None
    interval: str
    ga_known_from: str | None


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
        lines.append(("Edited", EDITED))
    return lines
