"""The state behind the main window: opened images, measurements, the model and its jobs.

No widgets here: the window shows what the workspace holds and calls its methods; the
workspace announces changes with signals. Ellipses are in pixels, pixel sizes in mm/px.
"""

from __future__ import annotations

import datetime
import getpass
import os
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from fetalhc_gui.app.assessment import assess, measurement_of
from fetalhc_gui.app.batches import FileResult
from fetalhc_gui.app.cine_scan import CineScan, frame_measure
from fetalhc_gui.app.exports import export_overlay_png, export_records
from fetalhc_gui.app.pixel_size_rule import choose_pixel_size, is_given, own_pixel_size
from fetalhc_gui.app.session import ImageEntry, entries_from_export, load_session, save_session
from fetalhc_gui.core.anonymise import Anonymiser
from fetalhc_gui.core.cine import FrameMeasure
from fetalhc_gui.core.clinical import weeks_days
from fetalhc_gui.core.dating import Dating
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.errors import FetalHCError, ImageLoadError
from fetalhc_gui.core.identity import Identity
from fetalhc_gui.core.measurement import Measurement
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource, read_pixel_size_csv
from fetalhc_gui.core.record import record_row, status_of
from fetalhc_gui.core.refusal import Confirmation
from fetalhc_gui.gui.jobs.job import Job, pools
from fetalhc_gui.gui.jobs.measuring import MeasureResult, MeasureTask, measuring_work
from fetalhc_gui.gui.undo import EntryStacks
from fetalhc_gui.io.dicom import DICOM_SUFFIXES
from fetalhc_gui.io.folders import find_images, real_path
from fetalhc_gui.io.frame import LoadedImage
from fetalhc_gui.io.images import load_image, probe_header, probe_image
from fetalhc_gui.io.output_paths import free_path
from fetalhc_gui.report.language import translate

AUTOSAVE_SECONDS = 3.0
#: Where an entered GA came from when the user typed it in the panel (the record's ga_entered_source).
TYPED_GA = "typed for this image"


