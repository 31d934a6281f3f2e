"""Checks between the two versions of a readout: parity, house style, hand edits, patterns.

Owns every finding the tool raises about generated or edited text. ``base`` defines a
:class:`~editor_app.core.checks.base.Finding` and the registry; ``catalogue`` imports the
modules that register the built-in checks; ``run`` runs them; ``settings`` and ``config``
hold the house's options and read its JSON file. May import the model, drafts, glossary,
dates and messages; never the GUI, spelling or export.
"""
