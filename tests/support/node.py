"""The DICOM node in the tests: sending to it, waiting for it, running fetalhc serve, Orthanc with TLS."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from copy import deepcopy
from pathlib import Path

import pytest
from pydicom.dataset import Dataset
from pydicom.uid import DeflatedExplicitVRLittleEndian, ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE, _config
from pynetdicom.sop_class import ComprehensiveSRStorage, UltrasoundImageStorage

from fetalhc_gui.app.journal import read_journal
from fetalhc_gui.app.node import MeasuringNode

from support.certificates import issue

SCANNER = "SCANNER1"


def send(node: MeasuringNode | int, datasets: list[Dataset], calling: str = SCANNER) -> list[int]:
    """C-STORE ``datasets`` on one association to a node or a port; the statuses (None when the
    association failed)."""
    port = node if isinstance(node, int) else node.node.port
    ae = AE(ae_title=calling)
    ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
    ae.add_requested_context(ComprehensiveSRStorage, ExplicitVRLittleEndian)
    assoc = ae.associate("127.0.0.1", port, ae_title="FETALHC")
    if not assoc.is_established:
        return [None] * len(datasets)
    statuses = [int(assoc.send_c_store(ds).Status) for ds in datasets]
    assoc.release()
    return statuses


def store_file(port: int, path: Path, syntax=DeflatedExplicitVRLittleEndian) -> int | None:
    """C-STORE a file's bytes as they are (pynetdicom's chunked sending, no decoding); the status,
    None when refused at the door or aborted."""
    ae = AE(ae_title=SCANNER)
    ae.add_requested_context(UltrasoundImageStorage, syntax)
    assoc = ae.associate("127.0.0.1", port, ae_title="FETALHC")
    if not assoc.is_established:
        return None
    chunked, _config.STORE_SEND_CHUNKED_DATASET = _config.STORE_SEND_CHUNKED_DATASET, True
    try:
        status = assoc.send_c_store(path)
        return int(status.Status) if "Status" in status else None
    except ValueError:  # no presentation context for the file's transfer syntax
        return None
    finally:
        _config.STORE_SEND_CHUNKED_DATASET = chunked
        if assoc.is_established:
            assoc.release()


def copy_with_new_uid(ds: Dataset) -> Dataset:
    copy = deepcopy(ds)
    copy.SOPInstanceUID = generate_uid()
    return copy


def wait_for(condition, seconds: float = 60.0, step: float = 0.1) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def serve_command(port: int, tmp_path: Path, forward: str) -> list[str]:
    return [
        sys.executable, "-m", "fetalhc_gui.cli", "serve", "--port", str(port), "--allow", SCANNER,
        "--inbox", str(tmp_path / "in"), "--results", str(tmp_path / "out"), "--forward", forward,
    ]  # fmt: skip


def start_serve(command: list[str]) -> subprocess.Popen:
    log = open(command[command.index("--results") + 1] + ".log", "a")  # noqa: SIM115 (closed with the process)
    process = subprocess.Popen(command, stderr=log, env=os.environ | {"PYTHONUNBUFFERED": "1"})
    port = int(command[command.index("--port") + 1])
    assert wait_for(lambda: listening(port), 60), "fetalhc serve did not start"
    return process


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def wait_for_journal(process: subprocess.Popen, journal, rows: int, seconds: float) -> None:
    """Wait until ``process`` has journaled ``rows`` rows; it must still be running then."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        if journal.exists() and len(read_journal(journal)) >= rows:
            break
        time.sleep(0.01)
    if process.poll() is not None:
        err = process.stderr.read()
        pytest.fail("the run ended before it could be killed: " + (err if isinstance(err, str) else err.decode()))


def orthanc_with_tls(folder: Path, pki) -> dict:
    """Orthanc's DICOM TLS settings: its certificate from the hospital CA, clients certified by it."""
    own = issue(pki["ca"], folder / "orthanc-pki", "pacs.hospital")
    return {
        "DicomTlsEnabled": True,
        "DicomTlsCertificate": str(own.cert),
        "DicomTlsPrivateKey": str(own.key),
        "DicomTlsTrustedCertificates": str(pki["ca"].cert),
        "DicomTlsRemoteCertificateRequired": True,
    }
