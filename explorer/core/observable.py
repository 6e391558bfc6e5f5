"""Tiny Qt-free signals, so core models can announce changes per field (as napari does)."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace


class Signal:
    def __init__(self) -> None:
        self._callbacks: list[Callable] = []

    def connect(self, callback: Callable) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args) -> None:
        for callback in list(self._callbacks):
            callback(*args)


def signals(*names: str) -> SimpleNamespace:
    """A namespace of Signals: `model.events.range.connect(...)`."""
    return SimpleNamespace(**{name: Signal() for name in names})
