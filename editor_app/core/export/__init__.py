"""Exported files: Word (.docx), HTML, Markdown and plain text.

``writer.export`` is the one entry point, shared by the CLI and the GUI; ``paths`` knows the
formats, layouts and the file names an export writes (without importing the Word writer);
``docx*`` build the Word file with lxml over the package ``ooxml`` reads and writes,
``text`` the text formats. May import the model and drafts;
never the GUI, checks or spelling.
"""
