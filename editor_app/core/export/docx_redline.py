"""Write a part as tracked changes against the text a clearing office last saw.

For the next round of clearance: the Word file shows, with Track Changes, what changed
since the cleared copy (its text with the offices' changes accepted). Words are compared,
so a changed word shows as the word struck and the new word inserted.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core.app_info import APP_NAME
from editor_app.core.export.docx_styles import RunWriter

_WORDS = re.compile(r"\S+\s*|\s+")


class Redliner:
    """Writes text as tracked insertions and deletions by one author, ids unique."""

    def __init__(self, author: str, when: dt.datetime | None = None) -> None:
        self.author = author or APP_NAME
        stamp = when or dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.date = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next = 1000  # clear of the bookmark ids

    def write(self, paragraph: Any, writer: RunWriter, before: str, after: str) -> None:
        """Append ``after`` to ``paragraph``, marked as changed from ``before``."""
        old, new = _WORDS.findall(before), _WORDS.findall(after)
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                writer.write(paragraph, "".join(new[j1:j2]))
                continue
            if i2 > i1:
                self._tracked(paragraph, writer, "".join(old[i1:i2]), "w:del")
            if j2 > j1:
                self._tracked(paragraph, writer, "".join(new[j1:j2]), "w:ins")

    def _tracked(self, paragraph: Any, writer: RunWriter, text: str, tag: str) -> None:
        p = paragraph._p
        count = len(p)
        writer.write(paragraph, text)
        runs = list(p)[count:]
        self._next += 1
        wrapper = OxmlElement(tag)
        wrapper.set(qn("w:id"), str(self._next))
        wrapper.set(qn("w:author"), self.author)
        wrapper.set(qn("w:date"), self.date)
        for run in runs:
            p.remove(run)
            wrapper.append(run)
            if tag == "w:del":
                for t in run.findall(qn("w:t")):
                    t.tag = qn("w:delText")
        p.append(wrapper)
