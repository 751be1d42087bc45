"""The layers stay apart: core imports neither Qt nor TensorFlow; the GUI does not import TensorFlow."""

import subprocess
import sys

import pytest


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


@pytest.mark.parametrize(
    "statement",
    [
        "import fetalhc_gui.io.images, fetalhc_gui.io.dicom, fetalhc_gui.io.export, "
        "fetalhc_gui.core.clinical, fetalhc_gui.core.metrics",
    ],
)
def test_core_imports_neither_qt_nor_tensorflow(statement):
    modules = imported_after(statement)
    assert not {"tensorflow", "keras", "PySide6", "pyqtgraph", "onnxruntime"} & modules


def test_predictor_with_onnx_does_not_import_tensorflow():
    modules = imported_after("import fetalhc_gui.inference.predictor, fetalhc_gui.training.validation")
    assert not {"tensorflow", "keras", "PySide6"} & modules


def test_gui_does_not_import_tensorflow():
    modules = imported_after("import fetalhc_gui.gui.launcher, fetalhc_gui.gui.main_window")
    assert "PySide6.QtWidgets" in modules
    assert not {"tensorflow", "keras"} & modules


def test_pydicom_waits_for_the_first_dicom_file():
    """pydicom's import (a quarter of a second, requests included) is not on the window's start-up path."""
    modules = imported_after("import fetalhc_gui.gui.launcher, fetalhc_gui.gui.main_window, fetalhc_gui.cli")
    assert "pydicom" not in modules


def test_no_import_cycles_between_modules():
    import grimp

    graph = grimp.build_graph("fetalhc_gui")
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported != module and graph.find_shortest_chain(importer=imported, imported=module):
                cycles.append(f"{module} -> {imported}")
    assert not cycles, "import cycles: " + ", ".join(cycles)


def test_the_report_draws_without_widgets():
    modules = imported_after("import fetalhc_gui.app.reports, fetalhc_gui.report.pdf, fetalhc_gui.report.chart")
    assert "PySide6.QtGui" in modules
    assert not {"PySide6.QtWidgets", "pyqtgraph"} & modules
    assert not any(name.startswith("fetalhc_gui.gui") for name in modules)
