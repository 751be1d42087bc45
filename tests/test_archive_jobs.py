"""Archives on many processes and machines (Dask): ``--jobs`` and ``--cluster`` give the serial run's
records, survive a killed parent or worker, and end clearly when the cluster goes away. Every
cluster listens on loopback and is stopped by its test."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from fetalhc_gui.app.journal import journal_path, read_journal
from fetalhc_gui.app.measuring import measure_files
from fetalhc_gui.app.parallel_measuring import dask_runner, local_client
from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
from fetalhc_gui.cli import main
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource

from support.certificates import issue, make_ca
from support.dicom_factory import write_dicom
from support.node import wait_for_journal
from support.orthanc import free_port

IMAGES = 40
PROVENANCE = {"timestamp", "file"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """40 phantom heads of several sizes and a 6-frame cine loop."""
    folder = tmp_path_factory.mktemp("archive")
    for i in range(IMAGES):
        head = Ellipse(400, 270, 120 + 2 * i, 90 + 1.5 * i, 0.1 * i)
        cv2.imwrite(str(folder / f"{i:03d}_HC.png"), head_phantom(head, seed=i))
    frames = np.stack([head_phantom(seed=50 + k) for k in range(6)])
    write_dicom(folder / "loop.dcm", frames, pixel_spacing=(0.1, 0.1))
    return folder


@pytest.fixture(scope="module")
def serial(archive, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("serial") / "serial.csv"
    assert main(["predict", str(archive), "--pixel-size", "0.1", "-o", str(out)]) == 0
    return read_rows(out)


def read_rows(path: Path) -> list[dict]:
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def same_records(rows: list[dict], expected: list[dict]) -> None:
    assert [r["filename"] for r in rows] == [r["filename"] for r in expected]
    for row, want in zip(rows, expected, strict=True):
        assert {k: v for k, v in row.items() if k not in PROVENANCE} == {
            k: v for k, v in want.items() if k not in PROVENANCE
        }


def predict_command(archive: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "fetalhc_gui.cli",
        "predict",
        str(archive),
        "--pixel-size",
        "0.1",
        "-o",
        str(out),
        *extra,
    ]


def test_jobs_give_the_serial_runs_records_column_for_column(archive, serial, tmp_path):
    out = tmp_path / "jobs.csv"
    assert main(["predict", str(archive), "--pixel-size", "0.1", "-o", str(out), "--jobs", "2"]) == 0
    same_records(read_rows(out), serial)
    assert read_rows(out)[0]["filename"] == "000_HC.png" and any(r["filename"] == "loop.dcm" for r in serial)


def test_kill_9_of_the_parent_then_resume_on_workers_measures_each_image_once(archive, serial, tmp_path):
    out = tmp_path / "killed.csv"
    journal = journal_path(out)
    process = subprocess.Popen(predict_command(archive, out, "--jobs", "2"), stderr=subprocess.PIPE)
    wait_for_journal(process, journal, 9, 180)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before = read_journal(journal)
    assert 9 <= len(done_before) < IMAGES + 1
    resumed = subprocess.run(predict_command(archive, out, "--jobs", "2", "--resume"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming: {len(done_before)} images already measured" in resumed.stderr
    same_records(read_rows(out), serial)


def test_a_worker_killed_mid_run_loses_only_its_images_in_flight_which_are_measured_again(
    archive, serial, bundled_predictor
):
    files = sorted(p for p in archive.iterdir())
    sizes = PixelSizeOptions(default=PixelSize(0.1, PixelSizeSource.MANUAL))
    predictor = bundled_predictor
    client = local_client(2)
    cluster = client.cluster
    try:
        pids = list(client.run(os.getpid).values())
        killed = []

        def on_done(n: int) -> None:
            if not killed:  # after the first task, one worker dies as if the kernel had killed it
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])

        runner = dask_runner(client, predictor.model_dir, sizes, False, 1)
        rows = measure_files(predictor, files, sizes, on_done=on_done, runner=runner)
    finally:
        client.close()
        cluster.close()
    assert killed
    expected = {r["filename"]: r for r in serial}
    assert sorted(r["filename"] for r in rows) == sorted(expected)  # each once
    for row in rows:
        assert row["hc_mm"] == pytest.approx(float(expected[row["filename"]]["hc_mm"]), abs=1e-9)


def start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


@pytest.fixture
def scheduler_and_two_workers(tmp_path):
    """A Dask scheduler and two workers, each its own process, on loopback and over TLS (a CA made
    for the test certifies all of them and the client); stopped afterwards. The address and the
    ``--cluster-*`` options of a client."""
    ca = make_ca(tmp_path / "pki")
    node, client_files = issue(ca, tmp_path / "pki", "dask"), issue(ca, tmp_path / "pki", "client")
    tls = ["--tls-ca-file", str(ca.cert), "--tls-cert", str(node.cert), "--tls-key", str(node.key)]
    port = free_port()
    address = f"tls://127.0.0.1:{port}"
    dask = str(Path(sys.executable).parent / "dask")  # Dask's own command line, installed with it
    scheduler = [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard", "--protocol", "tls"]
    processes = [start([*scheduler, *tls])]
    worker = [dask, "worker", address, "--nthreads", "1", "--no-dashboard", "--local-directory", str(tmp_path / "dask")]
    processes += [start([*worker, *tls]), start([*worker, *tls])]
    options = ["--cluster-ca", str(ca.cert), "--cluster-cert", str(client_files.cert)]
    options += ["--cluster-key", str(client_files.key)]
    try:
        from fetalhc_gui.app.parallel_measuring import cluster_security

        security = cluster_security(ca.cert, client_files.cert, client_files.key)
        from distributed import Client

        with Client(address, timeout=60, security=security) as client:
            client.wait_for_workers(2, timeout=60)
        yield address, processes, options
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def test_a_running_cluster_gives_the_serial_runs_records(archive, serial, tmp_path, scheduler_and_two_workers):
    address, _, options = scheduler_and_two_workers
    out = tmp_path / "cluster.csv"
    command = ["predict", str(archive), "--pixel-size", "0.1", "-o", str(out), "--cluster", address, *options]
    assert main(command) == 0
    same_records(read_rows(out), serial)


def test_a_cluster_that_goes_away_ends_the_run_clearly_and_it_resumes(
    archive, serial, tmp_path, scheduler_and_two_workers
):
    address, processes, options = scheduler_and_two_workers
    out = tmp_path / "gone.csv"
    journal = journal_path(out)
    command = predict_command(archive, out, "--cluster", address, *options)
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    wait_for_journal(run, journal, 9, 180)
    for process in processes:
        os.killpg(process.pid, signal.SIGKILL)
    _, err = run.communicate(timeout=180)
    assert run.returncode == 2 and "--resume" in err and "Traceback" not in err, err
    done = read_journal(journal)
    assert len(done) >= 9 and not out.exists()
    resumed = subprocess.run(predict_command(archive, out, "--resume"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    same_records(read_rows(out), serial)


def test_an_address_where_no_scheduler_answers_is_a_clear_error(archive, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("fetalhc_gui.app.parallel_measuring.CONNECT_TIMEOUT_S", 3)
    out = tmp_path / "none.csv"
    address = f"tcp://127.0.0.1:{free_port()}"
    command = ["predict", str(archive / "000_HC.png"), "--pixel-size", "0.1", "-o", str(out), "--cluster", address]
    assert main(command) == 2  # without its TLS files
    assert "--cluster needs --cluster-ca" in capsys.readouterr().err and not out.exists()
    ca = make_ca(tmp_path / "pki")
    mine = issue(ca, tmp_path / "pki", "client")
    files = ["--cluster-ca", str(ca.cert), "--cluster-cert", str(mine.cert), "--cluster-key", str(mine.key)]
    assert main([*command, *files]) == 2  # tcp:// is refused: rows would cross the network in clear
    assert "over TLS only" in capsys.readouterr().err
    tls_address = address.replace("tcp://", "tls://")
    assert main([*command[:-1], tls_address, *files]) == 2
    assert f"no Dask scheduler answered at {tls_address}" in capsys.readouterr().err and not out.exists()


def test_a_huge_image_on_a_worker_is_an_error_row_not_a_killed_run(tmp_path):
    folder = tmp_path / "huge"
    folder.mkdir()
    cv2.imwrite(str(folder / "huge.png"), np.zeros((20000, 20000), np.uint8))
    cv2.imwrite(str(folder / "small_HC.png"), head_phantom())
    out = tmp_path / "huge.csv"
    assert main(["predict", str(folder), "--pixel-size", "0.1", "-o", str(out), "--jobs", "2"]) == 0
    rows = {r["filename"]: r for r in read_rows(out)}
    assert rows["huge.png"]["status"].startswith("error:") and "pixels" in rows["huge.png"]["status"]
    assert rows["small_HC.png"]["status"] == "ok"
