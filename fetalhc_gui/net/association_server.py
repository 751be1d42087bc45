"""The node's listening server: pynetdicom's threaded association server with the TLS handshake
moved off the accepting thread.

pynetdicom wraps each accepted socket in TLS on the one thread that accepts connections, without a
timeout, so a single client that connects and says nothing stops every other connection, and a
failed handshake vanishes without a trace. Here each connection shakes hands on its own thread
within ``handshake_timeout_s`` seconds, and a failure is reported to ``on_handshake_failed``.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable

from pynetdicom import AE
from pynetdicom.transport import ThreadedAssociationServer

HandshakeFailed = Callable[[str, int, str], None]


class HandshakingServer(ThreadedAssociationServer):
    """A threaded association server that does the TLS handshake on the connection's thread."""

    def __init__(
        self,
        *args,
        handshake_timeout_s: float = 5.0,
        on_handshake_failed: HandshakeFailed | None = None,
        **kwargs,
    ):
        self.handshake_timeout_s = handshake_timeout_s
        self.on_handshake_failed = on_handshake_failed or (lambda _address, _port, _reason: None)
        super().__init__(*args, **kwargs)

    def get_request(self) -> tuple[socket.socket, tuple[str, int]]:
        """Accept a connection; the handshake waits for its own thread."""
        return self.socket.accept()

    def process_request_thread(self, request, client_address) -> None:
        if self.ssl_context is not None:
            try:
                request.settimeout(self.handshake_timeout_s)
                request = self.ssl_context.wrap_socket(request, server_side=True)
                request.settimeout(None)
            except (OSError, ssl.SSLError) as exc:
                self.on_handshake_failed(client_address[0], client_address[1], str(exc) or type(exc).__name__)
                self.shutdown_request(request)
                return
        super().process_request_thread(request, client_address)


def start_server(ae: AE, address: tuple[str, int], **kwargs) -> HandshakingServer:
    """Listen on ``address`` in the background, as ``AE.start_server(block=False)`` does, with a
    ``HandshakingServer`` (``kwargs``: those of ``AE.make_server`` and of the server)."""
    server = ae.make_server(address, server_class=HandshakingServer, **kwargs)
    thread = threading.Thread(target=server.serve_forever, name="fetalhc-node-accept", daemon=True)
    thread.start()
    ae._servers.append(server)  # as AE.start_server does: AE.shutdown() and server.shutdown() expect it
    return server
