"""The .readout file: schema versions, clear errors for bad files, atomic saves."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from editor_app.core.model import Readout
from editor_app.core.store import (
    MAX_FILE_BYTES,
    FileChangedError,
    ReadoutFileError,
    dumps,
    example_text,
    file_hash,
    load_file,
    save_file,
)


def test_save_and_reopen_gives_the_same_readout(example: Readout, tmp_path: Path) -> None:
    path = tmp_path / "call.readout"
    save_file(example, path)
    assert load_file(path).readout == example
    data = json.loads(path.read_text("utf-8"))
    assert next(iter(data)) == "schema_version"
    assert "Juan Ramón" in path.read_text("utf-8")  # UTF-8, not \u escapes


def test_save_replaces_whole_and_leaves_no_temp_files(example: Readout, tmp_path: Path) -> None:
    path = tmp_path / "call.readout"
    path.write_text("old", "utf-8")
    save_file(example, path)
    assert path.read_text("utf-8") == dumps(example)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.readout", "call.readout.bak"]
    assert (tmp_path / "call.readout.bak").read_text("utf-8") == "old"


def test_save_into_missing_folder_keeps_nothing_half_written(
    example: Readout, tmp_path: Path
) -> None:
    with pytest.raises(ReadoutFileError, match="does not exist"):
        save_file(example, tmp_path / "nowhere" / "call.readout")


def test_failed_save_leaves_the_original_whole(example: Readout, tmp_path: Path) -> None:
    # A folder where the file should be: os.replace fails after the temp file is written.
    target = tmp_path / "call.readout"
    target.mkdir()
    (target / "keep").write_text("x", "utf-8")
    with pytest.raises(ReadoutFileError, match="could not be saved"):
        save_file(example, target)
    assert (target / "keep").read_text("utf-8") == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.readout"]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    data = json.loads(example_text())
    data["schema_version"] = 99
    path = tmp_path / "new.readout"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ReadoutFileError, match=r"newer Readout Editor \(schema version 99"):
        load_file(path)


def test_bad_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "x.readout"
    path.write_text('{"schema_version": "one"}', "utf-8")
    with pytest.raises(ReadoutFileError, match="schema_version 'one' is not a version number"):
        load_file(path)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.readout"
    path.write_text('{\n  "kind": "bilateral_call",\n  "event_date": \n}', "utf-8")
    with pytest.raises(ReadoutFileError) as info:
        load_file(path)
    assert str(info.value).startswith(f"{path}: not valid JSON at line 4, column 1")


def test_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.readout"
    path.write_text(example_text()[:200], "utf-8")
    with pytest.raises(ReadoutFileError, match="not valid JSON at line"):
        load_file(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.readout"
    path.write_bytes('{"kind": "Canción"}'.encode("latin-1"))
    with pytest.raises(ReadoutFileError, match="not UTF-8 text"):
        load_file(path)


def test_deeply_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.readout"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    with pytest.raises(ReadoutFileError, match=r"nested too deeply|top level"):
        load_file(path)


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.readout"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # a sparse 100 MB file
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(ReadoutFileError, match="too large for a readout"):
        load_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadoutFileError, match="no such file"):
        load_file(tmp_path / "none.readout")
    with pytest.raises(ReadoutFileError, match="is a folder"):
        load_file(tmp_path)


def test_wrong_types_in_file_name_the_file_and_field(tmp_path: Path) -> None:
    data = json.loads(example_text())
    data["points"] = "none"
    path = tmp_path / "typed.readout"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ReadoutFileError) as info:
        load_file(path)
    assert str(info.value) == (
        f"{path}: not a valid readout:\n  points: expected a list, found text"
    )


def test_backups_rotate_and_keep_the_last_three(example: Readout, tmp_path: Path) -> None:
    path = tmp_path / "call.readout"
    for n in range(5):
        example.points[0].en = f"version {n}"
        save_file(example, path)
    versions = {
        name: load_file(tmp_path / name).readout.points[0].en
        for name in ("call.readout", "call.readout.bak", "call.readout.bak2", "call.readout.bak3")
    }
    assert versions == {
        "call.readout": "version 4",
        "call.readout.bak": "version 3",
        "call.readout.bak2": "version 2",
        "call.readout.bak3": "version 1",
    }
    assert len(list(tmp_path.iterdir())) == 4


def test_a_file_changed_by_another_program_is_not_overwritten(
    example: Readout, tmp_path: Path
) -> None:
    path = tmp_path / "call.readout"
    opened = save_file(example, path)
    assert opened == file_hash(path)
    path.write_text(path.read_text("utf-8").replace("Tammy Bruce", "Someone Else"), "utf-8")
    theirs = path.read_bytes()
    with pytest.raises(FileChangedError, match="changed on disk by another program"):
        save_file(example, path, expected_hash=opened)
    assert path.read_bytes() == theirs
    # Saved over on purpose (the officer chose to), with the new hash.
    assert save_file(example, path, expected_hash=file_hash(path)) == file_hash(path)


def test_a_country_left_empty_reopens_empty(example: Readout, tmp_path: Path) -> None:
    """The form's empty country is kept: it never comes back as the United States."""
    example.counterparts[0].country = ""
    path = tmp_path / "call.readout"
    save_file(example, path)
    assert json.loads(path.read_text("utf-8"))["counterparts"][0]["country"] == ""
    assert load_file(path).readout.counterparts[0].country == ""


