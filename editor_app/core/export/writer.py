"""Export a draft pair to Word (.docx), HTML, Markdown or plain text.

The one entry point is :func:`export`; the CLI and the GUI both call it. Every file is
rendered in memory and then written with :func:`atomic_write_bytes`, so an existing file
is only ever replaced whole. The Word writer is imported only when a Word file is written.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from editor_app.core.atomic import atomic_write_bytes
from editor_app.core.draft import LANGS, DraftPair
from editor_app.core.export.paths import (
    CHANGES_ONLY_DOCX,
    FORMATS,
    LAYOUTS,
    REFERENCE_ONLY_DOCX,
    UNKNOWN_FORMAT,
    UNKNOWN_LAYOUT,
    ExportError,
    check_order,
    per_language,
    with_suffix,
)
from editor_app.core.export.text import render_text
from editor_app.core.model import Readout

log = logging.getLogger(__name__)


def export(
    readout: Readout,
    pair: DraftPair,
    out: Path,
    *,
    fmt: str = "docx",
    layout: str = "side-by-side",
    order: tuple[str, str] = LANGS,
    reference_docx: Path | None = None,
    since: Mapping[tuple[str, str], str] | None = None,
) -> list[Path]:
    """Write ``pair`` to ``out`` in ``fmt`` and ``layout``; return the paths written.

    "docx" with "side-by-side" or "sequential" writes one file at ``out``; "separate",
    and every text format (html, md, txt), write one file per language next to ``out``:
    ``report.docx`` → ``report-es.docx``, ``report-en.docx``. ``order`` puts the languages
    in column / reading / file order; the first is the document's primary language.
    ``since`` (docx only) holds, per language and part, the text a clearing office last
    saw: parts that differ are written as tracked changes from it.
    Raises ExportError for an unknown format, layout or order or an unreadable reference
    document, and WriteError (an OSError) when a file cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(UNKNOWN_FORMAT(fmt=repr(fmt), choices=", ".join(FORMATS)))
    if layout not in LAYOUTS:
        raise ExportError(UNKNOWN_LAYOUT(layout=repr(layout), choices=", ".join(LAYOUTS)))
    langs = check_order(order)
    drafts = [pair.get(lang) for lang in langs]
    out = Path(out)
    if reference_docx is not None and fmt != "docx":
        raise ExportError(REFERENCE_ONLY_DOCX(fmt=fmt))
    if since is not None and fmt != "docx":
        raise ExportError(CHANGES_ONLY_DOCX(fmt=fmt))

    if fmt == "docx":
        from editor_app.core.export.docx import ReferenceDocError, build_docx

        try:
            if layout == "separate":
                files = [
                    (
                        per_language(out, d.lang, "docx"),
                        build_docx(readout, [d], "single", reference_docx, since),
                    )
                    for d in drafts
                ]
            else:
                data = build_docx(readout, drafts, layout, reference_docx, since)
                files = [(with_suffix(out, "docx"), data)]
        except ReferenceDocError as exc:
            raise ExportError(exc.about) from exc
    else:
        files = [
            (per_language(out, d.lang, fmt), render_text(d, fmt).encode("utf-8")) for d in drafts
        ]

    for path, data in files:
        atomic_write_bytes(path, data)
    return [path for path, _ in files]
