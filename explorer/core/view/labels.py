"""Where event titles go: greedy by priority, never over another event's mark or label.

Each mark asks for a label; the most important are placed first. A label tries
its full title on one line, then wrapped on two, at each position around its
mark (right, left, above, below), and only then a title shortened at a word
boundary; positions inside the mark's own row come before those that reach
into a neighbouring row. Every mark's box (a marker, or a period's or span's bar) is an
obstacle to every other event's label. Rectangles are in pixels,
(left, top, right, bottom); texts are measured by the caller's `measure`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..data.columns import PRECISION_CODES

Rect = tuple[float, float, float, float]

GAP = 3.0  # pixels between a label and anything beside it
GAP_Y = 0.5  # and above or below it: a row's labels sit right on top of its bars
ELLIPSIS = "…"
MIN_CHARS = 16  # a shortened title keeps at least this many characters
CELL = 64.0  # grid cell of the collision index, in pixels
MANY = 400  # with more requests than this, only one-line labels right of their marks


@dataclass(frozen=True)
class LabelRequest:
    key: object  # one mark: an event drawn in several lanes asks once per lane
    text: str
    mark: Rect  # the mark's own box: its label may touch it, no other may cover it
    priority: tuple = ()  # higher sorts first; see `importance`
    over_bar: bool = False  # a period's bar: its label sits on top of it, from its start
    icon: float = 0.0  # pixels before the text for a glyph (a period's category)
    row: tuple[float, float] | None = None  # top and bottom of the mark's row
    band_bottom: float | None = None  # where the row's bars begin: labels stay above


@dataclass(frozen=True)
class PlacedLabel:
    lines: tuple[str, ...]
    rect: Rect
    full: bool  # the whole title is shown


def importance(
    category: str,
    entity_count: int,
    precision: str,
    primary: bool,
    selected: bool,
    matched: bool,
) -> tuple:
    """The stated rule: the selected event, then search matches, then each event's
    first lane before its other lanes, then rules, deals and periods (the story's
    turning points), then events that tie more entities together, then the more
    precisely dated (a month tells more than a year)."""
    turning_point = category in ("regulation", "partnership", "period")
    rank = PRECISION_CODES.get(precision, 0)  # year 0, month 1, day 2
    return (selected, matched, primary, turning_point, entity_count, rank)


def wrap_two(text: str, measure: Callable[[str], float]) -> tuple[str, str] | None:
    """The title on two lines split at the word boundary that keeps the wider line narrowest."""
    words = text.split()
    if len(words) < 2:
        return None
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return min(splits, key=lambda pair: max(measure(pair[0]), measure(pair[1])))


def shortened(text: str) -> list[str]:
    """Word-boundary prefixes of the title with an ellipsis, longest first."""
    words = text.split()
    prefixes = (" ".join(words[:n]) for n in range(len(words) - 1, 0, -1))
    return [p + ELLIPSIS for p in prefixes if len(p) >= MIN_CHARS]


class _Index:
    """Rectangles bucketed in a grid so each test looks at its neighbourhood only."""

    def __init__(self):
        self._cells: dict[tuple[int, int], list[tuple[Rect, object]]] = {}

    @staticmethod
    def _cells_of(r: Rect) -> Iterable[tuple[int, int]]:
        for cx in range(int(r[0] // CELL), int(r[2] // CELL) + 1):
            for cy in range(int(r[1] // CELL), int(r[3] // CELL) + 1):
                yield cx, cy

    def add(self, r: Rect, owner: object) -> None:
        for cell in self._cells_of(r):
            self._cells.setdefault(cell, []).append((r, owner))

    def hits(self, r: Rect, owner: object) -> bool:
        """Whether `r` comes within the gaps of a rectangle that `owner` does not own."""
        x0, y0, x1, y1 = r[0] - GAP, r[1] - GAP_Y, r[2] + GAP, r[3] + GAP_Y
        for cell in self._cells_of(r):
            for (a0, b0, a1, b1), who in self._cells.get(cell, ()):
                if who != owner and x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                    return True
        return False


def _positions(req: LabelRequest, width: float, height: float) -> list[Rect]:
    """Candidate boxes around the mark, in the order they are tried."""
    mx0, my0, mx1, my1 = req.mark
    cy = (my0 + my1) / 2 if req.row is None else (req.row[0] + req.row[1]) / 2
    # Beside a mark a label sits in its row's label band, above the row's bars.
    bottom = cy + height / 2
    if req.band_bottom is not None:
        bottom = min(bottom, req.band_bottom)
    top = bottom - height
    if req.over_bar:  # on top of the bar from its start, else beside it, else under it
        return [
            (mx0, my0 - 1 - height, mx0 + width, my0 - 1),
            (mx1 + GAP, top, mx1 + GAP + width, bottom),
            (mx0 - GAP - width, top, mx0 - GAP, bottom),
            (mx0, my1 + GAP, mx0 + width, my1 + GAP + height),
        ]
    return [
        (mx1 + GAP, top, mx1 + GAP + width, bottom),
        (mx0 - GAP - width, top, mx0 - GAP, bottom),
        (mx0, my0 - 1 - height, mx0 + width, my0 - 1),
        (mx0, my1 + 1, mx0 + width, my1 + 1 + height),
    ]


def place(
    requests: list[LabelRequest],
    bounds: Rect,
    measure: Callable[[str], float],
    line_height: float,
    obstacles: Iterable[tuple[Rect, object]] = (),
) -> dict[object, PlacedLabel]:
    """Labels that fit inside `bounds` without covering any mark but their own or
    any other label, as {key: PlacedLabel}. `obstacles` are (box, key of the mark
    that owns it). Deterministic: ties go to the earlier mark."""
    index = _Index()
    for req in requests:
        index.add(req.mark, req.key)
    for rect, owner in obstacles:
        index.add(rect, owner)
    many = len(requests) > MANY
    placed: dict[object, PlacedLabel] = {}

    def inside(r: Rect) -> bool:
        return bounds[0] <= r[0] and r[2] <= bounds[2] and bounds[1] <= r[1] and r[3] <= bounds[3]

    def free(r: Rect, owner) -> bool:
        return inside(r) and not index.hits(r, owner)

    order = sorted(requests, key=lambda q: (tuple(-float(p) for p in q.priority), q.mark[0]))
    for req in order:
        if not req.text:
            continue
        # Every one-line label at a position holds the box of the narrowest one there
        # (the whole title or its shortest prefix): where that box is taken or leaves
        # the bounds, no one-line label fits. Most requests of a crowded view fit
        # nowhere; this spares them most of their tries, and places the same labels.
        narrowest = min(measure(t) for t in (req.text, *shortened(req.text)[-1:]))
        boxes = _positions(req, req.icon + narrowest + 2, line_height)
        open_at = {k for k, box in enumerate(boxes) if free(box, req.key)}
        for lines, full, rect, at in _tries(req, measure, line_height, many):
            if (len(lines) > 1 or at in open_at) and free(rect, req.key):
                index.add(rect, ("label", req.key))
                placed[req.key] = PlacedLabel(lines, rect, full)
                break
    return placed


def _tries(req: LabelRequest, measure, line_height: float, many: bool):
    """(lines, full, rect, position index) in the order they are tried: the whole title before
    shortened ones, and within each, boxes in the mark's own row first. Lazily:
    most labels fit at the first try, so wrapping and shortening wait until needed."""
    outer = yield from _in_row(req, (req.text,), True, measure, line_height, many)
    two = None if many else wrap_two(req.text, measure)
    if two:
        outer += yield from _in_row(req, two, True, measure, line_height, many)
    yield from outer
    outer = []
    for text in shortened(req.text):
        outer += yield from _in_row(req, (text,), False, measure, line_height, many)
    yield from outer


def _in_row(req: LabelRequest, lines, full, measure, line_height: float, many: bool):
    """Yield the boxes for `lines` inside the mark's row (with the index of their
    position, as _positions orders them); return the others for later."""
    width = req.icon + max(measure(line) for line in lines) + 2
    positions = _positions(req, width, line_height * len(lines))
    later = []
    for at, rect in enumerate(positions[:1] if many else positions):
        if req.row is None or (req.row[0] - 3 <= rect[1] and rect[3] <= req.row[1] + 1):
            yield lines, full, rect, at
        else:
            later.append((lines, full, rect, at))
    return later
