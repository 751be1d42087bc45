"""The node's door and what it keeps: bounded inflation of deflated data, no stray copies of a
transfer that never ended, a free-space floor, one earlier copy, senders checked against their
host, TLS that wants client certificates, private keys kept private, the association limit.

Everything talks over loopback; every node a test starts is stopped by it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from pydicom import dcmread
from pydicom.uid import DeflatedExplicitVRLittleEndian, ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import Verification

from fetalhc_gui.app.node import MeasuringNode
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.io.dicom_bounds import file_meta
from fetalhc_gui.net.audit import read_events
from fetalhc_gui.net.node_config import NodeConfig, NodeConfigError, address_matches, parse_sender
from fetalhc_gui.net.storage_node import EARLIER_SUFFIX, OUT_OF_RESOURCES, SUCCESS
from fetalhc_gui.net.tls import TlsFiles, listening_context

from support.certificates import issue, make_ca, needs_openssl
from support.dicom_factory import write_dicom
from support.fakes import FakePredictor
from support.node import SCANNER, listening, send, store_file, wait_for
from support.orthanc import free_port

GIB = 1024**3


def start_node(tmp_path: Path, **config) -> MeasuringNode:
    config = NodeConfig("FETALHC", 0, "127.0.0.1", (SCANNER,), **config)
    node = MeasuringNode(config, tmp_path / "inbox", tmp_path / "results", FakePredictor())
    node.start()
    return node


def deflated_bomb(tmp_path: Path, inflated_bytes: int) -> Path:
    """A deflated ultrasound image whose body inflates to ``inflated_bytes`` of zeros after its
    header: about a thousandth of that on disk."""
    small = write_dicom(tmp_path / "small.dcm", np.zeros((64, 64), np.uint8))
    ds = dcmread(small)
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
    ds.save_as(tmp_path / "deflated.dcm", enforce_file_format=True)
    start, _ = file_meta(tmp_path / "deflated.dcm")
    head = (tmp_path / "deflated.dcm").read_bytes()[:start]
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    chunk = b"\x00" * (1 << 24)
    body = b"".join(packer.compress(chunk) for _ in range(inflated_bytes // len(chunk))) + packer.flush()
    bomb = tmp_path / "bomb.dcm"
    bomb.write_bytes(head + body)
    return bomb


def echo(port: int) -> bool:
    ae = AE(ae_title=SCANNER)
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="FETALHC")
    if not assoc.is_established:
        return False
    ok = int(assoc.send_c_echo().Status) == SUCCESS
    assoc.release()
    return ok


def peak_rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc")
def test_a_gibibyte_deflate_bomb_is_refused_under_a_gigabyte_and_the_node_serves_on(tmp_path):
    bomb = deflated_bomb(tmp_path, GIB)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    port = free_port()
    command = [
        sys.executable, "-m", "fetalhc_gui.cli", "serve", "--port", str(port), "--allow", SCANNER,
        "--inbox", str(tmp_path / "in"), "--results", str(tmp_path / "out"), "--accept-deflate",
    ]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: listening(port), 60), "fetalhc serve did not start"
        assert store_file(port, bomb) == OUT_OF_RESOURCES
        peak = peak_rss_bytes(process.pid)
        assert peak < GIB, f"peak {peak / 2**20:.0f} MB"
        assert echo(port)  # still serving
        assert list((tmp_path / "in").glob("*.dcm")) == [] and list((tmp_path / "in.spool").iterdir()) == []
    finally:
        process.terminate()
        process.wait(30)


def test_deflate_is_off_unless_the_site_turns_it_on_and_then_it_is_inflated_with_its_cap(tmp_path):
    small = deflated_bomb(tmp_path, 1 << 24)  # 16 MB of zeros: a legitimate-looking deflated dataset
    node = start_node(tmp_path)
    try:
        assert store_file(node.node.port, small) is None  # no deflated presentation context is accepted
    finally:
        node.stop()
    node = start_node(tmp_path / "on", accept_deflate=True, max_dataset_bytes=8 << 20)
    try:
        assert store_file(node.node.port, small) == OUT_OF_RESOURCES  # 16 MB inflated > the 8 MB cap
    finally:
        node.stop()


def test_an_aborted_transfer_leaves_no_copy_anywhere(tmp_path):
    big = write_dicom(tmp_path / "big.dcm", np.random.default_rng(0).integers(0, 255, (40, 1000, 1000), np.uint8))
    node = start_node(tmp_path, max_pixels=10**9)
    spool = tmp_path / "inbox.spool"
    system_temp = set(Path(tempfile.gettempdir()).glob("tmp*.dcm"))
    script = f"""
