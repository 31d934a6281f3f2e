# Generated from ui/readout_form.ui by tools/compile_forms.py: do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'readout_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReadoutForm(object):
    def setupUi(self, ReadoutForm: object) -> None:
        if not ReadoutForm.objectName():
            ReadoutForm.setObjectName(u"ReadoutForm")
        self.formLayout = QVBoxLayout(ReadoutForm)
        self.formLayout.setSpacing(10)
        self.formLayout.setObjectName(u"formLayout")
        self.eventBox = QGroupBox(ReadoutForm)
        self.eventBox.setObjectName(u"eventBox")
        self.eventLayout = QFormLayout(self.eventBox)
        self.eventLayout.setObjectName(u"eventLayout")
        self.eventLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.eventBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.eventLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.eventBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.eventLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.datesLabel = QLabel(self.eventBox)
        self.datesLabel.setObjectName(u"datesLabel")

        self.eventLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.eventDate = QDateEdit(self.eventBox)
        self.eventDate.setObjectName(u"eventDate")
        self.eventDate.setCalendarPopup(True)

        self.datesLayout.addWidget(self.eventDate)

        self.releaseDate = QDateEdit(self.eventBox)
        self.releaseDate.setObjectName(u"releaseDate")
        self.releaseDate.setCalendarPopup(True)

        self.datesLayout.addWidget(self.releaseDate)


        self.eventLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.requestedLabel = QLabel(self.eventBox)
        self.requestedLabel.setObjectName(u"requestedLabel")

        self.eventLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestedLabel)

        self.requestedCombo = QComboBox(self.eventBox)
        self.requestedCombo.setObjectName(u"requestedCombo")

        self.eventLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestedCombo)

        self.datelineLabel = QLabel(self.eventBox)
        self.datelineLabel.setObjectName(u"datelineLabel")

        self.eventLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.datelineLabel)

        self.datelineLayout = QHBoxLayout()
        self.datelineLayout.setObjectName(u"datelineLayout")
        self.datelineEn = QLineEdit(self.eventBox)
        self.datelineEn.setObjectName(u"datelineEn")

        self.datelineLayout.addWidget(self.datelineEn)

        self.datelineEs = QLineEdit(self.eventBox)
        self.datelineEs.setObjectName(u"datelineEs")

        self.datelineLayout.addWidget(self.datelineEs)


        self.eventLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.datelineLayout)

        self.localesLabel = QLabel(self.eventBox)
        self.localesLabel.setObjectName(u"localesLabel")

        self.eventLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.localesLabel)

        self.localesLayout = QHBoxLayout()
        self.localesLayout.setObjectName(u"localesLayout")
        self.localeEn = QComboBox(self.eventBox)
        self.localeEn.setObjectName(u"localeEn")

        self.localesLayout.addWidget(self.localeEn)

        self.localeEs = QComboBox(self.eventBox)
        self.localeEs.setObjectName(u"localeEs")

        self.localesLayout.addWidget(self.localeEs)


        self.eventLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.localesLayout)


        self.formLayout.addWidget(self.eventBox)

        self.officialsBox = QGroupBox(ReadoutForm)
        self.officialsBox.setObjectName(u"officialsBox")
        self.officialsLayout = QVBoxLayout(self.officialsBox)
        self.officialsLayout.setObjectName(u"officialsLayout")
        self.principalLabel = QLabel(self.officialsBox)
        self.principalLabel.setObjectName(u"principalLabel")

        self.officialsLayout.addWidget(self.principalLabel)

        self.principalHost = QVBoxLayout()
        self.principalHost.setObjectName(u"principalHost")

        self.officialsLayout.addLayout(self.principalHost)

        self.counterpartsLabel = QLabel(self.officialsBox)
        self.counterpartsLabel.setObjectName(u"counterpartsLabel")

        self.officialsLayout.addWidget(self.counterpartsLabel)

        self.counterpartsHost = QVBoxLayout()
        self.counterpartsHost.setObjectName(u"counterpartsHost")

        self.officialsLayout.addLayout(self.counterpartsHost)

        self.groupLayout = QHBoxLayout()
        self.groupLayout.setObjectName(u"groupLayout")
        self.groupEn = QLineEdit(self.officialsBox)
        self.groupEn.setObjectName(u"groupEn")

        self.groupLayout.addWidget(self.groupEn)

        self.groupEs = QLineEdit(self.officialsBox)
        self.groupEs.setObjectName(u"groupEs")

        self.groupLayout.addWidget(self.groupEs)


        self.officialsLayout.addLayout(self.groupLayout)

        self.addCounterpartButton = QPushButton(self.officialsBox)
        self.addCounterpartButton.setObjectName(u"addCounterpartButton")

        self.officialsLayout.addWidget(self.addCounterpartButton)


        self.formLayout.addWidget(self.officialsBox)

        self.attributionBox = QGroupBox(ReadoutForm)
        self.attributionBox.setObjectName(u"attributionBox")
        self.attributionLayout = QGridLayout(self.attributionBox)
        self.attributionLayout.setObjectName(u"attributionLayout")
        self.attributionName = QLineEdit(self.attributionBox)
        self.attributionName.setObjectName(u"attributionName")

        self.attributionLayout.addWidget(self.attributionName, 0, 0, 1, 1)

        self.attributionGender = QComboBox(self.attributionBox)
        self.attributionGender.setObjectName(u"attributionGender")

        self.attributionLayout.addWidget(self.attributionGender, 0, 1, 1, 1)

        self.roleCombo = QComboBox(self.attributionBox)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(True)
        self.roleCombo.setInsertPolicy(QComboBox.NoInsert)

        self.attributionLayout.addWidget(self.roleCombo, 1, 0, 1, 2)

        self.phrasingCombo = QComboBox(self.attributionBox)
        self.phrasingCombo.setObjectName(u"phrasingCombo")

        self.attributionLayout.addWidget(self.phrasingCombo, 2, 0, 1, 2)

        self.stateHeaderCheck = QCheckBox(self.attributionBox)
        self.stateHeaderCheck.setObjectName(u"stateHeaderCheck")

        self.attributionLayout.addWidget(self.stateHeaderCheck, 3, 0, 1, 2)

        self.originalLinkEdit = QLineEdit(self.attributionBox)
        self.originalLinkEdit.setObjectName(u"originalLinkEdit")

        self.attributionLayout.addWidget(self.originalLinkEdit, 4, 0, 1, 2)

        self.attributionLayout.setColumnStretch(0, 1)
        self.attributionLayout.setColumnStretch(1, 1)

        self.formLayout.addWidget(self.attributionBox)

        self.leadBox = QGroupBox(ReadoutForm)
        self.leadBox.setObjectName(u"leadBox")
        self.leadLayout = QFormLayout(self.leadBox)
        self.leadLayout.setObjectName(u"leadLayout")
        self.verbLabel = QLabel(self.leadBox)
        self.verbLabel.setObjectName(u"verbLabel")

        self.leadLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.verbLabel)

        self.verbLayout = QHBoxLayout()
        self.verbLayout.setObjectName(u"verbLayout")
        self.verbCombo = QComboBox(self.leadBox)
        self.verbCombo.setObjectName(u"verbCombo")

        self.verbLayout.addWidget(self.verbCombo)

        self.byPhoneCheck = QCheckBox(self.leadBox)
        self.byPhoneCheck.setObjectName(u"byPhoneCheck")

        self.verbLayout.addWidget(self.byPhoneCheck)


        self.leadLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.verbLayout)

        self.timeLabel = QLabel(self.leadBox)
        self.timeLabel.setObjectName(u"timeLabel")

        self.leadLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeCombo = QComboBox(self.leadBox)
        self.timeCombo.setObjectName(u"timeCombo")

        self.leadLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeCombo)

        self.requestWordingLabel = QLabel(self.leadBox)
        self.requestWordingLabel.setObjectName(u"requestWordingLabel")

        self.leadLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestWordingLabel)

        self.requestWordingCombo = QComboBox(self.leadBox)
        self.requestWordingCombo.setObjectName(u"requestWordingCombo")

        self.leadLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestWordingCombo)

        self.placeLabel = QLabel(self.leadBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.leadLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeLayout = QHBoxLayout()
        self.placeLayout.setObjectName(u"placeLayout")
        self.placeEn = QLineEdit(self.leadBox)
        self.placeEn.setObjectName(u"placeEn")

        self.placeLayout.addWidget(self.placeEn)

        self.placeEs = QLineEdit(self.leadBox)
        self.placeEs.setObjectName(u"placeEs")

        self.placeLayout.addWidget(self.placeEs)


        self.leadLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.placeLayout)

        self.eventLabel = QLabel(self.leadBox)
        self.eventLabel.setObjectName(u"eventLabel")

        self.leadLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventNameLayout = QHBoxLayout()
        self.eventNameLayout.setObjectName(u"eventNameLayout")
        self.eventRelationCombo = QComboBox(self.leadBox)
        self.eventRelationCombo.setObjectName(u"eventRelationCombo")

        self.eventNameLayout.addWidget(self.eventRelationCombo)

        self.eventEn = QLineEdit(self.leadBox)
        self.eventEn.setObjectName(u"eventEn")

        self.eventNameLayout.addWidget(self.eventEn)

        self.eventEs = QLineEdit(self.leadBox)
        self.eventEs.setObjectName(u"eventEs")

        self.eventNameLayout.addWidget(self.eventEs)


        self.leadLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.eventNameLayout)

        self.purposeFormLabel = QLabel(self.leadBox)
        self.purposeFormLabel.setObjectName(u"purposeFormLabel")

        self.leadLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purposeFormLabel)

        self.purposeFormCombo = QComboBox(self.leadBox)
        self.purposeFormCombo.setObjectName(u"purposeFormCombo")

        self.leadLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purposeFormCombo)

        self.quotesLabel = QLabel(self.leadBox)
        self.quotesLabel.setObjectName(u"quotesLabel")

        self.leadLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.quotesLabel)

        self.quotesCombo = QComboBox(self.leadBox)
        self.quotesCombo.setObjectName(u"quotesCombo")

        self.leadLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.quotesCombo)

        self.esTitlesLabel = QLabel(self.leadBox)
        self.esTitlesLabel.setObjectName(u"esTitlesLabel")

        self.leadLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.esTitlesLabel)

        self.esTitlesCombo = QComboBox(self.leadBox)
        self.esTitlesCombo.setObjectName(u"esTitlesCombo")

        self.leadLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.esTitlesCombo)

        self.esTenseLabel = QLabel(self.leadBox)
        self.esTenseLabel.setObjectName(u"esTenseLabel")

        self.leadLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.esTenseLabel)

        self.esTenseCombo = QComboBox(self.leadBox)
        self.esTenseCombo.setObjectName(u"esTenseCombo")

        self.leadLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.esTenseCombo)

        self.titlesLabel = QLabel(self.leadBox)
        self.titlesLabel.setObjectName(u"titlesLabel")

        self.leadLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.titlesLabel)

        self.titlesCombo = QComboBox(self.leadBox)
        self.titlesCombo.setObjectName(u"titlesCombo")

        self.leadLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.titlesCombo)


        self.formLayout.addWidget(self.leadBox)

        self.purposeBox = QGroupBox(ReadoutForm)
        self.purposeBox.setObjectName(u"purposeBox")
        self.purposeLayout = QHBoxLayout(self.purposeBox)
        self.purposeLayout.setObjectName(u"purposeLayout")
        self.purposeEn = QPlainTextEdit(self.purposeBox)
        self.purposeEn.setObjectName(u"purposeEn")
        self.purposeEn.setMinimumSize(QSize(0, 72))
        self.purposeEn.setMaximumSize(QSize(16777215, 96))
        self.purposeEn.setTabChangesFocus(True)

        self.purposeLayout.addWidget(self.purposeEn)

        self.purposeEs = QPlainTextEdit(self.purposeBox)
        self.purposeEs.setObjectName(u"purposeEs")
        self.purposeEs.setMinimumSize(QSize(0, 72))
        self.purposeEs.setMaximumSize(QSize(16777215, 96))
        self.purposeEs.setTabChangesFocus(True)

        self.purposeLayout.addWidget(self.purposeEs)


        self.formLayout.addWidget(self.purposeBox)

        self.pointsBox = QGroupBox(ReadoutForm)
        self.pointsBox.setObjectName(u"pointsBox")
        self.pointsLayout = QVBoxLayout(self.pointsBox)
        self.pointsLayout.setObjectName(u"pointsLayout")
        self.pointsHost = QVBoxLayout()
        self.pointsHost.setObjectName(u"pointsHost")

        self.pointsLayout.addLayout(self.pointsHost)

        self.addPointButton = QPushButton(self.pointsBox)
        self.addPointButton.setObjectName(u"addPointButton")

        self.pointsLayout.addWidget(self.addPointButton)


        self.formLayout.addWidget(self.pointsBox)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.datesLabel.setBuddy(self.eventDate)
        self.requestedLabel.setBuddy(self.requestedCombo)
        self.datelineLabel.setBuddy(self.datelineEn)
        self.localesLabel.setBuddy(self.localeEn)
        self.verbLabel.setBuddy(self.verbCombo)
        self.timeLabel.setBuddy(self.timeCombo)
        self.requestWordingLabel.setBuddy(self.requestWordingCombo)
        self.placeLabel.setBuddy(self.placeEn)
        self.eventLabel.setBuddy(self.eventRelationCombo)
        self.purposeFormLabel.setBuddy(self.purposeFormCombo)
        self.quotesLabel.setBuddy(self.quotesCombo)
        self.esTitlesLabel.setBuddy(self.esTitlesCombo)
        self.esTenseLabel.setBuddy(self.esTenseCombo)
        self.titlesLabel.setBuddy(self.titlesCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReadoutForm)
    # setupUi

    def retranslateUi(self, ReadoutForm: object) -> None:
        self.eventBox.setTitle(QCoreApplication.translate("ReadoutForm", u"The event", None))
        self.kindLabel.setText(QCoreApplication.translate("ReadoutForm", u"&Kind", None))
        self.datesLabel.setText(QCoreApplication.translate("ReadoutForm", u"Event / release", None))
