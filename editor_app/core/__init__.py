"""The Qt-free core: model, language rules, rendering, checks, spelling, export, storage.

Nothing in this package may import Qt; ``tests/core`` runs with PySide6 blocked.
"""
