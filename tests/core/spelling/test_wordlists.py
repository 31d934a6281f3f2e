"""The bundled domain word lists: words real readouts use that general dictionaries lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.draft import Lang
from editor_app.core.spelling.checker import SpellChecker
from editor_app.core.spelling.words import bundled_words

# Sentences of the kind the readouts in docs research use (see the readout-shapes notes).
SENTENCES: dict[Lang, str] = {
    "es": (
        "Condenaron a Hamás, Daesh, Hezbolá y los hutíes; la OTAN, la OEA y la CELAC apoyan "
        "un diálogo cuadrilateral frente al narcoterrorismo transnacional y el avance "
        "antidemocrático en el Indo-Pacífico, con la viceportavoz y el vicecanciller."
    ),
    "en": (
        "They discussed counternarcotics, deconfliction, Daesh, the Houthis, AUKUS, the UNGA, "
        "narcoterrorists and a free and open Indo-Pacific with Euro-Atlantic partners."
    ),
}


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    return SpellChecker(user_dir=tmp_path_factory.mktemp("user"), ignore_uppercase=False)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_each_list_holds_at_least_500_words(lang: Lang) -> None:
    assert len(bundled_words(lang)) >= 500


@pytest.mark.parametrize("lang", ["es", "en"])
def test_readout_vocabulary_is_accepted(strict: SpellChecker, lang: Lang) -> None:
    assert [m.word for m in strict.check_text(SENTENCES[lang], lang)] == []


def test_the_lists_are_plain_files_a_house_can_read(tmp_path: Path) -> None:
    folder = Path(__file__).parents[3] / "resources" / "wordlists"
    for lang in ("es", "en"):
        lines = (folder / f"{lang}.txt").read_text("utf-8").splitlines()
        words = [line for line in lines if line.strip() and not line.startswith("#")]
        assert all(line == line.strip() and " " not in line for line in words), lang
        assert len(words) == len(set(words)), f"{lang}: a word is listed twice"


def test_a_misspelling_next_to_domain_words_is_still_flagged(strict: SpellChecker) -> None:
    assert [m.word for m in strict.check_text("la OTAN y Hamaz", "es")] == ["Hamaz"]
    assert [m.word for m in strict.check_text("counternarcotcs and Daesh", "en")] == [
        "counternarcotcs"
    ]
