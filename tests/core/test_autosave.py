"""Autosave slots: written atomically, offered after a crash, cleared on a clean exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from editor_app.core.autosave import Autosave
from editor_app.core.model import Readout
from editor_app.core.store import example_text


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_slot_of_a_crashed_process_is_offered(example: Readout, tmp_path: Path) -> None:
    autosave = Autosave(tmp_path)
    slot = autosave.new_slot()
    example.points[0].en = "typed just before the crash"
    autosave.write(slot, example, Path("/drafts/call.readout"))
    record = json.loads(slot.read_text("utf-8"))
    record["pid"] = dead_pid()
    slot.write_text(json.dumps(record), "utf-8")
    [recovery] = autosave.recoverable()
    assert recovery.readout == example
    assert recovery.source == Path("/drafts/call.readout")
    assert recovery.saved_at is not None
    autosave.clear(slot)
    assert autosave.recoverable() == []


def test_slot_of_a_running_window_is_not_offered(example: Readout, tmp_path: Path) -> None:
    autosave = Autosave(tmp_path)
    slot = autosave.new_slot()
    autosave.write(slot, example, None)
    record = json.loads(slot.read_text("utf-8"))
    record["pid"] = os.getppid()  # alive, and not this process
    slot.write_text(json.dumps(record), "utf-8")
    assert autosave.recoverable() == []
    assert len(autosave.recoverable(include_live=True)) == 1


def test_unreadable_slots_are_reported_not_fatal(tmp_path: Path) -> None:
    autosave = Autosave(tmp_path)
    (tmp_path / "a.autosave.json").write_text("{truncated", "utf-8")
    (tmp_path / "b.autosave.json").write_text(
        json.dumps({"pid": 0, "readout": {"kind": 5}}), "utf-8"
    )
    found = {r.slot.name: r for r in autosave.recoverable()}
    assert found["a.autosave.json"].readout is None
    assert "unreadable autosave" in found["a.autosave.json"].error
    assert "kind: unknown value 5" in found["b.autosave.json"].error


def test_no_folder_means_nothing_to_recover(tmp_path: Path) -> None:
    assert Autosave(tmp_path / "none").recoverable() == []


def test_full_disk_leaves_the_original_whole(tmp_path: Path) -> None:
    # RLIMIT_FSIZE makes writes past 2 KB fail as a full disk would (EFBIG).
    path = tmp_path / "call.readout"
    path.write_text(example_text(), "utf-8")
    original = path.read_bytes()
    script = textwrap.dedent(
        f"""
        import resource, signal
        from pathlib import Path
        from editor_app.core.store import load_file, save_file, ReadoutFileError
        readout = load_file(Path({str(path)!r})).readout
        readout.points[0].en = "x" * 5000
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
        try:
            save_file(readout, Path({str(path)!r}), backups=0)
        except ReadoutFileError as exc:
            print(exc)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "could not be saved: File too large" in result.stdout
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["call.readout"]
