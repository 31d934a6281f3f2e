"""View ▸ Clearance sheet: the clearance panel kept in step with the form and Undo.

Every edit in the panel goes into the readout the form holds (so it is saved, autosaved
and recovered with it) as an undo step like any field's; a readout shown in the form
(opened, restored, undone) is shown in the panel. Statuses a cleared copy's comments
propose wait in the panel until the officer confirms or dismisses them.
"""

from __future__ import annotations

import logging

from editor_app.gui.actions import Actions
from editor_app.gui.clearance_panel import ClearancePanel, without
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QDockWidget, QObject, Qt, is_alive
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.undo import FormHistory

log = logging.getLogger(__name__)

PANEL_WIDTH = 340
"""The panel's width when it opens: the clearing offices' four columns readable, and at
1366 pixels the drafts give the room, the form keeps its own."""


class ClearancePanelController(QObject):
    """Wires the clearance panel to the form, the undo stack and the View menu."""

    def __init__(
        self, window: MainWindow, form: ReadoutForm, history: FormHistory, actions: Actions
    ) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.history = history
        self.panel = ClearancePanel()
        self.dock: QDockWidget = window.add_side_panel(self.panel, self.tr("Clearance sheet"))
        self.dock.setFocusProxy(self.panel.ui.markingCombo)  # where F6 enters it
        self.action = actions.clearance_panel
        self.panel.set_clearance(form.readout().clearance)
        form.shown.connect(lambda: self.panel.set_clearance(form.readout().clearance))
        self.panel.edited.connect(self._edited)
        self.panel.ui.confirmButton.clicked.connect(self.confirm)
        self.panel.ui.dismissProposalButton.clicked.connect(self.dismiss)
        self.action.triggered.connect(self.set_open)
        self.dock.visibilityChanged.connect(lambda *_: self._sync_action())

    def _sync_action(self) -> None:
        if is_alive(self.action) and is_alive(self.dock):  # not while the window goes
            self.action.setChecked(not self.dock.isHidden())

    def set_open(self, shown: bool) -> None:
        """Open the panel (the keyboard goes to its first field) or close it."""
        opening = shown and self.dock.isHidden()
        self.dock.setVisible(shown)
        if opening:
            self.window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        if shown:
            self.dock.raise_()
            self.window.activateWindow()  # back from the export dialog, for one
            self.panel.ui.markingCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._sync_action()

    def open(self) -> None:
        """Open the panel, its first field focused."""
        self.set_open(True)

    def _edited(self, key: str) -> None:
        self.form.set_clearance(self.panel.clearance(), key)

    def confirm(self) -> None:
        """Put the chosen proposed statuses on the sheet (one undo step)."""
        chosen = self.panel.chosen_proposals()
        if not chosen:
            return
        # Imported here: the import machinery (lxml) loads on first use, not at start-up.
        from editor_app.core.clearance.review import apply_proposals

        readout = apply_proposals(self.form.readout(), chosen)
        readout.clearance.proposals = without(readout.clearance.proposals, chosen)
        self.history.replace(readout)

    def dismiss(self) -> None:
        """Drop the chosen proposed statuses, leaving the sheet as it is (one undo step)."""
        chosen = self.panel.chosen_proposals()
        if not chosen:
            return
        sheet = self.panel.clearance(without(self.form.readout().clearance.proposals, chosen))
        self.form.set_clearance(sheet)
        self.panel.set_clearance(sheet)
