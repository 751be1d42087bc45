"""``make bench-scale``: images per second of ``fetalhc predict`` on 200 images, serial, with
``--jobs`` 1, 2 and all cores, and through a local Dask cluster (a scheduler and one worker per
core, each its own process, as on a real cluster); with the scaling efficiency.

Each figure is one whole command, start-up (model load, worker start) included: what a user
waits for. The images are the first 200 of ../shared/hc18 (phantom heads where it is absent),
in a scratch folder; nothing of the user's is read or written.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2

from fetalhc_gui.core.phantom import head_phantom

IMAGES = 200
HC18 = Path(__file__).resolve().parents[1].parent / "shared" / "hc18" / "training_set"
#: The commands, run by this Python (so it works from a source tree as well as an install).
FETALHC = [sys.executable, "-m", "fetalhc_gui.cli"]
DASK_SCHEDULER = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
DASK_WORKER = [sys.executable, "-m", "distributed.cli.dask_worker"]


def images(folder: Path) -> str:
    """Fill ``folder`` with the benchmark's images; what they are."""
    sources = sorted(HC18.glob("*_HC.png"))[:IMAGES] if HC18.is_dir() else []
    if len(sources) == IMAGES:
        for path in sources:
            shutil.copy(path, folder / path.name)
        return f"{IMAGES} HC18 images"
    for i in range(IMAGES):
        cv2.imwrite(str(folder / f"{i:03d}_HC.png"), head_phantom(seed=i))
    return f"{IMAGES} phantom heads (../shared/hc18 absent)"


def timed(folder: Path, out: Path, *extra: str) -> float:
    """Seconds of one ``fetalhc predict`` over ``folder``."""
    command = [*FETALHC, "predict", str(folder), "--pixel-size", "0.1", "-o", str(out), *extra]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    out.unlink()
    return seconds


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def local_dask_cluster(workers: int, scratch: Path) -> tuple[str, list[subprocess.Popen], list[str]]:
    """A scheduler and ``workers`` single-threaded workers, each its own process, on loopback over
    TLS (a certificate made for the run, as ``--cluster`` requires); the address, the processes and
    the ``--cluster-*`` options of a client."""
    from distributed import Client, Security

    temporary = Security.temporary()
    pki = scratch / "pki"
    pki.mkdir(mode=0o700)
    files = {}
    for name in ("tls_ca_file", "tls_client_cert", "tls_client_key"):
        files[name] = pki / f"{name}.pem"
        files[name].write_text(getattr(temporary, name))
        files[name].chmod(0o600)
    tls = ["--tls-ca-file", str(files["tls_ca_file"])]
    tls += ["--tls-cert", str(files["tls_client_cert"]), "--tls-key", str(files["tls_client_key"])]
    address = f"tls://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    scheduler = [*DASK_SCHEDULER, "--port", port, "--no-dashboard", "--protocol", "tls", *tls]
    processes = [subprocess.Popen(scheduler, **quiet)]
    worker = [*DASK_WORKER, address, "--nthreads", "1", "--no-dashboard", *tls]
    processes += [
        subprocess.Popen([*worker, "--local-directory", str(scratch / f"w{k}")], **quiet) for k in range(workers)
    ]
    with Client(address, timeout=60, security=temporary) as client:
        client.wait_for_workers(workers, timeout=120)
    options = ["--cluster-ca", str(files["tls_ca_file"]), "--cluster-cert", str(files["tls_client_cert"])]
    return address, processes, [*options, "--cluster-key", str(files["tls_client_key"])]


def main() -> None:
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="fetalhc-bench-scale-") as scratch:
        scratch = Path(scratch)
        folder = scratch / "images"
        folder.mkdir()
        what = images(folder)
        out = scratch / "out.csv"
        print(f"FetalHC scaling benchmark on {cores} CPUs, {what}, one whole command each")
        serial = timed(folder, out)
        print(f"{'serial (no --jobs)':28s} {serial:6.1f} s  {IMAGES / serial:6.1f} images/s")
        rates = {}
        for jobs in sorted({1, 2, *([4, 8] if cores > 8 else []), cores}):
            seconds = timed(folder, out, "--jobs", str(jobs))
            rates[jobs] = IMAGES / seconds
            efficiency = rates[jobs] / (jobs * rates[1])
            label = f"--jobs {jobs}"
            print(f"{label:28s} {seconds:6.1f} s  {rates[jobs]:6.1f} images/s  efficiency {efficiency:.0%}")
        address, processes, options = local_dask_cluster(cores, scratch)
        try:
            seconds = timed(folder, out, "--cluster", address, *options)
        finally:
            for process in processes:
                os.killpg(process.pid, signal.SIGTERM)
            for process in processes:
                process.wait()
        rate = IMAGES / seconds
        label = f"--cluster ({cores} workers)"
        print(f"{label:28s} {seconds:6.1f} s  {rate:6.1f} images/s  efficiency {rate / (cores * rates[1]):.0%}")
        print("efficiency: images/s with N workers / (N x images/s with --jobs 1)")


if __name__ == "__main__":
    main()
