"""DICOM over TLS: the node's handshakes (idle connections, failures in the audit trail), client
certificates tied to AE titles, and sending to and querying a PACS over TLS.

Every node and PACS a test starts talks over loopback and is stopped by the test.
"""

from __future__ import annotations

import json
import socket
import ssl
import time
from pathlib import Path

import pytest
from pynetdicom import AE
from pynetdicom.sop_class import Verification

from fetalhc_gui.net.node_config import NodeConfig, NodeConfigError, Peer, parse_identity
from fetalhc_gui.net.storage_node import StorageNode
from fetalhc_gui.net.tls import TlsFiles, certificate_names, client_context, server_context

from support.certificates import issue, make_ca, needs_openssl
from support.node import orthanc_with_tls  # noqa: F401

pytestmark = needs_openssl


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """A hospital CA, the node's certificate, two scanners' and one it did not issue to anyone known."""
    folder = tmp_path_factory.mktemp("pki")
    ca = make_ca(folder)
    other_ca = make_ca(folder / "other", "Somebody else's CA")
    return {
        "ca": ca,
        "node": issue(ca, folder, "fetalhc.hospital"),
        "scanner1": issue(ca, folder, "scanner1.hospital", "DNS:scanner1.hospital"),
        "intruder": issue(ca, folder, "intruder.hospital", "DNS:intruder.hospital"),
        "stranger": issue(other_ca, folder / "other", "scanner1.hospital", "DNS:scanner1.hospital"),
    }


def tls_node(tmp_path: Path, pki, identities=()) -> StorageNode:
    from fetalhc_gui.net.audit import AuditLog

    config = NodeConfig("FETALHC", 0, "127.0.0.1", ("SCANNER1", "SCANNER2"), identities=identities)
    context = server_context(pki["node"].cert, pki["node"].key, pki["ca"].cert)
    node = StorageNode(config, tmp_path / "inbox", lambda *_: None, context, AuditLog(tmp_path / "logs"))
    node.start()
    return node


def audit_events(tmp_path: Path) -> list[dict]:
    return [json.loads(line) for p in sorted((tmp_path / "logs").glob("*")) for line in p.read_text().splitlines()]


def echo(port: int, calling: str, client=None, ca=None) -> bool:
    """A C-ECHO over TLS as ``calling`` presenting ``client`` (an Issued certificate); True when answered."""
    context = client_context(TlsFiles(client.cert if client else None, client.key if client else None, ca))
    ae = AE(ae_title=calling)
    ae.add_requested_context(Verification)
    ae.acse_timeout = ae.network_timeout = 10
    try:
        assoc = ae.associate("127.0.0.1", port, ae_title="FETALHC", tls_args=(context, "localhost"))
    except (OSError, ssl.SSLError):
        return False
    if not assoc.is_established:
        return False
    answered = int(assoc.send_c_echo().Status) == 0
    assoc.release()
    return answered


def test_idle_connections_do_not_stop_a_tls_node_and_failed_handshakes_are_audited(tmp_path, pki, monkeypatch):
    monkeypatch.setattr("fetalhc_gui.net.storage_node.ASSOCIATION_REQUEST_TIMEOUT_S", 1)  # 5 s in service
    node = tls_node(tmp_path, pki)
    idle = [socket.create_connection(("127.0.0.1", node.port)) for _ in range(10)]
    try:
        started = time.monotonic()
        assert echo(node.port, "SCANNER1", pki["scanner1"], pki["ca"].cert)
        assert time.monotonic() - started < 10
        assert not echo(node.port, "SCANNER1", pki["stranger"], pki["ca"].cert)  # not certified by the CA
        time.sleep(1.5)  # the idle connections' handshakes time out (1 s here)
    finally:
        for sock in idle:
            sock.close()
        node.stop()
        node.audit.close()  # writes what the rate limit counted
    failed = [e for e in audit_events(tmp_path) if e["event"].startswith("tls-handshake-failed")]
    assert sum(1 + e.get("repeated", 0) for e in failed) >= 11  # each one written or counted
    assert all(e["address"] == "127.0.0.1" and e["reason"] for e in failed)
    assert any("timed out" in e["reason"] for e in failed)
    accepted = [e for e in audit_events(tmp_path) if e["event"] == "association-accepted"]
    assert accepted[0]["tls"] is True and accepted[0]["certificate"] == ["scanner1.hospital"]


