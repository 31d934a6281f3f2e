"""Lay out a rendered draft as HTML for a preview pane: each part under its label, with
"edit" (and, for hand-edited parts, "revert to generated") links, in the interface
language whatever the draft's language ("Título editar" over the English draft in Spanish).

Only layout happens here; the words come from the core as they are.
"""

from __future__ import annotations

import logging
from html import escape

from editor_app.core.draft import Draft, DraftPart, Lang, part_label

log = logging.getLogger(__name__)

TEXT_POINT_SIZE = 10.5
"""The size of a part's text in the panes (a hand edit is typed at the same size)."""
STYLE = f"""
<style>
  .label {{ color: #6b7280; font-size: 9pt; margin: 10px 0 0 0; }}
  .text {{ font-size: {TEXT_POINT_SIZE}pt; margin: 2px 0 0 0; white-space: pre-wrap; }}
  .title {{ font-size: 12.5pt; font-weight: 600; margin: 2px 0 0 0; white-space: pre-wrap; }}
  .edited {{ color: #92400e; }}
  .links {{ font-size: 8pt; }}
  a {{ color: #2563eb; text-decoration: none; }}
</style>
"""
HAND_EDITED = {"en": "edited by hand", "es": "editado a mano"}
EDIT = {"en": "edit", "es": "editar"}
REVERT = {"en": "revert to generated", "es": "volver al texto generado"}
STALE = {"en": "the form changed since", "es": "el formulario cambió desde entonces"}
RUNS_ON = {"en": "runs on in the paragraph above", "es": "sigue en el párrafo anterior"}


def _part_html(part: DraftPart, ui: Lang) -> str:
    label = escape(part_label(part.key, ui))
    if part.runs_on:
        # The panes keep every part under its own label (hand edits open over it); the
        # published paragraph break is said, as the exports make it.
        label += f" · {escape(RUNS_ON[ui])}"
    if part.overridden:
        note = HAND_EDITED[ui]
        if part.stale:
            note += f"; {STALE[ui]}"
        label += f' · <span class="edited">{escape(note)}</span>'
    key = escape(part.key)
    links = f'<a href="edit:{key}">{EDIT[ui]}</a>'
    if part.overridden:
        links += f' · <a href="revert:{key}">{REVERT[ui]}</a>'
    label += f' <span class="links">{links}</span>'
    css = "title" if part.key == "title" else "text"
    body = escape(part.text).replace("\n", "<br>")
    anchor = f'<a name="{escape(part.key)}"></a>'
    return f'<p class="label">{anchor}{label}</p><p class="{css}">{body}</p>'


def draft_html(draft: Draft, ui_lang: str | None = None) -> str:
    """The draft as HTML: every part in reading order, labelled in the interface language
    ``ui_lang`` (default: the draft's own), whichever language the draft is in."""
    ui: Lang = "es" if (ui_lang or draft.lang) == "es" else "en"
    return STYLE + "".join(_part_html(part, ui) for part in draft.parts)
