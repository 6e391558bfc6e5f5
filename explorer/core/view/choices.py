"""Filters given by name (command line, saved views) applied to a session."""

from __future__ import annotations

import difflib

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
    wanted = {match_name(c, known_categories, "category") for c in categories}
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
    """Ids of the entities named; `kind` "entity" takes any kind, "company" only companies."""
    among = [e for e in store.entities.values() if kind in ("entity", e.kind)]
    ids = {e.name: e.id for e in among}
    kinds = {e.name.casefold(): e.kind for e in store.entities.values()}
    found = set()
    for name in names:
        other = kinds.get(name.casefold())
        if other and name.casefold() not in _folded(ids):  # named, but not a company
            known = ", ".join(sorted(ids))
            raise ChoiceError(
                f"unknown {kind} {name!r} (a {other}: name it with --entity); known: {known}"
            )
        found.add(ids[match_name(name, ids, kind)])
    return found


def match_name(given: str, names, what: str) -> str:
    """The one of `names` that `given` names: case-insensitively, whole or by a unique
    prefix ("byte" -> ByteDance). ChoiceError lists the candidates of an ambiguous
    prefix, or the closest names to a typo (else every name)."""
    folded = _folded(names)
    key = given.casefold()
    if key in folded:
        return folded[key]
    starting = sorted(n for f, n in folded.items() if f.startswith(key))
    if key and len(starting) == 1:
        return starting[0]
    if key and starting:
        raise ChoiceError(f"{what} {given!r} is ambiguous: {', '.join(starting)}")
    close = [folded[f] for f in difflib.get_close_matches(key, folded, n=3, cutoff=0.7)]
    if close:
        raise ChoiceError(f"unknown {what} {given!r}; did you mean {', '.join(close)}?")
    known = ", ".join(sorted(names))
    raise ChoiceError(f"unknown {what} {given!r}; known: {known}")


def _folded(names) -> dict[str, str]:
    return {n.casefold(): n for n in names}
