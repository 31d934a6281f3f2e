"""`readout export A B … --out-dir DIR` (and folders) exports many readouts in one
process: each by its own name, the bad ones named and skipped, nothing overwritten twice."""

from __future__ import annotations

import io
import shutil
from importlib import resources
from pathlib import Path

import docx
import pytest

from editor_app.cli import main

EXAMPLES = resources.files("editor_app.resources").joinpath("examples")
COUNT = sum(1 for node in EXAMPLES.iterdir() if node.name.endswith(".readout"))


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding every bundled example."""
    where = tmp_path / "readouts"
    where.mkdir()
    for node in EXAMPLES.iterdir():
        if node.name.endswith(".readout"):
            (where / node.name).write_text(node.read_text("utf-8"), "utf-8")
    return where


def _text(path: Path) -> str:
    """Every paragraph of the Word file, table cells included."""
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_a_folder_and_a_file_export_into_the_out_dir(folder: Path, tmp_path: Path) -> None:
    extra = tmp_path / "other" / "extra-call.readout"
    extra.parent.mkdir()
    shutil.copy(folder / "landau-delafuente.readout", extra)
    out_dir = tmp_path / "out" / "docx"
    code, out, err = run("export", str(folder), str(extra), "--out-dir", str(out_dir))
    assert (code, err) == (0, "")
    names = sorted(p.name for p in out_dir.iterdir())
    expected = sorted(p.stem + ".docx" for p in folder.glob("*.readout"))
    assert names == sorted([*expected, "extra-call.docx"])
    assert out.splitlines() == [str(out_dir / n) for n in [*expected, "extra-call.docx"]]
    # Each file is that readout's own export, not the previous one's.
    assert _text(out_dir / "extra-call.docx") == _text(out_dir / "landau-delafuente.docx")
    assert _text(out_dir / "rubio-albares-hosted.docx") != _text(out_dir / "landau-delafuente.docx")


def test_a_bad_readout_is_named_and_the_others_still_written(folder: Path, tmp_path: Path) -> None:
    (folder / "broken.readout").write_text("{ not json", "utf-8")
    out_dir = tmp_path / "out"
    code, _, err = run("export", str(folder), "--out-dir", str(out_dir), "--format", "txt")
    assert code == 2
    assert "broken.readout" in err
    assert err.splitlines()[-1] == f"1 of {COUNT + 1} readouts could not be exported"
    written = {p.name for p in out_dir.iterdir()}
    assert "landau-delafuente-es.txt" in written and "landau-delafuente-en.txt" in written
    assert not any(name.startswith("broken") for name in written)


def test_the_batch_summary_in_spanish(folder: Path, tmp_path: Path) -> None:
    (folder / "broken.readout").write_text("[]", "utf-8")
    (folder / "empty.readout").write_text("", "utf-8")
    code, _, err = run(
        "export", str(folder), "--out-dir", str(tmp_path / "o"), "--format", "md", "--ui-lang", "es"
    )
    assert code == 2
    assert err.splitlines()[-1] == f"2 de {COUNT + 2} comunicados no se pudieron exportar"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["-o", "x.docx"],
            f"-o names one file: give one readout, or use --out-dir for {COUNT} readouts",
        ),
        (
            ["--out-dir", "o", "--changes-since", "c.docx"],
            f"--changes-since compares one readout with its cleared copy, not {COUNT} readouts",
        ),
    ],
)
def test_many_readouts_need_an_out_dir(
    folder: Path, tmp_path: Path, extra: list[str], message: str
) -> None:
    args = [a if a not in ("x.docx", "o", "c.docx") else str(tmp_path / a) for a in extra]
    code, out, err = run("export", str(folder), *args)
    assert (code, out) == (2, "")
    assert err.strip() == f"readout: {message}"
    assert list(tmp_path.iterdir()) == [folder]


def test_two_readouts_of_one_name_are_refused_before_anything_is_written(
    folder: Path, tmp_path: Path
) -> None:
    twin = tmp_path / "twin"
    twin.mkdir()
    shutil.copy(folder / "landau-delafuente.readout", twin)
    out_dir = tmp_path / "out"
    code, _, err = run("export", str(folder), str(twin), "--out-dir", str(out_dir))
    assert code == 2
    assert "would both be written as" in err and "landau-delafuente.docx" in err
    assert not out_dir.exists()


def test_bad_places_are_refused(folder: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    a_file = tmp_path / "a-file"
    a_file.write_text("x", "utf-8")
    cases = {
        (str(empty), str(tmp_path / "o")): f"{empty}: no .readout files in this folder",
        (str(tmp_path / "nowhere"), str(tmp_path / "o")): (
            f"{tmp_path / 'nowhere'}: no such file or folder"
        ),
        (str(folder), str(a_file)): f"--out-dir {a_file}: not a folder",
    }
    for (source, out_dir), message in cases.items():
        code, out, err = run("export", source, "--out-dir", out_dir)
        assert (code, out, err.strip()) == (2, "", f"readout: {message}")


def test_a_hundred_readouts_in_one_run(folder: Path, tmp_path: Path) -> None:
    many = tmp_path / "many"
    many.mkdir()
    text = (folder / "rubio-sybiha-request.readout").read_text("utf-8")
    for n in range(100):
        (many / f"call-{n:03d}.readout").write_text(text, "utf-8")
    out_dir = tmp_path / "out"
    code, out, err = run("export", str(many), "--out-dir", str(out_dir))
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 100
    assert sorted(p.name for p in out_dir.iterdir()) == [f"call-{n:03d}.docx" for n in range(100)]
    assert _text(out_dir / "call-000.docx") == _text(out_dir / "call-099.docx")
    assert "Sybiha" in _text(out_dir / "call-099.docx")