#if QT_CONFIG(tooltip)
        self.eventDate.setToolTip(QCoreApplication.translate("ReadoutForm", u"When the call or meeting took place", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.releaseDate.setToolTip(QCoreApplication.translate("ReadoutForm", u"When the readout is published", None))
#endif // QT_CONFIG(tooltip)
        self.requestedLabel.setText(QCoreApplication.translate("ReadoutForm", u"Requested by", None))
        self.datelineLabel.setText(QCoreApplication.translate("ReadoutForm", u"Dateline city", None))
        self.datelineEn.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"English (empty: none)", None))
        self.datelineEs.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Espa\u00f1ol (vac\u00edo: ninguna)", None))
        self.localesLabel.setText(QCoreApplication.translate("ReadoutForm", u"Locales", None))
#if QT_CONFIG(tooltip)
        self.localeEn.setToolTip(QCoreApplication.translate("ReadoutForm", u"English variant: dates and lists follow it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.localeEs.setToolTip(QCoreApplication.translate("ReadoutForm", u"Spanish variant: dates and lists follow it", None))
#endif // QT_CONFIG(tooltip)
        self.officialsBox.setTitle(QCoreApplication.translate("ReadoutForm", u"Officials", None))
        self.principalLabel.setText(QCoreApplication.translate("ReadoutForm", u"<b>Principal</b>", None))
        self.counterpartsLabel.setText(QCoreApplication.translate("ReadoutForm", u"<b>Counterparts</b>", None))
        self.groupEn.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Group (multilateral), e.g. the G7 foreign ministers", None))
        self.groupEs.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Grupo, p. ej. los cancilleres del G7", None))
        self.addCounterpartButton.setText(QCoreApplication.translate("ReadoutForm", u"Add counterpart", None))
        self.attributionBox.setTitle(QCoreApplication.translate("ReadoutForm", u"Attribution", None))
        self.attributionName.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Name (type to search the roster)", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"Role (type to search)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.phrasingCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"How the attribution line is worded", None))
