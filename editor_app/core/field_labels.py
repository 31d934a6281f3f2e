"""Human names for form fields: "counterparts[0].country" → "Counterpart 1 · country".

Problems and findings name their field the way the file does, so the GUI can take the
officer there and the CLI can point into the JSON; this module names the same field as
the form does, in either UI language ("Interlocutor 1 · país", "Punto 3 · español").
A path it does not know (or cannot read) keeps its own text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from editor_app.core.draft import HEAD_PARTS, LANGS, PART_LABELS, TAIL_PARTS, Lang, body_number
from editor_app.core.field_paths import FieldPath, split_override_path
from editor_app.core.messages import LANGUAGE_NAMES, Localized

log = logging.getLogger(__name__)

SEPARATOR = " · "
_MAX_KEY = 40  # longer override keys are not an officer's words: show the raw path


@dataclass(frozen=True)
class _Field:
    """One field of the readout: its label, the label of one numbered entry if it is a
    list ("Point" → "Point 3"), and the fields inside it."""

    label: Localized
    item: Localized | None = None
    fields: dict[str, _Field] = field(default_factory=dict)


def _bilingual(label: Localized) -> _Field:
    return _Field(label, fields={lang: _Field(LANGUAGE_NAMES[lang]) for lang in LANGS})


_L = Localized
_NAME = _Field(_L("name", "nombre"))
_OFFICE = _Field(_L("office", "oficina"))
_DATE = _Field(_L("date", "fecha"))
_GENDER = _Field(_L("gender", "género"))
_OFFICIAL: dict[str, _Field] = {
    "given_names": _Field(_L("given names", "nombre")),
    "surname": _Field(_L("surname", "apellido")),
    "gender": _GENDER,
    "title": _Field(_L("title", "cargo")),
    "custom_title": _Field(
        _L("custom title", "cargo personalizado"),
        fields={
            "en_full": _Field(_L("English, full", "inglés, completo")),
            "en_short": _Field(_L("English, short", "inglés, corto")),
            "es_full": _Field(_L("Spanish, full", "español, completo")),
            "es_short": _Field(_L("Spanish, short", "español, corto")),
        },
    ),
    "country": _Field(_L("country", "país")),
    "es_given_names": _Field(_L("given names in Spanish", "nombre en español")),
    "es_surname": _Field(_L("surname in Spanish", "apellido en español")),
    "honorific": _Field(_L("honorific", "tratamiento")),
    "convention": _Field(_L("name order", "orden del nombre")),
    "later_name": _Field(_L("later references", "referencias posteriores")),
    "es_later_name": _Field(
        _L("later references in Spanish", "referencias posteriores en español")
    ),
    "posting": _Field(_L("posted to", "destino")),
}
_FIELDS: dict[str, _Field] = {
    "schema_version": _Field(_L("Schema version", "Versión del esquema")),
    "kind": _Field(_L("Kind", "Tipo")),
    "template": _Field(_L("Template", "Plantilla")),
    "event_date": _Field(_L("Event date", "Fecha del evento")),
    "release_date": _Field(_L("Release date", "Fecha de publicación")),
    "locales": _bilingual(_L("Locales", "Variantes")),
    "dateline": _bilingual(_L("Dateline", "Data")),
    "principal": _Field(_L("Principal", "Funcionario principal"), fields=_OFFICIAL),
    "counterparts": _Field(
        _L("Counterparts", "Interlocutores"), _L("Counterpart", "Interlocutor"), _OFFICIAL
    ),
    "group": _bilingual(_L("Group", "Grupo")),
    "requested_by": _Field(_L("Requested by", "Solicitada por")),
    "attribution": _Field(
        _L("Attribution", "Atribución"),
        fields={
            "name": _NAME,
            "role": _Field(_L("role", "cargo")),
            "gender": _GENDER,
            "phrasing": _Field(_L("wording", "redacción")),
        },
    ),
    "purpose": _bilingual(_L("Purpose", "Propósito")),
    "lead": _Field(
        _L("Lead", "Entradilla"),
        fields={
            "verb": _Field(_L("verb", "verbo")),
            "by_phone": _Field(_L("by phone", "por teléfono")),
            "purpose_form": _Field(_L("purpose as", "propósito como")),
            "place": _bilingual(_L("place", "lugar")),
            "event": _bilingual(_L("event", "evento")),
            "event_relation": _Field(_L("at the event", "en el evento")),
        },
    ),
    "points": _Field(
        _L("Talking points", "Puntos"),
        _L("Point", "Punto"),
        {
            **{lang: _Field(LANGUAGE_NAMES[lang]) for lang in LANGS},
            "new_paragraph": _bilingual(_L("new paragraph", "párrafo nuevo")),
        },
    ),
    "closing": _bilingual(_L("Closing", "Cierre")),
    "original_link": _Field(_L("Link to the original", "Enlace al original")),
    "settings": _Field(
        _L("Settings", "Ajustes"),
        fields={
            "first_of_month": _Field(_L("first of the month", "primero del mes")),
            "possessive_s": _Field(
                _L("possessive of names ending in s", "posesivo de nombres terminados en s")
            ),
            "apostrophe": _Field(_L("apostrophe", "apóstrofo")),
            "time_position": _Field(_L("time word", "palabra de tiempo")),
            "request_wording": _Field(_L("request wording", "redacción de la petición")),
            "quotes": _Field(_L("quotation marks", "comillas")),
            "es_titles": _Field(_L("Spanish titles", "cargos en español")),
            "es_tense": _Field(_L("Spanish tense for today", "tiempo verbal para hoy")),
            "state_header": _Field(_L("State header", "encabezado del Departamento")),
            "titles": _Field(_L("titles at first reference", "cargos en la primera mención")),
        },
    ),
    "clearance": _Field(
        _L("Clearance sheet", "Hoja de autorización"),
        fields={
            "marking": _Field(
                _L("header marking", "marca del encabezado"),
                fields={
                    "choice": _Field(_L("choice", "opción")),
                    "custom": _bilingual(_L("own words", "texto propio")),
                },
            ),
            "proposals": _Field(
                _L("proposed statuses", "estados propuestos"),
                _L("proposed status", "estado propuesto"),
                {
                    "office": _OFFICE,
                    "name": _NAME,
                    "status": _Field(_L("status", "estado")),
                    "date": _DATE,
                    "comment": _Field(_L("comment", "comentario")),
                },
            ),
            "drafter": _Field(
                _L("drafted by", "redactado por"),
                fields={
                    "name": _NAME,
                    "office": _OFFICE,
                    "phone": _Field(_L("phone", "teléfono")),
                    "date": _DATE,
                },
            ),
            "clearers": _Field(
                _L("clearing offices", "oficinas que autorizan"),
                _L("clearing office", "oficina que autoriza"),
                {
                    "office": _OFFICE,
                    "name": _NAME,
                    "status": _Field(_L("status", "estado")),
                    "date": _DATE,
                },
            ),
            "approver": _Field(
                _L("approved by", "aprobado por"),
                fields={"name": _NAME, "office": _OFFICE, "date": _DATE},
            ),
        },
    ),
}
_OVERRIDES = _L("Hand edits", "Ediciones a mano")


def field_name(path: str) -> Localized:
    """The human name of field ``path`` in both UI languages; the path itself when it
    names no field we know."""
    override = split_override_path(path)
    labels = _labels(path) if override is None else _override_labels(*override)
    if not labels:
        return Localized(path, path)
    return Localized(
        SEPARATOR.join(label.en for label in labels),
        SEPARATOR.join(label.es for label in labels),
    )


def field_label(path: str, ui_lang: str) -> str:
    """The human name of field ``path`` in ``ui_lang``: "principal.title" →
    "Principal · title" / "Funcionario principal · cargo"; unknown paths stay as given."""
    return field_name(path).text(ui_lang)


def _labels(path: str) -> list[Localized]:
    parsed = FieldPath.parse(path)
    if parsed is None:
        return []
    fields: dict[str, _Field] = _FIELDS
    labels: list[Localized] = []
    for step in parsed.steps:
        node = fields.get(step.name)
        if node is None:
            return []
        if step.index is None:
            labels.append(node.label)
            # A list's fields belong to its entries: "points.es" names nothing.
            fields = {} if node.item else node.fields
        elif node.item is None:
            return []
        else:
            number = step.index + 1
            labels.append(Localized(f"{node.item.en} {number}", f"{node.item.es} {number}"))
            fields = node.fields
    return labels


def _override_labels(lang: str, key: str, has_key: bool) -> list[Localized]:
    """ "overrides.es.body.2" → Hand edits · Spanish · Point 2."""
    if lang not in LANGS:
        return []
    labels = [_OVERRIDES, LANGUAGE_NAMES[_lang(lang)]]
    if not has_key:
        return labels
    part = _part_name(key)
    return [*labels, part] if part else []


def _part_name(key: str) -> Localized | None:
    if key in HEAD_PARTS or key in TAIL_PARTS:
        return Localized(PART_LABELS[key]["en"], PART_LABELS[key]["es"])
    n = body_number(key)
    if n is not None:
        return Localized(f"{PART_LABELS['body']['en']} {n}", f"{PART_LABELS['body']['es']} {n}")
    # An unknown part (validation reports it) shows as typed, if it can be shown at all.
    if key and len(key) <= _MAX_KEY and key.isprintable() and key.strip() == key:
        return Localized(key, key)
    return None


def _lang(code: str) -> Lang:
    return "es" if code == "es" else "en"
