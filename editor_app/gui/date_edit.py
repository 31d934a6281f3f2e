"""A date field that may be left blank, as the clearance sheet's dates are.

The minimum date stands for "no date yet" and shows as blank; Tab leaves the field at
once (the arrows move between day, month and year).
"""

from __future__ import annotations

import datetime as dt
import logging

from editor_app.gui.i18n import ui_locale
from editor_app.gui.qt import QDate, QDateEdit, QWidget
from editor_app.gui.readout_form import DATE_FORMAT

log = logging.getLogger(__name__)

BLANK = QDate(2000, 1, 1)
"""The minimum date, shown blank: no date yet."""


class DateEdit(QDateEdit):
    """A date field Tab leaves at once and whose minimum date reads as blank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(ui_locale())  # as the form shows dates: "26 mar 2025" in Spanish
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setSpecialValueText(" ")
        self.setMinimumDate(BLANK)
        self.setDate(BLANK)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (a QDateEdit keeps it among its sections)."""
        return QWidget.focusNextPrevChild(self, next)

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value``, blank for None (only when it differs: the cursor stays)."""
        date = QDate(value.year, value.month, value.day) if value else self.minimumDate()
        if self.date() != date:
            self.setDate(date)

    def value(self) -> dt.date | None:
        """The date shown, None when blank."""
        if self.date() == self.minimumDate():
            return None
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())
