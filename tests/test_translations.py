"""The window's languages: every shipped language translates every marked string, keeps its
placeholders and accelerators, is chosen by the setting or the system locale, and shows numbers
in its own convention."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from fetalhc_gui.report.language import LANGUAGES, SOURCE_LANGUAGE, language_for, translations_folder

from support.language import language

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def ts_files() -> dict[str, Path]:
    return {code: SOURCES / f"fetalhc_{code}.ts" for code in LANGUAGES if code != SOURCE_LANGUAGE}


def messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, unfinished) of every message of a .ts file."""
    rows = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            rows.append((name, message.findtext("source"), forms, unfinished))
    return rows


@pytest.mark.parametrize("code", sorted(ts_files()))
def test_every_string_is_translated_with_its_placeholders_and_accelerator(code):
    rows = messages(ts_files()[code])
    assert len(rows) > 100
    problems = []
    for context, source, forms, unfinished in rows:
        for form in forms:
            if unfinished or not form.strip():
                problems.append(f"{context}: {source!r} is not translated")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)) and "%n" not in source:
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            elif "%n" in source and "%n" not in form and len(forms) > 1:
                problems.append(f"{context}: {source!r} -> {form!r}: the count is missing")
            elif source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append(f"{context}: {source!r} -> {form!r}: the accelerator (&) is missing or doubled")
    assert not problems, "\n".join(problems)


def test_the_translation_sources_hold_every_string_the_window_marks(tmp_path):
    """Run Qt's lupdate over the window's code into copies of the .ts files: a string marked with
    translate() but missing from a language (or left there after its code went) fails here, with
    ``make translations-update`` as the remedy."""
    copies = []
    for ts in ts_files().values():
        shutil.copy(ts, tmp_path / ts.name)
        copies.append(str(tmp_path / ts.name))
    code = sorted(str(p) for room in ("gui", "report") for p in (ROOT / "fetalhc_gui" / room).rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), *code, "-no-obsolete", "-locations", "none", "-ts", *copies], check=True, capture_output=True
    )
    for ts in ts_files().values():
        before = {(c, s) for c, s, _, _ in messages(ts)}
        after = {(c, s) for c, s, _, _ in messages(tmp_path / ts.name)}
        assert after == before, f"{ts.name} is out of date (run 'make translations-update'): " + repr(
            sorted(after ^ before)[:5]
        )


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "de_DE", "de"),
        ("", "de_AT", "de"),
        ("", "pt_PT", "pt_BR"),
        ("", "es_MX", "es"),
        ("", "ja_JP", "en"),
        ("fr", "de_DE", "fr"),
        ("xx", "es_ES", "es"),
    ],
)
def test_the_language_follows_the_setting_then_the_system_locale(setting, system, expected):
    assert language_for(setting, QLocale(system)) == expected


@pytest.fixture
def german():
    """The window in German for one test; English and the C locale again after it."""
    with language("de"):
        yield


def test_every_shipped_language_has_its_built_translation():
    for code in ts_files():
        assert (translations_folder() / f"fetalhc_{code}.qm").stat().st_size > 1000, code


def test_the_window_speaks_german_with_german_numbers(qtbot, german, images):
    from support.gui import make_window, measure_current

    window = make_window(qtbot)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Messen"]
    assert window.actions.measure.text() == "&Messen"
    assert window.actions.language_menu.title() == "&Sprache"
    window.open_paths([str(images[0])])
    measure_current(qtbot, window)
    window.pixel_size_panel.enter("0,2")
    assert window.pixel_size_panel.field.text() == "0,2000"
    panel = window.measurement_panel
    assert re.fullmatch(r"\d+,\d mm", panel.hc.text()), panel.hc.text()  # 181,3 mm
    assert panel.layout().itemAt(0).widget().title() == "Messung"
    assert {"KU", "BPD (außen-außen)", "Kopfindex", "Bekanntes GA"} <= {w.text() for w in panel.findChildren(QLabel)}
    listed = window.image_list.entry_text(0)
    assert re.search(r"gemessen  ·  KU \d+,\d", listed), listed


def test_the_language_menu_keeps_the_choice_for_the_next_start(qtbot):
    from support.gui import make_window

    window = make_window(qtbot)
    choices = {action.text(): action for action in window.actions.language_menu.actions()}
    assert {"English", "Español", "Français", "Deutsch", "Português (Brasil)"} <= set(choices)
    assert next(a for a in choices.values() if a.isChecked()).text().startswith("As the System")
    choices["Français"].trigger()
    assert window.settings.language == "fr"
    assert "Français" in window.statusBar().currentMessage()
    assert choices["Français"].isChecked()


def test_the_pixel_size_sources_from_the_core_are_marked_for_translation():
    from fetalhc_gui.core.pixel_size import SOURCE_WORDS
    from fetalhc_gui.report.clinical_words import SOURCE_WORDS as MARKED

    assert set(MARKED) == set(SOURCE_WORDS.values())


def test_the_image_statuses_are_marked_for_translation():
    from fetalhc_gui.app.session import Status
    from fetalhc_gui.gui.panels.image_list import STATUS_WORDS

    assert set(STATUS_WORDS) == {status.value for status in Status}