class Workspace(QObject):
    """Opened images, their measurements, undo history, the predictor and the running job."""

    entries_reset = Signal()
    entry_changed = Signal(int)
    current_changed = Signal(int)
    busy_changed = Signal(bool)
    progress_changed = Signal(int, int)
    model_changed = Signal(str)

    def __init__(self, session_path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.entries: list[ImageEntry] = []
        self.current = -1
        self.image: LoadedImage | None = None
        self.image_error: str | None = None
        self.stacks = EntryStacks(self)
        self.undo_group = self.stacks.group
        self.predictor = None
        self.job: Job | None = None
        self._job_tasks: list[MeasureTask] = []
        self.session_path = session_path
        self._masks: dict[int, tuple[tuple[int, int], np.ndarray]] = {}
        self._waiting: list[int] = []
        self._saved_at = time.monotonic()

    # model
    def set_predictor(self, predictor) -> None:
        """Use ``predictor`` (anything with ``predict_batch(grays)`` and ``name``) from now on."""
        self.predictor = predictor
        self.model_changed.emit(predictor.name)
        self._measure_waiting()

    @property
    def busy(self) -> bool:
        return self.job is not None

    # opening
    def open_paths(self, paths: list[str | Path]) -> tuple[list[str], str]:
        """Add images (folders and DICOM media expand to their images, see ``find_images``).

        Returns a message per file or medium that failed, and a note on what was skipped (or "").
        """
        scan = find_images(paths)
        errors, added = list(scan.problems), 0
        known = {(e.path, e.frame) for e in self.entries}
        for path in scan.files:
            try:
                frames, identity = probe_header(path)
            except ImageLoadError as exc:
                errors.append(str(exc))
                continue
            key = (str(real_path(path)), 0)
            if key in known:
                continue
            self.entries.append(ImageEntry(path=key[0], frame_count=frames, identity=identity))
            known.add(key)
            added += 1
        if added:
            first_added = len(self.entries) - added
            self.entries_reset.emit()
            self.select(first_added)
            self.save()
        return errors, scan.summary()

    def receive(self, path: str | Path) -> None:
        """Add an image that arrived over the network (without leaving the image shown, unless
        none is) and measure it as soon as the model is free."""
        key = str(real_path(path))
        index = next((i for i, e in enumerate(self.entries) if e.path == key), None)
        if index is None:
            try:
                frames = probe_image(key)
            except ImageLoadError:
                return  # the node only stores images it could read; a file gone since is no loss here
            self.entries.append(ImageEntry(path=key, frame_count=frames))
            index = len(self.entries) - 1
            self.entries_reset.emit()
            if self.current < 0:
                self.select(index)
            else:
                self.current_changed.emit(self.current)
        if self.job is None or not any(task.index == index for task in self._job_tasks):  # taken already?
            self._waiting.append(index)
        self._measure_waiting()
        self.save()

    def _measure_waiting(self) -> None:
        if self._waiting and self.job is None and self.predictor is not None:
            waiting, self._waiting = list(dict.fromkeys(self._waiting)), []
            self.measure(waiting)

    def select(self, index: int) -> None:
        """Make ``index`` the current image and read its pixels (errors end up in ``image_error``)."""
        if not 0 <= index < len(self.entries):
            return
        self.current = index
        self.stacks.show(self.entries[index])
        entry = self.entries[index]
        try:
            self.image = load_image(entry.path, entry.frame)
            self.image_error = None
            self._adopt_file_pixel_size(index, self.image)
            self._adopt_identity(index, self.image)
        except ImageLoadError as exc:
            self.image, self.image_error = None, str(exc)
        self.current_changed.emit(index)

    def set_frame(self, frame: int) -> None:
        """Show another frame of the current multi-frame file: the one reported from now on. Its
        measure comes from the loop's scan where there is one, else it starts afresh."""
        entry = self.current_entry
        if entry is None or frame == entry.frame:
            return
        entry.frame = frame
        entry.auto_ellipse = entry.edited_ellipse = entry.quality = entry.error = entry.hc_interval_px = None
        entry.interval_scales = None
        entry.risk = entry.head_plane = None
        entry.quality_reasons = []
        screened = 0 <= frame < len(entry.cine) and entry.cine[frame].screened
        if 0 <= frame < len(entry.cine):
            self._adopt_frame_measure(entry, entry.cine[frame])
        self._masks.pop(self.current, None)
        self.stacks.of(entry).clear()
        self.select(self.current)
        self.entry_changed.emit(self.current)
        self.save()
        if screened:  # a quick look only: the whole model measures the frame now chosen
            self.measure([self.current], whole_loop=False)

    @staticmethod
    def _adopt_frame_measure(entry: ImageEntry, measured: FrameMeasure) -> None:
        entry.auto_ellipse = measured.ellipse
        entry.quality = measured.quality
        entry.quality_reasons = list(measured.reasons)
        entry.hc_interval_px, entry.interval_scales = measured.hc_interval_px, measured.interval_scales
        entry.risk = measured.risk
        entry.error = measured.error
        entry.head_plane, entry.exam_note = measured.head_plane, ""

    def _adopt_file_pixel_size(self, index: int, image: LoadedImage, head: Ellipse | None = None) -> None:
        """Apply the pixel-size rule (``app.pixel_size_rule``): a size the user gave for this image
        stays; else the file's own, with a measured ``head`` (pixels) that of the region holding it."""
        entry = self.entries[index]
        given = entry.pixel_size if is_given(entry.pixel_size) else None
        if head is None and given is None and entry.pixel_size is not None:
            return  # shown, not measured: the file's pixel size fills a gap, never replaces a region's
        chosen = choose_pixel_size(given, own_pixel_size(image, head), None)
        if chosen is not None and chosen != entry.pixel_size:
            entry.pixel_size = chosen
            self.entry_changed.emit(index)

    def _adopt_identity(self, index: int, image: LoadedImage) -> None:
        """Keep the patient and exam the file names (files without any leave the entry's as it is)."""
        entry = self.entries[index]
        if image.identity.known and image.identity != entry.identity:
            entry.identity = image.identity
            self.entry_changed.emit(index)

    @property
    def current_entry(self) -> ImageEntry | None:
        return self.entries[self.current] if 0 <= self.current < len(self.entries) else None

    # measurements
    def measurement(self, index: int, ellipse: Ellipse | None = None) -> Measurement | None:
        """The Measurement of an image from its ellipse in use (or from ``ellipse``, pixels, an
        edit being dragged), or None if it has none."""
        entry = self.entries[index]
        if (ellipse or entry.ellipse) is None:
            return None
        return measurement_of(
            entry.path,
            entry.frame,
            ellipse or entry.ellipse,
            entry.pixel_size,
            model_name=entry.model_name,
            auto_ellipse=entry.auto_ellipse,
            quality=entry.quality,
            quality_reasons=entry.quality_reasons,
            risk=entry.risk,
            interval_px=entry.hc_interval_px,
            interval_scales=entry.interval_scales,
            identity=entry.identity,
            edited=ellipse is not None or entry.edited_ellipse is not None,
            ga_entered_days=entry.ga_entered_days,
            dating=entry.dating,
            frame_choice=entry.frame_choice,
            head_plane=entry.head_plane,
            exam_note=entry.exam_note,
            confirmation=entry.plane_confirmation,
        )

    def record(self, index: int, anonymiser: Anonymiser | None = None) -> dict | None:
        """The record (``core.record``) of an image with an ellipse, as ``fetalhc predict`` writes it."""
        m = self.measurement(index)
        if m is None:
            return None
        entry = self.entries[index]
        row = record_row(m, file=m.file, frame=m.frame, status=status_of(m), frame_choice=entry.frame_choice)
        return anonymiser.record(row) if anonymiser else row

    def mask(self, index: int) -> np.ndarray | None:
        """The model's head mask of an image (uint8 0/1), if it was measured in this session."""
        if index not in self._masks:
            return None
        shape, packed = self._masks[index]
        return np.unpackbits(packed, count=shape[0] * shape[1]).reshape(shape)

    def measure(self, indices: list[int], whole_loop: bool = True) -> bool:
        """Start measuring these images in the background (every frame of a cine loop, unless not
        ``whole_loop``: then the frame shown); False if no model or a job is running."""
        if self.predictor is None or self.job is not None or not indices:
            return False
        entries = [(i, self.entries[i]) for i in indices]
        self._job_tasks = [MeasureTask(i, e.path, e.frame, e.frame_count if whole_loop else 1) for i, e in entries]
        self.job = Job(measuring_work(self.predictor, self._job_tasks))
        self.job.progressed.connect(self._on_job_report)
        self.job.failed.connect(self._on_job_failed)
        self.job.ended.connect(self._on_job_finished)
        self.busy_changed.emit(True)
        self.job.start(pools().model)
        return True

    def cancel(self) -> None:
        """Stop the running job after the image in hand; that image keeps its former state."""
        if self.job is not None:
            self.job.cancel()
            for index, entry in enumerate(self.entries):
                if entry.measuring:
                    entry.measuring = False
                    self.entry_changed.emit(index)

    def _on_job_report(self, value: tuple) -> None:
        kind, *data = value
        if kind == "started":
            self._on_batch_started(*data)
        elif kind == "finished":
            self._on_batch_finished(*data)
        else:
            self.progress_changed.emit(*data)

    def _on_job_failed(self, message: str) -> None:
        """The measuring work itself broke (not one image: those are results): its images say why."""
        for task in self._job_tasks:
            entry = self.entries[task.index] if task.index < len(self.entries) else None
            if entry is not None and entry.measuring:
                self._adopt_failure(
                    task.index,
                    f"The measurement failed: {message}",  # English in the record
                )

    def detach(self) -> None:
        """The window is closing: cancel the running job and let it report to no one."""
        if self.job is not None:
            self.job.detach()
            self.job = None

    def _on_batch_started(self, indices: list[int]) -> None:
        if self.job is not None and not self.job.cancelled:
            for index in indices:
                self.entries[index].measuring = True
                self.entry_changed.emit(index)

    def _on_batch_finished(self, results: list[MeasureResult]) -> None:
        for item in results:
            entry = self.entries[item.index]
            if item.scan is not None:
                self._adopt_scan(item.index, item.scan)
            elif entry.cine and 0 <= item.result.frame < len(entry.cine):
                entry.cine[item.result.frame] = frame_measure(item.result)
                if item.result.frame != entry.frame:  # the user moved on meanwhile
                    entry.measuring = False
                    self.entry_changed.emit(item.index)
                    continue
            if item.result.error is None:
                self._adopt_prediction(item.index, item.result)
            else:
                self._adopt_failure(item.index, item.result.error, no_head=item.result.prediction is not None)
        if time.monotonic() - self._saved_at >= AUTOSAVE_SECONDS:
            self.save()

    def _adopt_prediction(self, index: int, result: FileResult) -> None:
        entry = self.entries[index]
        prediction = result.prediction
        entry.measuring = False
        entry.auto_ellipse = prediction.ellipse
        entry.edited_ellipse = None
        entry.error, entry.no_head = None, False
        entry.quality = prediction.quality.score if prediction.quality else None
        assessment = assess(prediction, result.image)
        entry.quality_reasons = list(assessment.reasons)
        entry.head_plane, entry.exam_note = assessment.head_plane, assessment.exam_note
        entry.plane_confirmation = None  # a new verdict: an earlier confirmation answered another one
        entry.hc_interval_px, entry.interval_scales = prediction.hc_interval_px, prediction.interval_scales
        entry.risk = prediction.risk
        entry.model_name = self.predictor.name if self.predictor else None
        mask = prediction.mask.astype(np.uint8)
        self._masks[index] = (mask.shape, np.packbits(mask, axis=None))
        self._adopt_file_pixel_size(index, result.image, prediction.ellipse)
        self._adopt_identity(index, result.image)
        self.entry_changed.emit(index)

    def _adopt_scan(self, index: int, scan: CineScan) -> None:
        """Keep every frame's measure of a loop and show the chosen frame (unchanged if none)."""
        entry = self.entries[index]
        entry.cine, entry.best_frame = list(scan.frames), scan.best
        if scan.best is not None and scan.best != entry.frame:
            entry.frame = scan.best
            entry.edited_ellipse = None
            if index == self.current:
                self.select(index)

    def _adopt_failure(self, index: int, message: str, no_head: bool = False) -> None:
        entry = self.entries[index]
        entry.measuring = False
        entry.error, entry.no_head = message, no_head
        self.entry_changed.emit(index)

    def _on_job_finished(self, _cancelled: bool) -> None:
        self.job, self._job_tasks = None, []
        self.busy_changed.emit(False)
        self.save()
        self._measure_waiting()

    # edits (undoable, each on its image's own stack)
    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo stack of the image shown (None when none is)."""
        return self.stacks.of(self.current_entry) if self.current_entry is not None else None

    def _change(self, index: int, text: str, **after) -> None:
        """Change fields of an image's entry as one undoable step named ``text``."""
        self.stacks.push(self.entries[index], self.apply_change, text, after)

    def apply_change(self, entry: ImageEntry, values: dict) -> None:
        """Set an entry's fields (the undo commands' one way in) and tell the window."""
        for name, value in values.items():
            setattr(entry, name, value)
        index = next((i for i, e in enumerate(self.entries) if e is entry), None)
        if index is not None:
            self.entry_changed.emit(index)
        self.save()

    def edit_ellipse(self, index: int, ellipse: Ellipse) -> None:
        """Record a hand edit (or a hand-drawn ellipse) of an image, undoably."""
        self._change(index, translate("Workspace", "Edit ellipse"), edited_ellipse=ellipse)

    def restore_automatic(self, index: int) -> None:
        """Discard the hand edit of an image."""
        if self.entries[index].edited_ellipse is not None:
            self._change(index, translate("Workspace", "Restore automatic ellipse"), edited_ellipse=None)

    def set_ga(self, index: int, days: float | None) -> None:
        """Record the gestational age (days) the user typed for an image (None clears it)."""
        text = (
            translate("Workspace", "Clear GA")
            if days is None
            else translate("Workspace", "Enter GA {ga}").format(ga=weeks_days(days))
        )
        self._change(index, text, ga_entered_days=days, dating=TYPED_GA if days is not None else "")

    def confirm_head_plane(self, index: int, confirmed: bool = True) -> None:
        """Record (or withdraw) the user's confirmation that an image the head-plane check refused
        is a fetal head plane: who (the account's name) and when, undoably."""
        if confirmed:
            now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
            self._change(
                index, translate("Workspace", "Confirm head plane"), plane_confirmation=Confirmation(_user_name(), now)
            )
        else:
            self._change(index, translate("Workspace", "Withdraw head-plane confirmation"), plane_confirmation=None)

    def remove(self, indices: list[int]) -> int:
        """Take images out of the session (their files stay where they are; a running job finishes
        first); how many were removed. The image shown becomes the one after them."""
        if self.job is not None:
            return 0
        gone = sorted(set(i for i in indices if 0 <= i < len(self.entries)))
        if not gone:
            return 0
        self.stacks.drop([self.entries[i] for i in gone])
        kept = [i for i in range(len(self.entries)) if i not in gone]
        self._masks = {kept.index(i): mask for i, mask in self._masks.items() if i in kept}
        self.entries = [self.entries[i] for i in kept]
        after = min(gone[0], len(self.entries) - 1)
        self.current, self.image = -1, None
        self.entries_reset.emit()
        if self.entries:
            self.select(after)
        else:
            self.current_changed.emit(-1)
        self.save()
        return len(gone)

    def set_identity(self, indices: list[int], identity: Identity) -> list[int]:
        """Give images whose files name no patient (not DICOM) the patient and exam the user
        entered, as one exam (a new Study Instance UID); DICOM images keep their own. The images changed."""
        from pydicom.uid import generate_uid  # pydicom loads lazily (see core/dicom.py)

        changed = [i for i in indices if Path(self.entries[i].path).suffix.lower() not in DICOM_SUFFIXES]
        changed = [i for i in changed if not self.entries[i].identity.sop_instance_uid]
        exam = replace(identity, study_instance_uid=generate_uid())
        for i in changed:
            self.entries[i].identity = exam
            self.entry_changed.emit(i)
        self.save()
        return changed

    def exam_indices(self, index: int) -> list[int]:
        """The images of the exam ``index`` belongs to (same Study Instance UID); itself alone when
        its file names no study."""
        study = self.entries[index].identity.study_instance_uid
        if not study:
            return [index]
        return [i for i, e in enumerate(self.entries) if e.identity.study_instance_uid == study]

    def patient_measurements(self, index: int) -> tuple[list[tuple[int, Measurement]], list[tuple[int, Measurement]]]:
        """The measurements of the exam of ``index`` and of the same patient's other exams, by index."""
        exam = set(self.exam_indices(index))
        patient = self.entries[index].identity.patient_id
        others = [
            i for i, e in enumerate(self.entries) if patient and e.identity.patient_id == patient and i not in exam
        ]
        pairs = [(i, self.measurement(i)) for i in sorted(exam)], [(i, self.measurement(i)) for i in others]
        return tuple([(i, m) for i, m in group if m is not None] for group in pairs)

    def date_exam(self, index: int, dating: Dating, exam: datetime.date) -> list[int]:
        """Give every image of the exam the GA ``dating`` gives on the ``exam`` date (DatingError
        when it cannot be right, and nothing changes); the images changed."""
        days = dating.ga_days(exam)
        indices = self.exam_indices(index)
        source = f"{dating.text()}, exam {exam.isoformat()}"
        for i in indices:
            self._change(
                i,
                translate("Workspace", "Date exam ({dating})").format(dating=dating.text()),
                ga_entered_days=float(days),
                dating=source,
            )
        return indices

    # pixel sizes (undoable, on each image's stack)
    def set_pixel_sizes(self, sizes: dict[int, PixelSize | None], text: str) -> None:
        """Give images these pixel sizes (mm/px; None: none), each an undoable step named ``text``."""
        for index, size in sizes.items():
            self._change(index, text, pixel_size=size)

    def apply_pixel_size_csv(self, path: str | Path) -> int:
        """Set the pixel size of every open image named in an HC18-form CSV; returns how many."""
        table = read_pixel_size_csv(path)
        sizes = {
            i: PixelSize(table[Path(e.path).name], PixelSizeSource.CSV, Path(path).name)
            for i, e in enumerate(self.entries)
            if Path(e.path).name in table
        }
        self.set_pixel_sizes(sizes, translate("Workspace", "Pixel size from {file}").format(file=Path(path).name))
        return len(sizes)

    def open_export(self, path: str | Path) -> tuple[int, list[str]]:
        """Open the images of a measurement export (``io.export``: CSV or JSON, any record version)
        with the ellipses, pixel sizes, GA and identity it holds; the images count, and a message
        for each one whose file is gone or that is open already."""
        added, problems = entries_from_export(path, {(e.path, e.frame) for e in self.entries})
        if added:
            self.entries.extend(added)
            self.entries_reset.emit()
            self.select(len(self.entries) - len(added))
            self.save()
        return len(added), problems

    # export
    def input_paths(self) -> list[Path]:
        """The files of the opened images (an export may never replace one)."""
        return [Path(e.path) for e in self.entries]

    def measurements(self) -> list[Measurement]:
        """Measurements of every measured image, in list order."""
        return [m for m in (self.measurement(i) for i in range(len(self.entries))) if m is not None]

    def export_measurements(self, path: str | Path, fmt: str, anonymise: bool = False) -> int:
        """Write all measurements as ``csv``, ``json`` or ``hc18`` (``anonymise``: to PS3.15's basic
        profile, ``core.anonymise``); returns how many were written."""
        anonymiser = Anonymiser() if anonymise else None
        rows = [r for r in (self.record(i, anonymiser) for i in range(len(self.entries))) if r is not None]
        return export_records(Path(path), rows, fmt, self.input_paths())

    def export_overlay(self, path: str | Path, mask_opacity: float, caption: str) -> None:
        """Write the current image with its mask and ellipse as a PNG at the image's resolution."""
        if self.image is None:
            raise FetalHCError(translate("Workspace", "There is no image to export."))
        ellipse, mask = self.entries[self.current].ellipse, self.mask(self.current)
        export_overlay_png(Path(path), self.image.display, ellipse, mask, mask_opacity, caption, self.input_paths())

    # session
    def save(self) -> None:
        """Autosave the session (quietly does nothing without a session path)."""
        if self.session_path is not None:
            save_session(self.session_path, self.entries, self.current)
            self._saved_at = time.monotonic()

    def restore(self) -> str | None:
        """Reopen the autosaved session; returns a message if it could not be read.

        A damaged session file is kept beside it (``session.damaged-<time>.json``) before the next
        autosave can overwrite it, and the message says where.
        """
        if self.session_path is None or not self.session_path.exists():
            return None
        try:
            entries, current = load_session(self.session_path)
        except FetalHCError as exc:
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = free_path(self.session_path.with_name(f"{self.session_path.stem}.damaged-{stamp}.json"))
            os.replace(self.session_path, kept)
            return f"{exc}\n\n" + translate(
                "Workspace", "The file was kept as {kept}; FetalHC starts with an empty session."
            ).format(kept=kept)
        self.stacks.drop_all()
        self.entries = entries
        self.entries_reset.emit()
        if entries:
            self.select(min(max(current, 0), len(entries) - 1))
        return None


def _user_name() -> str:
    """The account's user name ("" where the system gives none)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
