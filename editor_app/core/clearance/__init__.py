"""The clearance round trip: marks in the exported Word file, and reading the copy back.

``marks`` names each exported part (a bookmark per part and language, e.g. ``es_point_1``)
and the document properties that say which readout and revision a file came from; the
Word export writes them, ``reader`` finds them again in a cleared copy. ``package`` opens
a returned .docx defensively (sizes, DOCTYPEs, missing parts), ``revisions`` reads
tracked changes and comments with lxml. May import the model and drafts; never the GUI,
checks or spelling.
"""
