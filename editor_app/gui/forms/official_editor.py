# Generated from ui/official_editor.ui by tools/compile_forms.py: do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'official_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QLineEdit, QSizePolicy, QToolButton,
    QWidget)

class Ui_OfficialEditor(object):
    def setupUi(self, OfficialEditor: object) -> None:
        if not OfficialEditor.objectName():
            OfficialEditor.setObjectName(u"OfficialEditor")
        OfficialEditor.setFrameShape(QFrame.StyledPanel)
        self.officialLayout = QGridLayout(OfficialEditor)
        self.officialLayout.setObjectName(u"officialLayout")
        self.officialLayout.setHorizontalSpacing(6)
        self.officialLayout.setVerticalSpacing(4)
        self.officialLayout.setContentsMargins(6, 6, 6, 6)
        self.givenNames = QLineEdit(OfficialEditor)
        self.givenNames.setObjectName(u"givenNames")

        self.officialLayout.addWidget(self.givenNames, 0, 0, 1, 1)

        self.surname = QLineEdit(OfficialEditor)
        self.surname.setObjectName(u"surname")

        self.officialLayout.addWidget(self.surname, 0, 1, 1, 1)

        self.genderCombo = QComboBox(OfficialEditor)
        self.genderCombo.setObjectName(u"genderCombo")

        self.officialLayout.addWidget(self.genderCombo, 0, 2, 1, 1)

        self.titleCombo = QComboBox(OfficialEditor)
        self.titleCombo.setObjectName(u"titleCombo")
        self.titleCombo.setEditable(True)
        self.titleCombo.setInsertPolicy(QComboBox.NoInsert)

        self.officialLayout.addWidget(self.titleCombo, 1, 0, 1, 2)

        self.countryCombo = QComboBox(OfficialEditor)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.NoInsert)

        self.officialLayout.addWidget(self.countryCombo, 1, 2, 1, 1)

        self.moreButton = QToolButton(OfficialEditor)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setCheckable(True)
        self.moreButton.setAutoRaise(True)

        self.officialLayout.addWidget(self.moreButton, 1, 3, 1, 1)

        self.postingCombo = QComboBox(OfficialEditor)
        self.postingCombo.setObjectName(u"postingCombo")
        self.postingCombo.setEditable(True)
        self.postingCombo.setInsertPolicy(QComboBox.NoInsert)

        self.officialLayout.addWidget(self.postingCombo, 2, 2, 1, 1)

        self.moreBox = QWidget(OfficialEditor)
        self.moreBox.setObjectName(u"moreBox")
        self.moreBox.setVisible(False)
        self.moreLayout = QGridLayout(self.moreBox)
        self.moreLayout.setObjectName(u"moreLayout")
        self.moreLayout.setHorizontalSpacing(6)
        self.moreLayout.setVerticalSpacing(4)
        self.moreLayout.setContentsMargins(0, 0, 0, 0)
        self.esGivenNames = QLineEdit(self.moreBox)
        self.esGivenNames.setObjectName(u"esGivenNames")

        self.moreLayout.addWidget(self.esGivenNames, 0, 0, 1, 1)

        self.esSurname = QLineEdit(self.moreBox)
        self.esSurname.setObjectName(u"esSurname")

        self.moreLayout.addWidget(self.esSurname, 0, 1, 1, 1)

        self.honorificCombo = QComboBox(self.moreBox)
        self.honorificCombo.setObjectName(u"honorificCombo")

        self.moreLayout.addWidget(self.honorificCombo, 0, 2, 1, 1)

        self.laterName = QLineEdit(self.moreBox)
        self.laterName.setObjectName(u"laterName")

        self.moreLayout.addWidget(self.laterName, 1, 0, 1, 1)

        self.esLaterName = QLineEdit(self.moreBox)
        self.esLaterName.setObjectName(u"esLaterName")

        self.moreLayout.addWidget(self.esLaterName, 1, 1, 1, 1)

        self.conventionCombo = QComboBox(self.moreBox)
        self.conventionCombo.setObjectName(u"conventionCombo")

        self.moreLayout.addWidget(self.conventionCombo, 1, 2, 1, 1)

        self.moreLayout.setColumnStretch(0, 3)
        self.moreLayout.setColumnStretch(1, 3)
        self.moreLayout.setColumnStretch(2, 3)

        self.officialLayout.addWidget(self.moreBox, 3, 0, 1, 4)

        self.rowButtons = QWidget(OfficialEditor)
        self.rowButtons.setObjectName(u"rowButtons")
        self.rowButtonsLayout = QHBoxLayout(self.rowButtons)
        self.rowButtonsLayout.setSpacing(0)
        self.rowButtonsLayout.setObjectName(u"rowButtonsLayout")
        self.rowButtonsLayout.setContentsMargins(0, 0, 0, 0)
        self.upButton = QToolButton(self.rowButtons)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setText(u"\u25b2")
        self.upButton.setAutoRaise(True)

        self.rowButtonsLayout.addWidget(self.upButton)

        self.downButton = QToolButton(self.rowButtons)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setText(u"\u25bc")
        self.downButton.setAutoRaise(True)

        self.rowButtonsLayout.addWidget(self.downButton)

        self.removeButton = QToolButton(self.rowButtons)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setText(u"\u2715")
        self.removeButton.setAutoRaise(True)

        self.rowButtonsLayout.addWidget(self.removeButton)


        self.officialLayout.addWidget(self.rowButtons, 0, 3, 1, 1)

        self.officialLayout.setColumnStretch(0, 3)
        self.officialLayout.setColumnStretch(1, 3)
        self.officialLayout.setColumnStretch(2, 3)

        self.retranslateUi(OfficialEditor)
    # setupUi

    def retranslateUi(self, OfficialEditor: object) -> None:
        self.givenNames.setPlaceholderText(QCoreApplication.translate("OfficialEditor", u"Given names (type to search the roster)", None))
        self.surname.setPlaceholderText(QCoreApplication.translate("OfficialEditor", u"Surname", None))
