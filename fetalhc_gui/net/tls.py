"""TLS for the DICOM node: the server context from a certificate and key, optionally requiring
client certificates signed by a given CA."""

from __future__ import annotations

import ssl
from pathlib import Path

from fetalhc_gui.net.node_config import NodeConfigError


def server_context(cert: Path, key: Path, client_ca: Path | None = None) -> ssl.SSLContext:
    """An SSL context for a listening node (TLS 1.2 or later); NodeConfigError when a file is unusable."""
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
