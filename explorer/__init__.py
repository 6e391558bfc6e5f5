"""Timeline Explorer: a zoomable, source-cited timeline of dated events."""

__version__ = "0.1.0"
