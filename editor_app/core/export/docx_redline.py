"""Write a part as tracked changes against the text a clearing office last saw.

For the next round of clearance: the Word file shows, with Track Changes, what changed
since the cleared copy (its text with the offices' changes accepted). Words are compared,
so a changed word shows as the word struck and the new word inserted.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from editor_app.core.app_info import APP_NAME
from editor_app.core.export.docx_styles import RunWriter
from editor_app.core.export.docx_xml import Para, attr

_WORDS = re.compile(r"\S+\s*|\s+")


class Redliner:
    """Writes text as tracked insertions and deletions by one author, ids unique."""

    def __init__(self, author: str, when: dt.datetime | None = None) -> None:
        self.author = author or APP_NAME
        stamp = when or dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.date = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next = 1000  # clear of the bookmark ids

    def write(self, paragraph: Para, writer: RunWriter, before: str, after: str) -> None:
        """Append ``after`` to ``paragraph`` marked as changed from ``before``."""
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

    def _tracked(self, paragraph: Para, writer: RunWriter, text: str, tag: str) -> None:
        count = len(paragraph.xml)
        writer.write(paragraph, text, deleted=tag == "del")
        self._next += 1
        runs = "".join(paragraph.xml[count:])
        paragraph.xml[count:] = [
            f'<w:{tag} w:id="{self._next}" w:author="{attr(self.author)}" '
            f'w:date="{self.date}">{runs}</w:{tag}>'
        ]
