"""The DICOM node's Storage SCP: ultrasound images from known senders, written atomically to an inbox.

Only the calling AE titles in the configuration may associate; only ultrasound images, multi-frame
ultrasound and secondary captures are accepted, in the transfer syntaxes FetalHC decodes. Each
image is written as ``<SOP Instance UID>.dcm`` (the UID reduced to digits and dots, so nothing a
sender writes can steer the path) and handed to ``on_received``. A dataset that is malformed, too
large or not an image is answered with a DIMSE failure status and logged; the node keeps serving.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

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
from pynetdicom import AE, evt
from pynetdicom.sop_class import (
    SecondaryCaptureImageStorage,
    UltrasoundImageStorage,
    UltrasoundMultiFrameImageStorage,
    Verification,
)

from fetalhc_gui.io.atomic import atomic_write_bytes
from fetalhc_gui.net.node_config import NodeConfig

log = logging.getLogger("fetalhc.node")

ACCEPTED_SOP_CLASSES = (UltrasoundImageStorage, UltrasoundMultiFrameImageStorage, SecondaryCaptureImageStorage)
TRANSFER_SYNTAXES = [
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    ExplicitVRBigEndian,
    DeflatedExplicitVRLittleEndian,
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

    def __init__(self, config: NodeConfig, inbox: Path, on_received: ReceivedCallback, ssl_context=None):
        self.config, self.inbox, self.on_received = config, Path(inbox), on_received
        self.ssl_context = ssl_context
        self._ae = self._application_entity()
        self._server = None

    def _application_entity(self) -> AE:
        ae = AE(ae_title=self.config.ae_title)
        ae.require_calling_aet = list(self.config.allowed)
        ae.maximum_associations = self.config.max_associations
        ae.maximum_pdu_size = MAX_PDU_BYTES
        ae.acse_timeout, ae.dimse_timeout, ae.network_timeout = 30, 60, 60
        for sop_class in ACCEPTED_SOP_CLASSES:
            ae.add_supported_context(sop_class, TRANSFER_SYNTAXES)
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
        self.inbox.mkdir(parents=True, exist_ok=True)
        self._server = self._ae.start_server(
            (self.config.bind_address, self.config.port),
            block=False,
            evt_handlers=[(evt.EVT_C_STORE, self._on_store)],
            ssl_context=self.ssl_context,
        )
        log.info("DICOM node %s listening on %s:%d", self.config.ae_title, self.config.bind_address, self.port)

    def stop(self) -> None:
        """Stop listening and end the associations in progress."""
        if self._server is not None:
            self._server.shutdown()
            self._server = None
            log.info("DICOM node %s stopped", self.config.ae_title)

    def _on_store(self, event) -> int:
        calling = event.assoc.requestor.ae_title.strip()
        size = event.request.DataSet.getbuffer().nbytes
        if size > self.config.max_dataset_bytes:
            limit = self.config.max_dataset_bytes
            log.warning("refused %d bytes from %s: over the %d-byte limit", size, calling, limit)
            return OUT_OF_RESOURCES
        try:
            dataset = event.dataset
            uid = str(dataset.get("SOPInstanceUID", ""))
            rows, cols = int(dataset.get("Rows", 0) or 0), int(dataset.get("Columns", 0) or 0)
            frames = int(dataset.get("NumberOfFrames", 1) or 1)
            has_pixels = "PixelData" in dataset
        except Exception as exc:  # a malformed dataset: answer and keep serving
            log.warning("could not read a dataset from %s: %s", calling, exc)
            return CANNOT_UNDERSTAND
        if not has_pixels or rows <= 0 or cols <= 0 or not uid:
            log.warning("refused %s from %s: no image in it", uid or "a dataset", calling)
            return NOT_AN_IMAGE
        if rows * cols * frames > self.config.max_pixels:
            log.warning("refused %s from %s: %d x %d x %d pixels is too large", uid, calling, cols, rows, frames)
            return OUT_OF_RESOURCES
        path = self.inbox / inbox_name(uid)
        try:
            atomic_write_bytes(path, event.encoded_dataset(include_meta=True))
        except OSError as exc:
            log.error("could not write %s: %s", path, exc)
            return OUT_OF_RESOURCES
        log.info("received %s from %s", path.name, calling)
        try:
            self.on_received(path, calling)
        except Exception:  # the image is stored; a failing consumer must not fail the sender
            log.exception("handling %s failed", path.name)
        return SUCCESS