def test_opening_a_file_removes_only_the_leftovers_of_its_own_interrupted_saves(
    example: Readout, tmp_path: Path
) -> None:
    path = tmp_path / "call.readout"
    save_file(example, path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    killed = [  # a save killed midway (its process is gone), and one from an old version
        tmp_path / f".call.readout.{gone.pid}.k1lled_1.tmp",
        tmp_path / f".call.readout.bak.{gone.pid}.k1lled_2.tmp",
        tmp_path / ".call.readout.0ld_st4y.tmp",
    ]
    kept = [
        tmp_path / f".call.readout.{os.getppid()}.runn1ng_.tmp",  # a live process, just now
        tmp_path / f".call.readout.{gone.pid}.l0cked__.tmp",  # held by a save under way
        tmp_path / f".other.readout.{gone.pid}.k1lled_3.tmp",  # another file's
        tmp_path / "notes.tmp",
    ]
    for leftover in killed + kept:
        leftover.write_text("half a save", "utf-8")
    os.utime(killed[2], (0, 0))  # long ago
    with (tmp_path / f".call.readout.{gone.pid}.l0cked__.tmp").open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        load_file(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["call.readout", *(p.name for p in kept)]
    )


def test_saving_removes_the_leftovers_too(example: Readout, tmp_path: Path) -> None:
    path = tmp_path / "call.readout"
    leftover = tmp_path / ".call.readout.bak2.0ld_st4y.tmp"
    leftover.write_text("half a backup", "utf-8")
    os.utime(leftover, (0, 0))
    save_file(example, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["call.readout"]


FILE_STEPS = ("replace", "rename", "link", "unlink", "fsync")


def _save_and_die_before_step(readout: Readout, path: Path, step: int) -> bool:
    """Save in a child that exits abruptly, as if killed, just before its ``step``-th
    file-system step (rename, link, unlink, fsync); True when the save finished first."""
    pid = os.fork()
    if pid == 0:
        taken = 0

        def dying(real: Any) -> Any:
            def step_or_die(*args: Any, **kwargs: Any) -> Any:
                nonlocal taken
                taken += 1
                if taken > step:
                    os._exit(9)
                return real(*args, **kwargs)

            return step_or_die

        try:
            for name in FILE_STEPS:
                setattr(os, name, dying(getattr(os, name)))
            save_file(readout, path)
        finally:
            os._exit(0 if taken <= step else 1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def test_a_kill_at_any_step_of_a_save_leaves_every_backup_readable(
    example: Readout, tmp_path: Path
) -> None:
    names = ["call.readout", "call.readout.bak", "call.readout.bak2", "call.readout.bak3"]
    finished, step = False, 0
    while not finished:
        folder = tmp_path / f"step{step}"
        folder.mkdir()
        path = folder / "call.readout"
        for version in range(4):
            example.points[0].en = f"version {version}"
            save_file(example, path)
        example.points[0].en = "version 4"
        finished = _save_and_die_before_step(example, path, step)
        versions = [load_file(folder / name).readout.points[0].en for name in names]
        assert versions in (
            ["version 3", "version 2", "version 1", "version 0"],  # nothing rotated yet
            ["version 3", "version 2", "version 1", "version 1"],
            ["version 3", "version 2", "version 2", "version 1"],
            ["version 3", "version 3", "version 2", "version 1"],  # rotated, not yet saved
            ["version 4", "version 3", "version 2", "version 1"],
        ), (step, versions)
        assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == [], step
        step += 1
    assert step > 5, "the save took several steps, each one interrupted once"
