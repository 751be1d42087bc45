"""Starting the application: ``fetalhc-gui [PATH...] [--model DIR] [--screenshot OUT.png]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fetalhc_gui import __version__
from fetalhc_gui.report.language import translate


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fetalhc-gui", description="FetalHC: fetal head circumference")
    parser.add_argument("paths", nargs="*", help="images or folders to open")
    parser.add_argument("--model", metavar="DIR", help="model folder (default: the one chosen last, or the bundled)")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="open the images, measure the first, save a screenshot and exit"
    )
    parser.add_argument("--self-test", action="store_true", help="check the install offscreen and exit")
    parser.add_argument("--version", action="version", version=f"FetalHC {__version__}")
    return parser.parse_args(argv)


def predictor_factory(model_dir: str | None, start_now: bool = False) -> Callable[[], object]:
    """A callable that builds the predictor of ``model_dir`` (None: the bundled model); the window
    calls it in the background. With ``start_now`` the model starts loading at once on a thread of
    its own, while the window is being built, and the callable waits for it."""

    def build():
        from fetalhc_gui.inference.predictor import Predictor

        return Predictor(model_dir)

    if not start_now:
        return build
    loading = ThreadPoolExecutor(1, thread_name_prefix="fetalhc-model")
    future = loading.submit(build)
    loading.shutdown(wait=False)  # the thread ends once the model is built
    return future.result


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from fetalhc_gui.gui.self_test import main as self_test

        return self_test()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FetalHC")
    app.setOrganizationName("FetalHC")
    app.setApplicationVersion(__version__)
    from fetalhc_gui.gui.settings import Settings, retained_folders, user_data_dir

    settings = Settings()
    build_predictor = predictor_factory(args.model or settings.model_dir, start_now=True)  # beside the window
    from PySide6.QtCore import QLocale

    from fetalhc_gui.report.language import install_language, language_for

    language_problem = ""
    try:
        install_language(app, language_for(settings.language, QLocale.system()))  # the app owns the translators
    except FileNotFoundError as exc:
        language_problem = str(exc)
    from fetalhc_gui.app.retention import Retention, purge
    from fetalhc_gui.gui.crash_recovery import enable_crash_log
    from fetalhc_gui.gui.main_window import MainWindow
    from fetalhc_gui.gui.qt_binding import qt_binding_problem
    from fetalhc_gui.io.private import tighten
    from fetalhc_gui.io.session_slot import claim_session_slot

    data_dir = user_data_dir()
    tighten(data_dir)  # what an earlier version wrote under a loose umask becomes private too
    purge(retained_folders(), Retention(settings.retention_days))  # nothing kept past its retention
    logs = enable_crash_log(data_dir)
    slot = claim_session_slot(data_dir)
    try:
        window = MainWindow(build_predictor, settings, slot.session_path if slot else None)
        window.show()
        if language_problem:
            window.warn(translate("Launcher", "Language not available"), language_problem)
        problem = qt_binding_problem()
        if problem:
            window.warn(translate("Launcher", "Unsupported Qt version"), problem, critical=True)
        if slot is None:
            window.warn(
                translate("Launcher", "Session not saved"),
                translate("Launcher", "Too many FetalHC windows are open: this one's work is not autosaved."),
            )
        elif slot.shared_note:
            window.setWindowTitle(f"FetalHC ({slot.session_path.stem})")
            window.warn(translate("Launcher", "A second window"), slot.shared_note)
        open_session(window, args.paths, bool(slot and slot.crashed), logs)
        QTimer.singleShot(0, window.start_model_loading)
        QTimer.singleShot(0, window.dicom.apply_settings)  # listens only if the user turned the node on
        if args.screenshot:
            take_screenshot_when_measured(window, Path(args.screenshot))
        return app.exec()
    finally:
        if slot is not None:
            slot.release()


def open_session(window, paths: list[str], crashed: bool, logs: Path) -> None:
    """Restore the autosaved session, then open ``paths`` beside it; after a crash say what came back."""
    ws = window.workspace
    message = ws.restore()
    if message:
        window.warn(translate("Launcher", "Session not restored"), message)
    if crashed:
        measured = sum(1 for e in ws.entries if e.ellipse is not None)
        window.warn(
            translate("Launcher", "FetalHC did not close normally"),
            translate(
                "Launcher",
                "The last session ended unexpectedly. Restored from the autosave: {images} images, "
                "{measured} of them measured.\n\nDetails of a crash, if any, are in {logs} (Help > Open Log Folder).",
            ).format(images=len(ws.entries), measured=measured, logs=logs),
        )
    if paths:
        window.open_paths(paths)


def take_screenshot_when_measured(window, out: Path, timeout_ms: int = 120_000) -> None:
    """Measure the current image once the model is ready, then save the window as ``out`` and quit."""
    ws = window.workspace
    saved = []

    def measure_first(_name: str = "") -> None:
        if not ws.busy and not (ws.entries and ws.measure([max(ws.current, 0)])):
            QTimer.singleShot(300, save)

    def on_busy(busy: bool) -> None:
        if not busy:
            QTimer.singleShot(300, save)

    def save() -> None:
        if saved:
            return
        saved.append(out)
        window.grab().save(str(out))
        print(f"screenshot saved to {out}")
        QApplication.instance().quit()

    ws.model_changed.connect(measure_first)
    ws.busy_changed.connect(on_busy)
    if ws.predictor is not None:
        measure_first()
    QTimer.singleShot(timeout_ms, save)


if __name__ == "__main__":
    sys.exit(main())