#endif // QT_CONFIG(tooltip)
        self.stateHeaderCheck.setText(QCoreApplication.translate("ReadoutForm", u"State\u2019s header: \u201cReadout\u201d, \u201cOffice of the Spokesperson\u201d", None))
#if QT_CONFIG(tooltip)
        self.stateHeaderCheck.setToolTip(QCoreApplication.translate("ReadoutForm", u"House style: print the header as State does, above the release date", None))
#endif // QT_CONFIG(tooltip)
        self.originalLinkEdit.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Link to the original English text (Spanish courtesy note)", None))
        self.leadBox.setTitle(QCoreApplication.translate("ReadoutForm", u"The lead", None))
        self.verbLabel.setText(QCoreApplication.translate("ReadoutForm", u"&Verb", None))
#if QT_CONFIG(tooltip)
        self.verbCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"How the lead says they met or spoke", None))
#endif // QT_CONFIG(tooltip)
        self.byPhoneCheck.setText(QCoreApplication.translate("ReadoutForm", u"By phone", None))
        self.timeLabel.setText(QCoreApplication.translate("ReadoutForm", u"Time word", None))
#if QT_CONFIG(tooltip)
        self.timeCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"House style: where the lead says when", None))
#endif // QT_CONFIG(tooltip)
        self.requestWordingLabel.setText(QCoreApplication.translate("ReadoutForm", u"Their request", None))
