"""File ▸ Import cleared copy…: review, take changes as hand edits in one undo step,
statuses from comments; an unusable copy is said and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.clearance.reader import read_cleared_copy
from editor_app.core.model import ClearanceStatus
from editor_app.gui.editor import Editor
from editor_app.gui.review_dialog import ReviewDialog
from tests.core.clearance.sent_drafts import FIXTURES

CLEARED = FIXTURES / "eur-side-by-side.docx"


@pytest.fixture
def sent(editor: Editor, qtbot: QtBot, tmp_path: Path) -> Editor:
    """The editor showing the readout the LibreOffice fixtures were exported from."""
    path = tmp_path / "sent.readout"
    shutil.copy(FIXTURES / "sent.readout", path)
    assert editor.documents.open_path(path)
    qtbot.waitUntil(lambda: not editor.drafts_pending)
    editor.refresh()
    return editor


def _answer(editor: Editor, take: bool, choose=None) -> list[ReviewDialog]:  # type: ignore[no-untyped-def]
    shown: list[ReviewDialog] = []

    def review(dialog: ReviewDialog) -> bool:
        shown.append(dialog)
        if choose:
            choose(dialog)
        return take

    editor.clearance.review = review  # type: ignore[method-assign]
    return shown


def test_taking_every_change_makes_hand_edits_and_one_undo_takes_them_back(
    sent: Editor, qtbot: QtBot
) -> None:
    before = sent.form.readout()
    shown = _answer(sent, True)
    assert sent.clearance.import_copy(CLEARED)
    [dialog] = shown
    assert dialog.parts.topLevelItemCount() == 4
    after = sent.form.readout()
    assert set(after.overrides["es"]) == {"body.2", "body.3"}
    assert set(after.overrides["en"]) == {"lead", "body.2"}
    assert after.overrides["en"]["lead"].text.endswith("cooperation and shared prosperity.")
    # The statuses the comments propose wait in the clearance panel, not yet on the sheet.
    assert [(p.office, p.status) for p in after.clearance.proposals] == [
        ("EUR", ClearanceStatus.CLEARED_WITH_EDITS),
        ("WHA/MEX", ClearanceStatus.CLEARED),
    ]
    assert all(c.status is ClearanceStatus.PENDING for c in after.clearance.clearers)
    assert sent.sheet.dock.isVisible() and sent.sheet.panel.ui.proposalsBox.isVisible()
    sent.refresh()
    assert sent.pair is not None and sent.pair.en.get("lead").overridden  # type: ignore[union-attr]
    sent.actions.undo.trigger()
    assert sent.form.readout() == before


def test_changes_left_unchecked_are_not_taken(sent: Editor) -> None:
    def leave_all_but_english_lead(dialog: ReviewDialog) -> None:
        dialog.leave_all.click()
        for n in range(dialog.parts.topLevelItemCount()):
            top = dialog.parts.topLevelItem(n)
            assert top is not None
            if top.text(0) == "Lead (English)":
                top.setCheckState(0, top.checkState(0).Checked)

    _answer(sent, True, leave_all_but_english_lead)
    assert sent.clearance.import_copy(CLEARED)
    after = sent.form.readout()
    assert after.overrides["es"] == {} and set(after.overrides["en"]) == {"lead"}
    assert all(c.status is ClearanceStatus.PENDING for c in after.clearance.clearers)
    assert len(after.clearance.proposals) == 2  # offered all the same, to be confirmed


def test_cancelling_the_review_changes_nothing(sent: Editor) -> None:
    before = sent.form.readout()
    _answer(sent, False)
    assert not sent.clearance.import_copy(CLEARED)
    assert sent.form.readout() == before


def test_the_redline_shows_both_languages_of_the_part(sent: Editor, qtbot: QtBot) -> None:
    dialog = ReviewDialog(read_cleared_copy(CLEARED, sent.form.readout(), sent.pair), "en")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    html = dialog.this_side.toHtml()
    assert "line-through" in html and "lazos comerciales" in html
    assert "underline" in html and "vínculos comerciales" in html
    assert "They discussed" in dialog.other_side.toPlainText()


def test_an_unusable_copy_is_said_and_changes_nothing(sent: Editor, tmp_path: Path) -> None:
    before = sent.form.readout()
    bogus = tmp_path / "cleared.docx"
    bogus.write_text("not Word", "utf-8")
    shown = _answer(sent, True)
    assert not sent.clearance.import_copy(bogus)
    assert shown == []
    assert sent.window.ui.messageLabel.text() == (
        f"{bogus}: not a usable cleared copy: it is not a Word document (.docx)"
    )
    assert sent.form.readout() == before


def test_the_import_command_is_in_the_file_menu(sent: Editor) -> None:
    action = sent.actions.import_cleared
    assert action in sent.actions.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+I"
