"""Arbitrary Unicode in every field, through validation, rendering, checks, spelling and
every export.

No unhandled exception anywhere; every .docx reopens with python-docx. (The PDF tests
convert hostile samples with LibreOffice.)
"""

from __future__ import annotations

import copy
import io
import tempfile
from pathlib import Path
from typing import Any

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.checks.run import run_checks
from editor_app.core.export.paths import FORMATS
from editor_app.core.export.writer import export
from editor_app.core.parse import ReadoutInvalid, readout_from_dict, readout_to_dict
from editor_app.core.render import Renderer
from editor_app.core.spelling.checker import SpellChecker, check_pair, names_from_readout
from editor_app.core.store import load_example

# In today's shape (the bundled files may be older), the marking in the officer's words.
EXAMPLE: dict[str, Any] = readout_to_dict(load_example())
EXAMPLE["clearance"]["marking"]["choice"] = "custom"
RENDERER = Renderer()
CHECKER = SpellChecker({"es": "es_MX", "en": "en_US"}, user_dir=Path(tempfile.mkdtemp()))
NASTY = st.sampled_from(
    [
        "\x00",
        "\x0b",
        "\x1f",
        "\u2028",
        "\u202e",
        "\ufeff",
        "\ud7ff",
        "&<>\"'",
        "{principal}",
        "{{ 1 }}",
        "שלום",
        "مرحبا",
        "𝔘𝔫𝔦",
        "\u0301",
        "\t",
        "\r\n",
        "**",
        "#",
        "\\",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=12), NASTY), max_size=6).map("".join)

TEXT_FIELDS: list[tuple[str, ...]] = [
    ("principal", "given_names"),
    ("principal", "surname"),
    ("counterparts", "0", "given_names"),
    ("counterparts", "0", "surname"),
    ("dateline", "es"),
    ("dateline", "en"),
    ("attribution", "name"),
    ("purpose", "es"),
    ("purpose", "en"),
    ("points", "0", "es"),
    ("points", "0", "en"),
    ("points", "1", "en"),
    ("closing", "es"),
    ("closing", "en"),
    ("clearance", "marking", "custom", "en"),
    ("clearance", "marking", "custom", "es"),
    ("clearance", "drafter", "name"),
]


def _set(data: Any, path: tuple[str, ...], value: str) -> None:
    for key in path[:-1]:
        data = data[int(key)] if isinstance(data, list) else data[key]
    data[path[-1]] = value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=len(TEXT_FIELDS), max_size=len(TEXT_FIELDS)))
def test_any_text_in_every_field_survives_every_export(values: list[str]) -> None:
    data = copy.deepcopy(EXAMPLE)
    for path, value in zip(TEXT_FIELDS, values, strict=True):
        _set(data, path, value)
    try:
        parsed = readout_from_dict(data)
    except ReadoutInvalid as exc:
        assert all(str(p) for p in exc.problems)
        return
    pair = RENDERER.render_pair(parsed.readout)
    for finding in run_checks(parsed.readout, pair, ui_lang="es"):
        assert finding.check_id and finding.message
    CHECKER.set_names(names_from_readout(parsed.readout))
    for miss in check_pair(pair, CHECKER):
        part = pair.get(miss.lang).text_of(miss.part)  # type: ignore[arg-type]
        assert part[miss.start : miss.end] == miss.word
    with tempfile.TemporaryDirectory() as folder:
        for fmt in FORMATS:
            for path in export(parsed.readout, pair, Path(folder) / f"x.{fmt}", fmt=fmt):
                data_bytes = path.read_bytes()
                if fmt == "docx":
                    Document(io.BytesIO(data_bytes))
                else:
                    data_bytes.decode("utf-8")
