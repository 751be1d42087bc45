import csv
import math
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.core.errors import ExportError
from fetalhc_gui.core.measurement import measure
from fetalhc_gui.core.pixel_size import PixelSize, PixelSizeSource, manual_pixel_size
from fetalhc_gui.core.record import record_row
from fetalhc_gui.io.atomic import atomic_write_text
from fetalhc_gui.io.export import HC18_COLUMNS, read_csv, read_json, write_records

ellipses = st.builds(
    Ellipse,
    cx=st.floats(0, 1000),
    cy=st.floats(0, 1000),
    a=st.floats(5, 500),
    b=st.floats(5, 500),
    angle=st.floats(0, math.pi, exclude_max=True),
)
pixel_sizes = st.none() | st.builds(PixelSize, mm=st.floats(0.01, 2.0), source=st.sampled_from(list(PixelSizeSource)))
measurements = st.builds(
    measure,
    file=st.text(min_size=1, max_size=20).filter(lambda s: s.strip() == s and "\r" not in s),
    ellipse=ellipses,
    pixel_size=pixel_sizes,
    frame=st.integers(0, 50),
    ga_entered_days=st.none() | st.floats(90, 290),
    model_name=st.none() | st.just("unet 1"),
    quality=st.none() | st.floats(0, 1),
    edited=st.booleans(),
)


def records(items) -> list[dict]:
    """The records of measurements, as the window's export writes them."""
    return [record_row(m, file=m.file, frame=m.frame, status="ok") for m in items]


@settings(max_examples=40, deadline=None)
@given(items=st.lists(measurements, max_size=4))
def test_json_and_csv_round_trip(tmp_path_factory, items):
    folder = tmp_path_factory.mktemp("rt")
    rows = records(items)
    write_records(folder / "m.json", rows, "json")
    write_records(folder / "m.csv", rows, "csv")
    assert read_json(folder / "m.json") == items
    assert read_csv(folder / "m.csv") == items


def test_measurement_figures():
    m = measure("x.png", Ellipse(300, 200, 150, 120, 0.3), manual_pixel_size(0.2), ga_entered_days=140)
    assert m.ofd_mm == pytest.approx(60) and m.bpd_mm == pytest.approx(48)
    assert m.ga_hadlock_weeks is not None and m.hc_centile is not None


def test_measurement_without_pixel_size_has_pixels_only():
    m = measure("x.png", Ellipse(300, 200, 150, 120, 0.3), None)
    assert m.hc_mm is None and m.hc_px > 0 and "pixels" in m.notes[0]


def test_hc18_columns(tmp_path):
    m = measure("/data/001_HC.png", Ellipse(100, 50, 40, 30, 0.5), manual_pixel_size(0.1))
    write_records(tmp_path / "sub.csv", records([m]), "hc18")
    rows = list(csv.DictReader((tmp_path / "sub.csv").open()))
    assert list(rows[0]) == HC18_COLUMNS
    assert rows[0]["filename"] == "001_HC.png"
    assert float(rows[0]["semi_axes_a_mm"]) == pytest.approx(4.0)
    assert float(rows[0]["center_x_mm"]) == pytest.approx(10.0)


def test_hc18_needs_pixel_size(tmp_path):
    with pytest.raises(ExportError):
        write_records(tmp_path / "sub.csv", records([measure("a.png", Ellipse(1, 1, 4, 3, 0), None)]), "hc18")


def test_failed_write_leaves_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old content")

    def explode(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", explode)
    with pytest.raises(OSError):
        atomic_write_text(target, "new content")
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_reading_a_foreign_file_is_a_clear_error(tmp_path):
    (tmp_path / "x.json").write_text("[1, 2]")
    with pytest.raises(ExportError, match="not a FetalHC"):
        read_json(tmp_path / "x.json")


def test_a_caption_wider_than_the_image_wraps_at_words_inside_it():
    import numpy as np

    from fetalhc_gui.io.overlay import CAPTION_PX, caption_font, wrapped, write_caption

    line = " ".join(["NICHT ALS KOPFEBENE BESTÄTIGT"] * 4)
    lines = wrapped(line, caption_font(), 180)
    assert len(lines) >= 4 and " ".join(lines) == line
    assert all(caption_font().getlength(part) <= 180 for part in lines)
    picture = write_caption(np.zeros((200, 200, 3), np.uint8), line)
    white_rows = np.flatnonzero((picture == 255).all(axis=-1).any(axis=1))
    white_columns = np.flatnonzero((picture == 255).all(axis=-1).any(axis=0))
    assert white_rows.max() > 3 * CAPTION_PX and white_columns.max() < 200 - 5  # four lines, none past the edge


def test_a_wide_image_gets_a_caption_that_reads_alike_once_a_viewer_fits_it():
    import numpy as np

    from fetalhc_gui.io.overlay import CAPTION_PX, caption_size, write_caption

    assert caption_size(400) == caption_size(800) == CAPTION_PX and caption_size(1920) == 38

    def text_height(width: int) -> int:
        picture = write_caption(np.zeros((width // 2, width, 3), np.uint8), "HC 189.3 mm")
        rows = np.flatnonzero((picture == 255).all(axis=-1).any(axis=1))
        return int(rows.max() - rows.min())

    assert 2.0 < text_height(1920) / text_height(800) < 2.8  # 1920 / 800 = 2.4
