"""Speed and memory of FetalHC on this machine: prints figures, asserts nothing.

Run with `make bench`. Every number comes from a fresh subprocess where start-up cost matters.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HC18 = ROOT.parent / "shared" / "hc18" / "training_set"


SCRATCH = Path(tempfile.mkdtemp(prefix="fetalhc-bench-"))


def bench_env() -> dict[str, str]:
    """The environment of every measured process: offscreen, with a data folder and settings file
    of the benchmark's own, so that no window it opens touches the user's session or settings."""
    return os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "FETALHC_DATA_DIR": str(SCRATCH / "data"),
        "FETALHC_SETTINGS_FILE": str(SCRATCH / "settings.ini"),
    }


def run_python(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON line, returned as a dict."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=bench_env(), cwd=ROOT, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


IMPORT_CODE = """
import json, resource, time
t = time.perf_counter()
import {module}
print(json.dumps({{"s": time.perf_counter() - t,
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

PREDICT_CODE = """
import json, resource, statistics, time
t0 = time.perf_counter()
from fetalhc_gui.io.images import load_image
from fetalhc_gui.inference.predictor import Predictor
predictor = Predictor({model!r})
load_s = time.perf_counter() - t0
paths = {paths!r}
grays = [load_image(p).gray for p in paths]
predictor.predict(grays[0])
network, total = [], []
for gray in grays:
    locate = predictor.first_member_maps if predictor.locates_with_one_member else predictor.member_maps
    t = time.perf_counter(); locate([gray]); network.append(time.perf_counter() - t)
    t = time.perf_counter(); predictor.predict(gray); total.append(time.perf_counter() - t)
print(json.dumps({{"load_s": load_s, "network_ms": 1000 * statistics.median(network),
                   "predict_ms": 1000 * statistics.median(total),
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

RATIO_CODE = """
import json, statistics, time
from pathlib import Path
from fetalhc_gui.io.images import load_image
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.inference.preprocessing import to_model_input
predictor = Predictor({model!r})
grays = [load_image(p).gray for p in {paths!r}]
try:
    import keras
except ImportError:
    keras = None
member = None
if keras is not None:  # the first member's first stage, as its Keras user runs it
    member = keras.models.load_model(Path(predictor.model_dir) / "model.keras", compile=False)
    member.predict(to_model_input(grays[0], predictor.input_size)[None], verbose=0)
predictor.predict_batch(grays[:8])
def timed(call):
    t = time.perf_counter(); call(); return 1000 * (time.perf_counter() - t)
ours, theirs, batched = [], [], []
for _ in range(2):
    for gray in grays:  # alternating, so that both see the same state of the machine
        ours.append(timed(lambda: predictor.predict(gray)))
        if member is not None:
            x = to_model_input(gray, predictor.input_size)[None]
            theirs.append(timed(lambda: member.predict(x, verbose=0)))
    for start in range(0, len(grays), 8):
        batch = grays[start:start + 8]
        batched.append(timed(lambda: predictor.predict_batch(batch)) / len(batch))
print(json.dumps({{"ours_ms": statistics.median(ours), "batched_ms": statistics.median(batched),
                   "keras_ms": statistics.median(theirs) if theirs else None}}))
"""


def cpu_flags() -> str:
    """The CPU's vector instruction sets that ONNX Runtime's int8 kernels pick from."""
    try:
        flags = set(Path("/proc/cpuinfo").read_text().split("flags")[1].split("\n")[0].split())
    except (OSError, IndexError):
        return "flags unknown"
    wanted = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8")
    return ", ".join(f for f in wanted if f in flags) or "no AVX2"


WINDOW_CODE = """
import json, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from fetalhc_gui.gui.launcher import predictor_factory
app = QApplication([])
build = predictor_factory({model!r}, start_now=True)  # as the launcher does: the model loads beside the window
from fetalhc_gui.gui.main_window import MainWindow
window = MainWindow(build)
window.show(); app.processEvents()
shown = time.perf_counter() - t0
window.open_paths([{path!r}])
window.start_model_loading()
while window.workspace.predictor is None:
    app.processEvents(); time.sleep(0.005)
ready = time.perf_counter() - t0
window.workspace.measure([0])
while window.workspace.busy:
    app.processEvents(); time.sleep(0.005)
measured = time.perf_counter() - t0
window.close()
print(json.dumps({{"window_s": shown, "model_ready_s": ready, "first_measurement_s": measured}}))
"""

MEASURE_ALL_CODE = """
import json, time
from PySide6.QtWidgets import QApplication
from fetalhc_gui.io.images import load_image
from fetalhc_gui.gui.main_window import MainWindow
from fetalhc_gui.inference.predictor import Predictor
app = QApplication([])
predictor = Predictor({model!r})
predictor.predict_batch([load_image({paths!r}[0]).gray] * 8)
window = MainWindow(lambda: predictor)
window.actions.auto_measure.setChecked(False)
window.show()
window.workspace.set_predictor(predictor)
window.open_paths({paths!r})
app.processEvents()
t = time.perf_counter()
window.workspace.measure(list(range(len(window.workspace.entries))))
while window.workspace.busy:
    app.processEvents(); time.sleep(0.002)
seconds = time.perf_counter() - t
window.close()
print(json.dumps({{"ms": 1000 * seconds / len({paths!r})}}))
"""

BATCH_CODE = """
import json, time
from pathlib import Path
from fetalhc_gui.app.measuring import measure_files
from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
from fetalhc_gui.inference.predictor import Predictor
predictor = Predictor({model!r})
paths = [Path(p) for p in {paths!r}]
measure_files(predictor, paths[:8], PixelSizeOptions())
t = time.perf_counter()
measure_files(predictor, paths, PixelSizeOptions())
print(json.dumps({{"ms": 1000 * (time.perf_counter() - t) / len(paths)}}))
"""

CINE_CODE = """
import json, sys, time
import numpy as np
sys.path.insert(0, "tests")
from support.dicom_factory import write_dicom
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.io.images import load_frames
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.app.cine_scan import scan_cine
from fetalhc_gui.inference.predictor import Predictor
rows, cols, frames = 743, 975, 87
gray = np.stack([head_phantom(Ellipse(487, 371, 230 + i % 9, 180, 0.1), (rows, cols), seed=i) for i in range(frames)])
path = write_dicom({out!r}, np.repeat(gray[..., None], 3, axis=-1), "RGB", pixel_spacing=(0.2, 0.2))
predictor = Predictor({model!r})
predictor.predict_batch([gray[0]] * 8)
t = time.perf_counter()
images = load_frames(path)
read = time.perf_counter() - t
scan = scan_cine(predictor, images)
print(json.dumps({{"read_s": read, "s": time.perf_counter() - t, "best": scan.best}}))
"""

NODE_CODE = """
import json, sys, tempfile, threading, time
from pathlib import Path
sys.path.insert(0, "tests")
from pydicom import dcmread
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import UltrasoundImageStorage
from support.dicom_factory import write_dicom
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.inference.predictor import Predictor
from fetalhc_gui.net.node_config import NodeConfig
from fetalhc_gui.app.node import DICOM_FOLDER, MeasuringNode
folder = Path(tempfile.mkdtemp())
study, series = generate_uid(), generate_uid()
images = []
for i in range({count}):  # distinct pixels (a head of another size and noise each) and distinct UIDs
    head = Ellipse(400 + i % 7, 270 - i % 5, 170 + i % 23, 130 + i % 17, 0.05 * (i % 9))
    ds = dcmread(write_dicom(folder / f"{{i}}.dcm", head_phantom(head, seed=i), pixel_spacing=(0.2, 0.2)))
    ds.PatientID, ds.PatientName, ds.StudyInstanceUID, ds.SeriesInstanceUID = "BENCH", "Bench^Phantom", study, series
    ds.SOPInstanceUID, ds.StudyDate, ds.StudyTime = generate_uid(), "20261127", "120000"
    images.append(ds)
assert len({{ds.SOPInstanceUID for ds in images}}) == {count}
predictor = Predictor({model!r})
predictor.predict_batch([head_phantom()] * 8)
node = MeasuringNode(
    NodeConfig("FETALHC", 0, "127.0.0.1", ("BENCH",)), folder / "in", folder / "out", predictor, workers={workers}
)
node.start()
def send(batch):
    ae = AE(ae_title="BENCH"); ae.add_requested_context(UltrasoundImageStorage, ExplicitVRLittleEndian)
    assoc = ae.associate("127.0.0.1", node.node.port, ae_title="FETALHC")
    for ds in batch: assoc.send_c_store(ds)
    assoc.release()
t = time.perf_counter()
send(images[:1]); node.wait_until_idle(); first = time.perf_counter() - t
t = time.perf_counter()
threads = [threading.Thread(target=send, args=(images[1 + k::2],)) for k in range(2)]
[x.start() for x in threads]; [x.join() for x in threads]
node.wait_until_idle()
seconds = time.perf_counter() - t
node.stop()
results = len(list((folder / "out" / DICOM_FOLDER).rglob("*.dcm")))
assert node.measured == {count}, f"the node measured {{node.measured}} of {count} images"
print(json.dumps({{"first_s": first, "per_s": ({count} - 1) / seconds, "measured": node.measured, "results": results}}))
"""


def sample_images(count: int = 20) -> list[str]:
    if HC18.is_dir():
        return [str(p) for p in sorted(HC18.glob("*_HC.png"))[:count]]
    from fetalhc_gui.io.demo_images import write_demo_images

    return [str(p) for p in write_demo_images(SCRATCH / "demo")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", help="model folder (default: the bundled model)")
    try:
        run_benchmarks(parser.parse_args().model)
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)


def run_benchmarks(model: str | None) -> None:
    """Print every figure, measured in fresh processes on the same images."""
    images = sample_images()
    source = "HC18" if HC18.is_dir() else "phantoms"
    print(
        f"FetalHC benchmark on {os.cpu_count()} CPUs ({cpu_flags()}), {len(images)} images ({source}), "
        f"model {model or 'bundled'}"
    )
    for module in ("fetalhc_gui.io.images", "onnxruntime", "fetalhc_gui.gui.main_window", "tensorflow"):
        figures = run_python(IMPORT_CODE.format(module=module))
        print(f"import {module:<30} {figures['s']:6.2f} s   peak RSS {figures['rss_mb']:6.0f} MB")
    f = run_python(PREDICT_CODE.format(paths=images, model=model))
    print(
        f"model load {f['load_s']:.2f} s, locating network {f['network_ms']:.0f} ms/image, "
        f"whole measurement {f['predict_ms']:.0f} ms/image (median), peak RSS {f['rss_mb']:.0f} MB"
    )
    ratio = run_python(RATIO_CODE.format(paths=sample_images(40), model=model))
    if ratio["keras_ms"] is None:
        keras_text = "Keras is not installed (make install-training): no comparison"
    else:
        keras = ratio["keras_ms"]
        keras_text = (
            f"Keras predict of its first member's first stage (model.keras, batch 1) {keras:.1f} ms: "
            f"{keras / ratio['ours_ms']:.2f}x one by one, {keras / ratio['batched_ms']:.2f}x batched"
        )
    print(
        f"whole measurement (4 members, 2 stages, fits, plane check, interval), same process, alternating: "
        f"{ratio['ours_ms']:.1f} ms one by one, {ratio['batched_ms']:.1f} ms/image in batches of 8; {keras_text}"
    )
    f = run_python(WINDOW_CODE.format(path=images[0], model=model))
    print(
        f"GUI: window shown {f['window_s']:.2f} s after start, model ready {f['model_ready_s']:.2f} s, "
        f"first HC on screen {f['first_measurement_s']:.2f} s"
    )
    many = sample_images(100)
    window = run_python(MEASURE_ALL_CODE.format(paths=many, model=model))
    command_line = run_python(BATCH_CODE.format(paths=many, model=model))
    print(
        f"Measure All over {len(many)} images: window {window['ms']:.0f} ms/image, "
        f"fetalhc predict's path {command_line['ms']:.0f} ms/image (read, measure, result row)"
    )
    cine = run_python(CINE_CODE.format(out=str(SCRATCH / "bench-cine.dcm"), model=model))
    print(
        f"cine loop of 87 RGB frames 975x743: measured in {cine['s']:.2f} s "
        f"(of which reading {cine['read_s']:.2f} s), best frame {cine['best'] + 1}"
    )
    for workers in (1, 2):
        node = run_python(NODE_CODE.format(count=81, model=model, workers=workers))
        print(
            f"DICOM node, {workers} measuring worker(s): one 800x540 image from C-STORE to its result row "
            f"{node['first_s']:.2f} s; 80 distinct images over 2 associations received and measured at "
            f"{node['per_s']:.1f} images/s ({node['measured']} of 81 measured, {node['results']} SR and capture files)"
        )
    start = time.perf_counter()
    extra = ["--model", model] if model else []
    out = SCRATCH / "bench-one.csv"
    subprocess.run(
        [sys.executable, "-m", "fetalhc_gui.cli", "predict", images[0], "--pixel-size", "0.1", "-o", str(out), *extra],
        capture_output=True,
        check=True,
        env=bench_env(),
    )
    print(f"fetalhc predict on one image, start-up included: {time.perf_counter() - start:.2f} s")
    folder = Path(model) if model else ROOT / "resources" / "models" / "hc18_unet"
    sizes = {p.name: p.stat().st_size / 1e6 for p in folder.glob("*") if p.is_file()}
    print(
        f"model folder {sum(sizes.values()):.1f} MB: "
        + ", ".join(f"{name} {mb:.1f} MB" for name, mb in sorted(sizes.items()))
    )
    start = time.perf_counter()
    command = [sys.executable, "-m", "fetalhc_gui.cli", "--help"]
    subprocess.run(command, capture_output=True, check=True, env=bench_env())
    print(f"fetalhc --help: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
