"""`timeline-explorer export`: the filtered timeline as an image or as data, headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..core import paths
from ..core.io import formats
from ..core.io.image_presets import DEFAULT_SIZE, PRESETS
from ..core.paths import location
from ..core.words import LANGUAGES

NAME = "export"


def add_parser(sub) -> None:
    p = sub.add_parser(
        NAME,
        help=f"write the filtered timeline as {formats.said(formats.exported())}",
        description="Write the filtered timeline; the format follows FILE's extension.",
    )
    p.add_argument(
        "--db",
        type=location,
        default=None,
        metavar="PATH",
        help="database, or a Datasette database's URL (default: the bundled data)",
    )
    p.add_argument(
        "--view",
        type=Path,
        metavar="PATH.view.json",
        help="a saved view: its database, filters, search and time range; "
        "flags given beside it override their part",
    )
    p.add_argument(
        "--entity",
        action="append",
        default=[],
        metavar="NAME",
        help="show this entity, of any kind (repeatable; any case, a unique prefix will do)",
    )
    p.add_argument(
        "--company",
        action="append",
        default=[],
        metavar="NAME",
        help="show this company: like --entity, for entities of kind company only",
    )
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        help="show every entity of this kind (repeatable)",
    )
    p.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="C",
        help="show only this category (repeatable)",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="start: 2023, 2025-01, 2025-01-19T12:00 (UTC), -0500 (501 BCE; --from=-0752-04-21)",
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="end, including the whole period")
    p.add_argument("--search", default="", metavar="TEXT", help="only events matching TEXT")
    p.add_argument(
        "--preset",
        choices=tuple(PRESETS),
        help="a fixed size: slide (1920x1080), social (1200x675), a4 (A4 landscape; "
        "PDF page or 1123x794 pixels)",
    )
    p.add_argument(
        "--width", type=int, metavar="PX", help=f"layout width (default {DEFAULT_SIZE[0]})"
    )
    p.add_argument(
        "--height",
        type=int,
        metavar="PX",
        help=f"layout height; without it (and without --preset) the height fits the "
        f"content, at most {DEFAULT_SIZE[1]}",
    )
    p.add_argument("--scale", type=float, default=1.0, metavar="N", help="PNG pixel scale, e.g. 2")
    p.add_argument("--page", choices=("A4", "A3", "Letter"), default="A4", help="PDF page size")
    p.add_argument("--portrait", action="store_true", help="PDF in portrait orientation")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of an image's title, dates and sources line (default: the system's)",
    )
    by_name_only = ", ".join(
        f"{f.name} writes {f.label} to a {f.writes} FILE"
        for f in formats.exported()
        if not f.by_suffix
    )
    p.add_argument(
        "--format",
        default=formats.AUTO,
        choices=(formats.AUTO, *(f.name for f in formats.exported())),
        help=f"auto (from FILE's extension; .jsonl is Timesketch) or a format; {by_name_only}",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="file to write; its extension chooses the format",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.data import skips
    from ..core.data.remote_store import open_store
    from ..core.data.store import SchemaError, StoreError
    from ..core.io.importable import import_hint
    from ..core.view.choices import ChoiceError
    from ..core.view.session import Session

    try:
        fmt = output_format(args.format, args.output)
    except ValueError as exc:
        return _usage(str(exc))
    preset = PRESETS.get(args.preset)
    width, height = (preset.width, preset.height) if preset else DEFAULT_SIZE
    width = width if args.width is None else args.width
    height = height if args.height is None else args.height
    if not (0 < width <= 20000 and 0 < height <= 20000 and 0 < args.scale <= 8):
        return _usage("--width and --height must be 1-20000 pixels, --scale 0-8")
    if fmt == "pdf" and preset and not preset.page:
        return _usage(f"--preset {args.preset} is for PNG and SVG; for PDF use --preset a4")
    spec = None
    if args.view:
        from ..core.view.view_file import ViewFileError, load

        try:
            spec = load(args.view)
        except ViewFileError as exc:
            return _usage(str(exc))
    try:
        store = open_store(args.db or (spec.db_path if spec else paths.bundled_db()))
    except StoreError as exc:
        # As validate: a database that does not follow the schema is a problem found (1);
        # one missing or unreadable is a bad input (2).
        hint = import_hint(args.db) if isinstance(args.db, Path) else ""
        print(f"export: {exc}{hint}", file=sys.stderr)
        return 1 if isinstance(exc, SchemaError) else 2
    for note in skips.warnings(store):
        print(f"export: warning: {note}", file=sys.stderr)
    session = Session(store)
    if formats.FORMATS[fmt].holds == formats.IMAGE:
        _start_qt(args.lang)  # before _choose: the range's words are in the image's language
        from .._qt import i18n

        session.set_language(i18n.current())  # titles and names in the image's language
    try:
        t0, t1, words = _choose(session, args, spec)
    except ChoiceError as exc:
        return _usage(str(exc))
    try:
        if formats.FORMATS[fmt].holds == formats.IMAGE:
            fixed = preset is not None or args.height is not None
            page = preset.page if preset and preset.page else args.page
            options = {
                "width": width,
                "height": height,
                "scale": args.scale,
                "page": page,
                "landscape": bool(preset and preset.page) or not args.portrait,
                "range_text": words,
                "fit_height": not fixed,
            }
            count = _export_image(session, args.output, options)
        else:
            count = _export_data(session, args.output, fmt, t0, t1)
    except OSError as exc:
        print(f"export: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except StoreError as exc:  # a served database whose server went away
        print(f"export: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({count} events)")
    return 0


def _choose(session, args, spec) -> tuple[float, float, str]:
    """Apply the view (if any), then the flags: each flag given replaces its part of
    the view. Without a view the range frames the shown events, except an end
    given by --from or --to. Returns the range and how to say it."""
    from ..core.view.choices import ChoiceError, apply_choices
    from ..core.view.framing import frame, spoken_view
    from ..core.view.view_file import apply

    if spec is not None:
        apply(spec, session)
    saved, (v0, v1) = session.filters.as_dict(), session.view.range
    t0, t1 = apply_choices(
        session,
        args.entity,
        args.kind,
        args.category,
        args.search,
        args.date_from,
        args.date_to,
        companies=args.company,
    )
    if spec is None:
        shown = frame(session, args.date_from, args.date_to)
        session.view.go_to(shown.t0, shown.t1)
        return *session.view.range, shown.words
    kept = {"disputed_only"}
    kept |= set() if args.entity or args.company or args.kind else {"hidden_entities"}
    kept |= set() if args.category else {"hidden_categories"}
    kept |= set() if args.search else {"search", "hide_unmatched"}
    session.filters.set(**{k: saved[k] for k in kept})
    t0, t1 = (t0 if args.date_from else v0), (t1 if args.date_to else v1)
    if t1 <= t0:
        raise ChoiceError("the range of --from/--to and the view's range is empty")
    session.view.set_range(t0, t1)
    given = args.date_from and args.date_to  # said as given, like a range without a view
    words = frame(session, args.date_from, args.date_to).words if given else None
    return *session.view.range, words or spoken_view(*session.view.range)


def _usage(message: str) -> int:
    print(f"timeline-explorer export: error: {message}", file=sys.stderr)
    return 2


def output_format(fmt: str, output: Path) -> str:
    """The format to write; ValueError (one line) when FILE's extension does not fit it."""
    suffix = output.suffix.lower()
    if fmt == formats.AUTO:
        found = formats.written_as(suffix)
        if found is None:
            known = " ".join(sorted({f.writes for f in formats.exported()}))
            raise ValueError(f"unknown format {suffix or '(none)'}; use {known}")
        return found.name
    writes = formats.FORMATS[fmt].writes
    if suffix != writes:
        raise ValueError(f"--format {fmt} writes a {writes} file, not {suffix or '(none)'}")
    return fmt


def _export_data(session, output: Path, fmt: str, t0: float, t1: float) -> int:
    from ..core.atomic import atomic_target
    from ..core.io.event_export import ids_in_range, write_events

    with atomic_target(output) as tmp:
        return write_events(session, ids_in_range(session, t0, t1), tmp, fmt)


def _start_qt(language: str | None) -> None:
    # No display needed: Qt renders offscreen unless a platform is chosen already.
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .._qt.app import make_app

    make_app(language=language)


def _export_image(session, output: Path, options: dict) -> int:
    from .._qt.export.render import ImageOptions, export_image
    from ..core.io.event_export import ids_in_range

    export_image(session, output, ImageOptions(**options))
    return len(ids_in_range(session, *session.view.range))
