"""Who the application is: its name as the officer reads it, and the name its folders go
by. Qt's settings, the user data and cache folders, window titles and the commands all
take them from here."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Readout Editor"
"""The application's name as windows, help texts and Qt show it."""
APP_ID = "readout-editor"
"""The name of the application's folders (user data, cache) and of its Qt organization."""


def user_data_dir() -> Path:
    """The user data folder (per platformdirs): word lists, the roster, autosaves."""
    return Path(platformdirs.user_data_dir(APP_ID))


def user_cache_dir() -> Path:
    """The user cache folder (per platformdirs): what can be rebuilt at any time."""
    return Path(platformdirs.user_cache_dir(APP_ID))
