"""Remembered state (QSettings, in the platform's user config folder)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "TimelineExplorer"
APPLICATION = "Timeline Explorer"
MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    def get(self, key: str, default=None):
        try:
            value = self.q.value(key, default)
        except Exception:  # a corrupt file must never stop the app from starting
            return default
        return default if value is None else value

    def set(self, key: str, value) -> None:
        self.q.setValue(key, value)

    def recent(self) -> list[str]:
        value = self.get("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        recent = [path, *(p for p in self.recent() if p != path)][:MAX_RECENT]
        self.set("recent", recent)

    def export_path(self, name: str) -> str:
        """`name` in the folder an image was last exported to (at first, home)."""
        folder = self.get("export_folder") or str(Path.home())
        return str(Path(folder) / name)

    def set_export_folder(self, folder: Path) -> None:
        self.set("export_folder", str(folder))

    def filters_for(self, path: str) -> dict:
        try:
            return json.loads(self.get("filters", "{}")).get(path, {})
        except (TypeError, ValueError, AttributeError):
            return {}

    def save_filters(self, path: str, filters: dict) -> None:
        try:
            saved = json.loads(self.get("filters", "{}"))
            if not isinstance(saved, dict):
                saved = {}
        except (TypeError, ValueError):
            saved = {}
        saved[path] = filters
        self.set("filters", json.dumps(saved))
