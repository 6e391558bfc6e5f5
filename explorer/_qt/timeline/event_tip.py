"""The tooltip of an event's mark: title, date as people say it, category, disputed."""

from __future__ import annotations

import html

from ..i18n import category_name, translate


def tip_text(event) -> str:
    """Escaped text for a tooltip; "…" while the record is not read yet."""
    if event.is_stand_in:
        return "…"
    lines = [event.title, event.spoken_date()]
    if event.date_inferred:
        lines[-1] += translate("EventTip", " (inferred: no source gives the date)")
    if event.category:
        category = translate("EventTip", "Category: {name}")
        lines.append(category.format(name=category_name(event.category)))
    if event.disputed:
        lines.append(translate("EventTip", "Disputed: a party denied this claim"))
    return html.escape("\n".join(lines))
