"""Spell checking of both drafts: dictionaries, tokenizer, word lists, personal lists.

``checker`` is the entry point (:class:`~editor_app.core.spelling.checker.SpellChecker`);
``dictionaries`` chooses and loads the Enchant/Hunspell dictionaries (imported with
Enchant, off the window's first paint); ``words`` holds the bundled and personal word
lists; ``tokenize`` splits text into words, names and numbers. May import the model and
drafts; never the GUI, checks or export.
"""
