"""How tall lanes are: pixel arithmetic for the lanes plot's y axis (in lanes).

The header row and the gaps are fixed pixels, so in lane units they depend on
how many pixels a lane gets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HEADER_PX = 20  # a row above lane 0 for the period bands' labels, when bands are drawn
GAP_PX = 6  # above the first lane without that row, and below the last
ROW_PX = 22  # a lane taller than this many pixels per row stacks its marks in rows
MIN_LANE_PX = 16  # lanes never get thinner; beyond, they scroll
MAX_LANE_ROWS = 8  # an image's lanes are at most this many rows of marks tall


@dataclass(frozen=True)
class LaneFit:
    top: float  # y of the top of the header row (lanes)
    bottom: float  # y the view may scroll down to
    span: float  # lanes the view shows


def fit(height: float, lanes: int, top_px: float) -> LaneFit:
    """Lanes share `height` under `top_px`; hundreds of lanes: as many as fit at
    MIN_LANE_PX (at least 5) show, the rest scroll."""
    lanes = max(lanes, 1)
    lane_px = max((height - top_px - GAP_PX) / lanes, min(MIN_LANE_PX, height / 5))
    top = -0.5 - top_px / lane_px
    span = height / lane_px
    return LaneFit(top, max(lanes - 0.5 + GAP_PX / lane_px, top + span), span)


def busiest_rows(marks, x0: float, x1: float) -> int:
    """Rows of marks the busiest lane stacks in [x0, x1]."""
    rows: dict[int, set[float]] = {}
    for m in marks:
        if x0 <= m.x <= x1:
            rows.setdefault(m.lane, set()).add(m.y)
    return max((len(ys) for ys in rows.values()), default=1)


def spare(height: float, lanes: int, top_px: float, rows: int) -> float:
    """Pixels of `height` that lanes of `rows` rows (at most MAX_LANE_ROWS) leave."""
    lanes = max(lanes, 1)
    need = min(rows, MAX_LANE_ROWS) * ROW_PX
    lane_px = (height - top_px - GAP_PX) / lanes
    # a pixel short of exact, so rounding never costs a lane its last row
    return max(0.0, math.floor((lane_px - need) * lanes) - 1.0)


def lanes_in_view(y0: float, y1: float, lanes: int) -> tuple[int, int]:
    """[first, last) indexes of the lanes a view from y0 to y1 shows whole or in part
    (lane i is centred on y = i)."""
    return max(int(math.floor(y0 + 0.5)), 0), min(int(math.ceil(y1 + 0.5)), lanes)
