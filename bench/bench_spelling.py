"""Spelling benchmarks: full-text checking against the hunspell CLI, and one-paragraph rechecks.

Rows, per language (es_MX, en_US), on a ~2,000-word text made by repeating the reference
readout:
- our full check, paragraph by paragraph, with the word cache cleared before each one
  (dictionaries already loaded, as in the app)
  against ``hunspell -l`` on the same text as a whole process (start, load, check);
- the same against hunspell's checking time alone: the whole process on the text minus
  the whole process on empty input (an estimate; startup noise shows in it);
- rechecking one paragraph of the 2,000-word readout with a warm cache, against one
  16.7 ms frame at 60 Hz (the budget an edit has before typing feels slow).
When the hunspell CLI is missing the module returns no rows and says why.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Row, best_of
from editor_app.core.draft import Lang
from editor_app.core.spelling.checker import SpellChecker
from editor_app.core.spelling.tokenize import tokenize

FRAME_MS = 1000 / 60
TARGET_WORDS = 2_000
NAMES = ["Christopher Landau", "Juan Ramón de la Fuente", "Tammy Bruce"]

# The reference readout (landau-delafuente-2025-03-26), one paragraph per item.
PARAGRAPHS: dict[Lang, list[str]] = {
    "es": [
        "Llamada del subsecretario Landau con el canciller mexicano De la Fuente",
        "Oaxaca de Juárez, 26 de marzo. Hoy, el subsecretario de Estado, Christopher Landau, "
        "conversó con el secretario de Relaciones Exteriores de México, Juan Ramón de la "
        "Fuente, para reafirmar el compromiso de Estados Unidos con la construcción de una "
        "nueva era de cooperación en seguridad entre Estados Unidos y México. Esta fue la "
        "primera llamada oficial del subsecretario Landau tras su toma de posesión el 25 de "
        "marzo.",
        "Hablaron sobre los esfuerzos conjuntos que se están realizando para asegurar "
        "nuestras fronteras, desmantelar cárteles y detener el flujo de drogas ilícitas, armas "
        "de fuego y migrantes indocumentados. El secretario de Relaciones Exteriores, De la "
        "Fuente, enfatizó la determinación de México de abordar las preocupaciones de "
        "seguridad y cooperar con Estados Unidos. También abordaron la necesidad de "
        "fortalecer los lazos comerciales y las oportunidades de inversión. El subsecretario "
        "Landau, quien se desempeñó como embajador de Estados Unidos en México de 2019 a "
        "2021, habló sobre la relación especial entre Estados Unidos y México y el fuerte "
        "impacto que tiene en la vida de las personas en ambos lados de la frontera. El "
        "subsecretario expresó su reconocimiento por los mayores esfuerzos de México para "
        "frenar la inmigración ilegal, al recibir más vuelos de deportación y repatriar a un "
        "mayor número de inmigrantes indocumentados a sus países de origen.",
    ],
    "en": [
        "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente",
        "Today Deputy Secretary of State Christopher Landau spoke with Mexican Foreign "
        "Secretary Juan Ramón de la Fuente to affirm the U.S. commitment to building a new era "
        "of U.S.-Mexico security cooperation. This was Deputy Secretary Landau’s first "
        "official call following his swearing in on March 25.",
        "They discussed ongoing joint efforts to secure our borders, dismantle cartels, and "
        "stop the flow of illicit drugs, firearms, and illegal aliens. Foreign Secretary de "
        "la Fuente emphasized Mexico’s determination to address security concerns and "
        "cooperate with the United States. They also discussed the need for strengthening "
        "commercial ties and investment opportunities.",
        "Deputy Secretary Landau, who served as the United States Ambassador to Mexico from "
        "2019 to 2021, spoke about the special U.S.-Mexico relationship and the strong impact "
        "it has on the lives of those on both sides of the border. The Deputy Secretary "
        "expressed appreciation for Mexico’s increased efforts to stop illegal immigration by "
        "receiving more deportation flights and repatriating a larger number of illegal "
        "immigrants to their home countries.",
    ],
}
HUNSPELL_DICTS: dict[Lang, str] = {"es": "es_MX", "en": "en_US"}


def build_paragraphs(lang: Lang, target_words: int = TARGET_WORDS) -> list[str]:
    """The reference readout's paragraphs repeated until they hold ``target_words`` words."""
    out: list[str] = []
    count = 0
    while count < target_words:
        for paragraph in PARAGRAPHS[lang]:
            out.append(paragraph)
            count += sum(1 for t in tokenize(paragraph) if t.is_word)
    return out


def run() -> list[Row]:
    """Measure and return the rows; [] when the hunspell CLI is missing."""
    hunspell = shutil.which("hunspell")
    if hunspell is None:
        print("bench_spelling: the hunspell CLI is not installed; no rows", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory() as tmp:
        checker = SpellChecker(user_dir=Path(tmp))
        checker.set_names(NAMES)
        rows: list[Row] = []
        for lang in ("es", "en"):
            if not checker.is_checked(lang):
                print(f"bench_spelling: {checker.status(lang).describe()}", file=sys.stderr)
                continue
            rows += _language_rows(checker, lang, hunspell)
    return rows


def _language_rows(checker: SpellChecker, lang: Lang, hunspell: str) -> list[Row]:
    paragraphs = build_paragraphs(lang)
    text = "\n\n".join(paragraphs)
    words = sum(1 for t in tokenize(text) if t.is_word)
    tag = HUNSPELL_DICTS[lang]
    command = [hunspell, "-l", "-i", "utf-8", "-d", tag]

    def ours_cold() -> None:
        # Forget between paragraphs too, so the repeats of the text gain nothing.
        for paragraph in paragraphs:
            checker.clear_cache()
            checker.check_text(paragraph, lang)

    def peer(data: bytes) -> None:
        subprocess.run(command, input=data, capture_output=True, check=True)

    data = text.encode("utf-8")
    cold = best_of(ours_cold, repeat=5) * 1000
    process = best_of(lambda: peer(data), repeat=5) * 1000
    startup = best_of(lambda: peer(b""), repeat=5) * 1000
    checking = max(process - startup, 0.001)

    ours_flags = sum(len(checker.check_text(p, lang)) for p in paragraphs)
    theirs = subprocess.run(command, input=data, capture_output=True, check=True).stdout
    print(
        f"bench_spelling: {lang}: {words} words; flagged by us {ours_flags}, "
        f"by hunspell -l {len(theirs.split())} (it has no names list)",
        file=sys.stderr,
    )

    middle = max(paragraphs, key=len)  # the longest paragraph, not a title
    checker.check_text(middle, lang)  # warm the cache, as after the first full check
    # A keystroke changes the paragraph: each recheck gets a text not seen before (the
    # checker keeps whole paragraphs' verdicts, which would make a repeat free).
    edits = iter(range(10**9))
    recheck = (
        best_of(lambda: checker.check_text(f"{middle} {next(edits)}", lang), repeat=7, number=20)
        * 1000
    )

    what = f"{lang}: check {words} words"
    return [
        Row("spelling", f"{what}, cold cache", cold, f"hunspell -l -d {tag}", process, "ms",
            "<= 1.0"),
        Row("spelling", f"{what}, cold cache", cold, "same, minus its startup", checking, "ms",
            "<= 2.0"),
        Row("spelling", f"{lang}: recheck longest paragraph of {words}, warm", recheck,
            "one 60 Hz frame", FRAME_MS, "ms", "<= 0.1"),
    ]  # fmt: skip