#if QT_CONFIG(tooltip)
        self.requestWordingCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"House style: how the lead says the other side asked for it", None))
#endif // QT_CONFIG(tooltip)
        self.placeLabel.setText(QCoreApplication.translate("ReadoutForm", u"Place", None))
        self.placeEn.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"English, e.g. in Washington, D.C.", None))
        self.placeEs.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Espa\u00f1ol, p. ej. en Washington D.C.", None))
        self.eventLabel.setText(QCoreApplication.translate("ReadoutForm", u"Event", None))
#if QT_CONFIG(tooltip)
        self.eventRelationCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"How the meeting stands to the event", None))
#endif // QT_CONFIG(tooltip)
        self.eventEn.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"English, e.g. the United Nations General Assembly", None))
        self.eventEs.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Espa\u00f1ol, p. ej. la Asamblea General de las Naciones Unidas", None))
        self.purposeFormLabel.setText(QCoreApplication.translate("ReadoutForm", u"Purpose as", None))
#if QT_CONFIG(tooltip)
        self.purposeFormCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"How the purpose joins the lead", None))
#endif // QT_CONFIG(tooltip)
        self.quotesLabel.setText(QCoreApplication.translate("ReadoutForm", u"Quotation marks", None))
#if QT_CONFIG(tooltip)
        self.quotesCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"House style: typographic or straight apostrophes and quotation marks", None))
