"""Every text of the interface has its Spanish translation, compiled and current, and
`make translations` merges into the translators' files instead of overwriting them."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


translations = _tool()


def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Live (not obsolete) messages of ``ts`` by (context, source)."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind not in ("obsolete", "vanished"):
                found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("lang", sorted(translations.TRANSLATIONS))
def test_every_interface_string_has_a_finished_translation(lang: str, tmp_path: Path) -> None:
    # Extract the strings the code has today into a copy of the shipped .ts: a tr()
    # added without `make translations` shows up as a new, unfinished entry.
    shipped = translations.ts_path(lang)
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    translations.update(lang, fresh)
    assert translations.unfinished(fresh) == [], "translate these in " + shipped.name
    assert _entries(fresh).keys() == _entries(shipped).keys(), "run `make translations`"


@pytest.mark.parametrize("lang", sorted(translations.TRANSLATIONS))
def test_the_shipped_qm_is_compiled_from_the_ts(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"readout_{lang}.qm"
    translations.compile_qm(lang, fresh)
    assert fresh.read_bytes() == translations.qm_path(lang).read_bytes(), "run `make translations`"


def test_spanish_translations_are_spanish_and_keep_their_placeholders() -> None:
    for (context, source), message in _entries(translations.ts_path("es")).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            for placeholder in ("{", "%n"):
                assert source.count(placeholder) == text.count(placeholder), (context, source)
            assert "(s)" not in text, (context, source)


def test_counts_read_in_the_plural_forms_of_each_language() -> None:
    es = _entries(translations.ts_path("es"))
    en = _entries(translations.ts_path("en"))
    for entries in (es, en):
        for message in entries.values():
            if message.get("numerus") == "yes":
                forms = [f.text for f in message.iter("numerusform")]
                assert len(set(forms)) == len(forms) >= 2, forms
    assert ("MainWindow", "%n problem(s) to fix") in en


def test_make_translations_merges_instead_of_overwriting(tmp_path: Path) -> None:
    ts = tmp_path / "readout_es.ts"
    shutil.copy(translations.ts_path("es"), ts)
    tree = ET.parse(ts)
    root = tree.getroot()
    # A translator's own wording of a string the code has...
    (save,) = [
        m
        for m in root.iter("message")
        if m.findtext("source") == "Save readout" and m.find("translation") is not None
    ]
    translation = save.find("translation")
    assert translation is not None
    translation.text = "Guardar el comunicado (versión del traductor)"
    # ...and a translated string the code no longer has.
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Gone"
    gone = ET.SubElement(context, "message")
    ET.SubElement(gone, "source").text = "A string that left the code"
    ET.SubElement(gone, "translation").text = "Un texto que salió del código"
    tree.write(ts, encoding="utf-8", xml_declaration=True)

    translations.update("es", ts)

    merged = ET.parse(ts).getroot()
    kept = [m for m in merged.iter("message") if m.findtext("source") == "Save readout"]
    assert [m.findtext("translation") for m in kept] == [
        "Guardar el comunicado (versión del traductor)"
    ]
    (vanished,) = [
        m for m in merged.iter("message") if m.findtext("source") == "A string that left the code"
    ]
    vanished_translation = vanished.find("translation")
    assert vanished_translation is not None
    assert vanished_translation.text == "Un texto que salió del código"
    assert vanished_translation.get("type") in ("obsolete", "vanished")
    assert translations.unfinished(ts) == []
