# Generated from ui/point_editor.ui by tools/compile_forms.py: do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'point_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PointEditor(object):
    def setupUi(self, PointEditor: object) -> None:
        if not PointEditor.objectName():
            PointEditor.setObjectName(u"PointEditor")
        PointEditor.setFrameShape(QFrame.StyledPanel)
        self.pointLayout = QHBoxLayout(PointEditor)
        self.pointLayout.setSpacing(6)
        self.pointLayout.setObjectName(u"pointLayout")
        self.pointLayout.setContentsMargins(6, 6, 6, 6)
        self.handleLayout = QVBoxLayout()
        self.handleLayout.setSpacing(2)
        self.handleLayout.setObjectName(u"handleLayout")
        self.numberLabel = QLabel(PointEditor)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setText(u"1")
        self.numberLabel.setAlignment(Qt.AlignCenter)

        self.handleLayout.addWidget(self.numberLabel)

        self.upButton = QToolButton(PointEditor)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setText(u"\u25b2")
        self.upButton.setAutoRaise(True)

        self.handleLayout.addWidget(self.upButton)

        self.downButton = QToolButton(PointEditor)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setText(u"\u25bc")
        self.downButton.setAutoRaise(True)

        self.handleLayout.addWidget(self.downButton)

        self.removeButton = QToolButton(PointEditor)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setText(u"\u2715")
        self.removeButton.setAutoRaise(True)

        self.handleLayout.addWidget(self.removeButton)

        self.placeholderButton = QToolButton(PointEditor)
        self.placeholderButton.setObjectName(u"placeholderButton")
        self.placeholderButton.setFocusPolicy(Qt.NoFocus)
        self.placeholderButton.setText(u"{\u2026}")
        self.placeholderButton.setAutoRaise(True)

        self.handleLayout.addWidget(self.placeholderButton)

        self.handleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handleLayout.addItem(self.handleSpacer)


        self.pointLayout.addLayout(self.handleLayout)

        self.enColumn = QVBoxLayout()
        self.enColumn.setObjectName(u"enColumn")
        self.enEdit = QPlainTextEdit(PointEditor)
        self.enEdit.setObjectName(u"enEdit")
        self.enEdit.setMinimumSize(QSize(0, 96))
        self.enEdit.setTabChangesFocus(True)

        self.enColumn.addWidget(self.enEdit)

        self.enBreakCheck = QCheckBox(PointEditor)
        self.enBreakCheck.setObjectName(u"enBreakCheck")

        self.enColumn.addWidget(self.enBreakCheck)


        self.pointLayout.addLayout(self.enColumn)

        self.esColumn = QVBoxLayout()
        self.esColumn.setObjectName(u"esColumn")
        self.esEdit = QPlainTextEdit(PointEditor)
        self.esEdit.setObjectName(u"esEdit")
        self.esEdit.setMinimumSize(QSize(0, 96))
        self.esEdit.setTabChangesFocus(True)

        self.esColumn.addWidget(self.esEdit)

        self.esBreakCheck = QCheckBox(PointEditor)
        self.esBreakCheck.setObjectName(u"esBreakCheck")

        self.esColumn.addWidget(self.esBreakCheck)


        self.pointLayout.addLayout(self.esColumn)


        self.retranslateUi(PointEditor)
    # setupUi

    def retranslateUi(self, PointEditor: object) -> None:
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("PointEditor", u"Move this point up", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("PointEditor", u"Move this point down", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("PointEditor", u"Remove this point", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.placeholderButton.setToolTip(QCoreApplication.translate("PointEditor", u"Insert a name, title or pronoun that follows the form (Ctrl+Shift+P in the point)", None))
#endif // QT_CONFIG(tooltip)
        self.enEdit.setPlaceholderText(QCoreApplication.translate("PointEditor", u"The point in English", None))
        self.enBreakCheck.setText(QCoreApplication.translate("PointEditor", u"New paragraph", None))
#if QT_CONFIG(tooltip)
        self.enBreakCheck.setToolTip(QCoreApplication.translate("PointEditor", u"Starts a new paragraph in the English draft (unticked: runs on after the part above)", None))
#endif // QT_CONFIG(tooltip)
        self.esEdit.setPlaceholderText(QCoreApplication.translate("PointEditor", u"El punto en espa\u00f1ol", None))
        self.esBreakCheck.setText(QCoreApplication.translate("PointEditor", u"New paragraph", None))
#if QT_CONFIG(tooltip)
        self.esBreakCheck.setToolTip(QCoreApplication.translate("PointEditor", u"Starts a new paragraph in the Spanish draft (unticked: runs on after the part above)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

