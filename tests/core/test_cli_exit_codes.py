"""Exit statuses a script can trust (0 clean, 1 findings, 2 bad input or usage, 3 internal
error or unwritable output), JSON from `check --json` whatever happens, and the faulty
environments the real `readout` process meets: an ASCII stdout, a full disk, a broken
enchant, unwritable user folders. Never a traceback on stderr without --verbose."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.model import Override, Readout
from editor_app.core.store import example_text, save_file

READOUT = Path(sys.executable).with_name("readout")

# The real command with one fault put in: the check engine breaks as a bug would.
BROKEN_CHECKS = (
    "import sys\n"
    "import editor_app.core.checks.run as run\n"
    "def broken(*args, **kwargs):\n"
    "    raise RuntimeError('boom')\n"
    "run.run_checks = broken\n"
    "from editor_app.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "example.readout"
    path.write_text(example_text(), "utf-8")
    return path


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "state"


def readout(
    *args: str, state: Path, stdout: int | object = subprocess.PIPE, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(READOUT), *args],
        env={**os.environ, "XDG_STATE_HOME": str(state), **env},
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )


def with_broken_checks(*args: str, state: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BROKEN_CHECKS, *args],
        env={**os.environ, "XDG_STATE_HOME": str(state)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def log_text(state: Path) -> str:
    return (state / "readout-editor" / "log" / "readout.log").read_text("utf-8")


# -- internal errors ------------------------------------------------------------------


def test_internal_error_exits_3_with_one_line_naming_the_log(
    example_file: Path, state: Path
) -> None:
    result = with_broken_checks("check", str(example_file), state=state)
    log = state / "readout-editor" / "log" / "readout.log"
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == (
        f"readout: internal error (RuntimeError: boom); the details are in {log}\n"
    )
    assert "Traceback (most recent call last)" in log_text(state)
    assert "RuntimeError: boom" in log_text(state)


def test_internal_error_in_spanish(example_file: Path, state: Path) -> None:
    result = with_broken_checks("check", str(example_file), "--ui-lang", "es", state=state)
    log = state / "readout-editor" / "log" / "readout.log"
    assert result.returncode == 3
    assert (
        result.stderr
        == f"readout: error interno (RuntimeError: boom); los detalles están en {log}\n"
    )


def test_internal_error_with_verbose_shows_the_traceback(example_file: Path, state: Path) -> None:
    result = with_broken_checks("check", str(example_file), "--verbose", state=state)
    assert result.returncode == 3
    assert "Traceback (most recent call last)" in result.stderr
    assert "readout: internal error (RuntimeError: boom); the details are in " in result.stderr


def test_internal_error_as_json(example_file: Path, state: Path) -> None:
    result = with_broken_checks("check", str(example_file), "--json", state=state)
    log = state / "readout-editor" / "log" / "readout.log"
    assert result.returncode == 3
    assert json.loads(result.stdout) == {
        "ok": False,
        "error": f"internal error (RuntimeError: boom); the details are in {log}",
        "exit": 3,
        "log": str(log),
    }


# -- check --json answers in JSON whatever happens -------------------------------------


def test_check_json_for_a_missing_file_a_folder_and_a_usage_error(
    tmp_path: Path, state: Path
) -> None:
    missing = tmp_path / "missing.readout"
    result = readout("check", str(missing), "--json", state=state)
    assert result.returncode == 2
    assert json.loads(result.stdout) == {
        "ok": False,
        "error": f"{missing}: no such file",
        "exit": 2,
    }
    assert result.stderr == f"readout: {missing}: no such file\n"
    result = readout("check", str(tmp_path), "--json", state=state)
    assert (result.returncode, json.loads(result.stdout)["exit"]) == (2, 2)
    assert json.loads(result.stdout)["error"] == (
        f"{tmp_path}: is a folder, not a readout file"
        " (a readout is a file of at most 10 MB, or a pipe one is written to)"
    )
    result = readout("check", "--json", state=state)
    assert result.returncode == 2
    assert json.loads(result.stdout) == {
        "ok": False,
        "error": "the following arguments are required: FILE",
        "exit": 2,
    }
    assert result.stderr.startswith("usage: readout check")
    assert "Traceback" not in result.stderr


def test_check_json_says_ok_and_the_exit_status(
    example_file: Path, example: Readout, tmp_path: Path, state: Path
) -> None:
    result = readout("check", str(example_file), "--json", state=state)
    report = json.loads(result.stdout)
    assert (result.returncode, report["ok"], report["exit"]) == (0, True, 0)
    assert report["spelling_unchecked"] == {}
    example.purpose.en = "affirm the goverment cooperation"
    typo = tmp_path / "typo.readout"
    save_file(example, typo)
    result = readout("check", str(typo), "--json", state=state)
    report = json.loads(result.stdout)
    assert (result.returncode, report["ok"], report["exit"]) == (1, False, 1)


def test_usage_errors_exit_2_without_json(state: Path) -> None:
    result = readout("frobnicate", state=state)
    assert result.returncode == 2 and result.stdout == ""
    assert "readout: error: argument COMMAND: invalid choice: 'frobnicate'" in result.stderr


# -- faulty environments ---------------------------------------------------------------


def test_spanish_to_an_ascii_stdout(example_file: Path, state: Path) -> None:
    result = readout(
        "render", str(example_file), "--lang", "es", state=state, PYTHONIOENCODING="ascii"
    )
    assert result.returncode == 0, result.stderr
    assert "convers\\xf3" in result.stdout and "26 de marzo de 2025" in result.stdout
    # JSON stays JSON: \u escapes an ASCII stream can carry.
    result = readout(
        "render", str(example_file), "--lang", "es", "--json", state=state, PYTHONIOENCODING="ascii"
    )
    assert result.returncode == 0, result.stderr
    parts = json.loads(result.stdout)[0]["parts"]
    assert any("conversó" in p["text"] for p in parts)


@pytest.mark.skipif(
    not (Path("/dev/full").exists() and stat.S_ISCHR(os.stat("/dev/full").st_mode)),
    reason="needs the /dev/full device",
)
@pytest.mark.parametrize("args", [["render", "{file}"], ["check", "{file}", "--json"], ["--help"]])
def test_stdout_on_a_full_disk_exits_3_with_a_clear_message(
    example_file: Path, state: Path, args: list[str]
) -> None:
    with open("/dev/full", "w") as full:
        result = readout(*(a.format(file=example_file) for a in args), state=state, stdout=full)
    assert result.returncode == 3
    assert result.stderr == "readout: the output could not be written: No space left on device\n"


def test_a_broken_enchant_library_path_leaves_spelling_unchecked(
    example_file: Path, example: Readout, tmp_path: Path, state: Path
) -> None:
    broken = str(tmp_path / "no-such-libenchant.so")
    result = readout("check", str(example_file), state=state, PYENCHANT_LIBRARY_PATH=broken)
    # Spelling unchecked is the machine's lack, not a finding: the other checks decide.
    assert result.returncode == 0
    assert result.stdout == f"{example_file}: no findings\n"
    lines = result.stderr.splitlines()
    assert [line.split(" (", 1)[0] for line in lines] == [
        "readout: spelling not checked: Spanish: unchecked",
        "readout: spelling not checked: English: unchecked",
    ]
    assert f"PYENCHANT_LIBRARY_PATH: {broken} does not exist" in lines[0]
    assert "Traceback" not in result.stderr
    example.overrides["es"]["release_date"] = Override("Marzo 26, 2025", "")
    seeded = tmp_path / "seeded.readout"
    save_file(example, seeded)
    result = readout("check", str(seeded), "--json", state=state, PYENCHANT_LIBRARY_PATH=broken)
    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["exit"] == 1
    assert "es.date-order" in {f["check_id"] for f in report["checks"]}
    assert set(report["spelling_unchecked"]) == {"es", "en"}


def test_unwritable_user_folders_never_stop_a_check(
    example_file: Path, tmp_path: Path, state: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", "utf-8")
    folders = {
        name: str(blocker / name.lower())
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
    }
    result = readout("check", str(example_file), state=state, **folders)
    assert result.returncode == 0
    assert (result.stdout, result.stderr) == (f"{example_file}: no findings\n", "")
    # What could not be cached is in the log, with the reason.
    cache = blocker / "xdg_cache_home" / "readout-editor"
    assert "WARNING editor_app.core.territories" in log_text(state)
    assert f"could not cache the country names in {cache}/territories-" in log_text(state)
    assert f"no template cache: cannot make {cache}/templates/" in log_text(state)
    assert "NotADirectoryError" in log_text(state)


def test_new_never_replaces_a_pipe_or_a_device(tmp_path: Path, state: Path) -> None:
    fifo = tmp_path / "pipe.readout"
    os.mkfifo(fifo)
    result = readout("new", "--kind", "bilateral_call", "-o", str(fifo), "--force", state=state)
    assert result.returncode == 2
    assert result.stderr == f"readout: {fifo}: not a regular file; it is left as it is\n"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_internal_error_without_a_log_file_says_how_to_see_the_details(
    example_file: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", "utf-8")
    result = with_broken_checks("check", str(example_file), state=blocker)
    folder = blocker / "readout-editor" / "log"
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        f"readout: the log file cannot be written in {folder} (Not a directory); "
        "logging to the terminal only",
        "readout: internal error (RuntimeError: boom); run again with --verbose to see the details",
    ]
    result = with_broken_checks("check", str(example_file), "--ui-lang", "es", state=blocker)
    assert result.stderr.splitlines()[-1] == (
        "readout: error interno (RuntimeError: boom); "
        "vuelva a ejecutar con --verbose para ver los detalles"
    )
