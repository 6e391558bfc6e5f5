"""Which event titles fit as labels: greedy, per lane, never overlapping."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelCandidate:
    key: object
    lane: float  # labels collide only within the same lane (or row of a lane)
    x: float  # left edge in pixels
    width: float  # text width in pixels
    priority: int = 0  # higher is placed first (selected, matched)
    left_x: float | None = None  # fallback left edge, for a label left of its mark


def place(candidates: list[LabelCandidate], view_width: float, gap: float = 6.0) -> dict:
    """Labels to draw, as {key: left edge}: each lies inside the view and overlaps
    no other in its lane, right of its mark if it fits there, else left of it.
    Higher priority wins; ties go to the earlier label."""
    taken: dict[float, list[tuple[float, float]]] = {}
    placed = {}
    for c in sorted(candidates, key=lambda c: (-c.priority, c.x)):
        spans = taken.setdefault(c.lane, [])
        for left in (c.x, c.left_x):
            if left is None:
                continue
            right = left + c.width
            if left < 0 or right > view_width:
                continue
            if any(left < r + gap and right + gap > lft for lft, r in spans):
                continue
            spans.append((left, right))
            placed[c.key] = left
            break
    return placed
