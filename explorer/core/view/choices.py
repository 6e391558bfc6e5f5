"""Filters given by name (command line, saved views) applied to a session."""

from __future__ import annotations

from ..data.dates import PartialDateError, parse_bound
from ..data.schema import ENTITY_KINDS
from .session import Session


class ChoiceError(ValueError):
    """A name or date the user gave that does not fit the data."""


def apply_choices(
    session: Session,
    entities=(),
    kinds=(),
    categories=(),
    search: str = "",
    date_from: str | None = None,
    date_to: str | None = None,
    *,
    companies=(),
) -> tuple[float, float]:
    """Set the session's filters and view; return the time range (seconds).

    Entities shown: those named (any entity in `entities`, only companies in
    `companies`) plus every entity of the kinds named (all when none is given).
    `date_to` includes the whole period it names.
    """
    store = session.store
    shown = _named(store, entities, "entity") | _named(store, companies, "company")
    for kind in kinds:
        if kind not in ENTITY_KINDS:
            raise ChoiceError(f"unknown kind {kind!r}; known: {', '.join(ENTITY_KINDS)}")
        shown |= {e.id for e in store.entities.values() if e.kind == kind}
    hidden = set(store.entities) - shown if (entities or companies or kinds) else set()
    known_categories = session.categories
    wanted = set()
    for category in categories:
        match = [c for c in known_categories if c.casefold() == category.casefold()]
        if not match:
            raise ChoiceError(
                f"unknown category {category!r}; known: {', '.join(known_categories)}"
            )
        wanted.add(match[0])
    hidden_categories = set(known_categories) - wanted if wanted else set()
    session.filters.set(
        hidden_entities=hidden,
        hidden_categories=hidden_categories,
        search=search or "",
        hide_unmatched=bool(search),
    )
    lo, hi = session.view.bounds
    try:
        t0 = parse_bound(date_from, upper=False) if date_from else lo
        t1 = parse_bound(date_to, upper=True) if date_to else hi
    except PartialDateError as exc:
        raise ChoiceError(f"bad date: {exc}") from exc
    if t1 <= t0:
        raise ChoiceError("--to is before --from")
    session.view.go_to(t0, t1)  # an explicit range may go past the data
    return session.view.range


def _named(store, names, kind: str) -> set[int]:
    """Ids of the entities named (case-insensitive); `kind` "entity" takes any kind."""
    among = [e for e in store.entities.values() if kind in ("entity", e.kind)]
    by_name = {e.name.casefold(): e.id for e in among}
    kinds = {e.name.casefold(): e.kind for e in store.entities.values()}
    ids = set()
    for name in names:
        if name.casefold() not in by_name:
            known = ", ".join(sorted(e.name for e in among))
            other = kinds.get(name.casefold())  # named, but not a company
            hint = f" (a {other}: name it with --entity)" if other else ""
            raise ChoiceError(f"unknown {kind} {name!r}{hint}; known: {known}")
        ids.add(by_name[name.casefold()])
    return ids