def test_a_client_certificate_is_tied_to_the_ae_title_it_may_use(tmp_path, pki):
    node = tls_node(tmp_path, pki, identities=(parse_identity("SCANNER1=scanner1.hospital"),))
    try:
        assert echo(node.port, "SCANNER1", pki["scanner1"], pki["ca"].cert)
        assert not echo(node.port, "SCANNER1", pki["intruder"], pki["ca"].cert)
        assert echo(node.port, "SCANNER2", pki["intruder"], pki["ca"].cert)  # no name tied to SCANNER2
    finally:
        node.stop()
    rejected = [e for e in audit_events(tmp_path) if e["event"] == "association-rejected"]
    assert len(rejected) == 1
    assert rejected[0]["calling_ae"] == "SCANNER1" and rejected[0]["certificate"] == ["intruder.hospital"]
    assert rejected[0]["reason"] == "certificate is not scanner1.hospital"


def test_identities_and_tls_peers_are_checked_and_written_back():
    with pytest.raises(NodeConfigError, match="not a peer allowed"):
        NodeConfig("FETALHC", 0, "127.0.0.1", ("SCANNER1",), identities=(("OTHER", "x"),))
    with pytest.raises(NodeConfigError, match="AE_TITLE=CERTIFICATE_NAME"):
        parse_identity("SCANNER1")
    peer = Peer.parse("PACS@pacs.hospital:2762+tls")
    assert peer.tls and peer.port == 2762 and Peer.parse(peer.text) == peer
    assert not Peer.parse("PACS@pacs:104").tls
    cert = {"subject": ((("commonName", "a"),),), "subjectAltName": (("DNS", "b"), ("IP Address", "10.0.0.1"))}
    assert certificate_names(cert) == {"a", "b", "10.0.0.1"} and certificate_names({}) == set()


def test_serve_takes_tls_from_the_scanner_to_the_pacs_and_the_pacs_is_queried_over_tls(tmp_path, pki):
    from pydicom import dcmread
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid
    from pynetdicom.sop_class import UltrasoundImageStorage

    from fetalhc_gui.core.phantom import head_phantom
    from fetalhc_gui.net.pacs_query import find_studies
    from fetalhc_gui.net.sender import SendError

    from support.dicom_factory import write_dicom
    from support.node import serve_command, start_serve, wait_for
    from support.orthanc import AE_TITLE, free_port, start_orthanc, stop_orthanc

    pacs = start_orthanc(
        tmp_path / "pacs", {"fetalhc": ("FETALHC", "127.0.0.1", 104)}, extra=orthanc_with_tls(tmp_path, pki)
    )
    port = free_port()
    node, ca = pki["node"], str(pki["ca"].cert)
    command = serve_command(port, tmp_path, f"{AE_TITLE}@127.0.0.1:{pacs.dicom_port}+tls")
    command += [
        "--forward-ca", ca, "--tls-cert", str(node.cert), "--tls-key", str(node.key), "--tls-client-ca", ca,
        "--tls-identity", "SCANNER1=scanner1.hospital",
    ]  # fmt: skip
    process = start_serve(command)
    try:
        ds = dcmread(write_dicom(tmp_path / "src.dcm", head_phantom(), pixel_spacing=(0.2, 0.2)))
        ds.PatientID, ds.StudyInstanceUID, ds.SeriesInstanceUID = "P-TLS", generate_uid(), generate_uid()
        scanner = client_context(TlsFiles(pki["scanner1"].cert, pki["scanner1"].key, pki["ca"].cert))
        ae = AE(ae_title="SCANNER1")
        ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
        assoc = ae.associate("127.0.0.1", port, ae_title="FETALHC", tls_args=(scanner, "localhost"))
        assert assoc.is_established and int(assoc.send_c_store(ds).Status) == 0
        assoc.release()
        assert wait_for(lambda: len(pacs.get("/instances")) == 2, 60), "the report and capture did not arrive"
        peer = Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port, tls=True)
        own = client_context(TlsFiles(node.cert, node.key, pki["ca"].cert))
        assert [m.patient_id for m in find_studies(peer, "FETALHC", patient_id="P-TLS", tls=own)] == ["P-TLS"]
        with pytest.raises(SendError):  # no client certificate: the PACS refuses the handshake
            find_studies(peer, "FETALHC", tls=client_context(TlsFiles(ca=pki["ca"].cert)))
        with pytest.raises(SendError):  # plain DICOM to the TLS port
            find_studies(Peer(AE_TITLE, "127.0.0.1", pacs.dicom_port), "FETALHC")
    finally:
        process.terminate()
        process.wait(timeout=30)
        stop_orthanc(pacs)
    log = (tmp_path / "out.log").read_text()
    assert "with TLS" in log and f"results to {AE_TITLE}@127.0.0.1:{pacs.dicom_port}+tls" in log
