"""The PySide6 shell: windows, widgets and dialogs. All Qt comes in through ``qt.py``."""
