"""Both commands log to a rotating file in the user log folder; --verbose adds the debug
lines and copies them to stderr; an unwritable log folder is said once and work goes on."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.logs import BACKUP_COUNT, LOG_FILE_NAME, MAX_BYTES, log_dir, setup_logging
from editor_app.core.store import example_text

BIN = Path(sys.executable).parent


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "example.readout"
    path.write_text(example_text(), "utf-8")
    return path


def env_with_state(state: Path, **extra: str) -> dict[str, str]:
    # platformdirs puts the Linux user log folder in $XDG_STATE_HOME/<app>/log.
    return {**os.environ, "XDG_STATE_HOME": str(state), **extra}


def log_file(state: Path) -> Path:
    return state / "readout-editor" / "log" / LOG_FILE_NAME


def test_log_dir_is_the_platform_user_log_folder(tmp_path: Path) -> None:
    script = "from editor_app.core.logs import log_dir; print(log_dir())"
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env_with_state(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == str(tmp_path / "readout-editor" / "log")


@pytest.mark.parametrize(
    "args",
    [["--verbose", "check", "{file}"], ["check", "{file}", "--verbose"], ["-v", "check", "{file}"]],
)
def test_verbose_before_or_after_the_subcommand_writes_debug_lines(
    tmp_path: Path, example_file: Path, args: list[str]
) -> None:
    state = tmp_path / "state"
    argv = [a.format(file=example_file) for a in args]
    result = subprocess.run(
        [str(BIN / "readout"), *argv],
        env=env_with_state(state),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{example_file}: no findings\n"
    text = log_file(state).read_text("utf-8")
    assert "DEBUG editor_app.core.logs" in text and f"logging to {log_file(state)}" in text
    assert "DEBUG editor_app.cli" in text and "exit status 0" in text
    # The same records on stderr.
    assert "DEBUG editor_app.cli: exit status 0" in result.stderr.splitlines()


def test_without_verbose_the_file_keeps_info_and_stderr_stays_quiet(
    tmp_path: Path, example_file: Path
) -> None:
    state = tmp_path / "state"
    missing = tmp_path / "missing.readout"
    result = subprocess.run(
        [str(BIN / "readout"), "render", str(missing)],
        env=env_with_state(state),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == f"readout: {missing}: no such file\n"
    text = log_file(state).read_text("utf-8")
    assert "INFO editor_app.cli" in text and f"bad input: {missing}: no such file" in text
    assert "DEBUG" not in text


def test_readout_editor_verbose_logs_to_the_same_file(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = env_with_state(state)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = subprocess.run(
        [str(BIN / "readout-editor"), "--verbose"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = log_file(state).read_text("utf-8")
    assert "DEBUG editor_app.app" in text and "readout-editor: ['--verbose']" in text
    assert "DEBUG editor_app.app: readout-editor: ['--verbose']" in result.stderr


@pytest.mark.parametrize(
    ("ui_lang", "line"),
    [
        (
            "en",
            "readout: the log file cannot be written in {folder} (Not a directory); "
            "logging to the terminal only",
        ),
        (
            "es",
            "readout: no se puede escribir el registro en {folder} (Not a directory); "
            "el registro va solo a la terminal",
        ),
    ],
)
def test_an_unwritable_log_folder_is_said_once_and_the_check_still_runs(
    tmp_path: Path, example_file: Path, ui_lang: str, line: str
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", "utf-8")
    result = subprocess.run(
        [str(BIN / "readout"), "check", str(example_file), "--ui-lang", ui_lang],
        env=env_with_state(blocker),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0
    none = "nada que señalar" if ui_lang == "es" else "no findings"
    assert result.stdout == f"{example_file}: {none}\n"
    folder = blocker / "readout-editor" / "log"
    assert result.stderr == line.format(folder=folder) + "\n"


def test_the_log_file_rotates_at_its_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    setup = setup_logging()
    try:
        assert setup.file == log_dir() / LOG_FILE_NAME
        record = "x" * 1000
        for _ in range(MAX_BYTES * (BACKUP_COUNT + 1) // 1000 + 50):
            logging.getLogger("editor_app.test").info(record)
        files = sorted(p.name for p in log_dir().iterdir())
        assert files == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{n}" for n in range(1, 4)]
        assert all(p.stat().st_size <= MAX_BYTES for p in log_dir().iterdir())
    finally:
        monkeypatch.undo()
        setup_logging()


def test_a_log_file_that_fails_later_is_said_once_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    setup = setup_logging(prog="readout")
    try:
        assert setup.file is not None
        handler = next(
            h
            for h in logging.getLogger().handlers
            if getattr(h, "baseFilename", "") == str(setup.file)
        )
        # The file goes away and a folder takes its name: the next write cannot open it.
        handler.close()
        setup.file.unlink()
        setup.file.mkdir()
        capsys.readouterr()
        for _ in range(3):
            logging.getLogger("editor_app.test").warning("lost")
        err = capsys.readouterr().err
        assert err == (
            f"readout: the log file {setup.file} could not be written (Is a directory); "
            "records may be missing from it\n"
        )
    finally:
        monkeypatch.undo()
        setup_logging()
