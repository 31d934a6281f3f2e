"""Keep the UI translations in step with the code: merge new strings in, compile.

    python tools/translations.py          # or: make translations

The translators' files are the source of truth: ``i18n/readout_es.ts`` (every string of
the interface in Spanish) and ``i18n/readout_en.ts`` (only the English plural forms, so
"%n problem(s)" reads "1 problem" / "2 problems"). Open them in pyside6-linguist, or
edit the XML. This tool never overwrites a translation: pyside6-lupdate *merges* — it
keeps every existing translation, adds new source strings as unfinished and marks the
strings that left the code obsolete (kept in the file, not compiled, so a string that
comes back finds its translation again). Then it lists what is still unfinished and
compiles each .ts into the .qm that ``editor_app.gui.i18n`` loads from resources/i18n/.

No source locations are written into the .ts files: line numbers change with every
edit, and in a file several people translate they only make merges conflict.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "resources" / "i18n"

# Each translation: its .ts, and the extra lupdate options it takes.
TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "es": (),
    "en": ("-pluralonly",),
}


def ts_path(lang: str) -> Path:
    """The translators' file of ``lang``."""
    return TS_DIR / f"readout_{lang}.ts"


def qm_path(lang: str) -> Path:
    """The compiled translation of ``lang`` the app loads."""
    return QM_DIR / f"readout_{lang}.qm"


def sources() -> list[str]:
    """The files whose strings the interface shows, relative to the repository."""
    found = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "editor_app" / "gui").glob("*.py"))
    return found + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))


def update(lang: str, ts: Path | None = None) -> None:
    """Merge the strings of the code into ``ts`` (default: the .ts of ``lang``); its
    translations are kept, strings gone from the code are marked obsolete."""
    options = TRANSLATIONS[lang]
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-source-language",
            "en_US",
            "-target-language",
            "es_ES" if lang == "es" else "en_US",
            *options,
            "-silent",
            "-ts",
            str(ts or ts_path(lang)),
        ],
        cwd=ROOT,
        check=True,
    )


def unfinished(ts: Path) -> list[str]:
    """The source strings of ``ts`` still without a finished translation (obsolete
    entries aside)."""
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if kind == "unfinished" or not all(t.strip() for t in texts):
            missing.append(message.findtext("source") or "")
    return missing


def compile_qm(lang: str, qm: Path | None = None) -> None:
    """Compile the .ts of ``lang`` into ``qm`` (default: the .qm the app loads)."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(ts_path(lang)),
            "-qm",
            str(qm or qm_path(lang)),
        ],
        check=True,
    )


def main() -> int:
    """Merge, report and compile every translation; 1 when something is untranslated."""
    status = 0
    for lang in TRANSLATIONS:
        update(lang)
        for source in unfinished(ts_path(lang)):
            print(f"{lang}: untranslated: {source!r}")
            status = 1
        compile_qm(lang)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
