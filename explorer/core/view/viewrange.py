"""The visible time window: zoom, pan and fit, within limits. Qt-free."""

from __future__ import annotations

from psygnal import Signal, SignalGroup

from ..data.dates import SECONDS_PER_DAY

MIN_SPAN = 10.0  # seconds: "no closer than ten seconds across the view"
MARGIN = 0.04  # of the data span, either side, when fitting


def padded(t0: float, t1: float) -> tuple[float, float]:
    """[t0, t1] (at least MIN_SPAN) with MARGIN of its span either side."""
    span = max(t1 - t0, MIN_SPAN)
    pad = span * MARGIN
    return t0 - pad, t0 + span + pad


class ViewRangeEvents(SignalGroup):
    range = Signal(tuple)  # (t0, t1), whenever the range really changes
    limits = Signal(tuple)  # (lo, hi), whenever the bounds change


class ViewRange:
    """The x range (POSIX seconds) shared by the timeline and the overview,
    within `bounds`. Change both through the methods only: they emit `events`."""

    def __init__(self) -> None:
        self.events = ViewRangeEvents()
        self.bounds = (0.0, float(365 * SECONDS_PER_DAY))
        self.range = self.bounds

    def set_data_span(self, t0: float, t1: float) -> None:
        """Limits follow the data: its span plus a margin (at least MIN_SPAN)."""
        self._set_bounds(padded(t0, t1))
        self.fit()

    def fit_to(self, t0: float, t1: float) -> None:
        """Show [t0, t1] with the margin a fit of all the data has."""
        self.go_to(*padded(t0, t1))

    def widen(self, t0: float, t1: float) -> None:
        """Let the range reach [t0, t1] too: an explicit range may go past the data."""
        lo, hi = self.bounds
        self._set_bounds((min(lo, t0), max(hi, t1)))

    def go_to(self, t0: float, t1: float) -> None:
        """Show [t0, t1], widening the bounds when it lies beyond them."""
        self.widen(t0, t1)
        self.set_range(t0, t1)

    def _set_bounds(self, bounds: tuple[float, float]) -> None:
        if bounds != self.bounds:
            self.bounds = bounds
            self.events.limits.emit(bounds)

    @property
    def max_span(self) -> float:
        return self.bounds[1] - self.bounds[0]

    def set_range(self, t0: float, t1: float) -> None:
        lo, hi = self.bounds
        span = min(max(t1 - t0, MIN_SPAN), self.max_span)
        center = (t0 + t1) / 2
        t0 = min(max(center - span / 2, lo), hi - span)
        new = (t0, t0 + span)
        if any(abs(a - b) > 1e-6 for a, b in zip(new, self.range, strict=True)):
            self.range = new
            self.events.range.emit(new)

    def fit(self) -> None:
        self.set_range(*self.bounds)

    def zoom(self, factor: float, center: float | None = None) -> None:
        """factor < 1 zooms in; `center` stays where it is on screen."""
        t0, t1 = self.range
        c = (t0 + t1) / 2 if center is None else center
        self.set_range(c - (c - t0) * factor, c + (t1 - c) * factor)

    def pan(self, fraction: float) -> None:
        t0, t1 = self.range
        shift = (t1 - t0) * fraction
        self.set_range(t0 + shift, t1 + shift)

    def show(self, t0: float, t1: float) -> None:
        """Bring [t0, t1) into view, moving as little as possible."""
        v0, v1 = self.range
        if t0 >= v0 and t1 <= v1:
            return
        span = v1 - v0
        if t1 - t0 > span:
            self.set_range(t0 - (t1 - t0) * 0.1, t1 + (t1 - t0) * 0.1)
        else:
            mid = (t0 + t1) / 2
            self.set_range(mid - span / 2, mid + span / 2)
