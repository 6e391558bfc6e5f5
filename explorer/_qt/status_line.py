"""The status bar's line: what is shown of the open database, and what is not."""

from __future__ import annotations

from ..core.data.store import wal_note
from .i18n import number, translate


def status_line(store, result) -> tuple[str, str]:
    """(text, tooltip) for `result`, a filter result of `store`."""
    if store.sample_of is None:
        text = translate("StatusLine", "{shown} of {total} events · {lanes} of {all_lanes} lanes")
        text = text.format(
            shown=result.count,
            total=len(store.records),
            lanes=len(result.lanes),
            # Events that name no entity have a lane of their own: count it too.
            all_lanes=len(set(store.entities) | set(store.columns.lane_entities.tolist())),
        )
    else:  # the counts are of the sample
        text = translate(
            "StatusLine",
            "A sample of {sample} of {total} events while all are read · {shown} shown · "
            "{lanes} lanes",
        )
        text = text.format(
            sample=number(len(store.records)),
            total=number(store.sample_of),
            shown=number(result.count),
            lanes=len(result.lanes),
        )
    if result.matched_mask is not None:
        text += " · " + translate("StatusLine", "{count} matches").format(
            count=result.matched_visible
        )
    if store.skipped:
        text += " · " + translate("StatusLine", "{count} broken rows skipped").format(
            count=len(store.skipped)
        )
    if store.broken_links:
        text += " · " + translate("StatusLine", "{count} links to missing entities ignored").format(
            count=len(store.broken_links)
        )
    if store.search_gap is not None:
        text += " · " + translate("StatusLine", "search index stale (see tooltip)")
    if store.packed_note:  # why in the tooltip (store.notes)
        text += " · " + translate("StatusLine", "packed columns not used, read from the rows")
    if store.remote:
        text += " · " + translate("StatusLine", "read-only, served by {host}").format(
            host=store.host
        )
    elif wal_note(store.path):
        text += " · " + translate(
            "StatusLine", "changes not yet merged into the file are not shown"
        )
    details = [*store.notes, *store.skipped[:20], *store.broken_links[:20]]
    return text, "\n".join(details)
