"""Window state and preferences in one QSettings INI file (measurements and models live in files)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from fetalhc_gui.io.private import FILE_MODE, make_private
from fetalhc_gui.net.node_config import (
    DEFAULT_AE_TITLE,
    DEFAULT_PORT,
    NodeConfig,
    NodeConfigError,
    Peer,
    parse_identity,
)
from fetalhc_gui.net.tls import TlsFiles, client_context, listening_context

SETTINGS_VERSION = 2
MAX_RECENT = 10


#: Days the window keeps what it received, retrieved and sent, unless the user sets otherwise.
DEFAULT_RETENTION_DAYS = 30
#: The data folder's folders: images the node received, studies retrieved from a PACS, the results
#: made to send, the queue of results waiting for a PACS, and the logs.
INBOX_FOLDER, RETRIEVED_FOLDER, RESULTS_FOLDER, OUTBOX_FOLDER, LOG_FOLDER = (
    "inbox",
    "retrieved",
    "dicom_results",
    "outbox",
    "logs",
)
#: The folders of patient data that retention applies to (not the session, logs or models).
RETAINED_FOLDERS = (INBOX_FOLDER, RETRIEVED_FOLDER, RESULTS_FOLDER, OUTBOX_FOLDER)


def retained_folders() -> list[Path]:
    """The folders of the data folder whose files retention deletes once old enough."""
    return [user_data_dir() / name for name in RETAINED_FOLDERS]


def user_data_dir() -> Path:
    """Folder of the autosaved session, logs and trained models (``FETALHC_DATA_DIR`` overrides it,
    as the tests do): ``~/.local/share/FetalHC`` on Linux, private to this account (0700, its
    files 0600: ``io.private``). A folder left by earlier versions
    (``FetalHC/FetalHC/FetalHC``) is moved there once, so no session is lost."""
    override = os.environ.get("FETALHC_DATA_DIR")
    if override:
        return make_private(override)
    generic = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation))
    folder = generic / "FetalHC"
    legacy = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "FetalHC"
    if legacy.is_dir() and not (folder / "session.json").exists() and legacy != folder:
        move_legacy_folder(legacy, folder)
    return make_private(folder)


def move_legacy_folder(legacy: Path, folder: Path) -> None:
    """Move the contents of an earlier version's data folder into ``folder`` (files already there win)."""
    folder.mkdir(parents=True, exist_ok=True)
    for item in legacy.iterdir():
        target = folder / item.name
        if not target.exists():
            shutil.move(str(item), str(target))


def _from_version_1(qs: QSettings) -> None:
    """Version 2 remembers the export folder apart from the folder images are opened from; it
    starts where version 1's one folder was."""
    if qs.contains("paths/last_folder") and not qs.contains("paths/last_export_folder"):
        qs.setValue("paths/last_export_folder", qs.value("paths/last_folder"))


#: Each function turns the settings of its version into those of the next.
MIGRATIONS = {1: _from_version_1}


def migrate(qs: QSettings) -> None:
    """Bring settings written by an older FetalHC up to SETTINGS_VERSION, keeping what they hold."""
    try:
        version = int(qs.value("settings_version", SETTINGS_VERSION))
    except (TypeError, ValueError):
        version = SETTINGS_VERSION
    while version < SETTINGS_VERSION:
        MIGRATIONS.get(version, lambda _qs: None)(qs)
        version += 1
    if version == SETTINGS_VERSION:
        qs.setValue("settings_version", SETTINGS_VERSION)


