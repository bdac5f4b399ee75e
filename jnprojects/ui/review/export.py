"""The briefing pack: the deck as a PDF (A4 landscape, one slide per page, vector text with the
bundled font embedded) or as a folder of PNG slides, painted by the same renderer as the screen.

:func:`write_pack` runs in a worker thread (``progress(done, total)`` and ``cancel()`` as the
Excel exports take them); the fonts must have been loaded on the GUI thread first
(:func:`~.fonts.load_fonts`; :func:`export_deck` and :func:`run_export` do it). A PDF appears only
when complete (an older file is replaced at the end, kept on error or cancel); a cancelled PNG
export removes the slides it wrote.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ...domain.deck import Deck
from ...domain.errors import DomainError
from ...domain.query import ProjectFilter
from ...exchange.problems import Cancelled
from ...services import deck as deck_service
from ...services.workspace import Workspace
from .fonts import load_fonts
from .renderer import SlideRenderer, deck_title

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

PNG_SIZE = (1920, 1080)


@dataclass(frozen=True)
class PackResult:
    """What was written: the PDF or the PNG files, and how many slides."""

    path: Path
    slides: int
    files: tuple[Path, ...] = ()


def is_pdf(out: Path) -> bool:
    return out.suffix.lower() == ".pdf"


def write_pack(deck: Deck, out: Path, progress: Progress | None = None, cancel: Cancel | None = None,
               png_size: tuple[int, int] = PNG_SIZE) -> PackResult:
    """The deck as ``out``: a PDF when it ends in ``.pdf``, else PNG slides in that folder."""
    out = Path(out)
    if is_pdf(out):
        return write_pdf(deck, out, progress, cancel)
    return write_pngs(deck, out, png_size, progress, cancel)


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def write_pdf(deck: Deck, out: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> PackResult:
    renderer = SlideRenderer(deck)
    temp = out.with_name(f".{out.name}.part")
    writer = QPdfWriter(str(temp))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(deck_title())
    writer.setCreator("jnprojects")
    painter = QPainter()
    if not painter.begin(writer):
        raise DomainError("write_failed", params={"path": str(out), "detail": "QPdfWriter"})
    total = len(deck.slides)
    try:
        for i in range(total):
            _check(cancel)
            if i:
                writer.newPage()
            renderer.paint(painter, i, QRectF(0, 0, writer.width(), writer.height()))
            if progress is not None:
                progress(i + 1, total)
    except BaseException:
        painter.end()
        temp.unlink(missing_ok=True)
        raise
    painter.end()
    os.replace(temp, out)
    return PackResult(out, total, (out,))


def write_pngs(deck: Deck, folder: Path, size: tuple[int, int] = PNG_SIZE, progress: Progress | None = None,
               cancel: Cancel | None = None) -> PackResult:
    renderer = SlideRenderer(deck)
    folder.mkdir(parents=True, exist_ok=True)
    total = len(deck.slides)
    digits = len(str(total))
    written: list[Path] = []
    try:
        for i in range(total):
            _check(cancel)
            image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
            image.fill(QColor("#FFFFFF"))
            painter = QPainter(image)
            renderer.paint(painter, i, QRectF(0, 0, size[0], size[1]))
            painter.end()
            path = folder / f"slide-{i + 1:0{digits}d}.png"
            if not image.save(str(path)):
                raise DomainError("write_failed", params={"path": str(path), "detail": "PNG"})
            written.append(path)
            if progress is not None:
                progress(i + 1, total)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return PackResult(folder, total, tuple(written))


def export_deck(ws: Workspace, out: Path, as_of: date, flt: ProjectFilter = ProjectFilter(),
                progress: Progress | None = None, cancel: Cancel | None = None) -> PackResult:
    """Build the deck from ``ws`` and write it (the command line's ``deck`` command).

    Needs a ``QGuiApplication`` (fonts and painting) but no window; ``ws`` may be read-only.
    """
    load_fonts()
    return write_pack(deck_service.build(ws, as_of, flt), Path(out), progress, cancel)


def done_text(result: PackResult) -> str:
    """'Wrote 17 slides to …' for the command line and the window."""
    return Q.translate("ReviewExport", "Wrote %1 slides to %2").replace("%1", str(result.slides)).replace(
        "%2", str(result.path))
