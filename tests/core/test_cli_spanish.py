"""`readout check --ui-lang es` says everything in Spanish, bad and hostile input included:
no English wording of ours reaches the officer, and counts take their plural forms."""

from __future__ import annotations

import importlib
import io
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import editor_app.core
from editor_app.cli import main
from editor_app.core.messages import MESSAGES
from editor_app.core.model import SCHEMA_VERSION
from editor_app.core.store import example_text

for _module in pkgutil.walk_packages(editor_app.core.__path__, "editor_app.core."):
    importlib.import_module(_module.name)

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _english_wording() -> set[str]:
    """Runs of two words or more from every English template that Spanish lacks."""
    english: set[str] = set()
    for template in MESSAGES.values():
        spanish = " ".join([template.es, *(text for _, text in template.es_forms)])
        for text in [template.en, *(text for _, text in template.en_forms)]:
            for chunk in _PLACEHOLDER.split(text):
                chunk = chunk.strip(" .:;,()—-'\"«»?")
                if len(re.findall(r"[A-Za-z]+", chunk)) >= 2 and chunk not in spanish:
                    english.add(chunk)
    return english | {"note:", "warning ", "spelling:", "no findings"}


ENGLISH = _english_wording()


def check_es(*args: str) -> tuple[int, str]:
    """Run `readout check --ui-lang es ARGS`: exit status and everything it printed."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--ui-lang", "es", *args], out, err)
    said = out.getvalue() + err.getvalue()
    assert [e for e in ENGLISH if e in said] == [], said
    return code, said


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def _example() -> dict[str, object]:
    data: dict[str, object] = json.loads(example_text())
    return data


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("not JSON", b'{"kind": ', "JSON no válido en la línea 1, columna 10: se esperaba un valor"),
    (
        "not UTF-8",
        b"\xff\xfe{}",
        "no es texto UTF-8 (el byte 1 es 0xFF); ¿es un archivo de comunicado?",
    ),
    ("a list", b"[1, 2]", "se esperaba un objeto JSON en el nivel superior"),
    (
        "newer",
        b'{"schema_version": 99}',
        "lo escribió una versión más reciente de Readout Editor (versión de esquema 99; esta "
        f"versión lee hasta la {SCHEMA_VERSION}). Actualice Readout Editor para abrirlo.",
    ),
    (
        "wrong types",
        b'{"points": 5, "kind": "phone", "event_date": 7}',
        "no es un comunicado válido:\n"
        "  kind: valor desconocido 'phone'; se esperaba uno de estos: 'bilateral_call', "
        "'bilateral_meeting', 'multilateral_call', 'multilateral_meeting'\n"
        "  event_date: se esperaba una fecha como texto (AAAA-MM-DD) y hay un número\n"
        "  points: se esperaba una lista y hay un número",
    ),
    (
        "wrong encoding",
        b'{"purpose": {"en": "a\\uffffb"}}',
        "  purpose.en: contiene U+FFFF (un no carácter) en la posición 2, que no es texto "
        "(probablemente el archivo se leyó con una codificación equivocada)",
    ),
    ("deep", b"[" * 100_000, "anidado a demasiada profundidad para ser un comunicado"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_named_in_spanish(
    name: str, data: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.readout"
    path.write_bytes(data)
    code, said = check_es(str(path))
    assert code == 2
    assert said.startswith(f"readout: {path}: ") and message in said


def test_a_missing_file_or_a_folder_is_named_in_spanish(tmp_path: Path) -> None:
    code, said = check_es(str(tmp_path / "none.readout"))
    assert (code, said) == (2, f"readout: {tmp_path / 'none.readout'}: el archivo no existe\n")
    code, said = check_es(str(tmp_path))
    assert (code, said) == (
        2,
        f"readout: {tmp_path}: es una carpeta, no un archivo de comunicado (un comunicado es "
        "un archivo de 10 MB como máximo, o una tubería en la que un programa escribe)\n",
    )


def test_notes_problems_findings_and_spelling_read_in_spanish(tmp_path: Path) -> None:
    data = _example()
    data["points"][0]["en"] = "First line\x0bsecond line\x07 of the point wiht a typo."  # type: ignore[index]
    data["attribution"]["name"] = ""  # type: ignore[index]
    path = _write(tmp_path / "notes.readout", data)
    code, said = check_es(str(path))
    assert code == 1
    assert said.splitlines() == [
        f"{path}: error: attribution.name: falta el nombre de la persona a quien se atribuye "
        "el comunicado",
        f"{path}: nota: points[0].en: 1 tabulación vertical de Word convertida en salto de línea",
        f"{path}: nota: points[0].en: 1 × U+0007 carácter de control eliminado",
    ]
    data["attribution"]["name"] = "Tammy Bruce"  # type: ignore[index]
    _write(path, data)
    code, said = check_es(str(path))
    assert code == 1
    assert (
        f"{path}: aviso  es  Punto 1  Punto 1: tiene 1 párrafo en español, pero 2 en inglés" in said
    )
    assert f"{path}: ortografía:\nen  Punto 1  36-40  wiht  → " in said


def test_hostile_templates_and_settings_are_refused_in_spanish(tmp_path: Path) -> None:
    path = _write(tmp_path / "call.readout", _example())
    house = tmp_path / "house"
    house.mkdir()
    (house / "bilateral_call.en.j2").write_text(
        '{% extends "base.en.j2" %}{% block title %}{{ 10 ** 100000 }}{% endblock %}', "utf-8"
    )
    code, said = check_es("--templates", str(house), str(path))
    assert code == 2
    assert said.endswith(
        "bilateral_call.en.j2:1: la plantilla falló: la potencia 100000 es demasiado grande "
        "para una plantilla\n"
    )
    settings = _write(tmp_path / "checks.json", {"bogus": 1, "es_quotes": "''"})
    code, said = check_es("--config", str(settings), str(path))
    assert (code, said) == (
        2,
        f"readout: {settings}: ajuste desconocido 'bogus' "
        "(se conocen: disabled, es_quotes, patterns, point_max_words, us_form)\n",
    )
    _write(settings, {"es_quotes": "''"})
    code, said = check_es("--config", str(settings), str(path))
    assert said == f"readout: {settings}: 'es_quotes' debe ser '«»' o '“”', no \"''\"\n"


def test_the_installed_command_speaks_spanish(tmp_path: Path) -> None:
    path = tmp_path / "bad.readout"
    path.write_bytes(b'{"kind": ')
    done = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "check", "--ui-lang", "es", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"readout: {path}: JSON no válido en la línea 1, columna 10: se esperaba un valor\n"
    )
