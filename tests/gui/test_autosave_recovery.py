"""Autosave after a pause in typing; after a crash, recovery restores or discards."""

from __future__ import annotations

import json
import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.core.model import Readout
from editor_app.gui.autosave_timer import AutosaveTimer
from editor_app.gui.recovery_dialog import RecoveryDialog


def orphan(slot: Path) -> None:
    """Make ``slot`` look left behind by a process that died."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    record = json.loads(slot.read_text("utf-8"))
    record["pid"] = child.pid
    slot.write_text(json.dumps(record), "utf-8")


def test_autosave_waits_for_the_pause(qtbot: QtBot, example: Readout, tmp_path: Path) -> None:
    autosave = Autosave(tmp_path)
    timer = AutosaveTimer(autosave, lambda: (example, None), idle_ms=200)
    timer.changed()
    assert not timer.slot.exists() and timer.pending
    with qtbot.waitSignal(timer.saved, timeout=3_000):
        pass
    assert timer.slot.exists() and not timer.pending
    timer.clear()
    assert not timer.slot.exists()


def test_long_typing_still_autosaves(qtbot: QtBot, example: Readout, tmp_path: Path) -> None:
    timer = AutosaveTimer(
        Autosave(tmp_path), lambda: (example, None), idle_ms=10_000, max_interval_s=0.05
    )
    timer.changed()
    qtbot.wait(80)
    with qtbot.waitSignal(timer.saved, timeout=1_000):
        timer.changed()  # still typing, but 50 ms have passed since the first edit


def test_recovery_restores_and_discards(qtbot: QtBot, example: Readout, tmp_path: Path) -> None:
    autosave = Autosave(tmp_path)
    first, second = autosave.new_slot(), autosave.new_slot()
    example.points[0].en = "typed before the crash"
    autosave.write(first, example, Path("/drafts/call.readout"))
    autosave.write(second, example, None)
    orphan(first)
    orphan(second)
    found = autosave.recoverable()
    dialog = RecoveryDialog(autosave, found)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(line.startswith("call.readout — autosaved ") for line in lines)
    assert any(line.startswith("New readout — autosaved ") for line in lines)
    dialog.list.setCurrentRow(lines.index(next(x for x in lines if x.startswith("call"))))
    dialog.restore_button.click()
    [restored] = dialog.restored
    assert restored.readout is not None
    assert restored.readout.points[0].en == "typed before the crash"
    dialog.discard_button.click()
    assert not second.exists() and first.exists()
    assert dialog.result() == dialog.DialogCode.Accepted