#endif // QT_CONFIG(tooltip)
        self.esTitlesLabel.setText(QCoreApplication.translate("ReadoutForm", u"Spanish titles", None))
#if QT_CONFIG(tooltip)
        self.esTitlesCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"House style: Spanish titles of office in lowercase (RAE) or capitalised as State\u2019s translations write them", None))
#endif // QT_CONFIG(tooltip)
        self.esTenseLabel.setText(QCoreApplication.translate("ReadoutForm", u"Spanish tense", None))
#if QT_CONFIG(tooltip)
        self.esTenseCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"House style: how the Spanish lead tells today\u2019s events", None))
#endif // QT_CONFIG(tooltip)
        self.titlesLabel.setText(QCoreApplication.translate("ReadoutForm", u"Titles at first reference", None))
#if QT_CONFIG(tooltip)
        self.titlesCombo.setToolTip(QCoreApplication.translate("ReadoutForm", u"House style: the title as State's readouts write it, or the office's official name", None))
#endif // QT_CONFIG(tooltip)
        self.purposeBox.setTitle(QCoreApplication.translate("ReadoutForm", u"Purpose (a verb phrase: \u201caffirm \u2026\u201d / \u201creafirmar \u2026\u201d)", None))
        self.purposeEn.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"English", None))
        self.purposeEs.setPlaceholderText(QCoreApplication.translate("ReadoutForm", u"Espa\u00f1ol", None))
        self.pointsBox.setTitle(QCoreApplication.translate("ReadoutForm", u"Talking points (English | Espa\u00f1ol)", None))
        self.addPointButton.setText(QCoreApplication.translate("ReadoutForm", u"Add talking point", None))
        pass
    # retranslateUi

