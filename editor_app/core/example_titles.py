"""How File ▸ New names the bundled examples: by the headline each renders to.

The headline is the readout's own ("Secretary Rubio’s Call with Ukrainian Foreign Minister
Sybiha" / "Llamada del secretario Rubio con el canciller ucraniano Sybiha"), so an added
example names itself in both languages and there is no second list of names to keep.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from editor_app.core.draft import Lang
from editor_app.core.render import Renderer
from editor_app.core.store import example_names, load_example

log = logging.getLogger(__name__)


@functools.cache
def example_titles(lang: Lang) -> tuple[tuple[str, str], ...]:
    """``(file name, headline in lang)`` for every bundled example, the default first.

    An example that cannot be rendered (a broken house template) keeps its file stem as
    its name, and the reason is logged.
    """
    renderer = Renderer()
    titles: list[tuple[str, str]] = []
    for name in example_names():
        try:
            title = renderer.render(load_example(name), lang).title
        except Exception:
            log.exception("Bundled example %s could not be rendered for its title", name)
            title = ""
        titles.append((name, title or Path(name).stem))
    return tuple(titles)
