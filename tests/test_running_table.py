"""The DICOM node's running results table: appended row by row, kept across restarts and crashes."""

import csv

from fetalhc_gui.io.running_table import RunningTable

COLUMNS = ["filename", "hc_mm", "notes"]


def read(path):
    return list(csv.DictReader(path.open(encoding="utf-8", newline="")))


def test_rows_are_appended_and_kept_when_the_node_restarts(tmp_path):
    path = tmp_path / "results.csv"
    table = RunningTable(path, COLUMNS)
    table.append({"filename": "a.dcm", "hc_mm": 181.5, "notes": ["first", "second"]})
    again = RunningTable(path, COLUMNS)  # a restart keeps what was written
    again.append({"filename": "b.dcm", "hc_mm": None, "extra": "ignored"})
    assert [r["filename"] for r in read(path)] == ["a.dcm", "b.dcm"]
    assert read(path)[0]["hc_mm"] == "181.5" and read(path)[1]["hc_mm"] == ""
    assert again.rows() == read(path)


def test_a_row_with_a_line_break_stays_one_line(tmp_path):
    path = tmp_path / "results.csv"
    RunningTable(path, COLUMNS).append({"filename": "a.dcm", "notes": "no head found\nin this image"})
    assert path.read_text().count("\n") == 2
    assert read(path)[0]["notes"] == "no head found in this image"


def test_a_row_cut_short_by_a_crash_is_dropped_on_restart(tmp_path):
    path = tmp_path / "results.csv"
    RunningTable(path, COLUMNS).append({"filename": "a.dcm", "hc_mm": 100.0})
    with path.open("a") as f:
        f.write("b.dcm,17")  # the process died while writing this row
    table = RunningTable(path, COLUMNS)
    table.append({"filename": "c.dcm", "hc_mm": 120.0})
    assert [r["filename"] for r in read(path)] == ["a.dcm", "c.dcm"]


def test_a_table_with_other_columns_is_set_aside_not_overwritten(tmp_path):
    path = tmp_path / "results.csv"
    path.write_text("filename,hc\nold.dcm,99\n")
    table = RunningTable(path, COLUMNS)
    assert table.set_aside is not None and table.set_aside.read_text() == "filename,hc\nold.dcm,99\n"
    assert read(path) == []


def test_appending_costs_the_same_however_long_the_table(tmp_path):
    path = tmp_path / "results.csv"
    table = RunningTable(path, COLUMNS)
    for k in range(300):
        table.append({"filename": f"{k}.dcm", "hc_mm": float(k)})
    size = path.stat().st_size
    table.append({"filename": "last.dcm"})
    assert path.stat().st_size - size == len("last.dcm,,\n")  # only the new row is written
