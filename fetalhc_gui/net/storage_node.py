"""The DICOM node's Storage SCP: ultrasound images from known senders, written atomically to an inbox.

Only the calling AE titles in the configuration may associate, and only to this node's own AE
title; only ultrasound images, multi-frame ultrasound and secondary captures are accepted, in the
transfer syntaxes FetalHC decodes. A dataset is received into a temporary file, never whole in
memory (pynetdicom's chunked receiving), and an association that sends more than the size limit
is aborted as it does. Each image is checked (pixel data complete), written as ``<SOP Instance
UID>.dcm`` (the UID reduced to digits and dots, so nothing a sender writes can steer the path) and
only then acknowledged, and handed to ``on_received``. A dataset that is malformed, truncated, too
large or not an image is answered with a DIMSE failure status; the node keeps serving. Idle or
silent connections time out within seconds (a TLS handshake too, on the connection's own
thread: ``net.association_server``), and one calling AE title may hold at most
``NodeConfig.max_associations_per_peer`` associations. With TLS and client certificates, a calling
AE title with a certificate name in ``NodeConfig.identities`` is rejected unless its certificate
carries that name. Every association, handshake failure and image goes to the audit trail
(``net.audit``).
"""

from __future__ import annotations

import filecmp
import logging
import os
import re
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path

from pydicom import dcmread
from pydicom.uid import (
    JPEG2000,
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    JPEGLSNearLossless,
    RLELossless,
    generate_uid,
)
from pynetdicom import AE, _config, evt
from pynetdicom.sop_class import (
    SecondaryCaptureImageStorage,
    UltrasoundImageStorage,
    UltrasoundMultiFrameImageStorage,
    Verification,
)

from fetalhc_gui.io.atomic import atomic_copy_file, atomic_write_bytes
from fetalhc_gui.io.dicom_bounds import TooLargeError, inflate_to, is_deflated
from fetalhc_gui.io.private import ensure_folder
from fetalhc_gui.net import spool
from fetalhc_gui.net.association_server import start_server
from fetalhc_gui.net.audit import AuditLog
from fetalhc_gui.net.node_config import NodeConfig
from fetalhc_gui.net.tls import certificate_names

log = logging.getLogger("fetalhc.node")

ACCEPTED_SOP_CLASSES = (UltrasoundImageStorage, UltrasoundMultiFrameImageStorage, SecondaryCaptureImageStorage)
TRANSFER_SYNTAXES = [
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    ExplicitVRBigEndian,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    JPEGLSNearLossless,
    JPEG2000Lossless,
    JPEG2000,
    RLELossless,
]
#: DIMSE C-STORE statuses (PS3.4 B.2.3).
SUCCESS = 0x0000
OUT_OF_RESOURCES = 0xA700
NOT_AN_IMAGE = 0xA900
CANNOT_UNDERSTAND = 0xC000
#: Largest PDU the node accepts, in bytes (the default of most archives is 16 KB to 1 MB).
MAX_PDU_BYTES = 1024 * 1024
#: Suffix of an inbox file that a resend with other content replaced (not an inbox image: not measured).
EARLIER_SUFFIX = ".earlier"
#: Seconds a connection may stay silent: before its association request, and between messages.
ASSOCIATION_REQUEST_TIMEOUT_S = 5
NETWORK_TIMEOUT_S = 30

# Datasets are received into temporary files (DICOM File Format), not assembled in memory.
_config.STORE_RECV_CHUNKED_DATASET = True

ReceivedCallback = Callable[[Path, str], None]


def inbox_name(sop_instance_uid: str) -> str:
    """A file name made from a SOP Instance UID: digits and dots only, at most 64 characters; a
    UID with nothing usable gets a fresh one."""
    cleaned = re.sub(r"[^0-9.]", "", str(sop_instance_uid))[:64].strip(".")
    return f"{cleaned or generate_uid()}.dcm"


