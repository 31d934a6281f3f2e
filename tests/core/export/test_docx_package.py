"""The .docx package the export writes itself (no python-docx): zip layout, template
copies kept apart, and reference files it must refuse or clean up."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from editor_app.core.draft import DraftPair
from editor_app.core.export import ooxml
from editor_app.core.export.ooxml import template_package
from editor_app.core.export.paths import ExportError
from editor_app.core.export.writer import export
from editor_app.core.model import Readout

_CUSTOM_REL = (
    '<Relationship Id="rId99" Target="docProps/custom.xml" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/custom-properties"/>'
)


def _house(tmp_path: Path, edit: dict[str, bytes | None]) -> Path:
    """python-docx's own default document with parts replaced (or dropped: None)."""
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    house = tmp_path / "house.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(house, "w") as out:
        for name in source.namelist():
            data = edit.get(name, source.read(name))
            if data is not None:
                out.writestr(name, data)
        for name, data in edit.items():
            if name not in source.namelist() and data is not None:
                out.writestr(name, data)
    return house


def test_the_zip_lists_content_types_first_and_every_part_once(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    [path] = export(readout, pair, tmp_path / "r.docx", layout="sequential")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
        types = archive.read("[Content_Types].xml").decode()
    assert names[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert len(names) == len(set(names))
    for name in names:
        if name.endswith(".xml") and name != "[Content_Types].xml":
            assert f'PartName="/{name}"' in types or not name.startswith("word/")


def test_each_export_starts_from_a_clean_copy_of_the_template(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    export(readout, pair, tmp_path / "a.docx", order=("es", "en"))
    [second] = export(readout, pair, tmp_path / "b.docx", order=("en", "es"))
    document = docx.Document(str(second))
    assert len([s for s in document.styles if s.name == "Readout Body"]) == 1
    assert document.core_properties.language == "en-US"
    body = template_package().xml("word/document.xml")
    assert len(body[0]) == 1, "the template's body holds only its section properties"


def test_a_reference_naming_a_part_it_lacks_is_refused(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    house = _house(tmp_path, {"word/styles.xml": None})
    with pytest.raises(ExportError, match=r"house\.docx.*styles\.xml"):
        export(readout, pair, tmp_path / "r.docx", reference_docx=house)
    assert not (tmp_path / "r.docx").exists()


def test_a_references_own_custom_properties_give_way_to_ours(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    plain = tmp_path / "p.docx"
    docx.Document().save(str(plain))
    with zipfile.ZipFile(plain) as source:
        rels = source.read("_rels/.rels").decode()
    custom = (
        b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/custom-properties"/>'
    )
    house = _house(
        tmp_path,
        {
            "_rels/.rels": rels.replace(
                "</Relationships>", _CUSTOM_REL + "</Relationships>"
            ).encode(),
            "docProps/custom.xml": custom,
        },
    )
    [path] = export(readout, pair, tmp_path / "r.docx", reference_docx=house)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        package_rels = archive.read("_rels/.rels").decode()
        properties = archive.read("docProps/custom.xml").decode()
    assert names.count("docProps/custom.xml") == 1
    assert len(re.findall("custom-properties", package_rels)) == 1
    assert "ReadoutRevision" in properties


def test_a_reference_with_a_broken_part_is_refused(
    tmp_path: Path, readout: Readout, pair: DraftPair
) -> None:
    house = _house(tmp_path, {"word/styles.xml": b"<w:styles"})
    with pytest.raises(ExportError, match=r"house\.docx"):
        export(readout, pair, tmp_path / "r.docx", reference_docx=house)


@pytest.mark.parametrize("writer", [ooxml.write_zip, ooxml._zip64])
def test_the_zip_writer_and_its_zip64_fallback_write_the_same_files(
    writer: Callable[[list[tuple[str, int, int, bytes]]], bytes],
) -> None:
    parts = {"[Content_Types].xml": b"<Types/>", "word/ñ.xml": b"x" * 10_000, "empty": b""}
    data = writer([(name, *ooxml.packed(body)) for name, body in parts.items()])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert {n: archive.read(n) for n in archive.namelist()} == parts
        assert archive.namelist() == list(parts)
