"""A real PACS for the tests: Orthanc (Debian package ``orthanc``) on loopback ports in a temporary
folder, with its own configuration, stopped and removed afterwards."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ORTHANC = shutil.which("Orthanc") or "/usr/sbin/Orthanc"
AE_TITLE = "ORTHANC"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Orthanc:
    """A running Orthanc: its DICOM port, AE title and REST base URL."""

    dicom_port: int
    http_port: int
    process: subprocess.Popen

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def get(self, path: str):
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            body = response.read()
        return json.loads(body) if response.headers.get_content_type() == "application/json" else body

    def post(self, path: str, data: bytes) -> dict:
        request = urllib.request.Request(self.url + path, data=data, method="POST")
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())


def start_orthanc(
    folder: Path, modalities: dict[str, tuple[str, str, int]], dicom_port: int | None = None, extra: dict | None = None
) -> Orthanc:
    """Start Orthanc in ``folder`` knowing ``modalities`` (name: AE title, host, port), on
    ``dicom_port`` (a free one by default), with ``extra`` configuration (TLS); ready on return."""
    if not Path(ORTHANC).exists():
        pytest.skip("Orthanc is not installed (Debian: apt-get install orthanc); .ci/run installs it")
    folder.mkdir(parents=True, exist_ok=True)
    dicom_port, http_port = dicom_port or free_port(), free_port()
    config = {
        "Name": "FetalHC test PACS",
        "StorageDirectory": str(folder / "storage"),
        "IndexDirectory": str(folder / "index"),
        "Plugins": [],
        "HttpPort": http_port,
        "DicomPort": dicom_port,
        "DicomAet": AE_TITLE,
        "RemoteAccessAllowed": False,
        "AuthenticationEnabled": False,
        "DicomCheckCalledAet": True,
        "DicomAlwaysAllowStore": False,
        "DicomAlwaysAllowEcho": False,
        "DicomAlwaysAllowFind": False,
        "DicomAlwaysAllowGet": False,
        "DicomAlwaysAllowMove": False,
        "DicomCheckModalityHost": True,
        "DicomModalities": {name: list(entry) for name, entry in modalities.items()},
        "OrthancExplorerEnabled": False,
        "WebDavEnabled": False,
        "StableAge": 1,
    } | (extra or {})
    (folder / "orthanc.json").write_text(json.dumps(config))
    with (folder / "orthanc.log").open("w") as log:
        process = subprocess.Popen([ORTHANC, str(folder / "orthanc.json")], stdout=log, stderr=subprocess.STDOUT)
    server = Orthanc(dicom_port, http_port, process)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            server.get("/system")
            return server
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"Orthanc did not start: {(folder / 'orthanc.log').read_text()[-2000:]}")


_stopping: list[subprocess.Popen] = []


def stop_orthanc(server: Orthanc) -> None:
    """Ask Orthanc to stop (SIGTERM) without waiting the 3 s its shutdown takes (it may answer for
    a moment longer: no test uses a server after stopping it); ``reap_stopped()``, at the end of
    the session, waits for it."""
    server.process.terminate()
    _stopping.append(server.process)


def reap_stopped() -> None:
    """Wait for every Orthanc asked to stop; kill one that takes over 20 s."""
    while _stopping:
        process = _stopping.pop()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
