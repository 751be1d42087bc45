"""Open from PACS: find studies (C-FIND, study level) and retrieve one study's images (C-GET)."""

from __future__ import annotations

import datetime
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydicom.dataset import Dataset
from pynetdicom import build_role, evt
from pynetdicom.sop_class import (
    StudyRootQueryRetrieveInformationModelFind,
    StudyRootQueryRetrieveInformationModelGet,
)

from fetalhc_gui.io.private import ensure_folder
from fetalhc_gui.net.node_config import Peer
from fetalhc_gui.net.sender import SendError, associate, status_code, status_text
from fetalhc_gui.net.storage_node import ACCEPTED_SOP_CLASSES, TRANSFER_SYNTAXES, inbox_name, store_received

PENDING = (0xFF00, 0xFF01)


class RetrievalCancelledError(Exception):
    """The user stopped a retrieval (its images received so far are deleted)."""


@dataclass(frozen=True)
class StudyMatch:
    """One study a PACS found: its UID and what helps a user pick it."""

    study_uid: str
    patient_id: str
    patient_name: str
    study_date: str
    description: str
    images: int | None


def date_range(first: datetime.date | None, last: datetime.date | None) -> str:
    """A DICOM date range ("20260101-20261231", open at either end; "" for any date)."""
    if first is None and last is None:
        return ""
    return f"{first.strftime('%Y%m%d') if first else ''}-{last.strftime('%Y%m%d') if last else ''}"


def find_studies(
    peer: Peer,
    calling_ae: str,
    patient_id: str = "",
    patient_name: str = "",
    first: datetime.date | None = None,
    last: datetime.date | None = None,
    tls: ssl.SSLContext | None = None,
) -> list[StudyMatch]:
    """Studies on ``peer`` matching the patient ID, name (``*`` wildcards allowed) and date range
    (``tls``: the client context for a TLS peer, as in ``net.sender.associate``)."""
    query = Dataset()
    query.QueryRetrieveLevel = "STUDY"
    query.PatientID, query.PatientName = patient_id.strip(), patient_name.strip()
    query.StudyDate = date_range(first, last)
    query.StudyInstanceUID = query.StudyDescription = ""
    query.NumberOfStudyRelatedInstances = ""
    assoc = associate(peer, calling_ae, [(StudyRootQueryRetrieveInformationModelFind,)], tls=tls)
    matches = []
    try:
        for status, identifier in assoc.send_c_find(query, StudyRootQueryRetrieveInformationModelFind):
            code = status_code(status)
            if code in PENDING and identifier is not None:
                matches.append(_match(identifier))
            elif code not in (*PENDING, 0x0000):
                raise SendError(f"{peer.ae_title} could not search ({status_text(code)}).")
    finally:
        assoc.release()
    return sorted(matches, key=lambda m: (m.study_date, m.patient_name), reverse=True)


def _match(identifier: Dataset) -> StudyMatch:
    count = identifier.get("NumberOfStudyRelatedInstances", "")
    return StudyMatch(
        str(identifier.get("StudyInstanceUID", "")),
        str(identifier.get("PatientID", "")),
        str(identifier.get("PatientName", "")),
        str(identifier.get("StudyDate", "")),
        str(identifier.get("StudyDescription", "")),
        int(count) if str(count).strip().isdigit() else None,
    )


def retrieve_study(
    peer: Peer,
    calling_ae: str,
    study_uid: str,
    folder: Path,
    tls: ssl.SSLContext | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> list[Path]:
    """Fetch a study's ultrasound images and secondary captures from ``peer`` (C-GET) into
    ``folder``, each written atomically under its UID's digits; the files received (``tls``: as
    for ``find_studies``). Once ``should_stop()`` is True the association is aborted, the images
    received are deleted and RetrievalCancelledError raised."""
    ensure_folder(folder)
    received: list[Path] = []

    def on_store(event) -> int:
        dataset = event.dataset
        path = folder / inbox_name(str(dataset.get("SOPInstanceUID", "")))
        store_received(event, path)
        received.append(path)
        return 0x0000

    contexts = [(StudyRootQueryRetrieveInformationModelGet,)]
    contexts += [(sop_class, TRANSFER_SYNTAXES) for sop_class in ACCEPTED_SOP_CLASSES]
    roles = [build_role(sop_class, scp_role=True) for sop_class in ACCEPTED_SOP_CLASSES]
    query = Dataset()
    query.QueryRetrieveLevel = "STUDY"
    query.StudyInstanceUID = study_uid
    assoc = associate(peer, calling_ae, contexts, roles, [(evt.EVT_C_STORE, on_store)], timeout_s=120, tls=tls)
    try:
        for status, _ in assoc.send_c_get(query, StudyRootQueryRetrieveInformationModelGet):
            if should_stop():
                assoc.abort()
                for path in received:
                    path.unlink(missing_ok=True)
                raise RetrievalCancelledError(f"The retrieval from {peer.ae_title} was stopped.")
            code = status_code(status)
            if code not in (*PENDING, 0x0000, 0xB000):  # B000: some sub-operations failed (other SOP classes)
                raise SendError(f"{peer.ae_title} could not send the study ({status_text(code)}).")
    finally:
        assoc.release()
    return received
