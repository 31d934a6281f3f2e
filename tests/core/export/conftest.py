"""The export tests' readout and drafts: the reference readout's, fresh for each test."""

from __future__ import annotations

import pytest

from editor_app.core.draft import DraftPair
from editor_app.core.model import Readout
from tests.core.export.test_export_docx import reference_pair, reference_readout


@pytest.fixture
def readout() -> Readout:
    return reference_readout()


@pytest.fixture
def pair() -> DraftPair:
    return reference_pair()
