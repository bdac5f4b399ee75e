"""The frame every dashboard chart sits in: a title, a body, and "Export image…" on right-click.

Export renders the whole frame (title, legend and plot) into a ``QImage`` of exactly the requested
pixel size: the frame is laid out at that size for the render and put back afterwards, so text
stays at its normal size instead of being stretched. Controls marked with :meth:`ChartFrame.
mark_screen_only` (zoom buttons, scroll bars) are left out of the image. No pyqtgraph here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MIN_EXPORT = 200
MAX_EXPORT = 8000
TITLE_POINT_SIZE = 13.0
CHART_POINT_SIZE = 11.0


def chart_font(point_size: float = CHART_POINT_SIZE, bold: bool = False) -> QFont:
    """The application font at a size readable on a projector."""
    font = QFont(QCoreApplication.instance().font()) if QCoreApplication.instance() else QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


class ExportSizeDialog(QDialog):
    """Asks for the image's width × height in pixels."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
            box.setRange(MIN_EXPORT, MAX_EXPORT)
            box.setSuffix(self.tr(" px"))
            box.setValue(max(MIN_EXPORT, min(MAX_EXPORT, value)))
        form = QFormLayout()
        form.addRow(self.tr("Width"), self.width_box)
        form.addRow(self.tr("Height"), self.height_box)
        hint = QLabel(self.tr("For slides 1920 × 1080 works well; for print use 3000 or more."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen_size(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())


class ChartFrame(QFrame):
    """Base of the dashboard's chart panels: a title line, a body layout and PNG export."""

    sig_exported = Signal(str)
    """An image was written; carries its path (the main window may show it in the status bar)."""

    def __init__(self, title: str, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#chartFrame { background: white; }")
        self._file_stem = file_stem
        self._screen_only: list[QWidget] = []
        self._last_size: QSize | None = None
        self.title_label = QLabel(title)
        self.title_label.setFont(chart_font(TITLE_POINT_SIZE, bold=True))
        self.title_label.setStyleSheet("color: #1F2933;")
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addLayout(self.body, 1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

    # --- context menu ------------------------------------------------------------------------
    def take_context_menu(self, widget: QWidget) -> None:
        """Route ``widget``'s right-click menu to this frame's (used for the pyqtgraph views)."""
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(
            lambda pos, w=widget: self._on_context_menu(self.mapFromGlobal(w.mapToGlobal(pos))))

    def context_menu(self) -> QMenu:
        """The menu a right-click shows; subclasses may add actions."""
        menu = QMenu(self)
        self.add_menu_actions(menu)
        action = menu.addAction(self.tr("Export image…"))
        action.triggered.connect(self._on_export_requested)
        return menu

    def add_menu_actions(self, menu: QMenu) -> None:
        """Hook: actions placed before "Export image…" (e.g. for the item under the mouse)."""

    def _on_context_menu(self, pos: QPoint) -> None:
        self.context_menu().exec(self.mapToGlobal(pos))

    def _on_export_requested(self) -> None:
        dialog = ExportSizeDialog(self._last_size or QSize(1600, 900), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        size = dialog.chosen_size()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export image"), f"{self._file_stem}.png",
                                              self.tr("PNG image (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            self.export_png(path, size.width(), size.height())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export image"),
                                self.tr("The image could not be written: %1").replace("%1", str(exc)))
            return
        self._last_size = size

    # --- rendering ---------------------------------------------------------------------------
    def mark_screen_only(self, *widgets: QWidget) -> None:
        """Controls left out of exported images (buttons, scroll bars)."""
        self._screen_only.extend(widgets)

    def render_image(self, width: int, height: int) -> QImage:
        """The frame drawn at exactly ``width`` × ``height`` pixels."""
        if not (MIN_EXPORT // 4 <= width <= MAX_EXPORT and MIN_EXPORT // 4 <= height <= MAX_EXPORT):
            raise ValueError(f"image size {width}x{height} outside {MIN_EXPORT // 4}–{MAX_EXPORT}")
        old_size = self.size()
        hidden = [w for w in self._screen_only if not w.isHidden()]
        for w in hidden:
            w.hide()
        self.resize(width, height)
        self._settle()
        self.before_render()
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(1.0)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        for w in hidden:
            w.show()
        self.resize(old_size)
        self._settle()
        self.before_render()
        return image

    def export_png(self, path: str | Path, width: int, height: int) -> None:
        """Write the chart as a PNG of exactly ``width`` × ``height`` pixels (raises ``OSError``)."""
        image = self.render_image(width, height)
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        self.sig_exported.emit(str(path))

    def before_render(self) -> None:
        """Hook: re-fit what depends on the pixel size (e.g. rows per screen) before drawing."""

    def _settle(self) -> None:
        # Layouts (QWidget and QGraphicsWidget ones alike) apply their geometry on posted
        # LayoutRequest events; deliver them now so the render sees the new size.
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
