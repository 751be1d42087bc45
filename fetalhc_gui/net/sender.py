"""Sending DICOM objects to a peer by C-STORE (results to a PACS, ``fetalhc serve --forward``)."""

from __future__ import annotations

import ssl

from pydicom.dataset import Dataset
from pynetdicom import AE

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.net.node_config import Peer

SUCCESS = 0x0000


class SendError(FetalHCError):
    """The peer could not be reached, refused the association or refused an object."""


def associate(
    peer: Peer,
    calling_ae: str,
    contexts: list,
    roles=None,
    handlers=None,
    timeout_s: float = 30,
    tls: ssl.SSLContext | None = None,
):
    """An association with ``peer`` as ``calling_ae`` proposing ``contexts`` (tuples for
    ``add_requested_context``), over TLS when the peer says so (``tls``: the client context,
    ``net.tls.client_context``; the system's CAs when None), waiting at most ``timeout_s`` seconds
    to connect and for each answer; SendError when the peer cannot be reached, its certificate is
    not trusted, or it refuses the association."""
    ae = AE(ae_title=calling_ae)
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = ae.connection_timeout = timeout_s
    for context in contexts:
        ae.add_requested_context(*context)
    tls_args = ((tls or ssl.create_default_context()), peer.host) if peer.tls else None
    try:
        assoc = ae.associate(
            peer.host, peer.port, ae_title=peer.ae_title, ext_neg=roles, evt_handlers=handlers, tls_args=tls_args
        )
    except (OSError, ssl.SSLError) as exc:  # the TLS handshake failed (pynetdicom raises it)
        raise SendError(f"{peer.ae_title} at {peer.host}:{peer.port}: TLS failed ({exc}).") from exc
    if not assoc.is_established:
        over = " over TLS" if peer.tls else ""
        raise SendError(
            f"{peer.ae_title} at {peer.host}:{peer.port} did not accept an association{over} from {calling_ae}."
        )
    return assoc


def status_code(status) -> int | None:
    """The DIMSE status of an answer, None when the peer gave none."""
    return int(status.Status) if "Status" in status else None


def status_text(code: int | None) -> str:
    return "no answer" if code is None else f"status 0x{code:04X}"


def send_datasets(
    peer: Peer, calling_ae: str, datasets: list[Dataset], timeout_s: float = 30, tls: ssl.SSLContext | None = None
) -> None:
    """C-STORE ``datasets`` to ``peer`` on one association as ``calling_ae`` (``tls``: as for
    ``associate``); SendError saying what went wrong (unreachable, refused, or the status of the
    object refused)."""
    contexts = list(dict.fromkeys((ds.SOPClassUID, ds.file_meta.TransferSyntaxUID) for ds in datasets))
    assoc = associate(peer, calling_ae, contexts, timeout_s=timeout_s, tls=tls)
    try:
        for ds in datasets:
            code = status_code(assoc.send_c_store(ds))
            if code != SUCCESS:
                raise SendError(f"{peer.ae_title} refused {ds.SOPClassUID.name} ({status_text(code)}).")
    finally:
        if assoc.is_established:  # a peer that aborted mid-transfer has already ended it
            assoc.release()
