"""The checks panel groups findings by severity and reports which one was picked."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.checks.base import Finding
from editor_app.core.checks.run import run_checks
from editor_app.core.model import Override, Readout
from editor_app.core.render import Renderer
from editor_app.gui.checks_panel import ChecksPanel
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QTreeWidgetItem


def test_findings_grouped_and_activated(qtbot: QtBot, example: Readout, renderer: Renderer) -> None:
    example.overrides["es"]["release_date"] = Override("Marzo 26, 2025", "")
    example.points[1].es = ""
    findings = run_checks(example, renderer.render_pair(example))
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings(findings)
    heads = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert heads[0].startswith("Errors (") and any(h.startswith("Warnings (") for h in heads)
    assert panel.count() == len(findings)
    date_item = next(
        panel.tree.topLevelItem(i).child(j)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
        if "Marzo 26" in panel.tree.topLevelItem(i).child(j).text(0)
    )
    assert date_item.text(1) == "ES Release date"
    with qtbot.waitSignal(panel.activated) as blocker:
        panel.tree.itemActivated.emit(date_item, 0)
    picked: Finding = blocker.args[0]
    assert picked.check_id == "es.date-order" and picked.suggestion == "26 de marzo de 2025"


def test_empty_when_all_is_well(qtbot: QtBot, example: Readout, renderer: Renderer) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings(run_checks(example, renderer.render_pair(example)))
    assert panel.count() == 0 and panel.tree.topLevelItemCount() == 0


def _items(panel: ChecksPanel) -> list[QTreeWidgetItem]:
    tree = panel.tree
    return [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


@pytest.mark.parametrize(
    ("ui_lang", "empty", "where", "date_where"),
    [
        ("en", "Point 2 has no Spanish text", "Point 2 · Spanish", "ES Release date"),
        (
            "es",
            "El punto 2 no tiene texto en español",
            "Punto 2 · español",
            "ES Fecha de publicación",
        ),
    ],
)
def test_messages_and_places_in_the_panel_language(
    qtbot: QtBot,
    example: Readout,
    renderer: Renderer,
    ui_lang: str,
    empty: str,
    where: str,
    date_where: str,
) -> None:
    example.overrides["es"]["release_date"] = Override("Marzo 26, 2025", "")
    example.points[1].es = ""
    findings = run_checks(example, renderer.render_pair(example))  # messages in English
    panel = ChecksPanel(ui_lang=ui_lang)
    qtbot.addWidget(panel)
    panel.set_findings(findings)
    shown = {item.text(0): item for item in _items(panel)}
    assert shown[empty].text(1) == where
    assert shown[empty].toolTip(0) == f"{empty} [parity.point-empty]"
    date = next(item for text, item in shown.items() if text.startswith("«Marzo 26, 2025»"))
    assert date.text(1) == date_where
    with qtbot.waitSignal(panel.activated) as blocker:
        panel.tree.itemActivated.emit(shown[empty], 0)
    assert blocker.args[0].field == "points[1].es"  # the path stays data: the jump still works


def test_one_findings_pane_lists_what_the_form_lacks_then_checks_then_spelling(
    editor: Editor, qtbot: QtBot
) -> None:
    # The example has nothing to report: the pane takes no room.
    pane = editor.window.checks_pane
    assert not pane.isVisible() and editor.checks.total() == 0
    point = editor.form.points.rows[0].ui.enEdit
    point.setPlainText(point.toPlainText() + " The ministers discused trade.")
    editor.form.ui.attributionName.clear()
    editor.form.points.rows[1].ui.esEdit.clear()
    editor.refresh()
    assert pane.isVisible()
    tree = editor.checks.tree
    heads = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert heads[0] == "To fill in (1)"
    assert heads[1].startswith("Errors (")
    assert heads[-1] == "Spelling (1)"
    [(text, where, _)] = editor.checks.rows("spelling")
    assert text.startswith("discused → ") and "discussed" in text
    assert where == "EN Point 1"
    assert editor.window.checks_heading.text() == f"<b>Checks ({editor.checks.total()})</b>"
    # Picking the misspelling goes to the English draft.
    spelling = tree.topLevelItem(len(heads) - 1).child(0)
    tree.itemActivated.emit(spelling, 0)
    assert editor.window.ui.enPreview.hasFocus()
    # All put right: the pane goes away again.
    editor.actions.undo.trigger()
    editor.actions.undo.trigger()
    editor.actions.undo.trigger()
    editor.refresh()
    qtbot.waitUntil(lambda: not pane.isVisible())
