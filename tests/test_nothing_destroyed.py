"""Nothing the user owns is destroyed or silently mixed: outputs that name inputs, unreadable
sessions, two windows at once, resumed runs with other options, live runs, bad links, conflicting
pixel sizes, benchmarks beside the user's work, file modes and usage errors."""

from __future__ import annotations

import csv
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import cv2
import pytest

from fetalhc_gui.app.journal import Journal, journal_path, lock_path, read_journal
from fetalhc_gui.app.session import load_session
from fetalhc_gui.cli import main
from fetalhc_gui.core.errors import ExportError, PixelSizeError
from fetalhc_gui.core.phantom import head_phantom
from fetalhc_gui.core.pixel_size import read_pixel_size_csv
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.session_slot import claim_session_slot

ROOT = Path(__file__).resolve().parents[1]
IMAGES = 40


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder of phantom heads and the HC18-form pixel-size CSV beside it."""
    images = tmp_path / "in"
    images.mkdir()
    lines = ["filename,pixel size(mm)"]
    for i in range(IMAGES):
        cv2.imwrite(str(images / f"{i:03d}_HC.png"), head_phantom(seed=i))
        lines.append(f"{i:03d}_HC.png,0.{10 + i % 5}")
    (tmp_path / "sizes.csv").write_text("\n".join(lines) + "\n")
    return images


@pytest.fixture
def no_model(monkeypatch):
    """Fail the test if the model is loaded: the case must be refused before any work."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("the model was loaded: the mistake was found only after measuring began")

    monkeypatch.setattr("fetalhc_gui.inference.predictor.Predictor", refuse)


def read_rows(path: Path) -> list[dict]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def predict_command(*args) -> list[str]:
    return [sys.executable, "-m", "fetalhc_gui.cli", "predict", *map(str, args)]


# 1. an output that names an input


