"""``fetalhc serve``: the DICOM node without a window; each image is measured as it arrives.

Received files are queued and measured one at a time on a worker thread (the model is never run
by two threads at once); each result is written atomically to ``RESULTS/<file>.json`` and
appended to the running table ``RESULTS/results.csv`` (kept across restarts; see
``io.running_table``). A measured image also gets its measurement report and secondary
capture in ``RESULTS/dicom/``, sent on to ``forward`` when one is given.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from fetalhc_gui.app.measuring import FileOutcome, measure_one
from fetalhc_gui.core.errors import ExportError, FetalHCError
from fetalhc_gui.core.record import COLUMN_NAMES
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.dicom_results import result_objects, write_datasets
from fetalhc_gui.io.running_table import RunningTable
from fetalhc_gui.net.node_config import NodeConfig, Peer
from fetalhc_gui.net.sender import send_datasets
from fetalhc_gui.net.storage_node import StorageNode

log = logging.getLogger("fetalhc.serve")
RESULTS_TABLE = "results.csv"
DICOM_FOLDER = "dicom"


class MeasuringNode:
    """A StorageNode whose received images are measured by ``predictor`` into ``results``.

    ``on_measured(row)`` is called on the worker thread after each image's results are written.
    """

    def __init__(
        self,
        config: NodeConfig,
        inbox: Path,
        results: Path,
        predictor: Predictor,
        on_measured: Callable[[dict], None] | None = None,
        ssl_context=None,
        forward: Peer | None = None,
    ):
        self.results, self.predictor, self.on_measured = Path(results), predictor, on_measured
        self.forward, self.ae_title = forward, config.ae_title
        self.table: RunningTable | None = None
        self.measured = 0  # images measured since start()
        self._queue: queue.Queue[Path | None] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="fetalhc-measure", daemon=True)
        self.node = StorageNode(config, inbox, lambda path, _ae: self._queue.put(path), ssl_context)

    def start(self) -> None:
        """Create the results folder, start the worker, then listen."""
        self.results.mkdir(parents=True, exist_ok=True)
        self.table = RunningTable(self.results / RESULTS_TABLE, COLUMN_NAMES)
        if self.table.set_aside is not None:
            log.warning("%s had other columns; kept as %s", RESULTS_TABLE, self.table.set_aside.name)
        self._worker.start()
        self.node.start()

    def stop(self) -> None:
        """Stop listening, measure what was already received, then end the worker."""
        self.node.stop()
        if self._worker.is_alive():
            self._queue.put(None)
            self._worker.join()

    def wait_until_idle(self) -> None:
        """Block until every image received so far is measured."""
        self._queue.join()

    def _work(self) -> None:
        while True:
            path = self._queue.get()
            try:
                if path is None:
                    return
                self._measure(path)
            except Exception:  # one bad image must not stop the node
                log.exception("measuring %s failed", path)
            finally:
                self._queue.task_done()

    def _measure(self, path: Path) -> None:
        outcome = measure_one(self.predictor, path)
        row = dict(outcome.row)
        if outcome.measurement is not None and outcome.measurement.hc_mm is not None:
            row |= self._file_results(path, outcome)
        atomic_write_text(self.results / f"{path.stem}.json", json.dumps([row], indent=1) + "\n")
        self.table.append(row)
        self.measured += 1
        log.info("%s: %s", path.name, row.get("status"))
        if self.on_measured:
            self.on_measured(row)

    def _file_results(self, path: Path, outcome: FileOutcome) -> dict:
        """Write the report and capture of a measured image, and send them on; what happened."""
        prediction = outcome.result.prediction
        try:
            objects = result_objects(path, outcome.measurement, outcome.result.image.display, prediction.mask)
        except ExportError as exc:
            return {"dicom_results": f"none: {exc}"}
        except Exception as exc:  # the measurement stands even if its DICOM results cannot be made
            log.exception("the DICOM results of %s could not be made", path.name)
            return {"dicom_results": f"none: {exc}"}
        written = write_datasets(self.results / DICOM_FOLDER, objects)
        done = {"dicom_results": " ".join(p.name for p in written)}
        if self.forward is None:
            return done
        try:
            send_datasets(self.forward, self.ae_title, objects)
        except FetalHCError as exc:
            log.warning("forwarding the results of %s failed: %s", path.name, exc)
            return done | {"forwarded": f"failed: {exc}"}
        return done | {"forwarded": f"to {self.forward.ae_title}"}
