"""Sending DICOM objects to a peer by C-STORE (results to a PACS, ``fetalhc serve --forward``)."""

from __future__ import annotations

from pydicom.dataset import Dataset
from pynetdicom import AE

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.net.node_config import Peer

SUCCESS = 0x0000


class SendError(FetalHCError):
    """The peer could not be reached, refused the association or refused an object."""


def send_datasets(peer: Peer, calling_ae: str, datasets: list[Dataset], timeout_s: float = 30) -> None:
    """C-STORE ``datasets`` to ``peer`` on one association as ``calling_ae``; SendError saying what
    went wrong (unreachable, refused, or the status of the object refused)."""
    ae = AE(ae_title=calling_ae)
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = timeout_s
    for sop_class, syntax in dict.fromkeys((ds.SOPClassUID, ds.file_meta.TransferSyntaxUID) for ds in datasets):
        ae.add_requested_context(sop_class, syntax)
    assoc = ae.associate(peer.host, peer.port, ae_title=peer.ae_title)
    if not assoc.is_established:
        raise SendError(f"{peer.ae_title} at {peer.host}:{peer.port} did not accept an association from {calling_ae}.")
    try:
        for ds in datasets:
            status = assoc.send_c_store(ds)
            code = int(status.Status) if "Status" in status else None
            if code != SUCCESS:
                what = "no answer" if code is None else f"status 0x{code:04X}"
                raise SendError(f"{peer.ae_title} refused {ds.SOPClassUID.name} ({what}).")
    finally:
        if assoc.is_established:
            assoc.release()
