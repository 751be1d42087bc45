"""Long ``fetalhc predict`` runs: rows are journaled as they finish, and ``--resume`` goes on after a crash."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys

import cv2
import pytest

from fetalhc_gui.app.journal import Journal, journal_path, read_journal
from fetalhc_gui.cli import main
from fetalhc_gui.core.phantom import head_phantom

from support.node import wait_for_journal  # noqa: F401

IMAGES = 48


@pytest.fixture
def phantoms(tmp_path):
    folder = tmp_path / "phantoms"
    folder.mkdir()
    for i in range(IMAGES):
        cv2.imwrite(str(folder / f"{i:03d}_HC.png"), head_phantom(seed=i))
    return folder


def read_rows(path) -> list[dict]:
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def test_kill_9_midway_then_resume(phantoms, tmp_path):
    out = tmp_path / "results.csv"
    journal = journal_path(out)
    command = [sys.executable, "-m", "fetalhc_gui.cli", "predict", str(phantoms), "--pixel-size", "0.1", "-o", str(out)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_journal(process, journal, 16, 120)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before = read_journal(journal)
    assert 16 <= len(done_before) < IMAGES and not out.exists()

    again = subprocess.run(command, capture_output=True, text=True)
    assert again.returncode == 2 and "--resume" in again.stderr  # the journal is never thrown away silently

    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming: {len(done_before)} images already measured" in resumed.stderr
    rows = read_rows(out)
    assert [r["filename"] for r in rows] == [f"{i:03d}_HC.png" for i in range(IMAGES)]
    assert all(r["status"] == "ok" and float(r["hc_mm"]) > 0 for r in rows)
    kept = {row["filename"]: row for row in done_before.values()}
    for row in rows[: len(kept)]:
        assert float(row["hc_mm"]) == pytest.approx(kept[row["filename"]]["hc_mm"], abs=1e-6)
    assert not journal.exists()


def test_a_line_cut_short_by_a_crash_is_ignored_and_ended(tmp_path):
    path = tmp_path / "out.csv.journal"
    header = {"fetalhc_journal": 1, "options": {"pixel size": "--pixel-size 0.1"}}
    row = {"source": "a.png", "row": {"filename": "a.png"}}
    path.write_text(json.dumps(header) + "\n" + json.dumps(row) + '\n{"source": "b.p')
    journal = Journal(tmp_path / "out.csv", True, header["options"])
    assert list(journal.rows) == ["a.png"]
    journal.append("c.png", {"filename": "c.png"})
    journal.close(remove=False)
    assert list(read_journal(path)) == ["a.png", "c.png"]


def test_resume_without_a_journal_measures_everything(phantoms, tmp_path):
    out = tmp_path / "r.json"
    assert (
        main(
            [
                "predict",
                str(phantoms / "000_HC.png"),
                "--pixel-size",
                "0.1",
                "-o",
                str(out),
                "--format",
                "json",
                "--resume",
            ]
        )
        == 0
    )
    assert len(json.loads(out.read_text())["rows"]) == 1
    assert not journal_path(out).exists()
