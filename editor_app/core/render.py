"""Render a readout into a matched pair of drafts through sandboxed Jinja2 templates.

Each template has one named block per part (title, release_date, attribution, dateline,
lead, point, closing); the renderer calls the blocks one by one and returns a structured
:class:`Draft`, not a string. Hand-edited parts (overrides) replace the generated text
and are marked, and marked stale when the generated text has changed since.

Jinja2 and the language helpers are imported when the first draft is rendered, not with
this module: the editor's window paints before anything is rendered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.draft import (
    HEAD_PARTS,
    TAIL_PARTS,
    Draft,
    DraftPair,
    DraftPart,
    Lang,
    body_key,
)
from editor_app.core.glossary import Glossary, load_glossary
from editor_app.core.messages import MessageError, Value, define
from editor_app.core.model import Quotes, Readout
from editor_app.core.typography import typographic

if TYPE_CHECKING:
    import jinja2

    from editor_app.core.template_guard import GuardedEnvironment

log = logging.getLogger(__name__)

TEMPLATE_SUFFIX = ".j2"
TIME_LIMIT_SECONDS = 2.0
HELPERS_VAR = "_language"


NOT_FOUND = define(
    "render.not-found", "template {name} not found", "no se encontró la plantilla {name}"
)
FAILED = define("render.failed", "{where}: {error}", "{where}: la plantilla falló: {error}")
ENDLESS = define(
    "render.endless",
    "{where}: the template calls itself without end",
    "{where}: la plantilla se llama a sí misma sin fin",
)


class RenderError(MessageError):
    """A template failed; the message names the template file and line when known."""


def _bundled_source(name: str) -> tuple[str, str, Callable[[], bool]] | None:
    # Template names are plain file names: no folders, so no way out of the package.
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    node = resources.files("editor_app.templates").joinpath(name)
    if not node.is_file():
        return None
    return node.read_text("utf-8"), f"templates/{name}", lambda: True


def _dispatch(name: str) -> Callable[..., Any]:
    import jinja2

    # The language filters depend on the readout (locale, house settings), so each render
    # passes its own in the context; the environment holds only these stand-ins, which
    # keeps one environment safe to share between threads.
    @jinja2.pass_context
    def run(context: Any, value: Any, *args: Any) -> Any:
        return context[HELPERS_VAR][name](value, *args)

    return run


def make_environment(user_templates: Path | None = None) -> GuardedEnvironment:
    """A sandboxed environment reading the user folder first, then the bundled templates."""
    import jinja2

    from editor_app.core.context import FILTER_NAMES
    from editor_app.core.template_cache import template_cache
    from editor_app.core.template_guard import GuardedEnvironment
    from editor_app.core.template_loader import FolderLoader

    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(FolderLoader(user_templates))
    loaders.append(jinja2.FunctionLoader(_bundled_source))
    env = GuardedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        bytecode_cache=template_cache(),
    )
    for name in FILTER_NAMES:
        env.filters[name] = _dispatch(name)
    return env


def _template_location(exc: BaseException) -> str:
    """ "file:line" of the innermost template frame in ``exc``'s traceback, or ""."""
    import jinja2

    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name}:{exc.lineno}"
    where = ""
    tb = exc.__traceback__
    while tb is not None:
        names = tb.tb_frame.f_globals
        # Frames Jinja rewrote to point at template lines, whatever the file is called.
        if "__jinja_exception__" in names:
            where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


