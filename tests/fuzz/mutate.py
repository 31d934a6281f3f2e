"""Deterministic mutations of a .readout file: its JSON structure and its bytes.

``mutant(seeds, case)`` is the same bytes for the same case number on every machine:
each case draws from its own ``random.Random(case)``.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from typing import Any

REFUSED_TEXT = ["\ud800", "\udfff", "\ufffe", "\uffff", "\ufdd0", "\U0010ffff"]
"""Characters a file may not hold (refused with the field named): in a few cases only."""
NASTY_TEXT = [
    "\x00",
    "\x0b",
    "\x1b[31m",
    "\u202e",
    "\u2028",
    "\ufeff",
    "\u0301" * 50,
    "שלום",
    "مرحبا",
    "🇲🇽👩🏽‍💼",
    "{{ 7*7 }}",
    "{% for x in range(10**9) %}",
    "&<>\"'",
    "\\",
    "%s%n",
    "body.1",
]


def _containers(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) pair below ``data``: the places a value can change."""
    found: list[tuple[Any, Any]] = []
    pending = [data]
    while pending:
        node = pending.pop()
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            found.append((node, key))
            if isinstance(node[key], dict | list) and len(found) < 5000:
                pending.append(node[key])
    return found


def _text(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.02:
        return rng.choice("aé ñ") * rng.choice([1_000, 99_999, 100_001, 150_000])
    parts = [rng.choice(NASTY_TEXT) for _ in range(rng.randint(1, 4))]
    if pick < 0.15:
        parts.append(rng.choice(REFUSED_TEXT))
    chars = (chr(rng.randint(32, 0x2FFFF)) for _ in range(rng.randint(0, 12)))
    parts.append("".join(c for c in chars if pick < 0.2 or not 0xD800 <= ord(c) <= 0xDFFF))
    rng.shuffle(parts)
    return "".join(parts)


def _value(rng: random.Random) -> Any:
    makers: list[Callable[[], Any]] = [
        lambda: None,
        lambda: rng.choice([True, False]),
        lambda: rng.randint(-(10**6), 10**6),
        lambda: rng.choice([1e308, -0.0, 1.5, 2**63]),
        lambda: _text(rng),
        lambda: [],
        lambda: {},
        lambda: [_text(rng)],
        lambda: {"en": _text(rng), "es": _text(rng)},
        lambda: rng.choice(["2025-02-30", "0001-01-01", "9999-12-31", "2025-03-26T10:00", ""]),
        lambda: rng.choice(["female", "male", "bilateral_call", "multilateral_meeting", "zz"]),
    ]
    return rng.choice(makers)()


def _nest(rng: random.Random) -> Any:
    depth = rng.choice([5, 17, 100, 900, 5000])
    return json.loads("[" * depth + "]" * depth) if depth < 900 else None


def mutate_data(data: Any, rng: random.Random) -> Any:
    """One structural change to ``data`` (in place where possible)."""
    places = _containers(data)
    if not places:
        return data
    node, key = rng.choice(places)
    op = rng.randrange(7)
    if op == 0 and isinstance(node, dict):
        del node[key]
    elif op == 1 and isinstance(node[key], list) and node[key]:
        node[key] = node[key] * rng.choice([2, 50, 1001, 1500])
    elif op == 2:
        node[key] = _value(rng)
    elif op == 3:
        node[key] = _nest(rng) or node[key]
    elif op == 4 and isinstance(node[key], str):
        value = node[key]
        at = rng.randint(0, len(value))
        node[key] = value[:at] + _text(rng) + value[at:]
    elif op == 5 and isinstance(node, dict):
        node[_text(rng)[:40]] = copy.deepcopy(node[key])
    else:
        node[key] = rng.choice([_value(rng), [node[key]], {"x": node[key]}])
    return data


def mutate_bytes(raw: bytes, rng: random.Random) -> bytes:
    """One change to the bytes: a deletion, duplication, flip, insertion or cut."""
    op = rng.randrange(6)
    at = rng.randint(0, len(raw))
    size = rng.randint(1, 64)
    if op == 0:
        return raw[:at] + raw[at + size :]
    if op == 1:
        return raw[:at] + raw[at : at + size] * rng.randint(2, 20) + raw[at:]
    if op == 2 and raw:
        i = min(at, len(raw) - 1)
        return raw[:i] + bytes([raw[i] ^ (1 << rng.randrange(8))]) + raw[i + 1 :]
    if op == 3:
        chunk = rng.choice(
            [
                b"\\ud800",
                b"\\u0000",
                b"9" * 5000,
                b"-" + b"1" * 4400,
                b"[" * 300,
                b"\xff\xfe",
                b"1e999",
            ]
        )
        return raw[:at] + chunk + raw[at:]
    if op == 4:
        return raw[:at]
    return bytes(rng.randrange(256) for _ in range(size)) + raw


FREE_TEXT = {"en", "es", "given_names", "surname", "name", "office", "phone", "marking", "text"}
"""Fields of free text (not a choice, a date or a glossary key): hostile text goes here."""


def mutate_text(data: Any, rng: random.Random) -> Any:
    """Hostile text in one to four free-text fields: the file stays a readout."""
    texts = [
        (node, key)
        for node, key in _containers(data)
        if isinstance(node[key], str) and key in FREE_TEXT
    ]
    for node, key in rng.sample(texts, min(len(texts), rng.randint(1, 4))):
        at = rng.randint(0, len(node[key]))
        node[key] = node[key][:at] + _text(rng) + node[key][at:]
    return data


def mutant(seeds: list[bytes], case: int) -> bytes:
    """The bytes of fuzz case ``case``: hostile text (half the cases), structural changes
    or byte changes to one of ``seeds`` (the first, the bundled example, most often)."""
    rng = random.Random(case)
    raw = seeds[0] if rng.random() < 0.6 else rng.choice(seeds)
    data = json.loads(raw)
    pick = rng.random()
    if pick < 0.5:
        data = mutate_text(data, rng)
    elif pick < 0.85:
        for _ in range(rng.randint(1, 3)):
            data = mutate_data(data, rng)
    raw = json.dumps(data, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
    if pick >= 0.85 or rng.random() < 0.1:
        raw = mutate_bytes(raw, rng)
    if rng.random() < 0.03:  # a number of up to 6,000 digits where the version goes
        digits = str(rng.randint(1, 9)) * rng.choice([50, 101, 4300, 4301, 6000])
        raw = raw.replace(b'"schema_version": 1', b'"schema_version": ' + digits.encode(), 1)
    return raw
