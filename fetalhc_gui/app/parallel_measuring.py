"""Measuring an archive on many processes or machines through Dask's distributed scheduler.

``fetalhc predict --jobs N`` starts a ``LocalCluster`` of N worker processes on this machine
(Dask starts them with ``spawn``, as on Windows and macOS); ``--cluster ADDRESS`` uses a running
Dask cluster (a scheduler with workers on a workstation, SLURM through dask-jobqueue, Kubernetes).
The parent plans the tasks (``app.measuring.measuring_tasks``: the same batches as a serial run,
so the same records), submits them, and writes each task's records to the journal as it
completes; the journal's order is completion order, the output's the files'.

Workers need the measuring install only. The model folder's inference files (a few tens of MB)
are sent to every worker once, so each measures with exactly the client's model whatever is
installed there; the images are read by the workers from their paths, so on a cluster they must
lie at the same path for every worker (a shared file system). Dask runs a task again when its
worker dies; a task that kills workers again and again gets error records, not the run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import CancelledError
from dataclasses import dataclass
from pathlib import Path

import cv2

from fetalhc_gui.app.measuring import Runner, Task, TaskResult, measure_task
from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.core.record import record_row, status_of
from fetalhc_gui.inference.artifact import CARD_FILE, CROP_ONNX_FILE, LOCATE_ONNX_FILE, ONNX_FILE
from fetalhc_gui.inference.plane_check import PLANE_CHECK_FILE

#: The model folder's files a worker measures with (the Keras originals stay behind).
INFERENCE_FILES = (CARD_FILE, ONNX_FILE, CROP_ONNX_FILE, LOCATE_ONNX_FILE, PLANE_CHECK_FILE)
#: Seconds to wait for a cluster's scheduler to answer.
CONNECT_TIMEOUT_S = 30


class ClusterError(FetalHCError):
    """The cluster could not be reached or went away during the run."""


@dataclass(frozen=True)
class ModelFiles:
    """A model folder's inference files as bytes, and their digest (a worker's cache key)."""

    files: dict[str, bytes]
    digest: str

    @classmethod
    def read(cls, folder: Path) -> ModelFiles:
        files = {name: (folder / name).read_bytes() for name in INFERENCE_FILES if (folder / name).exists()}
        digest = hashlib.sha256(b"".join(name.encode() + data for name, data in sorted(files.items()))).hexdigest()
        return cls(files, digest)


@dataclass(frozen=True)
class WorkerSetup:
    """What every task needs besides its files: the model, the pixel-size options, whether every
    frame of a loop gets a record, and the network threads per worker (None: the worker's cores
    shared among its task threads)."""

    model: ModelFiles
    sizes: PixelSizeOptions
    all_frames: bool
    threads: int | None


_predictors: dict[str, object] = {}
_predictors_lock = threading.Lock()


def worker_predictor(setup: WorkerSetup):
    """This worker process's predictor of the setup's model, made on first use from the files sent."""
    from fetalhc_gui.inference.predictor import Predictor

    with _predictors_lock:
        if setup.model.digest not in _predictors:
            folder = Path(tempfile.mkdtemp(prefix="fetalhc-model-"))
            for name, data in setup.model.files.items():
                (folder / name).write_bytes(data)
            threads = setup.threads or _share_of_cores()
            cv2.setNumThreads(threads)
            _predictors[setup.model.digest] = Predictor(folder, threads=threads)
        return _predictors[setup.model.digest]


def _share_of_cores() -> int:
    """This worker's cores divided among its task threads."""
    try:
        from distributed import get_worker

        task_threads = get_worker().state.nthreads
    except (ImportError, ValueError):
        task_threads = 1
    return max(1, (os.cpu_count() or 1) // task_threads)


def run_task(setup: WorkerSetup, task: Task) -> TaskResult:
    """Measure one task on a worker (``app.measuring.measure_task``)."""
    return measure_task(worker_predictor(setup), task, setup.sizes, setup.all_frames)


def dask_runner(client, model_dir: Path, sizes: PixelSizeOptions, all_frames: bool, threads: int | None) -> Runner:
    """A runner submitting each task to ``client``'s cluster, yielding results as they complete.
    A task whose workers kept dying (Dask's ``KilledWorker``) yields error records for its files;
    a cluster that goes away raises ClusterError."""
    from distributed import as_completed

    def run(tasks: list[Task]) -> Iterator[TaskResult]:
        if not tasks:
            return
        setup = client.scatter(WorkerSetup(ModelFiles.read(model_dir), sizes, all_frames, threads), broadcast=True)
        futures = {client.submit(run_task, setup, task, pure=False): task for task in tasks}
        done = 0
        try:
            for future in as_completed(futures):
                task = futures.pop(future)
                yield _result(future, task)
                done += 1
        except ClusterError:
            raise
        except (OSError, TimeoutError, CancelledError) as exc:  # Dask cancels what a lost scheduler held
            raise ClusterError(
                f"the Dask cluster went away after {done} of {len(tasks)} tasks ({type(exc).__name__}: {exc}); "
                "what was measured is in the journal: run the same command again with --resume"
            ) from exc
        finally:
            for future in futures:
                future.cancel()

    return run


def _result(future, task: Task) -> TaskResult:
    """A completed future's result; error records for its files where its workers kept dying."""
    from distributed import KilledWorker
    from distributed.comm.core import CommClosedError

    try:
        return future.result()
    except KilledWorker:
        status = status_of(None, "the worker measuring it died each time it tried (out of memory?)")
        return [(path, [record_row(None, file=str(path), frame=0, status=status)]) for path in task.paths]
    except CommClosedError as exc:
        raise OSError(str(exc)) from exc


def local_client(jobs: int):
    """A Dask client of a new cluster of ``jobs`` worker processes on this machine, one task
    thread each, no dashboard, listening on loopback only and speaking TLS with certificates made
    for this run (``distributed.Security.temporary``): another account on the machine can neither
    read the rows nor run code in the workers."""
    from distributed import Client, LocalCluster, Security

    quiet_dask()
    security = Security.temporary()
    cluster = LocalCluster(
        n_workers=jobs,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        protocol="tls://",
        security=security,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster, security=security)


def remote_client(address: str, security=None):
    """A Dask client of the running cluster whose scheduler is at ``address``; ClusterError when
    it does not answer, or when ``address`` is not ``tls://`` (rows would cross the network in clear
    and the scheduler's pickled answers could not be trusted) unless ``security`` is given with it.
    ``security``: the cluster's ``distributed.Security`` (its CA, this client's certificate and key)."""
    from distributed import Client

    if not address.startswith("tls://"):
        raise ClusterError(
            f"{address}: a cluster is reached over TLS only (tls://HOST:PORT with --cluster-ca, --cluster-cert "
            "and --cluster-key), so that the rows, with the patients' names, never cross the network in clear"
        )
    quiet_dask()
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S, security=security)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"no Dask scheduler answered at {address}: {exc}") from exc


def cluster_security(ca: Path, cert: Path, key: Path):
    """The ``distributed.Security`` of a client of a TLS cluster (PEM files; the key private)."""
    from distributed import Security

    from fetalhc_gui.net.tls import check_key_private

    check_key_private(key)
    return Security(tls_ca_file=str(ca), tls_client_cert=str(cert), tls_client_key=str(key), require_encryption=True)


def quiet_dask() -> None:
    """Dask's own log lines only where they are errors without a message of ours: a lost cluster
    is said once, by ``dask_runner``, not as the client's reconnection tracebacks."""
    import distributed  # noqa: F401 (its import sets its loggers' levels, which are set again here)

    for name in [n for n in logging.root.manager.loggerDict if n.split(".")[0] == "distributed"]:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def threads_per_job(jobs: int) -> int:
    """Network threads for each of ``jobs`` processes on this machine, so that together they use
    its cores without oversubscribing them."""
    return max(1, (os.cpu_count() or 1) // jobs)
