"""``fetalhc serve``: the DICOM node without a window; each image is measured as it arrives.

Received files wait in a bounded queue and are measured by ``workers`` threads (the network itself
runs one batch at a time; reading, postprocessing and writing overlap). Each image's record goes
to ``RESULTS/results.csv`` (appended and synced; see ``io.running_table``) and, last,
``RESULTS/<file>.json``, which marks it done. A measured DICOM image also gets its report and
capture in ``RESULTS/dicom/``, queued for ``forward`` in a persistent outbox (``app.outbox``)
that retries until the peer takes them.

Nothing acknowledged is lost: at start-up every inbox image without its ``.json`` (a crash came
between the acknowledgement and the result) is measured before new ones. Nothing is reported
twice: the results' UIDs follow from the image's SOP Instance UID and pixel data, an image resent
with the same pixels is not measured again, and one resent with other pixels is measured again,
its record and report saying which measurement they replace. Every step goes to the audit trail.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from fetalhc_gui.app.assessment import not_reported_because
from fetalhc_gui.app.measuring import FileOutcome, measure_one
from fetalhc_gui.app.outbox import Outbox
from fetalhc_gui.app.results import dicom_results
from fetalhc_gui.app.retention import PurgeReport, Retention, purge
from fetalhc_gui.core.errors import ExportError
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.record import COLUMN_NAMES
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.dicom import pixel_data_sha256
from fetalhc_gui.io.dicom_results import ResultIdentity, write_datasets
from fetalhc_gui.io.private import ensure_folder, make_private
from fetalhc_gui.io.running_table import RunningTable
from fetalhc_gui.net.audit import AuditLog
from fetalhc_gui.net.node_config import NodeConfig, Peer
from fetalhc_gui.net.storage_node import StorageNode

log = logging.getLogger("fetalhc.serve")
RESULTS_TABLE = "results.csv"
DICOM_FOLDER = "dicom"
OUTBOX_FOLDER = "outbox"
LOG_FOLDER = "logs"
#: Seconds between two purges of what lies past the retention.
PURGE_INTERVAL_S = 3600
SERIES_FILE = "series_numbers.json"
#: Images received but not yet measured; a full queue holds the sender's next C-STORE back.
QUEUE_LIMIT = 64


class SeriesNumbers:
    """Series numbers of result series, unique within each study (9901, 9902, ... in order of
    first use) and the same for a series whenever it is made again; kept in a JSON file."""

    FIRST = 9901

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        try:
            self._numbers: dict[str, dict[str, int]] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._numbers = {}

    def number(self, study_uid: str, series_uid: str) -> int:
        with self._lock:
            study = self._numbers.setdefault(study_uid, {})
            if series_uid not in study:
                study[series_uid] = max(study.values(), default=self.FIRST - 1) + 1
                atomic_write_text(self.path, json.dumps(self._numbers))
            return study[series_uid]


class MeasuringNode:
    """A StorageNode whose received images are measured by ``predictor`` into ``results``.

    ``on_measured(row)`` is called on a worker thread after each image's results are written.
    An image that is not a head plane, or (with ``exam_check``) whose header says the exam is not
    obstetric, is measured and recorded but gets no report or capture (``app.assessment``).
    """

    def __init__(
        self,
        config: NodeConfig,
        inbox: Path,
        results: Path,
        predictor,
        on_measured: Callable[[dict], None] | None = None,
        ssl_context=None,
        forward: Peer | None = None,
        forward_tls=None,
        workers: int = 1,
        exam_check: bool = True,
        retention: Retention | None = None,
        audit_syslog: str | None = None,
    ):
        # the node's folders hold patients' images and results: private to this account (0700/0600)
        self.results, self.predictor, self.on_measured = make_private(results), predictor, on_measured
        make_private(inbox)
        self.forward, self.ae_title, self.exam_check = forward, config.ae_title, exam_check
        self.table: RunningTable | None = None
        self.measured = 0  # images measured since start()
        self.audit = AuditLog(self.results / LOG_FOLDER, audit_syslog)
        self.outbox = (
            Outbox(self.results / OUTBOX_FOLDER, forward, config.ae_title, self.audit.event, tls=forward_tls)
            if forward
            else None
        )
        self.series = SeriesNumbers(self.results / SERIES_FILE)
        self._queue: queue.Queue[Path | None] = queue.Queue(QUEUE_LIMIT)
        self._workers = [
            threading.Thread(target=self._work, name=f"fetalhc-measure-{k}", daemon=True) for k in range(workers)
        ]
        self._table_lock = threading.Lock()
        self._in_table: set[str] = set()
        self.node = StorageNode(config, inbox, lambda path, _ae: self._queue.put(path), ssl_context, self.audit)
        self.retention = retention or Retention()
        self._stopping = threading.Event()
        self._purger = threading.Thread(target=self._purge_regularly, name="fetalhc-purge", daemon=True)

    def purge(self) -> PurgeReport:
        """Delete the received images and results past the node's retention; audited."""
        report = purge([self.node.inbox, self.results], self.retention)
        if report.files or report.rows:
            log.info("retention: %s", report.text())
            self.audit.event("purged", files=len(report.files), bytes=report.bytes, rows=report.rows)
        return report

    def _purge_regularly(self) -> None:
        while not self._stopping.is_set():
            try:
                self.purge()
            except OSError:
                log.exception("purging past the retention failed")
            self._stopping.wait(PURGE_INTERVAL_S)

    def start(self) -> None:
        """Create the results folder, start the workers, measure what an earlier run acknowledged
        but left unmeasured, then listen."""
        ensure_folder(self.results)
        self.table = RunningTable(self.results / RESULTS_TABLE, COLUMN_NAMES)
        if self.table.set_aside is not None:
            log.warning("%s had other columns; kept as %s", RESULTS_TABLE, self.table.set_aside.name)
        self._in_table = {row_key(row) for row in self.table.rows()}
        for worker in self._workers:
            worker.start()
        pending = self.unmeasured()
        if pending:
            log.info("measuring %d images received before the last stop", len(pending))
            self.audit.event("recovering", images=len(pending))
        for path in pending:
            self._queue.put(path)
        if self.outbox is not None:
            self.outbox.start()
        if not self.retention.unlimited:
            self._purger.start()
        self.node.start()

    def unmeasured(self) -> list[Path]:
        """Inbox images without a result, oldest first."""
        inbox = self.node.inbox
        if not inbox.is_dir():
            return []
        files = [p for p in inbox.glob("*.dcm") if not (self.results / f"{p.stem}.json").exists()]
        return sorted(files, key=lambda p: p.stat().st_mtime)

    def stop(self) -> None:
        """Stop listening, measure what was already received, then end the workers and the outbox."""
        self.node.stop()
        self._stopping.set()
        for worker in self._workers:
            if worker.is_alive():
                self._queue.put(None)
        for worker in self._workers:
            worker.join()
        if self.outbox is not None:
            self.outbox.stop()
        self.audit.close()

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
            except Exception as exc:  # one bad image must not stop the node
                log.exception("measuring %s failed", path)
                self.audit.event("failure", file=path.name if path else None, error=str(exc))
            finally:
                self._queue.task_done()

    def _measure(self, path: Path) -> None:
        marker = self.results / f"{path.stem}.json"
        digest = pixel_data_sha256(path)
        earlier = previous_result(marker)
        if earlier is not None and earlier.get("pixel_data_sha256") == digest:
            log.info("%s was measured already (same pixels): not measured or reported again", path.name)
            self.audit.event("image-already-measured", file=path.name)
            return
        outcome = measure_one(self.predictor, path)
        row = dict(outcome.row)
        if earlier is not None:
            row["notes"] = [*row.get("notes", []), f"Replaces the measurement of {earlier.get('timestamp', '')}."]
        if outcome.measurement is not None and outcome.measurement.hc_mm is not None:
            refusal = self._not_reported_because(outcome)
            if refusal is None:
                row |= self._file_results(path, outcome, digest)
            else:
                row["dicom_results"] = f"none: not reported: {refusal}"
                log.info("%s: not reported: %s", path.name, refusal)
                self.audit.event("image-not-reported", file=path.name, reason=refusal)
        row["pixel_data_sha256"] = digest
        with self._table_lock:
            key = row_key(row)
            if key not in self._in_table:  # a crash between this and the marker must not add it twice
                self.table.append(row)
                self._in_table.add(key)
            self.measured += 1
        atomic_write_text(marker, json.dumps([row], indent=1) + "\n")
        log.info("%s: %s", path.name, row.get("status"))
        self.audit.event("image-measured", file=path.name, status=row.get("status"), hc_mm=row.get("hc_mm"))
        if self.on_measured:
            self.on_measured(row)

    def _not_reported_because(self, outcome: FileOutcome) -> str | None:
        """Why a measured image gets no report or capture, or None (``app.assessment``)."""
        return not_reported_because(outcome.result.prediction.head_plane, outcome.exam, self.exam_check)

    def _file_results(self, path: Path, outcome: FileOutcome, digest: str) -> dict:
        """Write the report and capture of a measured image and queue them for the peer; what happened."""
        prediction = outcome.result.prediction
        try:
            identity = self._result_identity(outcome.result.image.identity, digest)
            objects = dicom_results(
                path, outcome.measurement, outcome.result.image.display, prediction.mask, identity=identity
            )
        except ExportError as exc:
            return {"dicom_results": f"none: {exc}"}
        except Exception as exc:  # the measurement stands even if its DICOM results cannot be made
            log.exception("the DICOM results of %s could not be made", path.name)
            return {"dicom_results": f"none: {exc}"}
        written = write_datasets(self.results / DICOM_FOLDER, objects)
        self.audit.event("image-reported", file=path.name, objects=[str(ds.SOPInstanceUID) for ds in objects])
        done = {"dicom_results": " ".join(p.name for p in written)}
        if self.outbox is None:
            return done
        self.outbox.put(written, path.name)
        return done | {"forwarded": f"queued for {self.forward.ae_title}"}

    def _result_identity(self, source: Identity, digest: str) -> ResultIdentity:
        """The fixed UIDs of the results of the image ``source`` names (as read for measuring), and
        their series numbers in its study."""
        plain = ResultIdentity.for_image(source.sop_instance_uid, digest)
        numbers = (
            self.series.number(source.study_instance_uid, plain.report_series_uid),
            self.series.number(source.study_instance_uid, plain.capture_series_uid),
        )
        return ResultIdentity.for_image(source.sop_instance_uid, digest, numbers)


def row_key(row: dict) -> str:
    """What makes a record one image's measurement: its file and the pixels measured."""
    return f"{row.get('file', '')}|{row.get('pixel_data_sha256', '')}"


def previous_result(marker: Path) -> dict | None:
    """The record an earlier measurement of the same file left, or None."""
    try:
        return json.loads(marker.read_text(encoding="utf-8"))[0]
    except (OSError, ValueError, IndexError, KeyError, TypeError):
        return None
