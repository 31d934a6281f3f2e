"""Names written in a script neither draft uses: the transliteration finding.

A name pasted as "Сергей Лавров" or "فيصل" would print as it is in both drafts; the
officer is asked for the Latin spelling of each language instead. Latin letters with any
accent ("Andrí", "Erdoğan", "Nguyễn") are never flagged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from functools import partial

from editor_app.core.checks.base import WARNING, Finding, register
from editor_app.core.draft import Lang
from editor_app.core.field_paths import counterpart_path, field_path, principal_path
from editor_app.core.model import Official, Readout
from editor_app.core.names import NAME_FIELDS, foreign_script

log = logging.getLogger(__name__)

SCRIPT = register(
    "names.script",
    WARNING,
    "«{text}» is written in {script}, which neither draft uses: write the name in Latin "
    "letters and fill its transliteration fields (the Spanish spelling of the given names "
    "and surname, and the later-reference name)",
    "«{text}» está escrito en {script}, que ningún borrador usa: escriba el nombre en "
    "letras latinas y complete sus campos de transliteración (el nombre y el apellido como "
    "los escribe el español, y el nombre de las referencias posteriores)",
)


def script_findings(readout: Readout) -> Iterator[Finding]:
    """A warning for each official (and the attribution) whose name has a non-Latin
    letter, at the first field that has one."""
    officials: list[tuple[Official, Callable[[str], str]]] = [(readout.principal, principal_path)]
    officials += [(o, partial(counterpart_path, i)) for i, o in enumerate(readout.counterparts)]
    for official, path in officials:
        for name in NAME_FIELDS:
            text = str(getattr(official, name)).strip()
            script = foreign_script(text)
            if script is not None:
                lang: Lang = "es" if name.startswith("es_") else "en"
                yield SCRIPT.at(lang=lang, field=path(name), text=text, script=script)
                break
    text = readout.attribution.name.strip()
    script = foreign_script(text)
    if script is not None:
        yield SCRIPT.at(
            lang="en", field=field_path("attribution", "name"), text=text, script=script
        )
