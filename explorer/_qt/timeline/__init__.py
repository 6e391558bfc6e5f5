"""The timeline: pyqtgraph items, one GraphicsObject per file."""