class Renderer:
    """Renders readouts; holds the template environment and the glossary.

    The environment (and Jinja2 with it) is made on first use, so building a renderer
    costs nothing until something is rendered.
    """

    def __init__(
        self,
        user_templates: Path | None = None,
        glossary: Glossary | None = None,
        time_limit: float = TIME_LIMIT_SECONDS,
    ):
        self._env: GuardedEnvironment | None = None
        self.time_limit = time_limit
        self.glossary = glossary or load_glossary()
        self.user_templates = user_templates

    @property
    def env(self) -> GuardedEnvironment:
        """The sandboxed template environment (made, and Jinja2 imported, on first use)."""
        if self._env is None:
            self._env = make_environment(self.user_templates)
        return self._env

    def template_name(self, readout: Readout, lang: Lang) -> str:
        """The template used for ``readout`` in ``lang``: "bilateral_call.es.j2"."""
        base = readout.kind_template or readout.kind.value
        return f"{base}.{lang}{TEMPLATE_SUFFIX}"

    def render_pair(self, readout: Readout) -> DraftPair:
        """The Spanish and English drafts of ``readout``."""
        return DraftPair(es=self.render(readout, "es"), en=self.render(readout, "en"))

    def render(self, readout: Readout, lang: Lang) -> Draft:
        """The draft of ``readout`` in ``lang``; RenderError names the template on failure."""
        import jinja2

        from editor_app.core.context import build_context
        from editor_app.core.gaps import with_gap_markers
        from editor_app.core.template_guard import TemplateTimeout, deadline

        name = self.template_name(readout, lang)
        readout = with_gap_markers(readout, lang)  # a field not filled yet shows as a gap
        try:
            template = self.env.get_template(name)
            variables, filters = build_context(readout, lang, self.glossary)
            try:
                with deadline(self.time_limit):
                    generated = self._render_parts(template, variables, filters, readout, lang)
            except TemplateTimeout:
                raise
            except Exception:
                # Rewrites the traceback so its frames point at template lines.
                self.env.handle_exception()
        except jinja2.TemplateNotFound as exc:
            raise RenderError(NOT_FOUND(name=repr(exc.name))) from exc
        except jinja2.TemplateError as exc:
            where = _template_location(exc) or name
            error: Value = exc.about if isinstance(exc, MessageError) else exc.message or str(exc)
            raise RenderError(FAILED(where=where, error=error)) from exc
        except TemplateTimeout as exc:
            raise RenderError(FAILED(where=exc.where or name, error=exc.about)) from exc
        except RecursionError as exc:
            raise RenderError(ENDLESS(where=name)) from exc
        except Exception as exc:  # a user template may fail in any way; name it, never crash
            where = _template_location(exc) or name
            log.warning("rendering %s failed in %s", name, where, exc_info=True)
            error = f"{type(exc).__name__}: {exc}"
            raise RenderError(FAILED(where=where, error=error)) from exc
        return self._apply_overrides(readout, lang, generated, _run_on_keys(readout, lang))

    def _render_parts(
        self,
        template: jinja2.Template,
        variables: dict[str, Any],
        filters: dict[str, Callable[..., Any]],
        readout: Readout,
        lang: Lang,
    ) -> list[tuple[str, str]]:
        variables = {**variables, HELPERS_VAR: filters, "point": ""}
        context = template.new_context(variables)
        # Running the root render registers the blocks of every template in the
        # inheritance chain in context.blocks (the child's first).
        for _ in template.root_render_func(context):
            pass
        parts: list[tuple[str, str]] = []
        from editor_app.core.headlines import headline_opening

        for key in HEAD_PARTS:
            text = self._block(context, key)
            parts.append((key, headline_opening(text) if key == "title" else text))
        for number, point in enumerate(readout.points, start=1):
            point_context = template.new_context({**variables, "point": point.get(lang)})
            # The inheritance chain's blocks are already known: reuse them rather than
            # running the whole template again for every point.
            point_context.blocks = context.blocks
            parts.append((body_key(number), self._block(point_context, "point")))
        for key in TAIL_PARTS:
            parts.append((key, self._block(context, key)))
        if readout.settings.quotes is Quotes.TYPOGRAPHIC:
            parts = [(key, typographic(text, lang)) for key, text in parts]
        return parts

    @staticmethod
    def _block(context: Any, name: str) -> str:
        funcs = context.blocks.get(name)
        if not funcs:
            return ""
        # The environment's join refuses output too large to hold.
        text: str = context.environment.concat(funcs[0](context))
        return text.strip()

    @staticmethod
    def _apply_overrides(
        readout: Readout, lang: Lang, generated: list[tuple[str, str]], run_on: set[str]
    ) -> Draft:
        overrides = readout.overrides.get(lang, {})
        parts: list[DraftPart] = []
        for key, text in generated:
            override = overrides.get(key)
            runs_on = key in run_on
            if override is not None:
                stale = bool(override.generated) and override.generated != text
                parts.append(
                    DraftPart(
                        key, override.text, text, overridden=True, stale=stale, runs_on=runs_on
                    )
                )
            elif text:
                parts.append(DraftPart(key, text, text, runs_on=runs_on))
        from editor_app.core.dates import usable_locale

        locale = usable_locale(readout.locales.get(lang), lang)
        return Draft(lang=lang, locale=locale, parts=tuple(parts))


def _run_on_keys(readout: Readout, lang: Lang) -> set[str]:
    """The talking points set in the paragraph before them in ``lang``."""
    return {
        body_key(i + 1)
        for i, point in enumerate(readout.points)
        if not point.starts_paragraph(lang, i)
    }


def render_pair(readout: Readout, user_templates: Path | None = None) -> DraftPair:
    """Render both drafts of ``readout`` (a shortcut for ``Renderer(...).render_pair``)."""
    return Renderer(user_templates).render_pair(readout)
