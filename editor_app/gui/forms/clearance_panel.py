# Generated from ui/clearance_panel.ui by tools/compile_forms.py: do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clearance_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from editor_app.gui.date_edit import DateEdit

class Ui_ClearancePanel(object):
    def setupUi(self, ClearancePanel: object) -> None:
        if not ClearancePanel.objectName():
            ClearancePanel.setObjectName(u"ClearancePanel")
        ClearancePanel.resize(360, 700)
        self.panelLayout = QVBoxLayout(ClearancePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(4, 4, 4, 4)
        self.markingLayout = QFormLayout()
        self.markingLayout.setObjectName(u"markingLayout")
        self.markingLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.markingLabel = QLabel(ClearancePanel)
        self.markingLabel.setObjectName(u"markingLabel")

        self.markingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingCombo = QComboBox(ClearancePanel)
        self.markingCombo.setObjectName(u"markingCombo")

        self.markingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.markingCombo)

        self.markingEnLabel = QLabel(ClearancePanel)
        self.markingEnLabel.setObjectName(u"markingEnLabel")

        self.markingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.markingEnLabel)

        self.markingEn = QLineEdit(ClearancePanel)
        self.markingEn.setObjectName(u"markingEn")

        self.markingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.markingEn)

        self.markingEsLabel = QLabel(ClearancePanel)
        self.markingEsLabel.setObjectName(u"markingEsLabel")

        self.markingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.markingEsLabel)

        self.markingEs = QLineEdit(ClearancePanel)
        self.markingEs.setObjectName(u"markingEs")

        self.markingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.markingEs)


        self.panelLayout.addLayout(self.markingLayout)

        self.drafterBox = QGroupBox(ClearancePanel)
        self.drafterBox.setObjectName(u"drafterBox")
        self.drafterLayout = QFormLayout(self.drafterBox)
        self.drafterLayout.setObjectName(u"drafterLayout")
        self.drafterLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.drafterNameLabel = QLabel(self.drafterBox)
        self.drafterNameLabel.setObjectName(u"drafterNameLabel")

        self.drafterLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.drafterNameLabel)

        self.drafterName = QLineEdit(self.drafterBox)
        self.drafterName.setObjectName(u"drafterName")

        self.drafterLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.drafterName)

        self.drafterOfficeLabel = QLabel(self.drafterBox)
        self.drafterOfficeLabel.setObjectName(u"drafterOfficeLabel")

        self.drafterLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.drafterOfficeLabel)

        self.drafterOffice = QLineEdit(self.drafterBox)
        self.drafterOffice.setObjectName(u"drafterOffice")

        self.drafterLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.drafterOffice)

        self.drafterPhoneLabel = QLabel(self.drafterBox)
        self.drafterPhoneLabel.setObjectName(u"drafterPhoneLabel")

        self.drafterLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.drafterPhoneLabel)

        self.drafterPhone = QLineEdit(self.drafterBox)
        self.drafterPhone.setObjectName(u"drafterPhone")

        self.drafterLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.drafterPhone)

        self.drafterDateLabel = QLabel(self.drafterBox)
        self.drafterDateLabel.setObjectName(u"drafterDateLabel")

        self.drafterLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.drafterDateLabel)

        self.drafterDate = DateEdit(self.drafterBox)
        self.drafterDate.setObjectName(u"drafterDate")
        self.drafterDate.setCalendarPopup(True)

        self.drafterLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.drafterDate)


        self.panelLayout.addWidget(self.drafterBox)

        self.clearersBox = QGroupBox(ClearancePanel)
        self.clearersBox.setObjectName(u"clearersBox")
        self.clearersLayout = QVBoxLayout(self.clearersBox)
        self.clearersLayout.setObjectName(u"clearersLayout")
        self.clearersTable = QTableWidget(self.clearersBox)
        if (self.clearersTable.columnCount() < 4):
            self.clearersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.clearersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.clearersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.clearersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.clearersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.clearersTable.setObjectName(u"clearersTable")
        self.clearersTable.setTabKeyNavigation(False)
        self.clearersTable.setColumnCount(4)
        self.clearersTable.horizontalHeader().setStretchLastSection(True)
        self.clearersTable.verticalHeader().setVisible(False)

        self.clearersLayout.addWidget(self.clearersTable)

        self.clearerButtons = QHBoxLayout()
        self.clearerButtons.setObjectName(u"clearerButtons")
        self.addClearerButton = QPushButton(self.clearersBox)
        self.addClearerButton.setObjectName(u"addClearerButton")

        self.clearerButtons.addWidget(self.addClearerButton)

        self.removeClearerButton = QPushButton(self.clearersBox)
        self.removeClearerButton.setObjectName(u"removeClearerButton")

        self.clearerButtons.addWidget(self.removeClearerButton)

        self.clearerButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.clearerButtons.addItem(self.clearerButtonsSpacer)


        self.clearersLayout.addLayout(self.clearerButtons)


        self.panelLayout.addWidget(self.clearersBox)

        self.proposalsBox = QGroupBox(ClearancePanel)
        self.proposalsBox.setObjectName(u"proposalsBox")
        self.proposalsLayout = QVBoxLayout(self.proposalsBox)
        self.proposalsLayout.setObjectName(u"proposalsLayout")
        self.proposalsNote = QLabel(self.proposalsBox)
        self.proposalsNote.setObjectName(u"proposalsNote")
        self.proposalsNote.setWordWrap(True)

        self.proposalsLayout.addWidget(self.proposalsNote)

        self.proposalsList = QListWidget(self.proposalsBox)
        self.proposalsList.setObjectName(u"proposalsList")
        self.proposalsList.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.proposalsLayout.addWidget(self.proposalsList)

        self.proposalButtons = QHBoxLayout()
        self.proposalButtons.setObjectName(u"proposalButtons")
        self.confirmButton = QPushButton(self.proposalsBox)
        self.confirmButton.setObjectName(u"confirmButton")

        self.proposalButtons.addWidget(self.confirmButton)

        self.dismissProposalButton = QPushButton(self.proposalsBox)
        self.dismissProposalButton.setObjectName(u"dismissProposalButton")

        self.proposalButtons.addWidget(self.dismissProposalButton)

        self.proposalButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposalButtons.addItem(self.proposalButtonsSpacer)


        self.proposalsLayout.addLayout(self.proposalButtons)


        self.panelLayout.addWidget(self.proposalsBox)

        self.approverBox = QGroupBox(ClearancePanel)
        self.approverBox.setObjectName(u"approverBox")
        self.approverLayout = QFormLayout(self.approverBox)
        self.approverLayout.setObjectName(u"approverLayout")
        self.approverLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.approverNameLabel = QLabel(self.approverBox)
        self.approverNameLabel.setObjectName(u"approverNameLabel")

        self.approverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approverNameLabel)

        self.approverName = QLineEdit(self.approverBox)
        self.approverName.setObjectName(u"approverName")

        self.approverLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approverName)

        self.approverOfficeLabel = QLabel(self.approverBox)
        self.approverOfficeLabel.setObjectName(u"approverOfficeLabel")

        self.approverLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approverOfficeLabel)

        self.approverOffice = QLineEdit(self.approverBox)
        self.approverOffice.setObjectName(u"approverOffice")

        self.approverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approverOffice)

        self.approverDateLabel = QLabel(self.approverBox)
        self.approverDateLabel.setObjectName(u"approverDateLabel")

        self.approverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approverDateLabel)

        self.approverDate = DateEdit(self.approverBox)
        self.approverDate.setObjectName(u"approverDate")
        self.approverDate.setCalendarPopup(True)

        self.approverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approverDate)


        self.panelLayout.addWidget(self.approverBox)

        self.panelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelSpacer)