class StorageNode:
    """A Storage SCP (with Verification) that writes received images into ``inbox``.

    ``on_received(path, calling_ae)`` runs on the association's thread after the file is written;
    keep it short (queue the path). ``start()`` listens, ``stop()`` ends every association.
    """

    def __init__(
        self,
        config: NodeConfig,
        inbox: Path,
        on_received: ReceivedCallback,
        ssl_context=None,
        audit: AuditLog | None = None,
    ):
        self.config, self.inbox, self.on_received = config, Path(inbox), on_received
        self.spool = self.inbox.with_name(self.inbox.name + ".spool")
        self.ssl_context, self.audit = ssl_context, audit
        self._ae = self._application_entity()
        self._server = None
        self._received_bytes: dict[int, int] = {}

    def _application_entity(self) -> AE:
        ae = AE(ae_title=self.config.ae_title)
        ae.require_calling_aet = list(self.config.allowed)
        ae.require_called_aet = True
        ae.maximum_associations = self.config.max_associations
        ae.maximum_pdu_size = MAX_PDU_BYTES
        ae.acse_timeout, ae.dimse_timeout = ASSOCIATION_REQUEST_TIMEOUT_S, NETWORK_TIMEOUT_S
        ae.network_timeout = NETWORK_TIMEOUT_S
        syntaxes = [*TRANSFER_SYNTAXES, *([DeflatedExplicitVRLittleEndian] if self.config.accept_deflate else [])]
        for sop_class in ACCEPTED_SOP_CLASSES:
            ae.add_supported_context(sop_class, syntaxes)
        ae.add_supported_context(Verification)
        return ae

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        """The port listened on (the one the system chose when the configuration says 0)."""
        return self._server.server_address[1] if self._server else self.config.port

    def start(self) -> None:
        """Listen on the configured address and port; OSError if the port is taken."""
        if self._server is not None:
            return
        ensure_folder(self.inbox)
        spool.use_spool_folder(self.spool)
        self._server = start_server(
            self._ae,
            (self.config.bind_address, self.config.port),
            handshake_timeout_s=ASSOCIATION_REQUEST_TIMEOUT_S,
            on_handshake_failed=self._on_handshake_failed,
            evt_handlers=[
                (evt.EVT_REQUESTED, self._on_requested),
                (evt.EVT_C_STORE, self._on_store),
                (evt.EVT_ACCEPTED, self._on_accepted),
                (evt.EVT_REJECTED, self._on_rejected),
                (evt.EVT_RELEASED, lambda event: self._audit_association("association-released", event)),
                (evt.EVT_ABORTED, lambda event: self._audit_association("association-aborted", event)),
                (evt.EVT_CONN_CLOSE, self._on_closed),
                (evt.EVT_DATA_RECV, self._on_data),
            ],
            ssl_context=self.ssl_context,
        )
        tls = "with TLS" if self.ssl_context is not None else "without TLS"
        log.info(
            "DICOM node %s listening on %s:%d %s for %s",
            self.config.ae_title,
            self.config.bind_address,
            self.port,
            tls,
            ", ".join(self.config.allowed),
        )
        self._audit(
            "node-started",
            ae_title=self.config.ae_title,
            address=self.config.bind_address,
            port=self.port,
            peers=list(self.config.allowed),
            tls=self.ssl_context is not None,
        )

    def stop(self) -> None:
        """Stop listening and end the associations in progress."""
        if self._server is not None:
            self._server.shutdown()
            self._server = None
            log.info("DICOM node %s stopped", self.config.ae_title)
            self._audit("node-stopped", ae_title=self.config.ae_title)

    def _audit(self, kind: str, **fields) -> None:
        if self.audit is not None:
            self.audit.event(kind, **fields)

    def _peer(self, event) -> dict:
        """Who an event's association is with: calling and called AE titles, address, TLS and
        the names in the client's certificate."""
        requestor, acceptor = event.assoc.requestor, event.assoc.acceptor
        request = getattr(requestor, "primitive", None)  # the A-ASSOCIATE-RQ: the titles the peer sent
        called = getattr(request, "called_ae_title", None) or acceptor.ae_title
        calling = getattr(request, "calling_ae_title", None) or requestor.ae_title
        peer = {
            "calling_ae": str(calling).strip(),
            "called_ae": str(called).strip(),
            "address": requestor.address,
            "port": requestor.port,
            "tls": self.ssl_context is not None,
        }
        names = self._certificate_names(event)
        return peer | ({"certificate": sorted(names)} if names else {})

    @staticmethod
    def _certificate_names(event) -> set[str]:
        """The names in the client certificate of an event's association (none without TLS)."""
        sock = getattr(getattr(event.assoc.dul, "socket", None), "socket", None)
        getpeercert = getattr(sock, "getpeercert", None)
        try:
            return certificate_names(getpeercert()) if getpeercert else set()
        except (OSError, ValueError):  # the connection is gone
            return set()

    def _on_handshake_failed(self, address: str, port: int, reason: str) -> None:
        log.warning("TLS handshake with %s:%s failed: %s", address, port, reason)
        self._audit("tls-handshake-failed", address=address, port=port, reason=reason, tls=True)

    def _on_requested(self, event) -> None:
        """Reject a calling AE title from another host than its own (Orthanc's DicomCheckModalityHost)
        or tied to a certificate name that its certificate does not carry."""
        peer = self._peer(event)
        calling, address = peer["calling_ae"], f"{peer['address']}:{peer['port']}"
        wanted = self.config.certificate_name(calling)
        if not self.config.host_allowed(calling, str(peer["address"])):
            reason = f"{peer['address']} is not the host of {calling}"
        elif wanted is not None and wanted not in set(peer.get("certificate", ())):
            reason = f"certificate is not {wanted}"
        else:
            return
        log.warning("rejected %s from %s: %s", calling, address, reason)
        self._audit("association-rejected", reason=reason, **peer)
        event.assoc.acse.send_reject(0x01, 0x01, 0x03)  # rejected-permanent, service user, calling AE title

    def _audit_association(self, kind: str, event) -> None:
        self._received_bytes.pop(id(event.assoc), None)
        self._audit(kind, **self._peer(event))
        self._release(event)

    def _on_closed(self, event) -> None:
        """A connection closed (after release, abort, or the sender gone): drop what it left spooled."""
        self._received_bytes.pop(id(event.assoc), None)
        self._release(event)

    def _release(self, event) -> None:
        removed = spool.release(event.assoc.dul)
        if removed:
            peer = self._peer(event)
            log.info("removed %d partial transfer(s) of %s", removed, peer["calling_ae"])
            self._audit("partial-transfer-removed", files=removed, **peer)

    def _on_accepted(self, event) -> None:
        peer = self._peer(event)
        others = [
            a
            for a in self._ae.active_associations
            if a is not event.assoc and str(a.requestor.ae_title).strip() == peer["calling_ae"] and a.is_established
        ]
        if len(others) >= self.config.max_associations_per_peer:
            log.warning("aborted an association of %s: it holds %d already", peer["calling_ae"], len(others))
            self._audit("association-refused", reason="too many associations from this peer", **peer)
            event.assoc.abort()
            return
        self._audit("association-accepted", **peer)

    def _on_rejected(self, event) -> None:
        peer = self._peer(event)
        log.warning(
            "rejected an association from %s (%s:%s) to %s",
            peer["calling_ae"],
            peer["address"],
            peer["port"],
            peer["called_ae"],
        )
        self._audit("association-rejected", **peer)

    def _on_data(self, event) -> None:
        """Count what an association sends since its last dataset; abort it over the size limit."""
        key = id(event.assoc)
        total = self._received_bytes.get(key, 0) + len(event.data)
        self._received_bytes[key] = total
        if total > self.config.max_dataset_bytes + MAX_PDU_BYTES:
            peer = self._peer(event)
            log.warning("aborted %s: over %d bytes in one dataset", peer["calling_ae"], self.config.max_dataset_bytes)
            self._audit("association-aborted", reason="dataset over the size limit", **peer)
            self._received_bytes[key] = 0
            event.assoc.abort()

    def _on_store(self, event) -> int:
        self._received_bytes[id(event.assoc)] = 0
        status, detail = self._store(event)
        peer = self._peer(event)
        if status == SUCCESS:
            self._audit("image-received", file=detail, **peer)
        else:
            self._audit("image-refused", status=f"0x{status:04X}", reason=detail, **peer)
        return status

    def _store(self, event) -> tuple[int, str]:
        """Check and store one received dataset: its status and the file written, or why not."""
        calling = event.assoc.requestor.ae_title.strip()
        received = Path(event.dataset_path)
        size = received.stat().st_size
        if size > self.config.max_dataset_bytes:
            limit = self.config.max_dataset_bytes
            log.warning("refused %d bytes from %s: over the %d-byte limit", size, calling, limit)
            return OUT_OF_RESOURCES, f"{size} bytes, over the limit"
        free = shutil.disk_usage(self.inbox).free
        if free - size < self.config.min_free_bytes:
            log.warning("refused a dataset from %s: %d MB free on the inbox's disk", calling, free // 2**20)
            return OUT_OF_RESOURCES, f"the disk holding the inbox has only {free // 2**20} MB free"
        if not is_deflated(received):
            return self._store_file(received, calling)
        inflated = self.spool / f"receiving-inflated-{os.getpid()}-{id(event)}.dcm"
        try:
            inflate_to(received, inflated, self.config.max_dataset_bytes)
        except TooLargeError as exc:
            log.warning("refused a deflated dataset from %s: %s", calling, exc)
            return OUT_OF_RESOURCES, f"deflated data inflating past {exc.cap} bytes"
        except (zlib.error, OSError, ValueError) as exc:
            log.warning("could not inflate a dataset from %s: %s", calling, exc)
            return CANNOT_UNDERSTAND, f"malformed deflated data: {exc}"
        try:
            return self._store_file(inflated, calling)
        finally:
            inflated.unlink(missing_ok=True)

    def _store_file(self, received: Path, calling: str) -> tuple[int, str]:
        """Check and store one dataset spooled (inflated) at ``received``."""
        try:
            dataset = dcmread(received, defer_size=1024)
            uid = str(dataset.get("SOPInstanceUID", ""))
            rows, cols = int(dataset.get("Rows", 0) or 0), int(dataset.get("Columns", 0) or 0)
            frames = int(dataset.get("NumberOfFrames", 1) or 1)
            has_pixels = "PixelData" in dataset
        except Exception as exc:  # a malformed dataset: answer and keep serving
            log.warning("could not read a dataset from %s: %s", calling, exc)
            return CANNOT_UNDERSTAND, f"malformed: {exc}"
        if not has_pixels or rows <= 0 or cols <= 0 or not uid:
            log.warning("refused %s from %s: no image in it", uid or "a dataset", calling)
            return NOT_AN_IMAGE, "no image in it"
        if rows * cols * frames > self.config.max_pixels:
            log.warning("refused %s from %s: %d x %d x %d pixels is too large", uid, calling, cols, rows, frames)
            return OUT_OF_RESOURCES, f"{cols} x {rows} x {frames} pixels, too large"
        problem = pixel_data_problem(dataset, received)
        if problem:
            log.warning("refused %s from %s: %s", uid, calling, problem)
            return CANNOT_UNDERSTAND, problem
        path = self.inbox / inbox_name(uid)
        try:
            keep_earlier(path, received)
            atomic_copy_file(received, path)
        except OSError as exc:
            log.error("could not write %s: %s", path, exc)
            return OUT_OF_RESOURCES, f"could not be written: {exc}"
        log.info("received %s from %s", path.name, calling)
        try:
            self.on_received(path, calling)
        except Exception:  # the image is stored; a failing consumer must not fail the sender
            log.exception("handling %s failed", path.name)
        return SUCCESS, path.name


def keep_earlier(path: Path, received: Path) -> Path | None:
    """Before ``received`` replaces the inbox file ``path`` (the same SOP Instance UID sent again),
    move the earlier file aside as ``<name>.earlier`` unless both are the same bytes: the image
    last replaced is never lost, and at most one earlier copy is kept (a third sending replaces the
    first). The path it was kept under, or None."""
    if not path.exists() or filecmp.cmp(path, received, shallow=False):
        return None
    kept = path.with_name(path.name + EARLIER_SUFFIX)
    os.replace(path, kept)
    log.info("%s was sent again with other content; the earlier file is kept as %s", path.name, kept.name)
    return kept


def store_received(event, path: Path) -> None:
    """Write a received C-STORE dataset to ``path`` atomically, from its temporary file when
    pynetdicom received it in chunks, else from memory."""
    try:
        source = Path(event.dataset_path)
    except AttributeError:
        atomic_write_bytes(path, event.encoded_dataset(include_meta=True))
        return
    atomic_copy_file(source, path)


#: Sequence Delimitation Item (FFFE,E0DD) with a zero length, little endian: how encapsulated
#: (compressed) pixel data ends.
SEQUENCE_END = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"


def pixel_data_problem(dataset, path: Path) -> str | None:
    """Why a received dataset's pixel data is unusable (cut short, or shorter than its image), or
    None. ``dataset`` was read from ``path`` with its pixel data deferred (not in memory)."""
    element = dataset.get_item("PixelData")
    offset = getattr(element, "file_tell", None)
    if offset is None or offset < 4:
        return None
    file_size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(offset - 4)  # the value length precedes the value, in every VR encoding
        little = dataset.file_meta.TransferSyntaxUID.is_little_endian
        length = int.from_bytes(handle.read(4), "little" if little else "big")
        if length == 0xFFFFFFFF:  # encapsulated: complete only if it ends with its delimiter
            handle.seek(max(0, file_size - 8))
            return None if handle.read(8) == SEQUENCE_END else "the compressed pixel data is cut short"
    if offset + length > file_size:
        return "the pixel data is cut short"
    samples = int(dataset.get("SamplesPerPixel", 1) or 1)
    bits = int(dataset.get("BitsAllocated", 8) or 8)
    frames = int(dataset.get("NumberOfFrames", 1) or 1)
    expected = int(dataset.Rows) * int(dataset.Columns) * samples * frames * ((bits + 7) // 8)
    if length < expected:
        return f"the pixel data holds {length} bytes where the image needs {expected}"
    return None
