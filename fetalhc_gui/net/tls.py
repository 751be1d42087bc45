"""TLS for DICOM: the node's server context (requiring client certificates signed by the peers'
CA unless the site explicitly accepts clients without one), the client context used to send
results, forward them and query a PACS, and the names a peer's certificate carries (to tie a
calling AE title to a certificate). A private key that other accounts can read is refused, as
OpenSSH refuses such keys."""

from __future__ import annotations

import os
import ssl
import stat
from dataclasses import dataclass
from pathlib import Path

from fetalhc_gui.net.node_config import NodeConfigError


@dataclass(frozen=True)
class TlsFiles:
    """This node's certificate and private key (PEM), presented when listening and when calling
    a TLS peer, and the CA certificates (PEM) that certify the peers; None where not set."""

    cert: Path | None = None
    key: Path | None = None
    ca: Path | None = None


def check_key_private(key: Path) -> None:
    """NodeConfigError when the private key file ``key`` can be read or written by other accounts."""
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(os.stat(key).st_mode)
    except OSError as exc:
        raise NodeConfigError(f"The TLS private key {key} could not be read: {exc}") from exc
    if mode & 0o077:
        raise NodeConfigError(
            f"The TLS private key {key} can be read by other accounts (mode {mode:o}): make it private "
            f"(chmod 600 {key}) and try again."
        )


def server_context(cert: Path, key: Path, client_ca: Path | None = None) -> ssl.SSLContext:
    """An SSL context for a listening node (TLS 1.2 or later); NodeConfigError when a file is unusable."""
    check_key_private(key)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(cert), str(key))
        if client_ca is not None:
            context.load_verify_locations(str(client_ca))
            context.verify_mode = ssl.CERT_REQUIRED
    except (OSError, ssl.SSLError) as exc:
        raise NodeConfigError(f"The TLS certificate or key could not be used: {exc}") from exc
    return context


def listening_context(
    files: TlsFiles, identities: tuple[tuple[str, str], ...] = (), anonymous_clients: bool = False
) -> ssl.SSLContext:
    """The one rule for a node listening with TLS (the window's and ``fetalhc serve``'s):
    ``server_context`` of ``files``, requiring client certificates signed by ``files.ca``. Without
    a CA it refuses, unless ``anonymous_clients`` says the site accepts TLS clients that present
    no certificate; certificate names for senders (``identities``) need the CA. NodeConfigError
    saying which setting is missing or unusable."""
    if files.cert is None or files.key is None:
        raise NodeConfigError("Receiving with TLS needs this node's certificate and private key.")
    if files.ca is None and identities:
        raise NodeConfigError("Certificate names for senders need the CA of the peers (client certificates to check).")
    if files.ca is None and not anonymous_clients:
        raise NodeConfigError(
            "Receiving with TLS needs the CA that certifies the peers, so that only senders with a certificate "
            "it signed can connect; to accept TLS clients without a certificate, allow it explicitly."
        )
    return server_context(files.cert, files.key, files.ca)


def client_context(files: TlsFiles) -> ssl.SSLContext:
    """An SSL context for calling a TLS peer (TLS 1.2 or later): the peer's certificate must be
    signed by ``files.ca`` (the system's CAs when None) and name the host called; this node's
    certificate is presented when set. NodeConfigError when a file is unusable."""
    try:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(files.ca) if files.ca else None)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if files.cert is not None:
            if files.key is not None:
                check_key_private(files.key)
            context.load_cert_chain(str(files.cert), str(files.key) if files.key else None)
    except (OSError, ssl.SSLError) as exc:
        raise NodeConfigError(f"The TLS certificate, key or CA could not be used: {exc}") from exc
    return context


def certificate_names(peer_cert: dict | None) -> set[str]:
    """The names a verified peer certificate (``SSLSocket.getpeercert()``) carries: its subject's
    common names and its DNS and IP subject alternative names."""
    if not peer_cert:
        return set()
    names = {value for rdn in peer_cert.get("subject", ()) for key, value in rdn if key == "commonName"}
    names |= {value for key, value in peer_cert.get("subjectAltName", ()) if key in ("DNS", "IP Address")}
    return names
