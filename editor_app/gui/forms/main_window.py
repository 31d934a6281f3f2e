# Generated from ui/main_window.ui by tools/compile_forms.py: do not edit, edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QScrollArea, QSizePolicy, QSplitter,
    QStatusBar, QTextBrowser, QToolButton, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow: object) -> None:
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1400, 900)
        MainWindow.setAcceptDrops(True)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 6)
        self.messageFrame = QFrame(self.central)
        self.messageFrame.setObjectName(u"messageFrame")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageFrame.sizePolicy().hasHeightForWidth())
        self.messageFrame.setSizePolicy(sizePolicy)
        self.messageFrame.setStyleSheet(u"QFrame#messageFrame { background: #fdecea; border: 1px solid #e0a8a3; border-radius: 4px; }")
        self.messageLayout = QHBoxLayout(self.messageFrame)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLabel = QLabel(self.messageFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.messageLayout.addWidget(self.messageLabel)

        self.dismissButton = QToolButton(self.messageFrame)
        self.dismissButton.setObjectName(u"dismissButton")
        self.dismissButton.setText(u"\u2715")
        self.dismissButton.setAutoRaise(True)

        self.messageLayout.addWidget(self.dismissButton)


        self.centralLayout.addWidget(self.messageFrame)

        self.mainSplitter = QSplitter(self.central)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.formScroll = QScrollArea(self.mainSplitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setMinimumSize(QSize(420, 0))
        self.formScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.formScroll.setWidgetResizable(True)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formHostLayout = QVBoxLayout(self.formHost)
        self.formHostLayout.setObjectName(u"formHostLayout")
        self.formHostLayout.setContentsMargins(0, 0, 4, 0)
        self.formScroll.setWidget(self.formHost)
        self.mainSplitter.addWidget(self.formScroll)
        self.previewSplitter = QSplitter(self.mainSplitter)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Vertical)
        self.previewSplitter.setChildrenCollapsible(False)
        self.draftsSplitter = QSplitter(self.previewSplitter)
        self.draftsSplitter.setObjectName(u"draftsSplitter")
        self.draftsSplitter.setOrientation(Qt.Horizontal)
        self.draftsSplitter.setChildrenCollapsible(False)
        self.enPane = QWidget(self.draftsSplitter)
        self.enPane.setObjectName(u"enPane")
        self.enPaneLayout = QVBoxLayout(self.enPane)
        self.enPaneLayout.setObjectName(u"enPaneLayout")
        self.enPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.enHeading = QLabel(self.enPane)
        self.enHeading.setObjectName(u"enHeading")

        self.enPaneLayout.addWidget(self.enHeading)

        self.enPreview = QTextBrowser(self.enPane)
        self.enPreview.setObjectName(u"enPreview")
        self.enPreview.setMinimumSize(QSize(200, 160))

        self.enPaneLayout.addWidget(self.enPreview)

        self.draftsSplitter.addWidget(self.enPane)
        self.esPane = QWidget(self.draftsSplitter)
        self.esPane.setObjectName(u"esPane")
        self.esPaneLayout = QVBoxLayout(self.esPane)
        self.esPaneLayout.setObjectName(u"esPaneLayout")
        self.esPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.esHeading = QLabel(self.esPane)
        self.esHeading.setObjectName(u"esHeading")

        self.esPaneLayout.addWidget(self.esHeading)

        self.esPreview = QTextBrowser(self.esPane)
        self.esPreview.setObjectName(u"esPreview")
        self.esPreview.setMinimumSize(QSize(200, 160))

        self.esPaneLayout.addWidget(self.esPreview)

        self.draftsSplitter.addWidget(self.esPane)
        self.previewSplitter.addWidget(self.draftsSplitter)
        self.mainSplitter.addWidget(self.previewSplitter)

        self.centralLayout.addWidget(self.mainSplitter)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow: object) -> None:
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Readout Editor", None))
#if QT_CONFIG(tooltip)
        self.dismissButton.setToolTip(QCoreApplication.translate("MainWindow", u"Dismiss", None))
#endif // QT_CONFIG(tooltip)
        self.enHeading.setText(QCoreApplication.translate("MainWindow", u"<b>English</b>", None))
        self.esHeading.setText(QCoreApplication.translate("MainWindow", u"<b>Spanish</b>", None))
    # retranslateUi

