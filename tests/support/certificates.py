"""Certificates for the TLS tests, made with the openssl command: a CA and certificates it signs."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")


@dataclass(frozen=True)
class Issued:
    """A certificate and its private key (PEM files)."""

    cert: Path
    key: Path


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def make_ca(folder: Path, name: str = "Test hospital CA") -> Issued:
    """A self-signed CA certificate and key in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "ca.pem", folder / "ca.key"
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        f"/CN={name}",
        "-keyout",
        str(key),
        "-out",
        str(cert),
    )
    key.chmod(0o600)  # as a key should be kept (FetalHC refuses one other accounts can read)
    return Issued(cert, key)


def issue(ca: Issued, folder: Path, common_name: str, alt_names: str = "DNS:localhost,IP:127.0.0.1") -> Issued:
    """A certificate for ``common_name`` (and ``alt_names``) signed by ``ca``, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / common_name.replace(" ", "_")
    cert, key, request, extensions = (stem.with_suffix(s) for s in (".pem", ".key", ".csr", ".ext"))
    extensions.write_text(f"subjectAltName={alt_names}\n")
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={common_name}", "-keyout", str(key), "-out", str(request)
    )
    _openssl(
        "x509",
        "-req",
        "-in",
        str(request),
        "-CA",
        str(ca.cert),
        "-CAkey",
        str(ca.key),
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        str(extensions),
        "-out",
        str(cert),
    )
    key.chmod(0o600)
    return Issued(cert, key)
