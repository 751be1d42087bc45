"""Calipers as a sonographer's hands expect: dragging an axis end moves that end alone, Shift
moves both, and a selected handle steps by one image pixel with the arrow keys, undoably."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from fetalhc_gui.core.biometry import ramanujan_perimeter
from fetalhc_gui.core.ellipse import Ellipse
from fetalhc_gui.gui.ellipse_editor import handle_positions, moved_ellipse

from support.gui import HEAD, drag, make_window, measure_current, window_pixel_size  # noqa: F401 (fixture)


def test_an_axis_end_moves_alone_and_the_other_end_stays():
    e = Ellipse(400, 270, 170, 130, 0.0)
    moved = moved_ellipse(e, "a+", 600, 275)  # 30 px outwards (and 5 px off the axis, ignored)
    assert (moved.cx, moved.cy, moved.a, moved.b, moved.angle) == (415, 270, 185, 130, 0.0)
    assert handle_positions(moved)["a-"] == pytest.approx(handle_positions(e)["a-"])  # the left end stayed
    inward = moved_ellipse(e, "b-", 400, 160)  # the top end 20 px down (y grows downwards)
    assert (inward.cx, inward.cy, inward.a, inward.b) == (400, 280, 170, 120)
    assert moved_ellipse(e, "a+", 600, 270, symmetric=True) == Ellipse(400, 270, 200, 130, 0.0)


def test_a_rotated_ellipse_keeps_its_other_axis_and_direction():
    e = Ellipse(300, 200, 100, 60, math.radians(30))
    start = handle_positions(e)["b+"]
    direction = (-math.sin(e.angle), math.cos(e.angle))  # b's axis
    moved = moved_ellipse(e, "b+", start[0] + 12 * direction[0], start[1] + 12 * direction[1])
    assert moved.b == pytest.approx(66) and moved.a == pytest.approx(100) and moved.angle == pytest.approx(e.angle)
    assert handle_positions(moved)["b-"] == pytest.approx(handle_positions(e)["b-"])
    assert handle_positions(moved)["b+"] == pytest.approx((start[0] + 12 * direction[0], start[1] + 12 * direction[1]))


def test_dragging_the_right_end_moves_it_alone_and_the_figures_follow(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    measure_current(qtbot, window)
    viewer = window.viewer
    handle = viewer.editor.handles["a+"]
    start = viewer.graphics.mapFromScene(handle.scenePos())
    end = viewer.graphics.mapFromScene(viewer.view.mapViewToScene(handle.pos() + QPointF(30, 0)))
    left_before = handle_positions(HEAD)["a-"]
    drag(viewer.graphics.viewport(), start, end)
    edited = window.workspace.entries[0].edited_ellipse
    assert edited.a == pytest.approx(185, abs=1.5) and edited.cx == pytest.approx(415, abs=1.5)
    assert (edited.b, edited.angle) == (HEAD.b, HEAD.angle)
    assert handle_positions(edited)["a-"] == pytest.approx(left_before, abs=1e-6)
    expected = ramanujan_perimeter(edited.a * 0.1, HEAD.b * 0.1)
    assert window.measurement_panel.hc.text() == f"{expected:.1f} mm"
    window.workspace.undo_stack.undo()
    assert window.workspace.entries[0].edited_ellipse is None and viewer.editor.ellipse == HEAD


def test_arrow_keys_move_a_selected_handle_by_one_pixel_and_undo_step_by_step(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    window.workspace.set_pixel_sizes({0: window_pixel_size(0.1)}, "test")
    measure_current(qtbot, window)
    view = window.viewer.graphics
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)  # the first handle: the centre
    assert window.viewer.editor.selected == "centre"
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert window.viewer.editor.selected == "a+"
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    edited = window.workspace.entries[0].edited_ellipse
    assert (edited.cx, edited.a) == (HEAD.cx + 5.5, HEAD.a + 5.5)  # 11 px further right, the left end fixed
    assert window.measurement_panel.hc.text() == f"{ramanujan_perimeter(edited.a * 0.1, HEAD.b * 0.1):.1f} mm"
    window.workspace.undo_stack.undo()
    assert window.workspace.entries[0].edited_ellipse.a == HEAD.a + 0.5  # one step back
    window.workspace.undo_stack.undo()
    assert window.workspace.entries[0].edited_ellipse is None


def test_clicking_a_handle_selects_it(qtbot, images):  # noqa: F811
    window = make_window(qtbot)
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    viewer = window.viewer
    point = viewer.graphics.mapFromScene(viewer.editor.handles["b-"].scenePos())
    QTest.mouseClick(viewer.graphics.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert viewer.editor.selected == "b-"
    QTest.keyClick(viewer.graphics, Qt.Key.Key_Up)
    assert window.workspace.entries[0].edited_ellipse.b == HEAD.b + 0.5  # the top end one pixel up
