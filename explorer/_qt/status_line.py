"""The status bar's line: what is shown of the open database, and what is not."""

from __future__ import annotations

from ..core.data.store import wal_note


def status_line(store, result) -> tuple[str, str]:
    """(text, tooltip) for `result`, a filter result of `store`."""
    if store.sample_of is None:
        text = (
            f"{result.count} of {len(store.records)} events · "
            f"{len(result.lanes)} of {len(store.entities)} lanes"
        )
    else:  # the counts are of the sample
        text = (
            f"A sample of {len(store.records):,} of {store.sample_of:,} events while all "
            f"are read · {result.count:,} shown · {len(result.lanes)} lanes"
        )
    if result.matched_mask is not None:
        text += f" · {result.matched_visible} matches"
    if store.skipped:
        text += f" · {len(store.skipped)} broken rows skipped"
    if store.broken_links:
        text += f" · {len(store.broken_links)} links to missing entities ignored"
    if store.remote:
        text += f" · read-only, served by {store.host}"
    elif wal_note(store.path):
        text += " · changes not yet merged into the file are not shown"
    details = [*store.notes, *store.skipped[:20], *store.broken_links[:20]]
    return text, "\n".join(details)
