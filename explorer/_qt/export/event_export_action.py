"""File › Export Events…: the events in view as CSV or JSON, written in a worker
behind a progress dialog that can cancel (nothing is written then)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ...core.atomic import atomic_target
from ...core.data.store import StoreError
from ...core.io import formats
from ...core.io.event_export import ids_in_range, write_events
from ...core.jobs import Cancelled
from ..i18n import translate
from ..jobs import LongJob
from ..window_host import WindowHost

DIALOG_FROM = 2000  # events: fewer are written too fast for a progress dialog


def ask_export_events(host: WindowHost) -> None:
    path, chosen = QFileDialog.getSaveFileName(
        host.dialog_parent(),
        translate("EventExport", "Export events"),
        host.settings.export_path("events.csv"),
        formats.save_filter(formats.EVENTS),  # the chosen filter names the format
    )
    if path:
        export_events(host, Path(path), getattr(formats.by_save_filter(chosen), "name", None))


def export_events(host: WindowHost, path: Path, fmt: str | None = None) -> bool:
    """Write the events in view; `fmt` defaults to what the file's suffix says."""
    fmt = fmt or getattr(formats.written_as(path.suffix, formats.EVENTS), "name", "csv")
    if path.suffix.lower() != formats.FORMATS[fmt].writes:
        path = path.with_suffix(formats.FORMATS[fmt].writes)
    session = host.session
    ids = ids_in_range(session, *session.view.range)

    def work(progress) -> int:
        conn = session.store.worker_connection()  # the worker's own
        try:
            with atomic_target(path) as tmp:
                return write_events(session, ids, tmp, fmt, progress, conn)
        finally:
            if isinstance(conn, sqlite3.Connection):  # a server's client has nothing to close
                conn.close()

    try:
        job = LongJob(
            host.dialog_parent(), translate("EventExport", "Exporting events"), at_least=DIALOG_FROM
        )
        count = job.run(work)
    except Cancelled:  # nothing written; an earlier file stays as it was
        host.show_message(translate("EventExport", "Export cancelled"), 5000)
        return False
    except (OSError, StoreError) as exc:
        text = translate("EventExport", "Could not write {path}:\n{error}").format(
            path=path, error=exc
        )
        host.show_error(translate("EventExport", "Export failed"), text)
        return False
    host.show_message(
        translate("EventExport", "Wrote {count} events to {path}").format(count=count, path=path),
        5000,
    )
    return True
