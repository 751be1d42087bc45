"""The DICOM node's settings: its own AE title, address and port, and the peers it knows."""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass, field

from fetalhc_gui.core.errors import FetalHCError

#: DICOM PS3.5: an AE title is 1-16 characters of the default repertoire, no backslash or controls.
AE_TITLE = re.compile(r"^[\x20-\x5b\x5d-\x7e]{1,16}$")
DEFAULT_AE_TITLE = "FETALHC"
DEFAULT_PORT = 11112


class NodeConfigError(FetalHCError):
    """A node setting that cannot work: a bad AE title, port or peer."""


def checked_ae_title(title: str) -> str:
    """``title`` stripped of surrounding spaces; NodeConfigError unless it is a valid AE title."""
    stripped = str(title).strip()
    if not AE_TITLE.match(stripped):
        raise NodeConfigError(
            f"'{title}' is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash."
        )
    return stripped


def checked_port(port: int | str, any_free: bool = False) -> int:
    """``port`` as an int; NodeConfigError unless it lies in 1-65535 (0 too with ``any_free``: the
    system picks a free port, as the tests do)."""
    try:
        value = int(port)
    except (TypeError, ValueError):
        raise NodeConfigError(f"The port '{port}' is not a number.") from None
    if not (0 if any_free else 1) <= value <= 65535:
        raise NodeConfigError(f"The port {value} is outside 1-65535.")
    return value


def parse_identity(text: str) -> tuple[str, str]:
    """An identity written as ``AE=NAME``: the calling AE title and the certificate name (its
    common name or a DNS or IP name) it must present over TLS."""
    ae, sep, name = text.partition("=")
    if not sep or not name.strip():
        raise NodeConfigError(f"'{text}' is not an identity: write AE_TITLE=CERTIFICATE_NAME.")
    return checked_ae_title(ae), name.strip()


@dataclass(frozen=True)
class Peer:
    """A known DICOM peer: its AE title, host and port, and whether it is called with TLS."""

    ae_title: str
    host: str
    port: int
    tls: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "ae_title", checked_ae_title(self.ae_title))
        object.__setattr__(self, "port", checked_port(self.port))
        if not self.host.strip():
            raise NodeConfigError(f"The peer {self.ae_title} has no host.")

    @classmethod
    def parse(cls, text: str) -> Peer:
        """A peer written as ``AE@HOST:PORT``, or ``AE@HOST:PORT+tls`` for one called with TLS."""
        match = re.fullmatch(r"(.+)@(.+):(\d+)(\+tls)?", text.strip(), re.IGNORECASE)
        if not match:
            raise NodeConfigError(f"'{text}' is not a peer: write AE_TITLE@HOST:PORT (or AE_TITLE@HOST:PORT+tls).")
        return cls(match.group(1), match.group(2), int(match.group(3)), bool(match.group(4)))

    @property
    def text(self) -> str:
        """The form ``parse`` reads."""
        return f"{self.ae_title}@{self.host}:{self.port}{'+tls' if self.tls else ''}"


def parse_sender(text: str) -> tuple[str, str | None]:
    """A sender written as ``AE`` (from anywhere) or ``AE@HOST`` (only from HOST: a name, an
    address or a network such as 10.0.0.0/24): the AE title and the host (None for anywhere)."""
    ae, sep, host = text.partition("@")
    if sep and not host.strip():
        raise NodeConfigError(f"'{text}' names no host: write AE_TITLE or AE_TITLE@HOST.")
    return checked_ae_title(ae), host.strip() if sep else None


def address_matches(address: str, host: str) -> bool:
    """True when a peer's IP ``address`` is ``host``: the same address, inside the network it
    names (10.0.0.0/24), or one its name resolves to."""
    try:
        peer = ipaddress.ip_address(address)
    except ValueError:
        return False
    try:
        return peer in ipaddress.ip_network(host, strict=False)
    except ValueError:
        pass
    try:
        resolved = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    return any(peer == ipaddress.ip_address(a.split("%")[0]) for a in resolved)


@dataclass(frozen=True)
class NodeConfig:
    """The local node: AE title, bind address, port, the calling AE titles allowed to send to it,
    the host each may send from (``hosts``: AE title, host or network; titles not listed may send
    from anywhere), the certificate name each must present over TLS (``identities``: AE title,
    name; titles not listed may use any certificate the node trusts), and the limits that keep a
    sender from exhausting it (bytes, pixels, associations, free disk space)."""

    ae_title: str = DEFAULT_AE_TITLE
    port: int = DEFAULT_PORT
    bind_address: str = "127.0.0.1"
    allowed: tuple[str, ...] = field(default_factory=tuple)
    max_dataset_bytes: int = 512 * 1024 * 1024
    max_pixels: int = 4096 * 4096 * 200
    max_associations: int = 32
    max_associations_per_peer: int = 8
    identities: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    hosts: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    accept_deflate: bool = False
    min_free_bytes: int = 2 * 1024 * 1024 * 1024

    def __post_init__(self) -> None:
        object.__setattr__(self, "ae_title", checked_ae_title(self.ae_title))
        object.__setattr__(self, "port", checked_port(self.port, any_free=True))
        object.__setattr__(self, "allowed", tuple(checked_ae_title(a) for a in self.allowed))
        if not self.allowed:
            raise NodeConfigError("List at least one calling AE title that may send images to FetalHC.")
        identities = tuple((checked_ae_title(ae), str(name).strip()) for ae, name in self.identities)
        object.__setattr__(self, "identities", identities)
        for ae, name in identities:
            if ae not in self.allowed:
                raise NodeConfigError(f"{ae} has a certificate name but is not a peer allowed to send images.")
            if not name:
                raise NodeConfigError(f"The certificate name for {ae} is empty.")
        hosts = tuple((checked_ae_title(ae), str(host).strip()) for ae, host in self.hosts)
        object.__setattr__(self, "hosts", hosts)
        for ae, host in hosts:
            if ae not in self.allowed or not host:
                raise NodeConfigError(f"The host {host!r} is given for {ae}, which is not a peer allowed to send.")

    def host_allowed(self, calling_ae: str, address: str) -> bool:
        """True when ``calling_ae`` may send from ``address`` (its hosts, or anywhere without any)."""
        hosts = [host for ae, host in self.hosts if ae == calling_ae.strip()]
        return not hosts or any(address_matches(address, host) for host in hosts)

    def certificate_name(self, calling_ae: str) -> str | None:
        """The certificate name ``calling_ae`` must present, None when any trusted one will do."""
        return dict(self.identities).get(calling_ae.strip())