#if QT_CONFIG(tooltip)
        self.genderCombo.setToolTip(QCoreApplication.translate("OfficialEditor", u"Grammatical gender of the title (Spanish agreement)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.titleCombo.setToolTip(QCoreApplication.translate("OfficialEditor", u"Title of office (type to search)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.countryCombo.setToolTip(QCoreApplication.translate("OfficialEditor", u"Country (type to search)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.moreButton.setToolTip(QCoreApplication.translate("OfficialEditor", u"More of the name: Spanish spelling, honorific, later references", None))
#endif // QT_CONFIG(tooltip)
        self.moreButton.setText(QCoreApplication.translate("OfficialEditor", u"More", None))
#if QT_CONFIG(tooltip)
        self.postingCombo.setToolTip(QCoreApplication.translate("OfficialEditor", u"Where the ambassador or charg\u00e9 serves (type to search)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.esGivenNames.setToolTip(QCoreApplication.translate("OfficialEditor", u"The given names as Spanish writes them, when they differ (Sergu\u00e9i)", None))
#endif // QT_CONFIG(tooltip)
        self.esGivenNames.setPlaceholderText(QCoreApplication.translate("OfficialEditor", u"Given names in Spanish", None))
#if QT_CONFIG(tooltip)
        self.esSurname.setToolTip(QCoreApplication.translate("OfficialEditor", u"The surname as Spanish writes it, when it differs (Sibiga)", None))
#endif // QT_CONFIG(tooltip)
        self.esSurname.setPlaceholderText(QCoreApplication.translate("OfficialEditor", u"Surname in Spanish", None))
#if QT_CONFIG(tooltip)
        self.honorificCombo.setToolTip(QCoreApplication.translate("OfficialEditor", u"Honorific before the name (Prince, Sheikh, Dr.)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.laterName.setToolTip(QCoreApplication.translate("OfficialEditor", u"The name of later references (Lula); empty: chosen from the name's parts", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.esLaterName.setToolTip(QCoreApplication.translate("OfficialEditor", u"The name of later references in Spanish; empty: as in English", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.conventionCombo.setToolTip(QCoreApplication.translate("OfficialEditor", u"How the name is ordered and which part later references take", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("OfficialEditor", u"Move up", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("OfficialEditor", u"Move down", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("OfficialEditor", u"Remove this counterpart", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

