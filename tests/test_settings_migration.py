"""Settings survive upgrades: an older settings file is migrated, never wiped."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from fetalhc_gui.gui.settings import SETTINGS_VERSION, Settings

V1_INI = """[General]
settings_version=1

[dicom]
ae_title=WARD7
port=11113
peers=PACS@10.0.0.5:104, VOLUSON@10.0.0.9:104
node_on=true

[paths]
last_folder=/data/exams
recent=/data/exams/a.dcm, /data/exams/b.dcm

[view]
mask_opacity=0.5
"""


def test_a_version_1_settings_file_keeps_its_peers_title_and_recent_files(tmp_path):
    path = tmp_path / "old.ini"
    path.write_text(V1_INI)
    settings = Settings(str(path))
    assert settings.dicom_ae_title == "WARD7" and settings.dicom_port == 11113 and settings.dicom_node_on
    assert [f"{p.ae_title}@{p.host}:{p.port}" for p in settings.dicom_peers] == [
        "PACS@10.0.0.5:104",
        "VOLUSON@10.0.0.9:104",
    ]
    assert settings.recent_files == ["/data/exams/a.dcm", "/data/exams/b.dcm"]
    assert settings.mask_opacity == 0.5 and settings.last_folder == "/data/exams"
    assert settings.last_export_folder == "/data/exams"  # new in version 2, started where version 1 was
    settings.sync()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("settings_version") in (
        SETTINGS_VERSION,
        str(SETTINGS_VERSION),
    )


def test_a_newer_versions_settings_are_read_as_they_are(tmp_path):
    path = tmp_path / "new.ini"
    path.write_text(V1_INI.replace("settings_version=1", f"settings_version={SETTINGS_VERSION + 5}"))
    settings = Settings(str(path))
    assert settings.dicom_ae_title == "WARD7" and len(settings.dicom_peers) == 2
