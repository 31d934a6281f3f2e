# Generated from ui/custom_title_dialog.ui by tools/compile_forms.py: do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custom_title_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CustomTitleDialog(object):
    def setupUi(self, CustomTitleDialog: object) -> None:
        if not CustomTitleDialog.objectName():
            CustomTitleDialog.setObjectName(u"CustomTitleDialog")
        self.dialogLayout = QVBoxLayout(CustomTitleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(CustomTitleDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.enFullLabel = QLabel(CustomTitleDialog)
        self.enFullLabel.setObjectName(u"enFullLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.enFullLabel)

        self.enFull = QLineEdit(CustomTitleDialog)
        self.enFull.setObjectName(u"enFull")
        self.enFull.setPlaceholderText(u"Minister of Foreign Affairs and Worship")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enFull)

        self.enShortLabel = QLabel(CustomTitleDialog)
        self.enShortLabel.setObjectName(u"enShortLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.enShortLabel)

        self.enShort = QLineEdit(CustomTitleDialog)
        self.enShort.setObjectName(u"enShort")
        self.enShort.setPlaceholderText(u"Foreign Minister")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enShort)

        self.esFullLabel = QLabel(CustomTitleDialog)
        self.esFullLabel.setObjectName(u"esFullLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.esFullLabel)

        self.esFull = QLineEdit(CustomTitleDialog)
        self.esFull.setObjectName(u"esFull")
        self.esFull.setPlaceholderText(u"ministro de Relaciones Exteriores y Culto")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.esFull)

        self.esShortLabel = QLabel(CustomTitleDialog)
        self.esShortLabel.setObjectName(u"esShortLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.esShortLabel)

        self.esShort = QLineEdit(CustomTitleDialog)
        self.esShort.setObjectName(u"esShort")
        self.esShort.setPlaceholderText(u"canciller")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.esShort)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.buttonBox = QDialogButtonBox(CustomTitleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.enFullLabel.setBuddy(self.enFull)
        self.enShortLabel.setBuddy(self.enShort)
        self.esFullLabel.setBuddy(self.esFull)
        self.esShortLabel.setBuddy(self.esShort)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomTitleDialog)
        self.buttonBox.accepted.connect(CustomTitleDialog.accept)
        self.buttonBox.rejected.connect(CustomTitleDialog.reject)
    # setupUi

    def retranslateUi(self, CustomTitleDialog: object) -> None:
        CustomTitleDialog.setWindowTitle(QCoreApplication.translate("CustomTitleDialog", u"Custom title of office", None))
        self.hintLabel.setText(QCoreApplication.translate("CustomTitleDialog", u"For a title the glossary lacks. Spanish titles of office are lowercase; institutions keep capitals.", None))
        self.enFullLabel.setText(QCoreApplication.translate("CustomTitleDialog", u"English, full", None))
        self.enShortLabel.setText(QCoreApplication.translate("CustomTitleDialog", u"English, short", None))
        self.esFullLabel.setText(QCoreApplication.translate("CustomTitleDialog", u"Espa\u00f1ol, completo", None))
        self.esShortLabel.setText(QCoreApplication.translate("CustomTitleDialog", u"Espa\u00f1ol, corto", None))
    # retranslateUi

