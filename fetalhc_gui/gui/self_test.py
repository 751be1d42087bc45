"""``FetalHC --self-test``: prove that an install works, offscreen, and print how long each step took.

Loads the bundled model, measures a synthetic phantom and the bundled demo images, opens the
main window on a demo image, measures it there and closes it, loads every shipped language (its
translations, Qt's own for the standard buttons, the caption font), reads back a compressed DICOM
file, and receives it as a DICOM node on a loopback port and measures it. Exit code 0 only if all
succeed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

from fetalhc_gui.io.demo_images import write_demo_images

DEMO_FOLDER = "demo"
HC_TOLERANCE = 0.05
# A standard button's words in Qt's own translations (qtbase_<code>.qm), not FetalHC's: out of
# lupdate's sight, which would copy them into FetalHC's .ts files.
QT_CANCEL = ("QPlatformTheme", "Cancel")


def demo_images() -> list[Path]:
    """The demo images shipped with the application (made at build time by packaging/make_demo.py)."""
    folder = resources.files("fetalhc_gui.resources") / DEMO_FOLDER
    if not folder.is_dir():
        return []
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".png"))


class Steps:
    """Runs named steps, timing each and remembering failures."""

    def __init__(self):
        self.failures: list[str] = []
        self.started = time.perf_counter()

    def run(self, name: str, function):
        start = time.perf_counter()
        try:
            result = function()
        except Exception as exc:  # the self-test reports every failure and goes on
            print(f"FAIL {name}: {exc}", flush=True)
            self.failures.append(name)
            return None
        print(f"ok   {name} ({time.perf_counter() - start:.2f} s)", flush=True)
        return result


def check_phantom(predictor) -> str:
    from fetalhc_gui.core.biometry import hc_pixels
    from fetalhc_gui.core.phantom import DEFAULT_HEAD, head_phantom

    prediction = predictor.predict(head_phantom())
    if prediction.ellipse is None:
        raise RuntimeError(prediction.error)
    ratio = hc_pixels(prediction.ellipse) / hc_pixels(DEFAULT_HEAD)
    if abs(ratio - 1) > HC_TOLERANCE:
        raise RuntimeError(f"phantom HC off by {100 * (ratio - 1):+.1f}%")
    return f"phantom HC {hc_pixels(prediction.ellipse):.0f} px (truth {hc_pixels(DEFAULT_HEAD):.0f} px)"


def check_demo(predictor, path: Path) -> str:
    from fetalhc_gui.core.biometry import head_biometry
    from fetalhc_gui.io.images import load_image

    prediction = predictor.predict(load_image(path).gray)
    if prediction.ellipse is None:
        raise RuntimeError(prediction.error)
    return f"{path.name}: HC {head_biometry(prediction.ellipse, 0.1).hc_mm:.1f} mm at 0.1 mm/px"


def check_compressed_dicom(folder: Path) -> str:
    """A phantom written as JPEG 2000 lossless DICOM (the openjpeg plugin encodes) reads back
    unchanged (the plugin decodes); the libjpeg plugin (JPEG, JPEG-LS) must be found too."""
    import numpy as np
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.pixels.decoders import JPEGLSLosslessDecoder
    from pydicom.uid import JPEG2000Lossless, SecondaryCaptureImageStorage, generate_uid

    from fetalhc_gui.core.phantom import head_phantom
    from fetalhc_gui.io.images import load_image

    pixels = head_phantom()
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.SOPClassUID, ds.SOPInstanceUID = SecondaryCaptureImageStorage, generate_uid()
    ds.file_meta.MediaStorageSOPClassUID, ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPClassUID, ds.SOPInstanceUID
    ds.Modality, ds.Rows, ds.Columns, ds.SamplesPerPixel = "US", *pixels.shape, 1
    ds.PhotometricInterpretation, ds.BitsAllocated, ds.BitsStored, ds.HighBit = "MONOCHROME2", 8, 8, 7
    ds.PixelRepresentation = 0
    ds.compress(JPEG2000Lossless, pixels)
    path = folder / "phantom_j2k.dcm"
    ds.save_as(path, enforce_file_format=True)
    if not np.array_equal(load_image(path).gray, pixels):
        raise RuntimeError("the JPEG 2000 image did not read back unchanged")
    if not JPEGLSLosslessDecoder.is_available:
        raise RuntimeError("no JPEG-LS decoder (pylibjpeg-libjpeg) was found")
    return "JPEG 2000 written and read back; JPEG and JPEG-LS decoders present"


def check_dicom_node(predictor, folder: Path) -> str:
    """Start the DICOM node on a loopback port, send it the JPEG 2000 phantom that
    ``check_compressed_dicom`` wrote into ``folder``, and measure what it received."""
    from pydicom import dcmread

    from fetalhc_gui.app.measuring import measure_files
    from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
    from fetalhc_gui.net.node_config import NodeConfig, Peer
    from fetalhc_gui.net.sender import send_datasets
    from fetalhc_gui.net.storage_node import StorageNode

    received: list[Path] = []
    node = StorageNode(
        NodeConfig("FETALHC", 0, "127.0.0.1", ("SELFTEST",)), folder / "inbox", lambda p, _: received.append(p)
    )
    node.start()
    try:  # SendError when the node refuses the association or the image
        send_datasets(Peer("FETALHC", "127.0.0.1", node.port), "SELFTEST", [dcmread(folder / "phantom_j2k.dcm")])
    finally:
        node.stop()
    if not received:
        raise RuntimeError("the node accepted the image but handed on no file")
    row = measure_files(predictor, received, PixelSizeOptions())[0]
    if not row["status"].startswith(("ok", "no pixel size")):
        raise RuntimeError(row["status"])
    return f"received {received[0].name} over DICOM and measured HC {row['hc_px']:.0f} px"


def check_languages() -> str:
    """Every shipped language translates FetalHC's words and Qt's standard buttons, and the
    caption font (bundled beside them) is there."""
    from PySide6.QtWidgets import QApplication

    from fetalhc_gui.io.overlay import caption_font
    from fetalhc_gui.report.language import LANGUAGES, SOURCE_LANGUAGE, language_installed, translate

    app = QApplication.instance() or QApplication([])
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        with language_installed(app, code):  # FileNotFoundError when its .qm is missing
            ours, qt = translate("Report", "Head plane"), translate(*QT_CANCEL)
        if ours == "Head plane" or qt == "Cancel":
            raise RuntimeError(f"{code}: FetalHC's words ({ours}) or Qt's ({qt}) are not translated")
    family, style = caption_font().getname()
    return f"{', '.join(LANGUAGES)}; caption font {family} {style}"


def check_window(predictor, path: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from fetalhc_gui.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(lambda: predictor)
    window.show()
    window.workspace.set_predictor(predictor)
    window.open_paths([str(path)])
    window.workspace.measure([0])
    deadline = time.monotonic() + 60
    while window.workspace.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    measurement = window.workspace.measurement(0)
    window.close()
    if measurement is None:
        raise RuntimeError(window.workspace.entries[0].error or "no measurement in the window")
    return f"window measured HC {measurement.hc_px:.0f} px"


def main() -> int:
    """Run every check; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["FETALHC_SETTINGS_FILE"] = str(Path(scratch) / "settings.ini")
        os.environ["FETALHC_DATA_DIR"] = str(Path(scratch) / "data")
        steps = Steps()
        from fetalhc_gui.inference.predictor import Predictor

        predictor = steps.run("load the bundled model", Predictor)
        if predictor is None:
            return 1
        print(f"     model {predictor.name}")
        print("     " + (steps.run("measure a synthetic phantom", lambda: check_phantom(predictor)) or ""))
        demos = demo_images() or write_demo_images(Path(scratch) / "demo")
        for path in demos:
            print("     " + (steps.run(f"measure {path.name}", lambda p=path: check_demo(predictor, p)) or ""))
        print(
            "     "
            + (steps.run("open, measure and close the main window", lambda: check_window(predictor, demos[0])) or "")
        )
        print("     " + (steps.run("load the languages", check_languages) or ""))
        print("     " + (steps.run("decode compressed DICOM", lambda: check_compressed_dicom(Path(scratch))) or ""))
        print(
            "     "
            + (steps.run("receive an image as a DICOM node", lambda: check_dicom_node(predictor, Path(scratch))) or "")
        )
        total = time.perf_counter() - steps.started
        verdict = "FAILED: " + ", ".join(steps.failures) if steps.failures else "passed"
        print(f"self-test {verdict} in {total:.2f} s", flush=True)
        return 1 if steps.failures else 0


if __name__ == "__main__":
    sys.exit(main())