def test_an_output_naming_an_input_image_is_refused_before_any_work(folder, no_model, capsys):
    image = folder / "000_HC.png"
    before = image.read_bytes()
    sizes = folder.parent / "sizes.csv"
    assert main(["predict", str(folder), "--pixel-size-csv", str(sizes), "-o", str(image)]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    roundabout = folder / ".." / folder.name / "000_HC.png"  # another name of the same file
    assert main(["predict", str(folder), "--pixel-size-csv", str(sizes), "-o", str(roundabout)]) == 2
    assert image.read_bytes() == before


def test_an_output_naming_the_pixel_size_csv_is_refused(folder, no_model, capsys):
    sizes = folder.parent / "sizes.csv"
    before = sizes.read_text()
    link = folder.parent / "link.csv"
    link.symlink_to(sizes)
    for output in (sizes, link):
        assert main(["predict", str(folder), "--pixel-size-csv", str(sizes), "-o", str(output)]) == 2
        assert "is one of the inputs" in capsys.readouterr().err
    assert sizes.read_text() == before


def test_an_export_from_the_window_never_replaces_an_opened_image(qtbot, folder):
    from support.gui import make_window, measure_all

    window = make_window(qtbot)
    window.open_paths([str(folder / "000_HC.png")])
    measure_all(qtbot, window)
    before = (folder / "000_HC.png").read_bytes()
    window.files.save_measurements(str(folder / "000_HC.png"), "csv")
    assert window.messages[-1][0] == "Export failed" and "one of the inputs" in window.messages[-1][1]
    assert (folder / "000_HC.png").read_bytes() == before


# 2. a session file that holds valid JSON but no session


@pytest.mark.parametrize("text", ["[]", "null", "3", '{"version": 1, "entries": [1]}', '{"version": 1, "entries": {}}'])
def test_a_session_of_the_wrong_shape_is_refused_as_a_whole(tmp_path, text):
    path = tmp_path / "session.json"
    path.write_text(text)
    with pytest.raises(ExportError, match="could not be read"):
        load_session(path)


@pytest.mark.parametrize("text", ["[]", "null"])
def test_the_window_starts_with_a_session_that_is_not_an_object_and_keeps_it(tmp_path, text):
    data = tmp_path / "data"
    data.mkdir()
    (data / "session.json").write_text(text)
    env = os.environ | {"FETALHC_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "fetalhc_gui.gui.launcher", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert shot.exists()
    kept = list(data.glob("session.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == text
    assert (data / "session.lock").read_text() == ""  # closed normally: no crash notice next time


# 3. two windows at once


def test_two_windows_keep_two_sessions(qtbot, folder, tmp_path):
    from fetalhc_gui.gui.main_window import MainWindow

    from support.fakes import FakePredictor
    from support.gui import HEAD

    data = tmp_path / "data"
    first, second = claim_session_slot(data), claim_session_slot(data)
    assert (first.number, second.number) == (1, 2)
    assert "Another FetalHC window" in second.shared_note and not first.shared_note
    windows = []
    for slot, image in ((first, "000_HC.png"), (second, "001_HC.png")):
        window = MainWindow(lambda: FakePredictor(HEAD), session_path=slot.session_path)
        qtbot.addWidget(window)
        window.open_paths([str(folder / image)])
        windows.append(window)
    for window in windows:
        window.close()
    second.release()
    first.release()
    assert [Path(e.path).name for e in load_session(data / "session.json")[0]] == ["000_HC.png"]
    assert [Path(e.path).name for e in load_session(data / "session-2.json")[0]] == ["001_HC.png"]
    again = claim_session_slot(data)
    assert again.number == 1 and not again.crashed
    again.release()


CLAIM = (
    "import sys, time; from pathlib import Path; from fetalhc_gui.io.session_slot import claim_session_slot; "
    "slot = claim_session_slot(Path(sys.argv[1])); print(slot.number, flush=True); "
    "time.sleep(60) if sys.argv[2] == 'crash' else slot.release()"
)


def test_one_crash_marker_per_window(tmp_path):
    data = tmp_path / "data"
    crashing = subprocess.Popen([sys.executable, "-c", CLAIM, str(data), "crash"], stdout=subprocess.PIPE, text=True)
    assert crashing.stdout.readline().strip() == "1"
    closing = subprocess.run([sys.executable, "-c", CLAIM, str(data), "close"], capture_output=True, text=True)
    assert closing.stdout.strip() == "2"  # the second window closes normally...
    crashing.send_signal(signal.SIGKILL)  # ... then the first one crashes
    crashing.wait()
    slot = claim_session_slot(data)
    assert slot.number == 1 and slot.crashed  # the next start is told
    slot.release()
    assert not claim_session_slot(data).crashed


# 4. a resumed run with other options


def interrupted_run(out: Path, folder: Path, *options: str) -> dict:
    """Measure part of a run and kill it: what a crash mid-run leaves."""
    journal = journal_path(out)
    process = subprocess.Popen(
        predict_command(folder, *options, "-o", out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if journal.exists() and len(read_journal(journal)) >= 8:
            break
        time.sleep(0.01)
    assert process.poll() is None, process.stderr.read().decode()
    process.send_signal(signal.SIGKILL)
    process.wait()
    return read_journal(journal)


def test_a_resume_with_other_options_is_refused_with_the_difference_named(folder, tmp_path):
    out = tmp_path / "results.csv"
    sizes = tmp_path / "sizes.csv"
    done = interrupted_run(out, folder, "--pixel-size-csv", sizes)
    other = subprocess.run(
        predict_command(folder, "--pixel-size", "0.5", "-o", out, "--resume"), capture_output=True, text=True
    )
    assert other.returncode == 2 and not out.exists()
    assert "--resume refused" in other.stderr and "pixel size: --pixel-size-csv" in other.stderr
    assert "--pixel-size 0.5 now" in other.stderr
    assert read_journal(journal_path(out)) == done  # the interrupted run is kept as it was
    same = subprocess.run(
        predict_command(folder, "--pixel-size-csv", sizes, "-o", out, "--resume"), capture_output=True, text=True
    )
    assert same.returncode == 0, same.stderr
    rows = read_rows(out)
    expected = read_pixel_size_csv(sizes)
    assert len(rows) == IMAGES and all(float(r["pixel_size_mm"]) == expected[r["filename"]] for r in rows)


def test_a_journal_of_an_earlier_version_is_not_mixed(folder, tmp_path, capsys):
    out = tmp_path / "results.csv"
    journal_path(out).write_text(json.dumps({"source": "x.png", "row": {"filename": "x.png"}}) + "\n")
    assert main(["predict", str(folder), "--pixel-size", "0.1", "-o", str(out), "--resume"]) == 2
    assert "did not record its options" in capsys.readouterr().err


# 5. a live run is locked


def test_a_second_run_on_a_live_output_names_the_process_and_writes_nothing(folder, tmp_path):
    out = tmp_path / "results.csv"
    journal = journal_path(out)
    first = subprocess.Popen(
        predict_command(folder, "--pixel-size", "0.1", "-o", out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (journal.exists() and read_journal(journal)):
        time.sleep(0.01)
    for extra in ([], ["--resume"]):
        second = subprocess.run(
            predict_command(folder, "--pixel-size", "0.1", "-o", out, *extra), capture_output=True, text=True
        )
        assert second.returncode == 2
        assert f"in use by process {first.pid}" in second.stderr and "interrupted" not in second.stderr
    assert first.wait(timeout=180) == 0, first.stderr.read().decode()
    rows = read_rows(out)
    assert sorted(r["filename"] for r in rows) == [f"{i:03d}_HC.png" for i in range(IMAGES)]
    assert not journal.exists() and not lock_path(out).exists()


def test_the_journal_lock_is_released_when_a_run_is_refused(tmp_path):
    out = tmp_path / "r.csv"
    Journal(out, False, {"a": "1"}).close(remove=False)
    with pytest.raises(Exception, match="--resume refused"):
        Journal(out, True, {"a": "2"})
    Journal(out, True, {"a": "1"}).close(remove=True)  # not left locked by the refusal
    assert not journal_path(out).exists() and not lock_path(out).exists()


# 6. a link that loops


def test_a_looping_link_is_one_error_row(folder, tmp_path):
    (folder / "loop_a.png").symlink_to("loop_b.png")
    (folder / "loop_b.png").symlink_to("loop_a.png")
    out = tmp_path / "out.csv"
    assert main(["predict", str(folder), "--pixel-size", "0.1", "-o", str(out)]) == 0
    rows = {r["filename"]: r for r in read_rows(out)}
    assert len(rows) == IMAGES + 2
    assert "link leads nowhere or loops" in rows["loop_a.png"]["status"]
    assert rows["000_HC.png"]["status"] == "ok"


def test_a_looping_link_does_not_stop_the_reports(folder, tmp_path):
    for name in os.listdir(folder)[3:]:
        (folder / name).unlink()
    (folder / "loop.png").symlink_to("loop.png")
    result = subprocess.run(
        [sys.executable, "-m", "fetalhc_gui.cli", "report", str(folder), "--pixel-size", "0.1", "-o", tmp_path / "r"],
        capture_output=True,
        text=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "loop.png" in result.stderr and list((tmp_path / "r").glob("*.pdf"))


# 7. a pixel-size CSV with two different rows for one file


def test_conflicting_csv_rows_are_an_error_naming_both(tmp_path):
    path = tmp_path / "sizes.csv"
    path.write_text("filename,pixel size(mm)\na.png,0.1\nb.png,0.2\na.png,0.29\n")
    with pytest.raises(PixelSizeError, match=r"rows 2 and 4 give a\.png two pixel sizes \(0\.1 and 0\.29"):
        read_pixel_size_csv(path)
    path.write_text("filename,pixel size(mm)\na.png,0.1\na.png,0.1\n")
    assert read_pixel_size_csv(path) == {"a.png": 0.1}  # the same row twice is no conflict


# 8. benchmarks never touch the user's session or settings


def test_the_benchmarks_windows_leave_the_users_data_alone(tmp_path, monkeypatch, folder):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    home = tmp_path / "home"
    monkeypatch.delenv("FETALHC_DATA_DIR")
    monkeypatch.delenv("FETALHC_SETTINGS_FILE")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    figures = bench.run_python(bench.WINDOW_CODE.format(path=str(folder / "000_HC.png"), model=None))
    assert figures["first_measurement_s"] > 0
    assert not any(home.rglob("*")), [str(p) for p in home.rglob("*")]


# 9. the smaller ones


def test_an_output_that_is_a_folder_is_refused_before_measuring(folder, tmp_path, no_model, capsys):
    assert main(["predict", str(folder), "--pixel-size", "0.1", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_report_folder_that_is_a_file_is_refused_before_measuring(folder, tmp_path, no_model, capsys):
    target = tmp_path / "report.pdf"
    target.write_text("keep me")
    assert main(["report", str(folder), "--pixel-size", "0.1", "-o", str(target)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err and target.read_text() == "keep me"


def test_a_missing_input_is_a_usage_error_and_writes_nothing(tmp_path, no_model, capsys):
    out = tmp_path / "out.csv"
    assert main(["predict", str(tmp_path / "nowhere"), "--pixel-size", "0.1", "-o", str(out)]) == 2
    assert "nowhere does not exist" in capsys.readouterr().err and not out.exists()
    assert main(["report", str(tmp_path / "nowhere"), "-o", str(tmp_path / "r")]) == 2


def test_outputs_follow_the_umask_and_keep_a_replaced_files_mode(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "new.csv", "a")
        assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644
        shared = tmp_path / "shared.csv"
        shared.write_text("old")
        shared.chmod(0o664)
        atomic_write_text(shared, "new")
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664 and shared.read_text() == "new"
    finally:
        os.umask(old)


def test_reports_never_replace_an_earlier_report(tmp_path):
    from fetalhc_gui.io.output_paths import free_path

    first = tmp_path / "exam_undated_1.pdf"
    first.write_text("signed")
    assert free_path(first) == tmp_path / "exam_undated_1-2.pdf"
    assert first.read_text() == "signed"


PEAK_CODE = """
import sys
from fetalhc_gui.cli import main
code = main(["predict", sys.argv[1], "--pixel-size", "0.1", "-o", sys.argv[2]])
status = open("/proc/self/status").read().split("VmHWM:")[1]  # this process's own peak, not its parent's
print(code, int(status.split()[0]) // 1024)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak memory from Linux's /proc")
def test_a_huge_image_is_measured_within_a_bounded_memory(tmp_path):
    from fetalhc_gui.core.biometry import hc_pixels
    from fetalhc_gui.core.ellipse import Ellipse

    small = head_phantom(Ellipse(360, 270, 200, 150, 0.2), (540, 720), seed=3)
    head = Ellipse(3604.5, 2704.5, 2000, 1500, 0.2)  # the small head in the pixels of one 10 times larger
    path = tmp_path / "huge.png"
    cv2.imwrite(str(path), cv2.resize(small, (7200, 5400), interpolation=cv2.INTER_LINEAR))  # 39 megapixels
    out = tmp_path / "huge.csv"
    result = subprocess.run([sys.executable, "-c", PEAK_CODE, str(path), str(out)], capture_output=True, text=True)
    code, peak_mb = map(int, result.stdout.split())
    assert code == 0, result.stderr
    assert peak_mb < 300 + 10 * 39, f"peak {peak_mb} MB"  # 1.4 GB before the budget
    row = read_rows(out)[0]
    assert float(row["hc_px"]) == pytest.approx(hc_pixels(head), rel=0.02)


def test_an_image_above_the_pixel_limit_is_refused_by_name(tmp_path):
    from fetalhc_gui.core.errors import ImageLoadError
    from fetalhc_gui.io.frame import check_size

    with pytest.raises(ImageLoadError, match="huge.png: an image of 10000 x 9500 pixels is not an ultrasound"):
        check_size(Path("huge.png"), 10000, 9500)
