"""Guard against the PySide6 6.12.0 / Python 3.11 bug that drops a reference to None on every
QPainter draw call and aborts the interpreter ("none_dealloc") after a few thousand paints.
The pin in pyproject.toml avoids the broken build; this test fails if it ever comes back."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QImage, QPainter


def test_many_draw_calls_keep_none_refcount(qapp):
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    gc.collect()
    gc.disable()  # unrelated objects freed mid-loop would move None's count and blur the signal
    try:
        before = sys.getrefcount(None)
        painter = QPainter(image)
        for i in range(3000):
            painter.drawLine(QLineF(0, i % 200, 200, i % 200))
            painter.drawRect(QRectF(i % 150, i % 150, 20, 20))
        painter.end()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    # The broken build loses one reference per call (about 6,000 here); noise is a few dozen.
    assert after >= before - 1000, f"None lost {before - after} references over 6000 draw calls"


def test_main_window_repaints_many_times(qtbot, workspace, tmp_path):
    from PySide6.QtCore import QSettings

    from jnprojects.ui.main_window import MainWindow
    from jnprojects.ui.settings import UiSettings

    window = MainWindow(workspace, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    before = sys.getrefcount(None)
    for _ in range(60):
        window.grab()
    assert sys.getrefcount(None) >= before - 1000
