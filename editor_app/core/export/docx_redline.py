"""Write a part as tracked changes against the text a clearing office last saw.

For the next round of clearance: the Word file shows, with Track Changes, what changed
since the cleared copy (its text with the offices' changes accepted). Words are compared,
so a changed word shows as the word struck and the new word inserted.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from lxml import etree

from editor_app.core.app_info import APP_NAME
from editor_app.core.export.docx_styles import W_T, RunWriter
from editor_app.core.export.ooxml import w

_WORDS = re.compile(r"\S+\s*|\s+")
_DEL_TEXT = w("delText")


class Redliner:
    """Writes text as tracked insertions and deletions by one author, ids unique."""

    def __init__(self, author: str, when: dt.datetime | None = None) -> None:
        self.author = author or APP_NAME
        stamp = when or dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.date = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next = 1000  # clear of the bookmark ids

    def write(self, paragraph: etree._Element, writer: RunWriter, before: str, after: str) -> None:
        """Append ``after`` to ``paragraph`` (a ``w:p``), marked as changed from ``before``."""
        old, new = _WORDS.findall(before), _WORDS.findall(after)
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                writer.write(paragraph, "".join(new[j1:j2]))
                continue
            if i2 > i1:
                self._tracked(paragraph, writer, "".join(old[i1:i2]), "del")
            if j2 > j1:
                self._tracked(paragraph, writer, "".join(new[j1:j2]), "ins")

    def _tracked(self, paragraph: etree._Element, writer: RunWriter, text: str, tag: str) -> None:
        count = len(paragraph)
        writer.write(paragraph, text)
        runs = list(paragraph)[count:]
        self._next += 1
        wrapper = etree.SubElement(
            paragraph,
            w(tag),
            {w("id"): str(self._next), w("author"): self.author, w("date"): self.date},
        )
        for run in runs:
            wrapper.append(run)
            if tag == "del":
                for t in run.iterfind(W_T):
                    t.tag = _DEL_TEXT
