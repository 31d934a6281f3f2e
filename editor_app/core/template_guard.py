"""Limits on what a user template can cost: time, repetition, widths and sizes.

Jinja2's sandbox stops a template from reaching Python internals but not from looping
for hours (``{% for i in range(99999) %}{% for j in range(99999) %}``) or building a
gigabyte string (``"x" * 10**9``, ``"x"|center(999999999)``, ``s ~ s`` twenty times).
:class:`GuardedEnvironment` checks the size an operation would produce *before* running
it and refuses what is too large; the :func:`deadline` context stops endless loops by
checking the clock on every line of template code, whatever the template's file name
(only template frames are traced, so the rest runs at full speed).
"""

from __future__ import annotations

import functools
import gc
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import FrameType, GeneratorType
from typing import Any

from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import Concat
from jinja2.sandbox import ImmutableSandboxedEnvironment

from editor_app.core.messages import Message, MessageError, define

log = logging.getLogger(__name__)

MAX_REPEAT = 100_000
"""The most items (or characters) ``*`` may produce from one sequence."""
MAX_EXPONENT = 1_000
MAX_BITS = 100_000
"""The largest integer (in bits) ``*`` and ``**`` may produce."""
MAX_WIDTH = 10_000
"""The largest width, count or size argument a filter or text method may take."""
MAX_TEXT = 10_000_000
"""The most characters (or items, counted deeply) one value built by a template may hold;
far above any readout (a talking point of 100,000 placeholders is ~3.5 million)."""

# Jinja's globals a readout template has no use for (ours use none of them).
REMOVED_GLOBALS = ("lipsum", "cycler", "joiner", "namespace")

_TEMPLATE = "__jinja_template__"  # set in the globals of every compiled template


POWER_TOO_LARGE = define(
    "template.power-too-large",
    "the power {power} is too large for a template",
    "la potencia {power} es demasiado grande para una plantilla",
)
REPEAT_TOO_LARGE = define(
    "template.repeat-too-large",
    "repeating text that many times is not allowed",
    "no se permite repetir un texto tantas veces",
)
TOO_LONG = define(
    "template.too-long",
    "stopped after {seconds} s: the template runs too long",
    "se detuvo tras {seconds} s: la plantilla tarda demasiado",
)


TOO_LARGE = define(
    "template.too-large",
    "{what} is too large for a template",
    "{what}: demasiado grande para una plantilla",
)


class TemplateTimeout(MessageError):
    """A template ran longer than its time limit; ``where`` is "file:line" when known."""

    def __init__(self, about: Message, where: str = "") -> None:
        super().__init__(about)
        self.where = where


class GuardError(MessageError, SecurityError):
    """A template asked for something unreasonably large."""


def too_large(what: str) -> GuardError:
    """The error for an operation whose result would be too large."""
    return GuardError(TOO_LARGE(what=what))


def size_of(value: Any, limit: int = MAX_TEXT) -> int:
    """Characters of a text, 1 for any other single value, and for a list, tuple or dict
    the sum over its items (keys and values), counted through nested ones.

    Shared sublists count every time they appear, as printing them would; the count
    stops early (returning more than ``limit``) once it passes ``limit``.
    """
    memo: dict[int, int] = {}

    def size(item: Any) -> int:
        if isinstance(item, str):
            return len(item)
        if not isinstance(item, list | tuple | dict | set | frozenset):
            return 1
        key = id(item)
        if key in memo:
            return memo[key]
        memo[key] = 0  # a list that holds itself prints as "[...]"
        children = (*item.keys(), *item.values()) if isinstance(item, dict) else item
        total = 0
        for child in children:
            total += size(child)
            if total > limit:
                break
        memo[key] = total
        return total

    return size(value)


def _check_size(value: Any, what: str) -> None:
    if size_of(value) > MAX_TEXT:
        raise too_large(what)


# "%-5s", "%(name)10.3f": flags, then width and precision (a number or "*").
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
# "{0:>12}", "{:{width}}": the format spec of a replacement field.
_FORMAT_SPEC = re.compile(r"\{[^{}:]*:([^{}]*)(\{)?")


def _check_percent_format(text: str) -> None:
    for match in _PERCENT_SPEC.finditer(text):
        for number in match.groups():
            if number == "*" or (number and int(number) > MAX_WIDTH):
                raise too_large(f"the width {number!r} in a format")


def _check_brace_format(text: str) -> None:
    for match in _FORMAT_SPEC.finditer(text):
        if match.group(2):
            raise SecurityError("a width taken from an argument is not allowed in a template")
        for number in re.findall(r"\d+", match.group(1)):
            if int(number) > MAX_WIDTH:
                raise too_large(f"the width {number} in a format")


def _check_numbers(values: Any, what: str) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
            raise too_large(f"{what} {value}")


