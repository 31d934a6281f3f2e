"""View ▸ Clearance sheet: the clearance panel kept in step with the form and Undo.

Every edit in the panel goes into the readout the form holds (so it is saved, autosaved
and recovered with it) as an undo step like any field's; a readout shown in the form
(opened, restored, undone) is shown in the panel. Statuses a cleared copy's comments
propose wait in the panel until the officer confirms or dismisses them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from editor_app.gui.actions import Actions
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QDockWidget, QObject, Qt, is_alive
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.undo import FormHistory

if TYPE_CHECKING:
    from editor_app.gui.clearance_panel import ClearancePanel

log = logging.getLogger(__name__)

PANEL_NAME = "ClearancePanel"
"""The panel's object name (its dock's, with "Dock", is kept in the window state)."""
PANEL_WIDTH = 340
"""The panel's width when it opens: the clearing offices' four columns readable, and at
1366 pixels the drafts give the room, the form keeps its own."""


class ClearancePanelController(QObject):
    """Wires the clearance panel to the form, the undo stack and the View menu.

    The panel (a hundred widgets) is made the first time it is opened or asked for, not
    at start-up: most readouts are drafted with it closed.
    """

    def __init__(
        self, window: MainWindow, form: ReadoutForm, history: FormHistory, actions: Actions
    ) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.history = history
        self._panel: ClearancePanel | None = None
        self.dock: QDockWidget = window.add_side_panel(PANEL_NAME, self.tr("Clearance sheet"))
        self.action = actions.clearance_panel
        form.shown.connect(self._show_form_sheet)
        self.action.triggered.connect(self.set_open)
        self.dock.visibilityChanged.connect(self._visibility_changed)

    @property
    def panel(self) -> ClearancePanel:
        """The panel, made (showing the form's sheet) the first time it is needed."""
        if self._panel is None:
            from editor_app.gui.clearance_panel import ClearancePanel

            panel = self._panel = ClearancePanel()
            self.window.set_side_panel(self.dock, panel)
            self.dock.setFocusProxy(panel.ui.markingCombo)  # where F6 enters it
            panel.set_clearance(self.form.readout().clearance)
            panel.edited.connect(self._edited)
            panel.ui.confirmButton.clicked.connect(self.confirm)
            panel.ui.dismissProposalButton.clicked.connect(self.dismiss)
        return self._panel

    def _show_form_sheet(self) -> None:
        if self._panel is not None:  # else the panel reads the form when it is made
            self._panel.set_clearance(self.form.readout().clearance)

    def _visibility_changed(self, shown: bool) -> None:
        if shown:
            self.panel  # noqa: B018 (made when the window state reopens the dock)
        self._sync_action()

    def _sync_action(self) -> None:
        if is_alive(self.action) and is_alive(self.dock):  # not while the window goes
            self.action.setChecked(not self.dock.isHidden())

    def set_open(self, shown: bool) -> None:
        """Open the panel (the keyboard goes to its first field) or close it."""
        opening = shown and self.dock.isHidden()
        if shown:
            self.panel  # noqa: B018 (made before the dock shows, so it opens filled)
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
        from editor_app.gui.clearance_panel import without

        readout = apply_proposals(self.form.readout(), chosen)
        readout.clearance.proposals = without(readout.clearance.proposals, chosen)
        self.history.replace(readout)

    def dismiss(self) -> None:
        """Drop the chosen proposed statuses, leaving the sheet as it is (one undo step)."""
        chosen = self.panel.chosen_proposals()
        if not chosen:
            return
        from editor_app.gui.clearance_panel import without

        sheet = self.panel.clearance(without(self.form.readout().clearance.proposals, chosen))
        self.form.set_clearance(sheet)
        self.panel.set_clearance(sheet)
