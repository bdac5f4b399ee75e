"""Colours and status shapes of the deck: high contrast on white, and every status told by a shape
and a label as well as its colour (a projector washes colours out; printouts may be grey).

Shapes: red = octagon (stop), yellow = triangle (warning), green = circle, completed = circle
with a tick, not started = ring, no schedule = hollow diamond, suspended = pause bars. Verdicts of
indicators: met = tick, on course = circle, off course = cross, no target / no data = dash.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from ...domain.indicator_verdicts import MET, NO_DATA, NO_TARGET, OFF_COURSE, ON_COURSE
from ...domain.status import Light

INK = QColor("#111827")
MUTED = QColor("#374151")
FAINT = QColor("#6B7280")
RULE = QColor("#CBD5E1")
STRIPE = QColor("#F3F6FA")
PAPER = QColor("#FFFFFF")
NAVY = QColor("#0B2E6B")
NAVY_SOFT = QColor("#DCE6F5")
ACCENT = QColor("#C8102E")
DEMO = QColor("#9A6700")  # the demo label: the window's 演示数据 banner colour, dark enough to read

LIGHT_COLOURS: dict[Light, QColor] = {
    Light.RED: QColor("#C81E1E"),
    Light.YELLOW: QColor("#F2B100"),
    Light.GREEN: QColor("#15803D"),
    Light.COMPLETED: QColor("#1D4ED8"),
    Light.NOT_STARTED: QColor("#6B7280"),
    Light.NO_SCHEDULE: QColor("#6B7280"),
    Light.SUSPENDED: QColor("#7C3AED"),
}

VERDICT_COLOURS: dict[str, QColor] = {
    MET: QColor("#15803D"),
    ON_COURSE: QColor("#1D4ED8"),
    OFF_COURSE: QColor("#C81E1E"),
    NO_TARGET: QColor("#6B7280"),
    NO_DATA: QColor("#6B7280"),
}


def _polygon(center: QPointF, radius: float, sides: int, rotation: float) -> QPolygonF:
    return QPolygonF([
        QPointF(center.x() + radius * math.cos(rotation + 2 * math.pi * i / sides),
                center.y() + radius * math.sin(rotation + 2 * math.pi * i / sides))
        for i in range(sides)
    ])


def _tick(painter: QPainter, center: QPointF, r: float, colour: QColor) -> None:
    pen = QPen(colour, r * 0.32, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(center.x() - r * 0.5, center.y() + r * 0.02))
    path.lineTo(center.x() - r * 0.12, center.y() + r * 0.42)
    path.lineTo(center.x() + r * 0.55, center.y() - r * 0.4)
    painter.drawPath(path)


def paint_light(painter: QPainter, center: QPointF, size: float, light: Light) -> None:
    """The shape of ``light``, ``size`` across, centred on ``center``."""
    r = size / 2
    colour = LIGHT_COLOURS[light]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPen(INK if light == Light.YELLOW else colour.darker(130), max(1.0, size * 0.06))
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(outline)
    painter.setBrush(colour)
    if light == Light.RED:
        painter.drawPolygon(_polygon(center, r, 8, math.pi / 8))
        painter.setPen(QPen(PAPER, size * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(center.x() - r * 0.42, center.y()), QPointF(center.x() + r * 0.42, center.y()))
    elif light == Light.YELLOW:
        painter.drawPolygon(_polygon(QPointF(center.x(), center.y() + r * 0.15), r * 1.08, 3, -math.pi / 2))
        painter.setPen(QPen(INK, size * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(center.x(), center.y() - r * 0.32), QPointF(center.x(), center.y() + r * 0.2))
        painter.drawPoint(QPointF(center.x(), center.y() + r * 0.52))
    elif light == Light.GREEN:
        painter.drawEllipse(center, r * 0.95, r * 0.95)
    elif light == Light.COMPLETED:
        painter.drawEllipse(center, r * 0.95, r * 0.95)
        _tick(painter, center, r * 0.9, PAPER)
    elif light == Light.NOT_STARTED:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, size * 0.16))
        painter.drawEllipse(center, r * 0.8, r * 0.8)
    elif light == Light.NO_SCHEDULE:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, size * 0.13))
        painter.drawPolygon(_polygon(center, r * 0.92, 4, 0))
    else:  # suspended: pause bars
        painter.drawRoundedRect(QRectF(center.x() - r, center.y() - r, size, size), r * 0.3, r * 0.3)
        painter.setBrush(PAPER)
        painter.setPen(Qt.PenStyle.NoPen)
        for dx in (-0.35, 0.15):
            painter.drawRect(QRectF(center.x() + dx * r, center.y() - r * 0.5, r * 0.2, r))
    painter.restore()


def paint_verdict(painter: QPainter, center: QPointF, size: float, verdict: str) -> None:
    """The shape of an indicator verdict (tick, circle, cross or dash)."""
    r = size / 2
    colour = VERDICT_COLOURS[verdict]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if verdict == MET:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(center, r, r)
        _tick(painter, center, r * 0.9, PAPER)
    elif verdict == ON_COURSE:
        painter.setPen(QPen(colour, size * 0.14))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, r * 0.85, r * 0.85)
        painter.setBrush(colour)
        painter.drawEllipse(center, r * 0.3, r * 0.3)
    elif verdict == OFF_COURSE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(center.x() - r, center.y() - r, size, size), r * 0.25, r * 0.25)
        painter.setPen(QPen(PAPER, size * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        d = r * 0.45
        painter.drawLine(QPointF(center.x() - d, center.y() - d), QPointF(center.x() + d, center.y() + d))
        painter.drawLine(QPointF(center.x() - d, center.y() + d), QPointF(center.x() + d, center.y() - d))
    else:
        painter.setPen(QPen(colour, size * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(center.x() - r * 0.6, center.y()), QPointF(center.x() + r * 0.6, center.y()))
    painter.restore()
