"""Build ``resources/word/template.docx``, the package every Word export starts from.

It is python-docx's own default template (MIT, see ``resources/word/SOURCE.txt``) cut
down to what a readout uses: the styles part keeps the document defaults, the latent
styles and the four default styles (Word lists its built-in styles from the latent
ones); the thumbnail, the bibliography custom XML and ``stylesWithEffects.xml`` (a Word
2010 copy of the styles) are left out, so each export neither parses nor compresses
900 KB it never changes. Run it with the project's virtualenv: ``python
tools/make_docx_template.py`` (python-docx is a dependency there).
"""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "word" / "template.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DROP = {
    "docProps/thumbnail.jpeg",
    "customXml/item1.xml",
    "customXml/itemProps1.xml",
    "customXml/_rels/item1.xml.rels",
    "word/stylesWithEffects.xml",
}
_KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}


def _source() -> Path:
    spec = importlib.util.find_spec("docx")
    assert spec is not None and spec.submodule_search_locations, "python-docx is not installed"
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / "default.docx"


def _compact(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(remove_blank_text=True))


def _trim(name: str, root: etree._Element) -> None:
    dropped = {"/" + n for n in _DROP} | set(_DROP)
    if name == "[Content_Types].xml":
        for override in root.findall(f"{_CT}Override"):
            if override.get("PartName") in dropped:
                root.remove(override)
        for default in root.findall(f"{_CT}Default"):
            if default.get("Extension") == "jpeg":
                root.remove(default)
    elif name.endswith(".rels"):
        for rel in root.findall(f"{_REL}Relationship"):
            target = rel.get("Target", "")
            if any(target.endswith(d.rsplit("/", 1)[-1]) for d in _DROP):
                root.remove(rel)
    elif name == "word/styles.xml":
        for style in root.findall(f"{W}style"):
            if style.get(f"{W}styleId") not in _KEEP_STYLES:
                root.remove(style)


def main() -> None:
    """Write the template next to its licence."""
    with zipfile.ZipFile(_source()) as source:
        parts = {n: source.read(n) for n in source.namelist() if n not in _DROP}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name, data in parts.items():
            root = _compact(data)
            _trim(name, root)
            xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
