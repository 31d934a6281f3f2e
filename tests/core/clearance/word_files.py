"""Hand-made Word files in the shapes Word itself writes (LibreOffice never writes moves,
rsids or nested insert/delete), and hostile ones."""

from __future__ import annotations

import zipfile
from pathlib import Path

from editor_app.core.wordml import W_NS

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/comments" Target="comments.xml"/></Relationships>'
)


def marked(name: str, inner: str, mark_id: int) -> str:
    """A paragraph holding part ``name`` (its bookmark) and the runs ``inner``."""
    return (
        f'<w:p><w:bookmarkStart w:id="{mark_id}" w:name="{name}"/>{inner}'
        f'<w:bookmarkEnd w:id="{mark_id}"/></w:p>'
    )


def run(text: str, rsid: str = "") -> str:
    """A plain run (``rsid`` as Word splits runs by editing session)."""
    attribute = f' w:rsidR="{rsid}"' if rsid else ""
    return f'<w:r{attribute}><w:t xml:space="preserve">{text}</w:t></w:r>'


def deleted_run(text: str) -> str:
    """A run whose text was deleted (inside w:del or w:moveFrom)."""
    return f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>'


def change(tag: str, author: str, inner: str, change_id: int = 1) -> str:
    """A tracked change element (w:ins, w:del, w:moveTo, w:moveFrom) around ``inner``."""
    return (
        f'<w:{tag} w:id="{change_id}" w:author="{author}" w:date="2025-03-27T10:00:00Z">'
        f"{inner}</w:{tag}>"
    )


def document_xml(body: str) -> str:
    """A whole word/document.xml around ``body``."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def comments_xml(*comments: tuple[int, str, str]) -> str:
    """word/comments.xml with (id, author, text) comments."""
    items = "".join(
        f'<w:comment w:id="{i}" w:author="{author}" w:date="2025-03-27T11:00:00Z">'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>"
        for i, author, text in comments
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="{W_NS}">{items}</w:comments>'
    )


def write_docx(path: Path, document: str, comments: str | None = None) -> Path:
    """A minimal .docx at ``path`` with ``document`` (and ``comments``)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/document.xml", document)
        if comments is not None:
            archive.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
            archive.writestr("word/comments.xml", comments)
    return path
