"""A returned file the import cannot use gets one clear message and changes nothing."""

from __future__ import annotations

import os
import resource
import shutil
import zipfile
from pathlib import Path

import pytest

from editor_app.core.clearance.package import MAX_FILE_BYTES, MAX_PART_BYTES, ClearedCopyError
from editor_app.core.clearance.reader import read_cleared_copy
from editor_app.core.model import Readout
from tests.builders import english_pair
from tests.core.clearance.sent_drafts import FIXTURES, readout_as_sent, sent_pair
from tests.core.clearance.word_files import (
    CONTENT_TYPES,
    PACKAGE_RELS,
    document_xml,
    marked,
    run,
    write_docx,
)


def _refused(path: Path, readout: Readout | None = None) -> str:
    with pytest.raises(ClearedCopyError) as caught:
        read_cleared_copy(path, readout or Readout(), english_pair({"body.1": "A."}))
    message = caught.value.about
    assert message.text("en").startswith(f"{path}: not a usable cleared copy: ")
    assert message.text("es").startswith(f"{path}: no es una copia aprobada utilizable: ")
    return message.text("en").split(": not a usable cleared copy: ", 1)[1]


def test_not_a_word_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("Cleared. -- WHA", "utf-8")
    assert _refused(path) == "it is not a Word document (.docx)"


def test_a_zip_that_is_no_word_file(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "x")
    assert _refused(path) == "it is not a Word document (.docx)"


def test_missing_file_folder_and_fifo(tmp_path: Path) -> None:
    assert _refused(tmp_path / "gone.docx") == "the file does not exist"
    assert _refused(tmp_path) == "it is not a regular file"
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    assert _refused(fifo) == "it is not a regular file"


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.docx"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    assert _refused(path) == "it is larger than 50 MB"


def test_a_zip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            block = b"<" + b" " * (1024 * 1024 - 1)
            for _ in range(MAX_PART_BYTES // len(block) + 8):
                part.write(block)
    assert path.stat().st_size < 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reason = _refused(path)
    assert reason == "its part word/document.xml would inflate beyond 64 MB (a zip bomb?)"
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 32 * 1024


def test_a_doctype_with_entities_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "haha">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    body = document_xml(marked("en_point_1", run("&b;"), 1)).split("?>", 1)[1]
    path = write_docx(tmp_path / "entities.docx", laughs + body)
    assert (
        _refused(path) == "its part word/document.xml declares a DOCTYPE, which Word files never do"
    )


def test_a_missing_document_part(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
    assert _refused(path) == "its part word/document.xml is missing"


def test_broken_xml(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "broken.docx", "<w:document><w:body>")
    assert _refused(path).startswith("its part word/document.xml is not well-formed XML (")


def test_a_file_without_our_marks(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plain.docx", document_xml(f"<w:p>{run('Hello.')}</w:p>"))
    assert _refused(path).startswith("it has none of the marks Readout Editor puts")


def test_a_part_marked_twice(tmp_path: Path) -> None:
    twice = marked("en_point_1", run("A."), 1) + marked("en_point_1", run("B."), 2)
    path = write_docx(tmp_path / "twice.docx", document_xml(twice))
    assert _refused(path) == "the part en body.1 appears twice"


def test_a_copy_of_another_readout(tmp_path: Path) -> None:
    other = readout_as_sent()
    stranger = Readout(uid="0" * 32)
    path = tmp_path / "copy.docx"
    shutil.copy(FIXTURES / "eur-side-by-side.docx", path)
    assert other.uid != stranger.uid
    assert _refused(path, stranger) == "it was exported from another readout"
    # The right readout reads it.
    assert read_cleared_copy(path, other, sent_pair("side-by-side")).changed_parts()
