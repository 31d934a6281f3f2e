"""A small dialog for a title of office the glossary lacks, in both languages."""

from __future__ import annotations

import logging

from editor_app.core.model import TitleText
from editor_app.gui.forms.custom_title_dialog import Ui_CustomTitleDialog
from editor_app.gui.qt import QDialog, QWidget

log = logging.getLogger(__name__)


class CustomTitleDialog(QDialog):
    """Asks for the full and short title in English and Spanish; held form is ``self.ui``."""

    def __init__(self, title: TitleText | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomTitleDialog()
        self.ui.setupUi(self)
        title = title or TitleText()
        self.ui.enFull.setText(title.en_full)
        self.ui.enShort.setText(title.en_short)
        self.ui.esFull.setText(title.es_full)
        self.ui.esShort.setText(title.es_short)

    def title(self) -> TitleText:
        """The title as typed; a short form left empty takes the full one."""
        en_full = self.ui.enFull.text().strip()
        es_full = self.ui.esFull.text().strip()
        return TitleText(
            en_full=en_full,
            en_short=self.ui.enShort.text().strip() or en_full,
            es_full=es_full,
            es_short=self.ui.esShort.text().strip() or es_full,
        )


def ask_custom_title(title: TitleText | None, parent: QWidget | None) -> TitleText | None:
    """Show the dialog: the title typed, or None if cancelled or missing English or Spanish."""
    dialog = CustomTitleDialog(title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    typed = dialog.title()
    return typed if typed.en_full and typed.es_full else None