import sys
from pynetdicom import AE, _config
from pynetdicom.sop_class import UltrasoundMultiFrameImageStorage
from pydicom.uid import ExplicitVRLittleEndian
ae = AE(ae_title={SCANNER!r})
ae.add_requested_context(UltrasoundMultiFrameImageStorage, ExplicitVRLittleEndian)
ae.maximum_pdu_size = 16384
assoc = ae.associate("127.0.0.1", {node.node.port}, ae_title="FETALHC")
assoc.send_c_store({str(big)!r})
"""
    sender = subprocess.Popen([sys.executable, "-c", script])
    try:
        assert wait_for(lambda: any(spool.glob("receiving-*")), 30), "nothing was spooled"
        assert stat.S_IMODE(spool.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in spool.glob("receiving-*"))
        sender.kill()  # mid-transfer: the file never completes
        sender.wait(10)
        assert wait_for(lambda: not any(spool.iterdir()), 30), list(spool.iterdir())
        assert set(Path(tempfile.gettempdir()).glob("tmp*.dcm")) <= system_temp
        assert list((tmp_path / "inbox").iterdir()) == []
    finally:
        sender.kill()
        node.stop()


def test_a_transfer_refused_over_the_size_limit_leaves_nothing(tmp_path):
    big = write_dicom(tmp_path / "big.dcm", np.random.default_rng(1).integers(0, 255, (1500, 1500), np.uint8))
    node = start_node(tmp_path, max_dataset_bytes=1 << 20)
    try:
        assert store_file(node.node.port, big, ExplicitVRLittleEndian) in (None, OUT_OF_RESOURCES)  # aborted
        assert wait_for(lambda: not any((tmp_path / "inbox.spool").iterdir()), 30)
        assert echo(node.node.port)
    finally:
        node.stop()


def test_spool_files_left_by_a_crash_are_swept_at_start(tmp_path):
    spool = tmp_path / "inbox.spool"
    spool.mkdir()
    (spool / "receiving-abc.dcm").write_bytes(b"DOE^JANE")
    node = start_node(tmp_path)
    node.stop()
    assert list(spool.iterdir()) == []


def test_below_the_free_space_floor_the_node_answers_out_of_resources(tmp_path):
    image = dcmread(write_dicom(tmp_path / "a.dcm", head_phantom(), pixel_spacing=(0.1, 0.1)))
    node = start_node(tmp_path, min_free_bytes=10**18)
    try:
        assert send(node, [image]) == [OUT_OF_RESOURCES]
    finally:
        node.stop()


def test_a_resent_image_keeps_one_earlier_copy(tmp_path):
    image = dcmread(write_dicom(tmp_path / "a.dcm", head_phantom(), pixel_spacing=(0.1, 0.1)))
    node = start_node(tmp_path)
    try:
        for seed in (1, 2, 3):
            image.PixelData = head_phantom(seed=seed).tobytes()
            assert send(node, [image]) == [SUCCESS]
    finally:
        node.stop()
    names = sorted(p.name for p in (tmp_path / "inbox").iterdir())
    assert len(names) == 2 and names[1].endswith(EARLIER_SUFFIX)


def test_a_sender_is_accepted_only_from_its_host(tmp_path):
    image = dcmread(write_dicom(tmp_path / "a.dcm", head_phantom(), pixel_spacing=(0.1, 0.1)))
    elsewhere = start_node(tmp_path / "a", hosts=((SCANNER, "127.0.0.2"),))
    try:
        assert send(elsewhere, [image]) == [None]  # 127.0.0.1 is not the scanner's host
        reasons = [e.get("reason") for e in read_events(tmp_path / "a" / "results" / "logs")]
        assert "127.0.0.1 is not the host of SCANNER1" in reasons
    finally:
        elsewhere.stop()
    network = start_node(tmp_path / "b", hosts=((SCANNER, "127.0.0.0/8"),))
    try:
        assert send(network, [image]) == [SUCCESS]
    finally:
        network.stop()
    assert parse_sender("VOLUSON@10.0.0.0/24") == ("VOLUSON", "10.0.0.0/24") and parse_sender("VOLUSON")[1] is None
    assert address_matches("127.0.0.1", "localhost") and not address_matches("10.0.0.9", "10.0.1.0/24")


def test_one_sender_holds_at_most_its_limit_of_associations(tmp_path):
    node = start_node(tmp_path, max_associations_per_peer=2)
    held = []
    try:
        for _ in range(3):
            ae = AE(ae_title=SCANNER)
            ae.add_requested_context(Verification)
            held.append(ae.associate("127.0.0.1", node.node.port, ae_title="FETALHC"))
        time.sleep(0.5)
        assert [a.is_established for a in held] == [True, True, False]
    finally:
        for assoc in held:
            if assoc.is_established:
                assoc.release()
        node.stop()


@needs_openssl
def test_tls_wants_client_certificates_unless_the_site_allows_none_and_keys_stay_private(tmp_path):
    ca = make_ca(tmp_path)
    server = issue(ca, tmp_path, "fetalhc.example")
    without_ca = TlsFiles(server.cert, server.key, None)
    with pytest.raises(NodeConfigError, match="needs the CA that certifies the peers"):
        listening_context(without_ca)
    assert listening_context(without_ca, anonymous_clients=True) is not None
    with pytest.raises(NodeConfigError, match="need the CA"):
        listening_context(without_ca, identities=(("SCANNER1", "scanner"),), anonymous_clients=True)
    os.chmod(server.key, 0o644)
    with pytest.raises(NodeConfigError, match="can be read by other accounts"):
        listening_context(TlsFiles(server.cert, server.key, ca.cert))
    os.chmod(server.key, 0o600)
    assert listening_context(TlsFiles(server.cert, server.key, ca.cert)) is not None


def test_serve_off_loopback_without_tls_warns(tmp_path, monkeypatch, capsys):
    """The warning comes before the node listens: the node is kept from listening (the tests
    listen on loopback only), and the run ends with the reason."""
    from fetalhc_gui.cli import is_loopback, main
    from fetalhc_gui.net.storage_node import StorageNode

    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("10.0.0.5")

    def not_in_tests(_node):
        raise OSError("the tests listen on loopback only")

    monkeypatch.setattr(StorageNode, "start", not_in_tests)  # as when the port is taken
    command = ["serve", "--port", str(free_port()), "--bind", "0.0.0.0", "--allow", SCANNER]
    assert main([*command, "--inbox", str(tmp_path / "in"), "--results", str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    assert "warning: listening on 0.0.0.0 without TLS" in err and "the tests listen on loopback only" in err
    command = ["serve", "--port", str(free_port()), "--bind", "127.0.0.1", "--allow", SCANNER]
    main([*command, "--inbox", str(tmp_path / "in"), "--results", str(tmp_path / "out")])
    assert "without TLS" not in capsys.readouterr().err  # loopback: no warning


def test_repeated_refusals_are_counted_not_written_and_the_trail_reaches_syslog(tmp_path, monkeypatch):
    import socket as sockets

    from fetalhc_gui.net import audit as audit_module
    from fetalhc_gui.net.audit import AuditLog

    collector = sockets.socket(sockets.AF_INET, sockets.SOCK_DGRAM)
    collector.bind(("127.0.0.1", 0))
    collector.settimeout(5)
    log = AuditLog(tmp_path / "logs", syslog=f"udp://127.0.0.1:{collector.getsockname()[1]}")
    try:
        for _ in range(200):
            log.event("association-rejected", address="10.0.0.66", calling_ae="EVIL", reason="not allowed")
        log.event("image-received", file="1.2.dcm", calling_ae=SCANNER)
        message = collector.recv(65536).decode()
    finally:
        log.close()
        collector.close()
    events = read_events(tmp_path / "logs")
    rejected = [e for e in events if e["event"].startswith("association-rejected")]
    assert len(rejected) == 2 and rejected[-1]["repeated"] == 199  # one line, then the count at close
    assert any(e["event"] == "image-received" for e in events)
    assert message.startswith("<108>1 ") and " fetalhc " in message and " association-rejected - {" in message
    assert stat.S_IMODE((tmp_path / "logs" / "audit.jsonl").stat().st_mode) == 0o600
    monkeypatch.setattr(audit_module, "RATE_WINDOW_S", 0.0)  # a new window: written again, with its count
    again = AuditLog(tmp_path / "again")
    for _ in range(3):
        again.event("association-rejected", address="10.0.0.66", calling_ae="EVIL", reason="not allowed")
    again.close()
    assert len(read_events(tmp_path / "again")) == 3
    with pytest.raises(ValueError, match="not a syslog address"):
        AuditLog(tmp_path / "x", syslog="10.0.0.1:514")


def test_a_model_file_changed_since_its_card_is_refused_and_reports_print_the_computed_hash(tmp_path):
    import hashlib
    import shutil

    from fetalhc_gui.app.reports import model_identity
    from fetalhc_gui.inference.artifact import ModelLoadError, bundled_model_dir
    from fetalhc_gui.inference.predictor import Predictor

    predictor = Predictor()
    _, printed = model_identity(predictor.card)
    assert printed == hashlib.sha256((bundled_model_dir() / "model.onnx").read_bytes()).hexdigest()
    copy = tmp_path / "model"
    shutil.copytree(bundled_model_dir(), copy)
    crop = copy / "crop.onnx"
    data = bytearray(crop.read_bytes())
    data[-100] ^= 0xFF
    crop.write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match="not the one its card describes"):
        Predictor(copy)
