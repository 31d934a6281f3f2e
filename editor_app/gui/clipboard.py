"""Copy a draft to the clipboard as rich text (for e-mail) and as plain text."""

from __future__ import annotations

import logging

from editor_app.core.draft import Draft
from editor_app.gui.qt import QGuiApplication, QMimeData

log = logging.getLogger(__name__)


def draft_mime_data(draft: Draft) -> QMimeData:
    """The draft as HTML (with its lang attribute) and as plain text, in one payload."""
    from editor_app.core.export.text import to_html, to_txt  # loaded on demand

    data = QMimeData()
    data.setHtml(to_html(draft))
    data.setText(to_txt(draft))
    return data


def copy_draft(draft: Draft) -> None:
    """Put ``draft`` on the system clipboard, rich and plain."""
    QGuiApplication.clipboard().setMimeData(draft_mime_data(draft))
