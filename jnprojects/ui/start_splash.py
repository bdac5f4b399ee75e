"""A splash that says what the start is doing, for databases big enough to take seconds to open.

At 100,000 projects the file check ran 1–2 s past Qt's load and the project list's first read
3–4 s more, with nothing on screen: a user could take the app for dead and start it again. A
database under ``LARGE_DATABASE_BYTES`` (about 20,000 projects) opens in about a second, and a
splash would only flash.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QSplashScreen

from .icons import app_icon

LARGE_DATABASE_BYTES = 64 * 1024 * 1024

_WIDTH, _HEIGHT, _ICON = 520, 160, 64
_INK, _MUTED = QColor("#1e293b"), QColor("#475569")


class StartSplash(QSplashScreen):
    """The app's name and the database's, and one line on the step under way."""

    def __init__(self, database: Path) -> None:
        super().__init__()
        self.setPixmap(self._picture(database))

    def _picture(self, database: Path) -> QPixmap:
        picture = QPixmap(_WIDTH, _HEIGHT)
        picture.fill(QColor("#f8fafc"))
        painter = QPainter(picture)
        try:
            painter.setPen(QColor("#cbd5e1"))
            painter.drawRect(0, 0, _WIDTH - 1, _HEIGHT - 1)
            app_icon().paint(painter, QRect(20, 20, _ICON, _ICON))
            title = QFont(self.font())
            title.setPointSizeF(title.pointSizeF() * 1.4)
            title.setBold(True)
            painter.setFont(title)
            painter.setPen(_INK)
            text_left = 20 + _ICON + 16
            painter.drawText(QRect(text_left, 16, _WIDTH - text_left - 20, 56),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Jining key projects of new urbanization"))
            painter.setFont(self.font())
            painter.setPen(_MUTED)
            painter.drawText(QRect(text_left, 74, _WIDTH - text_left - 20, 24), Qt.AlignmentFlag.AlignVCenter,
                             database.name)
        finally:
            painter.end()
        return picture

    def say_checking(self) -> None:
        self._say(self.tr("Checking the database…"))

    def say_reading(self) -> None:
        self._say(self.tr("Reading the projects…"))

    def _say(self, text: str) -> None:
        # Painted at once: the start blocks the event loop between its steps.
        self.showMessage(text)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def drawContents(self, painter: QPainter) -> None:  # noqa: N802 - Qt API
        painter.setPen(_INK)
        painter.drawText(self.rect().adjusted(20, 0, -20, -16),
                         Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, self.message())


def start_splash(database: Path) -> StartSplash | None:
    """A shown splash when ``database`` is large, else None."""
    try:
        large = database.stat().st_size >= LARGE_DATABASE_BYTES
    except OSError:  # a new or unreadable file: the open itself reports what is wrong
        return None
    if not large:
        return None
    splash = StartSplash(database)
    splash.show()
    splash.say_checking()
    return splash
