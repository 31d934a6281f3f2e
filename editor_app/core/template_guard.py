"""Limits on what a user template can cost: time, repetition and recursion.

Jinja2's sandbox stops a template from reaching Python internals but not from looping
for hours (``{% for i in range(99999) %}{% for j in range(99999) %}``) or building a
gigabyte string (``"x" * 10**9``). :class:`GuardedEnvironment` refuses the second; the
:func:`deadline` context stops the first by checking the clock on every line of
template code (only template frames are traced, so the rest runs at full speed).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from editor_app.core.messages import MessageError, define

TEMPLATE_SUFFIX = ".j2"
MAX_REPEAT = 100_000
MAX_EXPONENT = 1_000


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


class TemplateTimeout(MessageError):
    """A template ran longer than its time limit."""


class GuardError(MessageError, SecurityError):
    """A template asked for something unreasonably large."""


class GuardedEnvironment(SandboxedEnvironment):
    """A sandbox that also refuses huge repetitions and powers."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Run ``left operator right`` unless its result would be unreasonably large."""
        if operator == "**":
            if isinstance(right, int) and abs(right) > MAX_EXPONENT:
                raise GuardError(POWER_TOO_LARGE(power=str(right)))
            return left**right
        for seq, times in ((left, right), (right, left)):
            sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
            if sized and len(seq) * times > MAX_REPEAT:
                raise GuardError(REPEAT_TOO_LARGE())
        return left * right


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TemplateTimeout in this thread if template code runs past ``seconds``."""
    limit = time.monotonic() + seconds
    previous = sys.gettrace()

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line" and time.monotonic() > limit:
            raise TemplateTimeout(TOO_LONG(seconds=f"{seconds:g}"))
        return local

    def global_trace(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename.endswith(TEMPLATE_SUFFIX):
            return local(frame, event, arg)
        return None

    sys.settrace(global_trace)
    try:
        yield
    finally:
        sys.settrace(previous)
