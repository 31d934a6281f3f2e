"""Files that once crashed or stalled the reader: each is refused with a clear message
naming the file and the field, and every command exits with status 2.

Devices and pipes run in a child process with a memory cap and a timeout, so a reader
that slurps /dev/zero or waits on a pipe fails the test instead of the machine.
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from editor_app import cli
from editor_app.core.autosave import Autosave
from editor_app.core.limits import MAX_DEPTH, MAX_ITEMS, MAX_NUMBER_DIGITS, MAX_TEXT_CHARS
from editor_app.core.store import ReadoutFileError, example_text, load_file

COMMANDS = [["check"], ["render"], ["export", "-o", "{out}"]]


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_text())
    return data


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=True), "utf-8")
    return path


def _run(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = [a.format(out=tmp_path / "out.docx") for a in args]
    return cli.main(args, out, err), out.getvalue(), err.getvalue()


def _refused(path: Path) -> str:
    with pytest.raises(ReadoutFileError) as info:
        load_file(path)
    return str(info.value)


def test_a_number_of_thousands_of_digits_is_refused_with_its_field(tmp_path: Path) -> None:
    # Python refuses to convert more than 4,300 digits (a ValueError, once a traceback).
    text = example_text().replace('"schema_version": 1', '"schema_version": 1' + "0" * 5000)
    path = tmp_path / "number.readout"
    path.write_text(text, "utf-8")
    assert _refused(path) == (
        f"{path}: not a valid readout:\n  schema_version: a number of 5001 digits; "
        f"a readout holds numbers of at most {MAX_NUMBER_DIGITS} digits"
    )


def test_a_long_number_in_an_unknown_field_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "number.readout"
    path.write_text(example_text().rstrip().rstrip("}") + ', "n": -' + "9" * 4400 + "}", "utf-8")
    assert "n: a number of 4400 digits" in _refused(path)


def test_a_lone_surrogate_is_refused_with_its_field(tmp_path: Path) -> None:
    data = _example()
    data["points"][0]["en"] = "half \ud800 a pair"
    path = _write(tmp_path / "surrogate.readout", data)
    assert '"half \\ud800 a pair"' in path.read_text("utf-8")  # the JSON escape
    assert _refused(path) == (
        f"{path}: not a valid readout:\n  points[0].en: contains U+D800 (a lone surrogate) "
        "at position 6, which is not text (the file was probably decoded with the wrong "
        "encoding)"
    )


def test_a_lone_surrogate_in_a_key_is_refused(tmp_path: Path) -> None:
    data = _example()
    data["overrides"]["en"] = {"body.1\udc00": "x"}
    message = _refused(_write(tmp_path / "key.readout", data))
    assert "overrides.en: a name in it contains U+DC00 (a lone surrogate)" in message


@pytest.mark.parametrize("key", ["points", "counterparts"])
def test_more_than_a_thousand_items_are_refused(tmp_path: Path, key: str) -> None:
    data = _example()
    data[key] = data[key][:1] * (MAX_ITEMS + 1)
    message = _refused(_write(tmp_path / "many.readout", data))
    assert message.endswith(f"  {key}: {MAX_ITEMS + 1} items; a readout holds at most 1000 here")


def test_more_than_a_thousand_clearers_are_refused(tmp_path: Path) -> None:
    data = _example()
    data["clearance"]["clearers"] = [{"office": "WHA", "name": "x"}] * 5000
    message = _refused(_write(tmp_path / "many.readout", data))
    assert "clearance.clearers: 5000 items; a readout holds at most 1000 here" in message


def test_a_thousand_items_are_still_read(tmp_path: Path) -> None:
    data = _example()
    data["points"] = data["points"][:1] * MAX_ITEMS
    assert len(load_file(_write(tmp_path / "many.readout", data)).readout.points) == MAX_ITEMS


def test_a_field_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    data = _example()
    data["purpose"]["en"] = "a" * (MAX_TEXT_CHARS + 1)
    message = _refused(_write(tmp_path / "long.readout", data))
    assert message.endswith(
        f"  purpose.en: {MAX_TEXT_CHARS + 1} characters; a field holds at most "
        f"{MAX_TEXT_CHARS} characters"
    )
    data["purpose"]["en"] = "a" * MAX_TEXT_CHARS
    assert len(load_file(_write(tmp_path / "long.readout", data)).readout.purpose.en) == (
        MAX_TEXT_CHARS
    )


def test_deep_nesting_below_the_recursion_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.readout"
    path.write_text(example_text().rstrip().rstrip("}") + ', "x": ' + "[" * 500 + "]" * 500 + "}")
    message = _refused(path)
    where = "x" + "[0]" * (MAX_DEPTH - 1)
    assert f"\n  {where}: nested more than {MAX_DEPTH} levels deep; a readout is never" in message


def test_a_file_of_several_gigabytes_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.readout"
    with path.open("wb") as handle:
        handle.truncate(6 * 1024**3)  # sparse: takes no disk space
    assert _refused(path) == f"{path}: 6144 MB is too large for a readout (the limit is 10 MB)"


def _limited() -> None:
    cap = 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _child(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    args = [a.format(out=tmp_path / "out.docx") for a in args]
    return subprocess.run(
        [sys.executable, "-m", "editor_app.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limited,
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_without_reading_it(device: str, tmp_path: Path) -> None:
    result = _child(["check", device], tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"readout: {device}: is a device, not a readout file "
        "(a readout is a file of at most 10 MB, or a pipe one is written to)\n"
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_a_pipe_is_refused_without_waiting_for_a_writer(command: list[str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.readout"
    os.mkfifo(fifo)
    result = _child([*command[:1], str(fifo), *command[1:]], tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"readout: {fifo}: is a named pipe with nothing written to it, not a readout file "
        "(a readout is a file of at most 10 MB, or a pipe one is written to)\n"
    )


def test_a_readout_piped_in_is_read_and_an_endless_one_refused(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "editor_app.cli", "render", "--lang", "en", "/dev/stdin"]
    piped = subprocess.run(command, input=example_text(), capture_output=True, text=True)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith("Deputy Secretary Landau’s Call with")
    endless = subprocess.run(
        f"cat /dev/zero | {' '.join(command)}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limited,
    )
    assert (endless.returncode, endless.stdout) == (2, "")
    assert endless.stderr == "readout: /dev/stdin: more than 10 MB, too large for a readout\n"


BAD_FILES = {
    "number": lambda: example_text().replace(
        '"schema_version": 1', '"schema_version": 1' + "0" * 5000
    ),
    "surrogate": lambda: example_text().replace("Oaxaca", "Oax\\udfffaca", 1),
    "points": lambda: json.dumps({**_example(), "points": [{"en": "x"}] * 2000}),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_every_command_exits_2_with_the_file_and_field(
    case: str, command: list[str], tmp_path: Path
) -> None:
    path = tmp_path / f"{case}.readout"
    path.write_text(BAD_FILES[case](), "utf-8")
    code, out, err = _run([*command[:1], str(path), *command[1:]], tmp_path)
    assert (code, out) == (2, "")
    field = {"number": "schema_version", "surrogate": "dateline.", "points": "points"}[case]
    assert err.startswith(f"readout: {path}: not a valid readout:\n  {field}")


def test_an_autosave_slot_that_is_a_pipe_is_reported_not_waited_on(tmp_path: Path) -> None:
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from editor_app.core.autosave import Autosave\n"
        "folder = Path(sys.argv[1])\n"
        "os.mkfifo(folder / 'x.autosave.json')\n"
        "[r] = Autosave(folder).recoverable()\n"
        "print(r.readout, r.error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    slot = tmp_path / "x.autosave.json"
    assert result.stdout == (
        f"None {slot}: is a named pipe with nothing written to it, not a readout file "
        "(a readout is a file of at most 10 MB, or a pipe one is written to)\n"
    )


def test_an_autosave_slot_with_a_huge_number_names_the_field(tmp_path: Path) -> None:
    slot = tmp_path / "x.autosave.json"
    readout = example_text().replace('"schema_version": 1', '"schema_version": ' + "7" * 5000)
    slot.write_text('{"pid": 0, "readout": ' + readout + "}", "utf-8")
    [recovery] = Autosave(tmp_path).recoverable()
    assert recovery.readout is None
    assert recovery.error == (
        f"{slot}: not a valid readout:\n  schema_version: a number of 5000 digits; "
        f"a readout holds numbers of at most {MAX_NUMBER_DIGITS} digits"
    )
