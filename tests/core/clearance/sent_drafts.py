"""The drafts the LibreOffice fixtures were exported from, read back from the sent files.

Rebuilt from what was sent rather than rendered again, so the fixtures keep testing the
import while the generated wording changes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from editor_app.core.clearance.package import open_cleared_copy
from editor_app.core.clearance.revisions import read_document
from editor_app.core.draft import Draft, DraftPair, DraftPart
from editor_app.core.model import Readout
from editor_app.core.store import load_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "clearance"


@cache
def _readout() -> Readout:
    return load_file(FIXTURES / "sent.readout").readout


def readout_as_sent() -> Readout:
    """The readout of the fixtures (its identity is the one the files carry)."""
    return _readout()


@cache
def sent_pair(layout: str) -> DraftPair:
    """The drafts as exported in ``sent-LAYOUT.docx``."""
    text = read_document(open_cleared_copy(FIXTURES / f"sent-{layout}.docx").document, None)
    readout = _readout()
    drafts = {
        lang: Draft(
            lang,
            readout.locales.es if lang == "es" else readout.locales.en,
            tuple(
                DraftPart(key, part.exported)
                for (part_lang, key), part in text.parts.items()
                if part_lang == lang
            ),
        )
        for lang in ("es", "en")
    }
    return DraftPair(es=drafts["es"], en=drafts["en"])