#if QT_CONFIG(shortcut)
        self.markingLabel.setBuddy(self.markingCombo)
        self.markingEnLabel.setBuddy(self.markingEn)
        self.markingEsLabel.setBuddy(self.markingEs)
        self.drafterNameLabel.setBuddy(self.drafterName)
        self.drafterOfficeLabel.setBuddy(self.drafterOffice)
        self.drafterPhoneLabel.setBuddy(self.drafterPhone)
        self.drafterDateLabel.setBuddy(self.drafterDate)
        self.approverNameLabel.setBuddy(self.approverName)
        self.approverOfficeLabel.setBuddy(self.approverOffice)
        self.approverDateLabel.setBuddy(self.approverDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClearancePanel)
    # setupUi

    def retranslateUi(self, ClearancePanel: object) -> None:
        self.markingLabel.setText(QCoreApplication.translate("ClearancePanel", u"Header &marking", None))
        self.markingEnLabel.setText(QCoreApplication.translate("ClearancePanel", u"In English", None))
        self.markingEsLabel.setText(QCoreApplication.translate("ClearancePanel", u"In Spanish", None))
        self.drafterBox.setTitle(QCoreApplication.translate("ClearancePanel", u"Drafted by", None))
        self.drafterNameLabel.setText(QCoreApplication.translate("ClearancePanel", u"&Name", None))
        self.drafterOfficeLabel.setText(QCoreApplication.translate("ClearancePanel", u"Office", None))
        self.drafterPhoneLabel.setText(QCoreApplication.translate("ClearancePanel", u"Phone", None))
        self.drafterDateLabel.setText(QCoreApplication.translate("ClearancePanel", u"Date", None))
        self.clearersBox.setTitle(QCoreApplication.translate("ClearancePanel", u"Clearing offices", None))
        ___qtablewidgetitem = self.clearersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClearancePanel", u"Office", None))
        ___qtablewidgetitem1 = self.clearersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClearancePanel", u"Name", None))
        ___qtablewidgetitem2 = self.clearersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClearancePanel", u"Status", None))
        ___qtablewidgetitem3 = self.clearersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClearancePanel", u"Date", None))
        self.addClearerButton.setText(QCoreApplication.translate("ClearancePanel", u"&Add office", None))
        self.removeClearerButton.setText(QCoreApplication.translate("ClearancePanel", u"&Remove office", None))
        self.proposalsBox.setTitle(QCoreApplication.translate("ClearancePanel", u"Proposed by comments", None))
        self.proposalsNote.setText(QCoreApplication.translate("ClearancePanel", u"Statuses that comments in a cleared copy propose. Confirm them to put them on the sheet.", None))
        self.confirmButton.setText(QCoreApplication.translate("ClearancePanel", u"&Confirm", None))
        self.dismissProposalButton.setText(QCoreApplication.translate("ClearancePanel", u"D&ismiss", None))
        self.approverBox.setTitle(QCoreApplication.translate("ClearancePanel", u"Approved by", None))
        self.approverNameLabel.setText(QCoreApplication.translate("ClearancePanel", u"Nam&e", None))
        self.approverOfficeLabel.setText(QCoreApplication.translate("ClearancePanel", u"Office", None))
        self.approverDateLabel.setText(QCoreApplication.translate("ClearancePanel", u"Date", None))
        pass
    # retranslateUi

