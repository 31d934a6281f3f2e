"""What reading and writing Word files share: the WordprocessingML namespace and the one
way an XML part is parsed (no entities, no DTD, no network: a .docx comes from outside).

The export (``export/ooxml.py``) and the clearance import (``clearance/``) both use it.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(name: str) -> str:
    """The Clark name of ``name`` in the WordprocessingML namespace: ``{…/main}name``."""
    return f"{{{W_NS}}}{name}"


def safe_parser() -> etree.XMLParser:
    """A parser that expands no entity, loads no DTD and reaches no network. One per
    call: lxml parsers are not to be shared between threads."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
