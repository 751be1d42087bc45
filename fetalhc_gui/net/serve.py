"""``fetalhc serve``: the DICOM node without a window; each image is measured as it arrives.

Received files are queued and measured one at a time on a worker thread (the model is never run
by two threads at once); each result is written to ``RESULTS/<file>.json`` and the running table
to ``RESULTS/results.csv``, both atomically.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from fetalhc_gui.core.atomic import atomic_write_text
from fetalhc_gui.core.export import csv_text
from fetalhc_gui.model.batch import PREDICT_COLUMNS
from fetalhc_gui.model.predict_files import measure_files
from fetalhc_gui.model.predictor import Predictor
from fetalhc_gui.net.node_config import NodeConfig
from fetalhc_gui.net.storage_node import StorageNode

log = logging.getLogger("fetalhc.serve")
RESULTS_TABLE = "results.csv"


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
    ):
        self.results, self.predictor, self.on_measured = Path(results), predictor, on_measured
        self.rows: list[dict] = []
        self._queue: queue.Queue[Path | None] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="fetalhc-measure", daemon=True)
        self.node = StorageNode(config, inbox, lambda path, _ae: self._queue.put(path), ssl_context)

    def start(self) -> None:
        """Create the results folder, start the worker, then listen."""
        self.results.mkdir(parents=True, exist_ok=True)
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
        rows = measure_files(self.predictor, [path], None, {})
        for row in rows:
            row["source_file"] = str(path)
        atomic_write_text(self.results / f"{path.stem}.json", json.dumps(rows, indent=1) + "\n")
        self.rows.extend(rows)
        atomic_write_text(self.results / RESULTS_TABLE, csv_text(self.rows, PREDICT_COLUMNS))
        for row in rows:
            log.info("%s: %s", path.name, row.get("status"))
            if self.on_measured:
                self.on_measured(row)
