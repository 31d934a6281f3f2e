"""The Help menu: the keyboard shortcuts, the placeholders, the house rules, the tour,
the About box and the log folder.

A controller: it connects the Help actions. The dialogs open window-modal without
blocking (``open()``), so the window's event loop, and tests, carry on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from editor_app.gui.actions import Actions
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QDesktopServices, QKeySequence, QMessageBox, QObject, Qt, QUrl

if TYPE_CHECKING:
    from editor_app.gui.house_rules_dialog import HouseRulesDialog
    from editor_app.gui.placeholders_dialog import PlaceholdersDialog
    from editor_app.gui.shortcuts_dialog import ShortcutsDialog
    from editor_app.gui.tour import Tour

logger = logging.getLogger(__name__)

DISTRIBUTION = "readout-editor"
"""The installed package whose metadata gives the version and the licence."""
LOG_APP_NAME = "readout-editor"
"""The platformdirs application name of the log folder (the one the logs are written to)."""


def log_folder() -> Path:
    """The folder the editor writes its logs to (platformdirs' user log folder)."""
    return Path(platformdirs.user_log_dir(LOG_APP_NAME))


def package_info() -> tuple[str, str]:
    """The installed version and licence; empty strings when the package is not installed."""
    # Imported here: importlib.metadata is a noticeable share of a cold start.
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata(DISTRIBUTION).json
    except PackageNotFoundError:
        logger.warning("No metadata for %s: is it installed?", DISTRIBUTION)
        return "", ""
    fields = [meta.get(name) for name in ("version", "license_expression", "license")]
    version, expression, licence = (value if isinstance(value, str) else "" for value in fields)
    return version, expression or licence


class HelpController(QObject):
    """Wires Help ▸ Keyboard shortcuts, Placeholders, House rules, Tour, About and Open
    log folder."""

    def __init__(self, window: MainWindow, actions: Actions) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.tour: Tour | None = None
        """The tour while it is shown."""
        actions.shortcuts.triggered.connect(self.show_shortcuts)
        actions.placeholders.triggered.connect(self.show_placeholders)
        actions.house_rules.triggered.connect(self.show_house_rules)
        actions.tour.triggered.connect(self.show_tour)
        actions.about.triggered.connect(self.show_about)
        actions.log_folder.triggered.connect(self.open_log_folder)

    def show_shortcuts(self) -> ShortcutsDialog:
        """List every command with a shortcut, read from the menus as they are now."""
        from editor_app.gui.shortcuts_dialog import ShortcutsDialog  # on first use

        dialog = ShortcutsDialog(self.actions.with_shortcuts(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_placeholders(self) -> PlaceholdersDialog:
        """The placeholder reference for talking points, from the core's table."""
        from editor_app.gui.placeholders_dialog import PlaceholdersDialog  # on first use
        from editor_app.gui.point_editor import PLACEHOLDER_KEYS

        keys = QKeySequence(PLACEHOLDER_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        dialog = PlaceholdersDialog(keys, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_house_rules(self) -> HouseRulesDialog:
        """List what each check looks for and how to switch it off, in the UI language."""
        from editor_app.core.checks.rules import house_rules, switch_off_text
        from editor_app.gui.house_rules_dialog import HouseRulesDialog  # on first use
        from editor_app.gui.i18n import current_ui_language

        ui_lang = current_ui_language()
        dialog = HouseRulesDialog(house_rules(ui_lang), switch_off_text(ui_lang), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_tour(self) -> Tour:
        """Step through the panes (a window that does not block the editor)."""
        from editor_app.gui.tour import Tour  # on first use

        if self.tour is not None:
            self.tour.close()
        tour = Tour(self.window)
        tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tour.destroyed.connect(lambda: setattr(self, "tour", None))
        self.tour = tour
        tour.show()
        return tour

    def show_about(self) -> QMessageBox:
        """Say which version this is, what it does and its licence."""
        version, licence = package_info()
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("About Readout Editor"))
        icon = self.window.windowIcon()
        if icon.isNull():
            box.setIcon(QMessageBox.Icon.Information)
        else:
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setText(
            self.tr("Readout Editor {version}").format(
                version=version or self.tr("(version unknown)")
            )
        )
        about = [self.tr("Matched Spanish and English readout drafts from one form.")]
        if licence:
            about.append(
                self.tr("Free software under the {licence} licence.").format(licence=licence)
            )
        from editor_app.core.licences import bundled_data
        from editor_app.gui.i18n import current_ui_language

        data = bundled_data(current_ui_language())
        about.append(
            self.tr("Bundled data and their licences (texts in the package's resources):")
            + "".join(f"\n• {item.what}: {item.licence}" for item in data)
        )
        box.setInformativeText("\n\n".join(about))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def open_log_folder(self) -> bool:
        """Show the log folder in the file manager, creating it if missing; a folder that
        cannot be made or opened is said in the window's banner."""
        folder = log_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            logger.warning("Could not create the log folder %s", folder, exc_info=True)
            self.window.show_message(
                self.tr("Could not create the log folder {folder}: {error}").format(
                    folder=folder, error=exc.strerror or exc
                )
            )
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            logger.warning("No application opened the log folder %s", folder)
            self.window.show_message(
                self.tr("No application could open the log folder {folder}.").format(folder=folder)
            )
            return False
        return True
