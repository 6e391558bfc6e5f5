"""Which event titles fit as labels: greedy, per lane, never overlapping."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelCandidate:
    key: object
    lane: int
    x: float  # left edge in pixels
    width: float  # text width in pixels
    priority: int = 0  # higher is placed first (selected, matched)


def place(candidates: list[LabelCandidate], view_width: float, gap: float = 6.0) -> set:
    """Keys of the labels to draw: each lies inside the view and overlaps no other
    in its lane. Higher priority wins; ties go to the earlier label."""
    taken: dict[int, list[tuple[float, float]]] = {}
    placed = set()
    for c in sorted(candidates, key=lambda c: (-c.priority, c.x)):
        left, right = c.x, c.x + c.width
        if left < 0 or right > view_width:
            continue
        spans = taken.setdefault(c.lane, [])
        if any(left < r + gap and right + gap > lft for lft, r in spans):
            continue
        spans.append((left, right))
        placed.add(c.key)
    return placed
