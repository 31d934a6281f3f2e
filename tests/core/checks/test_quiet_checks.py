"""`readout check` is quiet on correct readouts from every region, and still finds typos.

The readouts in tests/fixtures/readouts are our own sentences in the shapes real State
readouts take (a call or a meeting with India, Saudi Arabia, Ukraine, Colombia, Nigeria,
Australia and Guatemala): names of real officials, places, organisations and the
vocabulary such texts use. Before the gazetteer, the domain lists and the tool's own
words, these raised 23 false alarms between them (Abuya, Kiev, Odesa, Hamás, Ormuz,
hutíes, Taiwán, Quad, Delhi, Indo-Pacific, Houthi, narcoterrorism...).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.cli import main

ROOT = Path(__file__).parents[3]
EXAMPLE = ROOT / "resources" / "examples" / "landau-delafuente.readout"
READOUTS = sorted((ROOT / "tests" / "fixtures" / "readouts").glob("*.readout"))
TYPOS = {"es": " Hablaron de la cooperasión regional.", "en": " They discused regional ties."}


@pytest.fixture(autouse=True)
def _no_real_user_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    # The officer's personal word lists must neither help nor be touched.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    yield


def _check(path: Path) -> tuple[int, dict[str, object]]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(path), "--json"], out, err)
    return code, json.loads(out.getvalue())


def test_there_are_readouts_from_six_regions_or_more() -> None:
    assert len(READOUTS) >= 6


@pytest.mark.parametrize("path", [EXAMPLE, *READOUTS], ids=lambda p: p.stem)
def test_check_finds_nothing_in_a_correct_readout(path: Path) -> None:
    code, report = _check(path)
    assert (report["problems"], report["checks"], report["spelling"]) == ([], [], [])
    assert report["spelling_unchecked"] == {} and code == 0


@pytest.mark.parametrize("path", [EXAMPLE, *READOUTS], ids=lambda p: p.stem)
def test_a_typo_in_each_language_is_still_flagged(path: Path, tmp_path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    for lang, typo in TYPOS.items():
        data["points"][0][lang] += typo
    broken = tmp_path / path.name
    broken.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code, report = _check(broken)
    spelling = report["spelling"]
    assert isinstance(spelling, list)
    assert [(f["lang"], f["word"]) for f in spelling] == [("es", "cooperasión"), ("en", "discused")]
    assert report["checks"] == [] and code == 1