def test_no_string_is_translated_at_import_time():
    """A translate() outside a function runs when the module is imported, before the launcher
    installs the language, and stays English: such strings are marked with QT_TRANSLATE_NOOP and
    translated where they are shown."""
    import ast

    offenders = []
    for path in sorted(p for room in ("gui", "report") for p in (ROOT / "fetalhc_gui" / room).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.Lambda)) for n in ast.walk(f)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate" and id(node) not in inside:
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders


def test_the_growth_chart_s_centile_labels_are_marked_for_translation():
    from fetalhc_gui.core.clinical import intergrowth_hc_centile_curves, ordinal
    from fetalhc_gui.gui.panels.growth_chart import CENTILE_LABELS

    assert set(CENTILE_LABELS) == {ordinal(c) for c in intergrowth_hc_centile_curves()[1]}


def test_no_marked_string_hides_inside_an_f_string():
    """lupdate does not read inside f-strings: a translate() there would never be translated."""
    import ast

    offenders = []
    for path in sorted(p for room in ("gui", "report") for p in (ROOT / "fetalhc_gui" / room).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)]
                if any(getattr(c.func, "id", "") in ("translate", "QT_TRANSLATE_NOOP") for c in calls):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders


def test_dates_follow_the_language_and_stay_iso_in_english(german):
    from fetalhc_gui.core.identity import Identity
    from fetalhc_gui.gui.panels.image_list import identity_line

    identity = Identity("Doe^Jane", "P-1", "19900131", "20261127", "101500", "ACC-9", "1.2.3")
    assert (
        identity_line(identity)
        == "DOE, Jane  ·  ID P-1  ·  geb. 31.01.1990  ·  Untersuchung 27.11.2026 10:15  ·  Auftrag ACC-9"
    )


def test_a_language_keeps_the_system_s_country_conventions_when_it_is_the_system_s(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    with language("en"):
        assert QLocale().name() == "en_GB"  # dates day first, as a British user types them
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    with language("de"):
        assert QLocale().name() == "de_AT"
    with language("fr"):
        assert QLocale().name() == "fr_FR"


@pytest.mark.parametrize("code", sorted(ts_files()))
def test_the_caption_font_has_a_glyph_for_every_letter_of_every_translation(code):
    """A capture's caption is burnt in with the bundled font: a letter it lacks would be a box."""
    import numpy as np

    from fetalhc_gui.io.overlay import caption_font

    font = caption_font()

    def glyph(character: str) -> bytes:
        mask = font.getmask(character)
        return bytes(np.asarray(mask, np.uint8)) + bytes(str(mask.size), "ascii")

    missing = glyph("\uffff")  # a noncharacter: the font's .notdef box
    letters = {c for _, _, forms, _ in messages(ts_files()[code]) for form in forms for c in form if not c.isspace()}
    assert len(letters) > 60
    assert sorted(c for c in letters if glyph(c) == missing) == []
    assert glyph("\u4e2d") == missing  # the check can fail: a CJK character is not in the font


def test_the_window_s_plots_write_their_ticks_with_the_language_s_decimal_mark(qtbot, german):
    """The growth chart, the cine panel's HC curve and the training curves: zoomed in, or for a
    loss, their ticks are decimals, written 0,5 in German."""
    from fetalhc_gui.gui.dialogs.training import TrainingDialog
    from fetalhc_gui.gui.plot_axes import LocalAxis

    from support.fakes import FakePredictor
    from support.gui import make_window

    window = make_window(qtbot, FakePredictor())
    dialog = TrainingDialog(None, None)
    qtbot.addWidget(dialog)
    plots = [window.growth_chart.plot, window.cine_panel.plot, *dialog.plots.values()]
    for plot in plots:
        for side in ("bottom", "left"):
            axis = plot.getAxis(side)
            assert isinstance(axis, LocalAxis), (plot, side)
            assert axis.tickStrings([0.5, 1.5, 12.0], 1, 0.5) == ["0,5", "1,5", "12,0"]


@pytest.mark.parametrize(
    ("code", "shown", "placeholder"),
    [("fr", "27/11/2026", "JJ/MM/AAAA"), ("de", "27.11.2026", "TT.MM.JJJJ"), ("en", "2026-11-27", "YYYY-MM-DD")],
)
def test_date_fields_show_and_take_dates_as_the_language_writes_them(qtbot, code, shown, placeholder):
    import datetime

    from fetalhc_gui.gui.dialogs.common import date_edit
    from fetalhc_gui.gui.fields import DateField

    day = datetime.date(2026, 11, 27)
    with language(code):
        field = DateField(day)
        qtbot.addWidget(field)
        assert field.edit.text() == shown and field.edit.placeholderText() == placeholder
        for typed in (shown, "2026-11-27"):  # ISO is always understood
            field.edit.setText(typed)
            assert field.date() == day
        field.edit.setText("31/02/2026")
        with pytest.raises(ValueError, match=re.escape(placeholder)):
            field.date()
        assert date_edit(day).text() == shown


def test_the_shortcuts_list_names_the_keys_as_the_menus_do(qtbot, german):
    from PySide6.QtGui import QKeySequence

    from support.fakes import FakePredictor
    from support.gui import make_window

    window = make_window(qtbot, FakePredictor())
    keys = [key for _, key in window.actions.shortcut_table()]
    opening = window.actions.open.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert opening == "Strg+O" and opening in keys  # as the File menu shows it
    assert "Entf" in keys and "Strg+Z" in keys and not any("Ctrl" in key for key in keys)
