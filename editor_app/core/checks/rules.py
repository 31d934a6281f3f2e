"""The house rules as Help shows them: what each check in the catalogue looks for, how
serious its findings are and how to switch it off, in either UI language.

Read from the catalogue (:mod:`editor_app.core.checks.catalogue`), so a check added there
is listed here too: with the description below when it has one, else with its message,
its values left as "…".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from editor_app.core.checks.catalogue import all_checks
from editor_app.core.messages import Localized, define, severity_name, ui_lang_of

log = logging.getLogger(__name__)

L = Localized
LOOKS_FOR: dict[str, Localized] = {
    "edit.stale": L(
        "A part edited by hand whose form fields have changed since the edit.",
        "Una parte editada a mano cuyos campos del formulario cambiaron después.",
    ),
    "parity.point-empty": L(
        "A talking point written in one language only.",
        "Un punto escrito en un solo idioma.",
    ),
    "parity.field-empty": L(
        "A field filled in one language and empty in the other.",
        "Un campo con texto en un idioma y vacío en el otro.",
    ),
    "parity.part-missing": L(
        "A part of the readout that one version has and the other lacks.",
        "Una parte del comunicado que una versión tiene y la otra no.",
    ),
    "parity.paragraphs": L(
        "A part split into a different number of paragraphs in each language.",
        "Una parte dividida en un número distinto de párrafos en cada idioma.",
    ),
    "parity.untranslated": L(
        "Spanish text that is the same as the English, as if not translated.",
        "Texto en español idéntico al inglés, como si no se hubiera traducido.",
    ),
    "parity.name": L(
        "A name of a person in one version and not in the other.",
        "Un nombre de persona que está en una versión y no en la otra.",
    ),
    "parity.number": L(
        "A number in one version and not in the other.",
        "Un número que está en una versión y no en la otra.",
    ),
    "parity.date": L(
        "A date in one version and not in the other.",
        "Una fecha que está en una versión y no en la otra.",
    ),
    "parity.country": L(
        "A country or organisation named in one version and not in the other.",
        "Un país u organización que se nombra en una versión y no en la otra.",
    ),
    "en.date-order": L(
        "An English date written in the order of another locale.",
        "Una fecha en inglés escrita en el orden de otra variante.",
    ),
    "en.us-form": L(
        "“U.S.” or “US” written other than as the house writes it.",
        "«U.S.» o «US» escrito de otro modo que el de la casa.",
    ),
    "es.space-after": L(
        "A Spanish punctuation mark with no space after it.",
        "Un signo de puntuación en español sin espacio después.",
    ),
    "en.space-after": L(
        "An English punctuation mark with no space after it.",
        "Un signo de puntuación en inglés sin espacio después.",
    ),
    "es.double-space": L(
        "Two or more spaces in a row in the Spanish draft.",
        "Dos o más espacios seguidos en el borrador en español.",
    ),
    "en.double-space": L(
        "Two or more spaces in a row in the English draft.",
        "Dos o más espacios seguidos en el borrador en inglés.",
    ),
    "es.title-capital": L(
        "A Spanish title of office capitalised inside a sentence (RAE writes it lowercase).",
        "Un cargo en español con mayúscula dentro de la oración (la RAE lo escribe en minúscula).",
    ),
    "es.date-order": L(
        "A Spanish date written month first (“marzo 26”).",
        "Una fecha en español con el mes primero («marzo 26»).",
    ),
    "es.month-capital": L(
        "A Spanish month written with a capital letter.",
        "Un mes en español escrito con mayúscula.",
    ),
    "es.eeuu": L(
        "“EE.UU.” without the space the RAE asks for (“EE. UU.”).",
        "«EE.UU.» sin el espacio que pide la RAE («EE. UU.»).",
    ),
    "es.quotes": L(
        "Spanish quotation marks other than the house's («» or “”).",
        "Comillas en español distintas de las de la casa («» o “”).",
    ),
}

SWITCH_OFF = define(
    "rules.switch-off",
    "To switch a check off, add its id to the “disabled” list of the house checks file "
    '(JSON: {{"disabled": ["es.title-capital"]}}; "parity.*" switches off a whole family) '
    "and pass it to readout check --config FILE.",
    "Para desactivar una revisión, añada su identificador a la lista “disabled” del archivo "
    'de revisiones de la casa (JSON: {{"disabled": ["es.title-capital"]}}; "parity.*" '
    "desactiva toda una familia) y páselo a readout check --config ARCHIVO.",
)

_VALUE = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Rule:
    """One check as Help lists it."""

    check_id: str
    """What the house checks file names to switch it off."""
    severity: str
    """"Warning" / "Aviso"."""
    looks_for: str


def house_rules(ui_lang: str = "en") -> list[Rule]:
    """Every check of the catalogue, in its order, described in ``ui_lang``."""
    ui = ui_lang_of(ui_lang)
    rules = []
    for check_id, info in all_checks().items():
        described = LOOKS_FOR.get(check_id)
        if described is not None:
            looks_for = described.text(ui)
        else:
            log.debug("check %s has no description: showing its message", check_id)
            looks_for = _VALUE.sub("…", info.es if ui == "es" else info.en)
        rules.append(Rule(check_id, severity_name(info.severity, ui), looks_for))
    return rules


def switch_off_text(ui_lang: str = "en") -> str:
    """How to switch a check off, in ``ui_lang``."""
    return SWITCH_OFF().text(ui_lang_of(ui_lang))
