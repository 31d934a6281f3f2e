"""File ▸ New names every bundled example by its own headline, in the interface language,
and starting one opens that example."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor_app.core.store import example_names
from editor_app.gui.new_dialog import NewReadoutDialog
from editor_app.gui.qt import Qt


def _example_rows(dialog: NewReadoutDialog) -> list[str]:
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    return texts[len(texts) - len(example_names()) :]


def test_examples_are_named_by_their_english_headline(qtbot: QtBot) -> None:
    dialog = NewReadoutDialog(example_names())
    qtbot.addWidget(dialog)
    rows = _example_rows(dialog)
    assert "Example: Secretary Rubio’s Call with Ukrainian Foreign Minister Sybiha" in rows
    assert "Example: Secretary Rubio’s Meeting with Panamanian President Mulino" in rows
    assert all(row.startswith("Example: ") for row in rows)
    assert not any(
        row.endswith(n.removesuffix(".readout")) for row in rows for n in example_names()
    )
    dialog.list.setCurrentRow(
        dialog.list.count()
        - len(rows)
        + rows.index("Example: Secretary Rubio’s Meeting with Panamanian President Mulino")
    )
    assert dialog.choice() == "rubio-mulino-panama.readout"


def test_examples_are_named_by_their_spanish_headline(qtbot: QtBot, spanish: None) -> None:
    dialog = NewReadoutDialog(example_names())
    qtbot.addWidget(dialog)
    rows = _example_rows(dialog)
    assert "Ejemplo: Llamada del secretario Rubio con el canciller ucraniano Sybiha" in rows
    assert "Ejemplo: Reunión del secretario Rubio con el presidente panameño Mulino" in rows
    assert all(row.startswith("Ejemplo: ") for row in rows)


def test_a_usual_headline_is_read_whole(qtbot: QtBot) -> None:
    dialog = NewReadoutDialog(example_names())
    qtbot.addWidget(dialog)
    dialog.show()
    rows = _example_rows(dialog)
    longest_bilateral = max((r for r in rows if ", " not in r), key=len)
    width = dialog.list.fontMetrics().horizontalAdvance(longest_bilateral)
    assert width <= dialog.list.viewport().width()
    item = dialog.list.findItems(longest_bilateral, Qt.MatchFlag.MatchExactly)[0]
    assert item.toolTip() == longest_bilateral