class Settings:
    """Typed access to the application's preferences.

    The file is ``FETALHC_SETTINGS_FILE`` when set (each test has its own), else the platform's
    user configuration folder. Settings written by an older version are migrated (``MIGRATIONS``),
    never wiped; a newer version's are read as they are.
    """

    def __init__(self, path: str | None = None):
        path = path or os.environ.get("FETALHC_SETTINGS_FILE")
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "FetalHC", "FetalHC")
        migrate(self._qs)

    def sync(self) -> None:
        """Write pending changes to disk; the file (recent files name patients' images) is 0600."""
        self._qs.sync()
        path = Path(self._qs.fileName())
        if path.is_file() and os.name == "posix":
            os.chmod(path, FILE_MODE)

    def _get(self, key: str, default, kind):
        value = self._qs.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def last_folder(self) -> str:
        return self._get("paths/last_folder", str(Path.home()), str)

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._qs.setValue("paths/last_folder", value)

    @property
    def last_export_folder(self) -> str:
        """Where the last export or report was written (exports are offered there)."""
        return self._get("paths/last_export_folder", self.last_folder, str)

    @last_export_folder.setter
    def last_export_folder(self, value: str) -> None:
        self._qs.setValue("paths/last_export_folder", value)

    def pixel_size_csv_choice(self, folder: str) -> str | None:
        """What the user answered for the pixel-size CSV offered with ``folder``: the CSV's path
        (use it), "" (not wanted) or None (never asked)."""
        value = self._qs.value(f"pixel_size_csv/{_key(folder)}", None)
        return None if value is None else str(value)

    def set_pixel_size_csv_choice(self, folder: str, csv: str) -> None:
        self._qs.setValue(f"pixel_size_csv/{_key(folder)}", csv)

    @property
    def recent_files(self) -> list[str]:
        value = self._qs.value("paths/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files if p != path]
        self._qs.setValue("paths/recent", [path, *recent][:MAX_RECENT])

    @property
    def language(self) -> str:
        """The window's language code (``report.language.LANGUAGES``); empty: the operating system's."""
        return str(self._qs.value("view/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("view/language", code)

    @property
    def mask_opacity(self) -> float:
        """Mask overlay opacity, 0..1."""
        return min(1.0, max(0.0, self._get("view/mask_opacity", 0.35, float)))

    @mask_opacity.setter
    def mask_opacity(self, value: float) -> None:
        self._qs.setValue("view/mask_opacity", float(value))

    @property
    def auto_measure(self) -> bool:
        """Measure each image when it is first shown."""
        return str(self._qs.value("measure/auto", "true")).lower() == "true"

    @auto_measure.setter
    def auto_measure(self, value: bool) -> None:
        self._qs.setValue("measure/auto", "true" if value else "false")

    @property
    def retention_days(self) -> float:
        """Days the data folder keeps received, retrieved and sent images and results (default 30)."""
        try:
            return max(0.0, float(self._qs.value("privacy/retention_days", DEFAULT_RETENTION_DAYS)))
        except (TypeError, ValueError):
            return float(DEFAULT_RETENTION_DAYS)

    @retention_days.setter
    def retention_days(self, days: float) -> None:
        self._qs.setValue("privacy/retention_days", float(days))

    @property
    def model_dir(self) -> str | None:
        """The model folder chosen by the user; None means the bundled model."""
        value = self._qs.value("model/dir", "")
        return str(value) or None

    @model_dir.setter
    def model_dir(self, value: str | None) -> None:
        self._qs.setValue("model/dir", value or "")

    # the DICOM node (off unless the user turns it on)
    @property
    def dicom_node_on(self) -> bool:
        """Listen for images from the known peers."""
        return str(self._qs.value("dicom/node_on", "false")).lower() == "true"

    @dicom_node_on.setter
    def dicom_node_on(self, value: bool) -> None:
        self._qs.setValue("dicom/node_on", "true" if value else "false")

    @property
    def dicom_ae_title(self) -> str:
        return self._get("dicom/ae_title", DEFAULT_AE_TITLE, str)

    @property
    def dicom_port(self) -> int:
        return self._get("dicom/port", DEFAULT_PORT, int)

    @property
    def dicom_bind_address(self) -> str:
        return self._get("dicom/bind_address", "127.0.0.1", str)

    @property
    def dicom_peers(self) -> list[Peer]:
        """The known peers; peers stored in a form no longer valid are left out."""
        value = self._qs.value("dicom/peers", [])
        peers = []
        for text in [value] if isinstance(value, str) else list(value or []):
            try:
                peers.append(Peer.parse(text))
            except NodeConfigError:
                continue
        return peers

    def set_dicom_node(self, ae_title: str, port: int, bind_address: str, peers: list[Peer]) -> None:
        """Store the node's settings (validated by the caller through ``dicom_node_config``)."""
        self._qs.setValue("dicom/ae_title", ae_title)
        self._qs.setValue("dicom/port", int(port))
        self._qs.setValue("dicom/bind_address", bind_address)
        self._qs.setValue("dicom/peers", [p.text for p in peers])

    def dicom_node_config(self) -> NodeConfig:
        """The node's configuration: the known peers' AE titles are the senders it accepts, each
        from its own host only (Orthanc's DicomCheckModalityHost) and tied to its certificate name
        where one is set; NodeConfigError when the settings cannot work."""
        return node_config_of(
            self.dicom_ae_title,
            self.dicom_port,
            self.dicom_bind_address,
            self.dicom_peers,
            self.dicom_identities,
            self.dicom_accept_deflate,
        )

    @property
    def dicom_accept_deflate(self) -> bool:
        """The node accepts the deflated transfer syntax (inflated with a size cap; off by default)."""
        return str(self._qs.value("dicom/accept_deflate", "false")).lower() == "true"

    @dicom_accept_deflate.setter
    def dicom_accept_deflate(self, on: bool) -> None:
        self._qs.setValue("dicom/accept_deflate", "true" if on else "false")

    # TLS: this node's certificate, key and the CA of its peers
    @property
    def dicom_tls(self) -> TlsFiles:
        """The certificate, key and CA files set (None where not)."""
        paths = [self._get(f"dicom/tls_{name}", "", str) for name in ("cert", "key", "ca")]
        return TlsFiles(*(Path(p) if p else None for p in paths))

    @property
    def dicom_tls_on(self) -> bool:
        """The node listens with TLS (only TLS)."""
        return str(self._qs.value("dicom/tls_on", "false")).lower() == "true"

    @property
    def dicom_identities(self) -> tuple[tuple[str, str], ...]:
        """(AE title, certificate name) pairs: the name each sender's client certificate must carry."""
        value = self._qs.value("dicom/identities", [])
        pairs = []
        for text in [value] if isinstance(value, str) else list(value or []):
            try:
                pairs.append(parse_identity(text))
            except NodeConfigError:
                continue
        return tuple(pairs)

    @property
    def dicom_tls_anonymous_clients(self) -> bool:
        """The node accepts TLS clients that present no certificate (only without a CA; off by default)."""
        return str(self._qs.value("dicom/tls_anonymous_clients", "false")).lower() == "true"

    def set_dicom_tls(
        self,
        files: TlsFiles,
        listen: bool,
        identities: tuple[tuple[str, str], ...],
        anonymous_clients: bool = False,
    ) -> None:
        """Store the TLS files, whether the node listens with TLS, the certificate names, and
        whether TLS clients without a certificate are accepted."""
        for name in ("cert", "key", "ca"):
            value = getattr(files, name)
            self._qs.setValue(f"dicom/tls_{name}", str(value) if value else "")
        self._qs.setValue("dicom/tls_on", "true" if listen else "false")
        self._qs.setValue("dicom/identities", [f"{ae}={name}" for ae, name in identities])
        self._qs.setValue("dicom/tls_anonymous_clients", "true" if anonymous_clients else "false")

    def dicom_server_context(self):
        """The node's SSL context when it listens with TLS, else None; NodeConfigError when the
        settings cannot work (``net.tls.listening_context``)."""
        if not self.dicom_tls_on:
            return None
        identities = self.dicom_node_config().identities
        return listening_context(self.dicom_tls, identities, self.dicom_tls_anonymous_clients)

    def dicom_client_context(self, peer: Peer):
        """The SSL context for calling ``peer`` when it is a TLS peer, else None; NodeConfigError
        when the files cannot be used."""
        return client_context(self.dicom_tls) if peer.tls else None


def _key(folder: str) -> str:
    """A settings key for a folder path (QSettings treats slashes as groups)."""
    return hashlib.sha256(folder.encode("utf-8")).hexdigest()[:24]


def node_config_of(
    ae_title: str,
    port: int,
    bind: str,
    peers: list[Peer],
    identities: tuple[tuple[str, str], ...],
    accept_deflate: bool = False,
) -> NodeConfig:
    """The window's node configuration from its peers: each peer's AE title may send from the
    peer's host only, tied to its certificate name where one is given; the deflated transfer
    syntax accepted only with ``accept_deflate``. NodeConfigError when it cannot work."""
    allowed = tuple(dict.fromkeys(p.ae_title for p in peers))
    named = tuple((ae, name) for ae, name in identities if ae in allowed)
    hosts = tuple(dict.fromkeys((p.ae_title, p.host) for p in peers))
    return NodeConfig(ae_title, port, bind, allowed, identities=named, hosts=hosts, accept_deflate=accept_deflate)
