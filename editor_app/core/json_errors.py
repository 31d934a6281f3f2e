"""What Python's JSON reader says is wrong with a file, in either UI language."""

from __future__ import annotations

import json

from editor_app.core.messages import Localized, Value

# What Python's JSON reader says is wrong, for the messages that name it.
_JSON_ERRORS: dict[str, Localized] = {
    "Expecting value": Localized("Expecting value", "se esperaba un valor"),
    "Expecting property name enclosed in double quotes": Localized(
        "Expecting property name enclosed in double quotes",
        "se esperaba un nombre de propiedad entre comillas dobles",
    ),
    "Expecting ',' delimiter": Localized("Expecting ',' delimiter", "se esperaba una coma"),
    "Expecting ':' delimiter": Localized("Expecting ':' delimiter", "se esperaban dos puntos"),
    "Unterminated string starting at": Localized(
        "Unterminated string starting at", "texto entre comillas sin cerrar"
    ),
    "Invalid control character at": Localized(
        "Invalid control character at", "carácter de control no válido"
    ),
    "Extra data": Localized("Extra data", "datos de más tras el final"),
}


def json_problem(error: json.JSONDecodeError) -> Value:
    """What ``error`` says is wrong, in either UI language when it is a known one."""
    return _JSON_ERRORS.get(error.msg, error.msg)
