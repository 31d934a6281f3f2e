"""The one module through which the GUI imports Qt (as Anki's ``aqt.qt``)."""

import logging
import sys
from types import ModuleType

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QRunnable,
    QSettings,
    QSignalBlocker,
    QSize,
    QStringListModel,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

_QT_PACKAGES = ("PySide6", "shiboken6", "editor_app.gui")


def _uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` calls Qt, judged by its name alone."""
    name = getattr(module, "__name__", "")
    return isinstance(name, str) and name.startswith(_QT_PACKAGES)


def _skip_feature_scans() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    To support ``from __feature__ import snake_case``, PySide6 reads each newly imported
    module's source file to see whether it names PySide6 (about a millisecond a module,
    some 150 modules by the time the drafts show). Nothing in this process selects a
    feature, so every module runs with none whatever the answer; the name decides instead.
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6's feature module has changed; modules are scanned as before")
        return
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_skip_feature_scans()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; translate it where it is shown."""
    return text


def is_alive(obj: object) -> bool:
    """False once the C++ side of a Qt object is gone (signals may still arrive at exit)."""
    return bool(shiboken6.isValid(obj))


__all__ = [
    "QT_TRANSLATE_NOOP",
    "QAbstractButton",
    "QAbstractSpinBox",
    "QAction",
    "QActionGroup",
    "QApplication",
    "QBrush",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCompleter",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QDockWidget",
    "QDragEnterEvent",
    "QDropEvent",
    "QEvent",
    "QFileDialog",
    "QFocusEvent",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QImage",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMessageBox",
    "QMimeData",
    "QModelIndex",
    "QObject",
    "QPlainTextEdit",
    "QPoint",
    "QPushButton",
    "QRect",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QSignalBlocker",
    "QSize",
    "QSplitter",
    "QStandardItem",
    "QStandardItemModel",
    "QStringListModel",
    "QSyntaxHighlighter",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextBlock",
    "QTextBrowser",
    "QTextCharFormat",
    "QTextCursor",
    "QTextDocument",
    "QTextEdit",
    "QTextOption",
    "QThreadPool",
    "QTimer",
    "QToolButton",
    "QTranslator",
    "QTreeWidget",
    "QTreeWidgetItem",
    "QUndoCommand",
    "QUndoStack",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
    "is_alive",
]