def _replaced_size(text: str, old: str, new: str, count: int | None = None) -> int:
    hits = len(text) + 1 if old == "" else text.count(old)
    if count is not None and count >= 0:
        hits = min(hits, count)
    return len(text) + hits * max(0, len(new) - len(old))


def _joined_size(items: list[Any], separator: str) -> int:
    total = len(separator) * max(0, len(items) - 1)
    for item in items:
        total += size_of(item)
        if total > MAX_TEXT:
            break
    return total


def _check_text_method(text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Check a call of ``text.name(*args)``; returns replacement args for ``join``."""
    if name in _SIZED_METHODS:
        _check_numbers((*args, *kwargs.values()), f"the argument of {name}():")
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        count = args[2] if len(args) > 2 else kwargs.get("count")
        if _replaced_size(text, args[0], str(args[1]), count) > MAX_TEXT:
            raise too_large("the replaced text")
    if name == "expandtabs" and len(text) + text.count("\t") * MAX_WIDTH > MAX_TEXT:
        raise too_large("the expanded text")
    if name == "join" and args:
        items = list(args[0])
        if _joined_size(items, text) > MAX_TEXT:
            raise too_large("the joined text")
        return (items, *args[1:])
    return args


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` with its arguments checked before it runs (the pass_* marks kept)."""
    passes_first = hasattr(func, "jinja_pass_arg")

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        offset = 1 if passes_first else 0
        value, extra = args[offset], args[offset + 1 :]
        if name in _SIZED_FILTERS:
            _check_numbers((*extra, *kwargs.values()), f"the argument of |{name}:")
        if isinstance(value, list | tuple | dict | set | frozenset):
            _check_size(value, f"the value given to |{name}")
        check = _FILTER_CHECKS.get(name)
        if check is not None:
            value = check(value, extra, kwargs)
            args = (*args[:offset], value, *extra)
        return func(*args, **kwargs)

    return guarded


def _join_check(value: Any, extra: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    items = list(value)
    separator = extra[0] if extra else kwargs.get("d", "")
    if _joined_size(items, str(separator)) > MAX_TEXT:
        raise too_large("the joined text")
    return items


def _replace_check(value: Any, extra: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    old = str(extra[0] if extra else kwargs.get("old", ""))
    new = str(extra[1] if len(extra) > 1 else kwargs.get("new", ""))
    count = extra[2] if len(extra) > 2 else kwargs.get("count")
    if _replaced_size(str(value), old, new, count) > MAX_TEXT:
        raise too_large("the replaced text")
    return value


def _indent_check(value: Any, extra: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    width = extra[0] if extra else kwargs.get("width", 4)
    step = len(width) if isinstance(width, str) else int(width)
    text = str(value)
    if len(text) + (text.count("\n") + 1) * step > MAX_TEXT:
        raise too_large("the indented text")
    return value


def _wordwrap_check(value: Any, extra: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    wrap = extra[2] if len(extra) > 2 else kwargs.get("wrapstring")
    text = str(value)
    if len(text) + (len(text) + 1) * len(wrap or "\n") > MAX_TEXT:
        raise too_large("the wrapped text")
    return value


def _format_check(value: Any, extra: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    _check_percent_format(str(value))
    return value


def _sum_check(value: Any, extra: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    # Python's sum refuses texts and, starting from a number, lists: only a list start
    # could add up lists, and that copies everything at every step.
    start = extra[1] if len(extra) > 1 else kwargs.get("start", 0)
    if not isinstance(start, int | float):
        raise SecurityError("|sum adds numbers only in a template")
    return value


# Filters whose number arguments are widths, lengths or counts of things to make.
_SIZED_FILTERS = frozenset(["center", "indent", "wordwrap", "truncate", "batch", "slice"])
_SIZED_METHODS = frozenset(["center", "ljust", "rjust", "zfill", "expandtabs"])

_FILTER_CHECKS: dict[str, Callable[[Any, tuple[Any, ...], dict[str, Any]], Any]] = {
    "join": _join_check,
    "replace": _replace_check,
    "indent": _indent_check,
    "wordwrap": _wordwrap_check,
    "format": _format_check,
    "sum": _sum_check,
}


class _GuardedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to a join that checks the size first."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class GuardedEnvironment(ImmutableSandboxedEnvironment):
    """A sandbox that also refuses huge repetitions, powers, widths and texts.

    Lists and dicts cannot be changed in place (``l.extend(l)`` would double them
    without any operator to check), and the unused globals are gone.
    """

    intercepted_binops = frozenset(["*", "**", "+", "%"])
    code_generator_class = _GuardedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, finalize=self._finalize, **kwargs)
        for name in REMOVED_GLOBALS:
            self.globals.pop(name, None)
        self.filters = {name: _guard_filter(name, f) for name, f in self.filters.items()}

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Run ``left operator right`` unless its result would be unreasonably large."""
        if operator == "**":
            if isinstance(right, int) and abs(right) > MAX_EXPONENT:
                raise GuardError(POWER_TOO_LARGE(power=str(right)))
            numbers = isinstance(left, int) and isinstance(right, int | float)
            if numbers and left.bit_length() * abs(int(right)) > MAX_BITS:
                raise too_large(f"the power {right} of a number that big")
            return left**right
        if operator == "+":
            joins = isinstance(left, str | list | tuple) and isinstance(right, type(left))
            if joins and size_of(left) + size_of(right) > MAX_TEXT:
                raise too_large("the joined text")
            return left + right
        if operator == "%":
            if isinstance(left, str):
                _check_percent_format(left)
            return left % right
        for seq, times in ((left, right), (right, left)):
            sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
            if sized and size_of(seq, MAX_REPEAT) * times > MAX_REPEAT:
                raise GuardError(REPEAT_TOO_LARGE())
        numbers = isinstance(left, int) and isinstance(right, int)
        if numbers and left.bit_length() + right.bit_length() > MAX_BITS:
            raise too_large("the product")
        return left * right

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call ``obj`` from template code; text methods are checked for size first."""
        owner = getattr(obj, "__self__", None)
        if isinstance(owner, str):
            args = _check_text_method(owner, getattr(obj, "__name__", ""), args, kwargs)
        return super().call(context, obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``text.format``, with its widths checked before it formats."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_brace_format(text)
            assert wrapped is not None
            return wrapped(*args, **kwargs)

        return checked

    @staticmethod
    def concat(pieces: Iterable[str]) -> str:
        """The output of a block, macro or template joined, once known to be reasonable.

        A loop printing one 100 KB text a hundred thousand times finishes well within
        the time limit; joining its output would then take ten gigabytes.
        """
        items = list(pieces)
        if sum(len(item) for item in items) > MAX_TEXT:
            raise too_large("the text the template writes")
        return "".join(items)

    def guarded_concat(self, items: tuple[Any, ...]) -> str:
        """``a ~ b ~ c`` once the result is known to be of a reasonable size."""
        if sum(size_of(item) for item in items) > MAX_TEXT:
            raise too_large("the joined text")
        return "".join(str(item) for item in items)

    @staticmethod
    def _finalize(value: Any) -> Any:
        if isinstance(value, list | tuple | dict | set | frozenset):
            _check_size(value, "the printed value")
        return value


def template_frame_location(frame: FrameType) -> str | None:
    """ "file:line" in template terms when ``frame`` runs template code, else None."""
    template = frame.f_globals.get(_TEMPLATE)
    if template is None:
        return None
    line = template.get_corresponding_lineno(frame.f_lineno)
    return f"{template.filename or template.name}:{line}"


def _working_frame(frame: FrameType) -> FrameType:
    # An included template runs as a generator that the includer only passes on (its
    # local "gen"): when the clock runs out in the includer, the included line is the one
    # that was working.
    for _ in range(100):
        inner = next(
            (
                value.gi_frame
                for value in frame.f_locals.values()
                if isinstance(value, GeneratorType)
                and value.gi_frame is not None
                and _TEMPLATE in value.gi_frame.f_globals
            ),
            None,
        )
        if inner is None:
            break
        frame = inner
    return frame


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TemplateTimeout in this thread if template code runs past ``seconds``.

    The seconds are the thread's CPU time, not the clock's: on a machine busy with other
    work a bundled template must not be stopped for the time it spent waiting. Nor for a
    garbage collection that happens to start while it runs: freeing what the rest of a
    long-running process left behind once took 1.5 s here, and stopped a bundled template.
    """
    limit = time.thread_time() + seconds
    previous = sys.gettrace()
    thread = threading.get_ident()
    collecting = 0.0
    """CPU seconds of this thread's garbage collections so far (not the template's)."""
    collection_start: float | None = None

    def count_collection(phase: str, info: dict[str, int]) -> None:
        nonlocal collecting, collection_start
        if threading.get_ident() != thread:
            return
        if phase == "start":
            collection_start = time.thread_time()
        elif collection_start is not None:
            collecting += time.thread_time() - collection_start
            collection_start = None

    stopped = False

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal stopped
        if event != "line" or stopped:
            return local
        if time.thread_time() - collecting > limit:
            # Once: the "finally" clauses that run on the way out must not raise again.
            stopped = True
            where = template_frame_location(_working_frame(frame)) or ""
            raise TemplateTimeout(TOO_LONG(seconds=f"{seconds:g}"), where)
        return local

    def global_trace(frame: FrameType, event: str, arg: Any) -> Any:
        # Every compiled template, whatever its file name (an included "x.txt" too).
        if _TEMPLATE in frame.f_globals:
            return local(frame, event, arg)
        return None

    gc.callbacks.append(count_collection)
    sys.settrace(global_trace)
    try:
        yield
    finally:
        sys.settrace(previous)
        gc.callbacks.remove(count_collection)
