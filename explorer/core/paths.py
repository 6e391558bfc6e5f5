"""Where the bundled files are, from source and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The project folder from source; the unpacked bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[2]


def bundled_db() -> Path:
    return app_root() / "data" / "ai-chips.db"


def data_dir() -> Path:
    return app_root() / "data"


def resource(name: str) -> Path:
    """A file under resources/ (the app icon, the .desktop file)."""
    return app_root() / "resources" / name


def default_source_dirs() -> list[Path]:
    """Folders where the articles the bundled data cites may be at hand."""
    root = app_root()
    return [p for p in (root.parent / "shared" / "seeds", root / "data" / "sources") if p.is_dir()]


def is_url(text: object) -> bool:
    """A database given as a Datasette URL rather than a file."""
    return isinstance(text, str) and text.lower().startswith(("http://", "https://"))


def location(text: str) -> str | Path:
    """A command-line argument naming a database: a URL stays text (Path would
    fold its '//'), anything else is a path."""
    return text if is_url(text) else Path(text)
