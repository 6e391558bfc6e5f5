"""Where each member or element of a JSON document is written, so a citation can
quote an object exactly as the file writes it (docs/import.md, "Quotes").

The stdlib decoder gives values, not positions; its raw_decode(text, index) does
return where a value ends, which is all this needs (no second parser).
"""

from __future__ import annotations

import json
import re

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()


def value_at(text: str, pos: int) -> tuple[object, int, int]:
    """(value, start, end) of the JSON value at or after pos."""
    start = _skip(text, pos)
    value, end = _DECODER.raw_decode(text, start)
    return value, start, end


def members(text: str, start: int) -> dict[str, tuple[int, int]]:
    """key -> (start, end) of each value of the object whose "{" is at start."""
    spans: dict[str, tuple[int, int]] = {}
    pos = _skip(text, start + 1)
    while text[pos] != "}":
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos) + 1  # past ":"
        _, begin, end = value_at(text, pos)
        spans[key] = (begin, end)
        pos = _skip(text, end)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return spans


def elements(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each element of the array whose "[" is at start."""
    spans = []
    pos = _skip(text, start + 1)
    while text[pos] != "]":
        _, begin, end = value_at(text, pos)
        spans.append((begin, end))
        pos = _skip(text, end)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return spans


def list_items(text: str, key: str | None = None) -> list[str]:
    """The items, as written, of the document's top-level list, or of the list
    under `key` of its top-level object; [] when there is none."""
    _, start, _ = value_at(text, 0)
    if key is not None:
        if text[start] != "{":
            return []
        span = members(text, start).get(key)
        if span is None:
            return []
        start = span[0]
    if text[start] != "[":
        return []
    return [text[a:b] for a, b in elements(text, start)]


def member_text(fragment: str, key: str) -> str | None:
    """The value of `key` of the object `fragment` as written, or None."""
    span = members(fragment, _skip(fragment, 0)).get(key) if fragment.lstrip()[:1] == "{" else None
    return fragment[span[0] : span[1]] if span else None
