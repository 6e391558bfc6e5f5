"""Write the timeline as PNG, SVG or PDF, with provenance inside the file.

PNGs are painted straight from the scene into a QImage: pyqtgraph's
ImageExporter was measured 40-120x slower. SVG and PDF are vector, text as text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from ...core.atomic import atomic_target
from ...core.io import formats
from ...core.io.provenance import provenance
from ...core.view.session import Session
from ..i18n import translate
from .canvas import ExportCanvas
from .scene_painter import paint_scene

# Control characters XML forbids; Qt's SVG writer copies them from the data as they are.
_XML_INVALID = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Qt's SVG writer gives the size in millimetres, which viewers turn back into
# pixels at different DPIs (Qt's own renderer at 90): the size in pixels it is.
_SVG_SIZE = re.compile(rb'<svg width="[0-9.]+mm" height="[0-9.]+mm"')

PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
}
PDF_DPI = 96  # lay the page out at screen pixels so fonts keep their on-screen size
SVG_DPI = 96  # likewise: at Qt's default 72, text is laid out smaller than the PNG's


@dataclass
class ImageOptions:
    width: int = 1600  # logical pixels of the layout
    height: int = 900
    scale: float = 1.0  # PNG only: 2.0 paints twice as many pixels each way
    page: str = "A4"  # PDF only
    landscape: bool = True  # PDF only
    range_text: str | None = None  # the title's range; None: said from the range itself
    fit_height: bool = False  # PNG/SVG: the height shrinks to the content (at most `height`)


def export_image(session: Session, path: Path, options: ImageOptions | None = None) -> dict:
    """Write `path` (format by extension) atomically; return the provenance written."""
    options = options or ImageOptions()
    path = Path(path)
    fmt = formats.written_as(path.suffix, formats.IMAGE)
    if fmt is None:
        known = [f.writes for f in formats.exported(formats.IMAGE)]
        text = translate("ImageExport", "unknown image format {suffix!r}; use {known}")
        raise ValueError(text.format(suffix=path.suffix.lower(), known=", ".join(known)))
    t0, t1 = session.view.range
    info = provenance(session, t0, t1)
    with atomic_target(path) as tmp:
        WRITERS[fmt.name](session, tmp, options, info)
    return info


def _write_png(session: Session, tmp: Path, options: ImageOptions, info: dict) -> None:
    image = render_image(session, options)
    for key, value in _text_chunks(info).items():
        image.setText(key, value)
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"cannot write {tmp}")


def _canvas(session: Session, options: ImageOptions, width: int, height: int, fit: bool):
    t0, t1 = session.view.range
    return ExportCanvas(session, t0, t1, width, height, options.range_text, fit)


def render_image(session: Session, options: ImageOptions) -> QImage:
    canvas = _canvas(session, options, options.width, options.height, options.fit_height)
    try:
        width, height = canvas.width(), canvas.height()
        size = QSize(round(width * options.scale), round(height * options.scale))
        image = QImage(size, QImage.Format.Format_ARGB32)
        # Scaled as a device pixel ratio, not by the painter: items that draw in
        # pixels (markers, labels, bars) reset the painter's transform, and would
        # come out at 1/scale of their size.
        image.setDevicePixelRatio(options.scale)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        canvas.scene().render(painter, QRectF(0, 0, width, height), canvas.sceneRect())
        painter.end()
        return image
    finally:
        canvas.dispose()


def _text_chunks(info: dict) -> dict[str, str]:
    return {
        "Software": info["app"],
        "Title": f"{info['database']}: {info['filters_text']}",
        "Source": info.get("database_url")
        or f"{info['database']} sha256:{info['database_sha256']}",
        "Creation Time": info["exported_at"],
        "Provenance": json.dumps(info, ensure_ascii=False),
    }


def _write_svg(session: Session, tmp: Path, options: ImageOptions, info: dict) -> None:
    canvas = _canvas(session, options, options.width, options.height, options.fit_height)
    try:
        width, height = canvas.width(), canvas.height()
        # SVG 1.1, not Tiny 1.2: it can clip marks to the plot as the PNG does.
        generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
        generator.setResolution(SVG_DPI)
        generator.setFileName(str(tmp))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(f"{session.store.title}: {info['filters_text']}")
        generator.setDescription(json.dumps(info, ensure_ascii=False))
        painter = QPainter(generator)
        target = QRectF(0, 0, width, height)
        painter.fillRect(target, canvas.backgroundBrush())  # as the PNG's, not transparent
        with _exporting(canvas):
            paint_scene(canvas.scene(), painter, target, canvas.sceneRect())
        painter.end()
        text = _XML_INVALID.sub(b"", tmp.read_bytes())
        size = f'<svg width="{width}" height="{height}"'.encode()
        tmp.write_bytes(_SVG_SIZE.sub(size, text, count=1))
    finally:
        canvas.dispose()


def _write_pdf(session: Session, tmp: Path, options: ImageOptions, info: dict) -> None:
    writer = QPdfWriter(str(tmp))
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES.get(options.page, QPageSize.PageSizeId.A4)),
            orientation,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(PDF_DPI)
    writer.setTitle(f"{session.store.title}: {info['filters_text']}")
    writer.setCreator(info["app"])
    writer.setDocumentXmpMetadata(_xmp(info))
    page = writer.pageLayout().paintRectPixels(PDF_DPI)
    canvas = _canvas(session, options, page.width(), page.height(), False)  # a page is fixed
    try:
        painter = QPainter(writer)
        with _exporting(canvas):
            canvas.scene().render(
                painter, QRectF(0, 0, page.width(), page.height()), canvas.sceneRect()
            )
        painter.end()
    finally:
        canvas.dispose()


@contextmanager
def _exporting(canvas: ExportCanvas) -> Iterator[None]:
    """Tell pyqtgraph's items they are being exported, as its own exporters do:
    scatter plots (markers, legend samples) then draw each symbol as a path
    instead of copying it from their pixmap atlas, which a vector file would
    hold as one embedded image per marker."""
    items = [item for item in canvas.scene().items() if hasattr(item, "setExportMode")]
    for item in items:
        item.setExportMode(True, {"antialias": True})
    try:
        yield
    finally:
        for item in items:
            item.setExportMode(False)


def _xmp(info: dict) -> bytes:
    from xml.sax.saxutils import escape

    description = escape(json.dumps(info, ensure_ascii=False))
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{description}</rdf:li>'
        "</rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


# format name (core/io/formats) -> writer(session, path, options, provenance)
WRITERS = {"png": _write_png, "svg": _write_svg, "pdf": _write_pdf}
