"""Plain text, HTML and Markdown exports of one draft, for web posting and e-mail.

Also home of :func:`clean_text`, the one place hostile characters are dealt with before
any exporter (Word included) sees a part's text.
"""

from __future__ import annotations

import html
import logging
import re

from editor_app.core.draft import Draft

log = logging.getLogger(__name__)

# XML 1.0 forbids C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF;
# the Word export writes text as markup, where they would make a file Word refuses, and
# they mean nothing in a readout.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Line and paragraph separators, and CR/CRLF, all become a plain line break inside a part.
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")
# Hebrew, Arabic (with supplements and presentation forms), Syriac, Thaana, NKo.
RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_SPAN = re.compile(f"[{RTL_CHARS}](?:[{RTL_CHARS}\\s'’-]*[{RTL_CHARS}])?")

SUFFIXES: dict[str, str] = {"txt": ".txt", "html": ".html", "md": ".md"}


def clean_text(text: str) -> str:
    """``text`` with XML-forbidden characters removed and every line break made ``\\n``."""
    return _LINE_BREAKS.sub("\n", _FORBIDDEN.sub("", text))


def bcp47(locale: str) -> str:
    """The BCP-47 tag of a POSIX/Babel locale name: "es_MX" → "es-MX"."""
    return locale.replace("_", "-").split(".")[0].split("@")[0]


def to_txt(draft: Draft) -> str:
    """The draft as plain text (``Draft.as_text``), hostile characters cleaned."""
    return clean_text(draft.as_text())


def to_html(draft: Draft) -> str:
    """The draft as a full UTF-8 HTML document with ``lang`` set to the draft's locale."""
    tag = bcp47(draft.locale)
    blocks: list[str] = []
    for key, parts in draft.paragraph_parts():
        if key == "title":
            blocks.append(f"<h1>{_html_inline(draft.title)}</h1>")
            continue
        texts = []
        for part in parts:
            if not part.text:
                continue
            text = _html_inline(part.text)
            if part.key == "dateline":
                text = f'<span class="readout-dateline">{text}</span>'
            texts.append(text)
        css = "readout-" + key.split(".")[0].replace("_", "-")
        blocks.append(f'<p class="{css}">{" ".join(texts)}</p>')
    body = "\n".join(f"    {block}" for block in blocks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(tag)}">\n'
        "  <head>\n"
        '    <meta charset="utf-8">\n'
        '    <meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"    <title>{_html_inline(draft.title)}</title>\n"
        "  </head>\n"
        "  <body>\n"
        f"  <article>\n{body}\n  </article>\n"
        "  </body>\n"
        "</html>\n"
    )


def _html_inline(text: str) -> str:
    escaped = html.escape(clean_text(text), quote=True)
    # <bdi> keeps a right-to-left name from reordering the punctuation around it.
    escaped = _RTL_SPAN.sub(lambda m: f"<bdi>{m.group(0)}</bdi>", escaped)
    return escaped.replace("\n", "<br>\n")


# Backslash escapes are defined by CommonMark for any ASCII punctuation; these are the
# characters that can start inline markup anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# Line starts that would turn a paragraph line into a heading, quote, list, rule or table.
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+(?=[.)]))")


def to_markdown(draft: Draft) -> str:
    """The draft as CommonMark: the title a heading, each paragraph plain and escaped."""
    blocks: list[str] = []
    for key, text in draft.paragraphs():
        escaped = _md_escape(text)
        if key == "title":
            blocks.append("# " + escaped.replace("\\\n", " "))
        elif key == "release_date":
            blocks.append(f"*{escaped}*" if escaped else escaped)
        else:
            blocks.append(escaped)
    return "\n\n".join(blocks) + "\n"


def _md_escape(text: str) -> str:
    lines = []
    for line in clean_text(text).split("\n"):
        line = _MD_INLINE.sub(r"\\\1", line)
        line = _MD_LINE_START.sub(_escape_line_start, line)
        # Four leading spaces would make an indented code block.
        lines.append(line.lstrip(" ") if line.startswith("    ") else line)
    # A hard line break (backslash at end of line) keeps the officer's line breaks.
    return "\\\n".join(lines)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker.isdigit():
        # "1. " would start an ordered list: escape the dot or parenthesis after the number.
        return f"{indent}{marker}\\"
    return f"{indent}\\{marker}"


def render_text(draft: Draft, fmt: str) -> str:
    """The draft in ``fmt`` ("txt", "html" or "md")."""
    if fmt == "html":
        return to_html(draft)
    if fmt == "md":
        return to_markdown(draft)
    return to_txt(draft)
