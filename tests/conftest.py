"""Shared fixtures: the bundled example and a renderer."""

from __future__ import annotations

import copy
import os
import tempfile

import pytest

# Personal word lists, autosaves and rosters go to the user data folder, cached country
# names to the cache folder, logs to the state folder: never the officer's real ones.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="readout-tests-state-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="readout-tests-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="readout-tests-config-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="readout-tests-cache-")

from editor_app.core.model import Readout
from editor_app.core.render import Renderer
from editor_app.core.store import load_example


@pytest.fixture(scope="session")
def _example() -> Readout:
    return load_example()


@pytest.fixture
def example(_example: Readout) -> Readout:
    """A fresh copy of the bundled example readout (safe to modify)."""
    return copy.deepcopy(_example)


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    """A renderer over the bundled templates."""
    return Renderer()
