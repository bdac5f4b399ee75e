"""Settings of the status rules (红黄绿灯 thresholds), stored in the database for everyone.

The dialog also explains 序时进度 with worked cases; the figures in them are computed by the same
functions the rules use (``domain.schedule.schedule_pct`` / ``annual_schedule_pct``), so the text can
never drift from the code.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationErrors
from ...domain.schedule import annual_schedule_pct, schedule_pct
from ...domain.thresholds import Thresholds
from ...services import status as status_service
from ...services.changes import Changes
from ...services.workspace import Workspace
from ..messages import error_text

#: Worked cases of the project 序时进度: (planned start, planned end, as-of date).
PROJECT_CASES: tuple[tuple[date, date, date], ...] = (
    (date(2026, 1, 1), date(2026, 12, 31), date(2026, 7, 2)),
    (date(2024, 1, 1), date(2025, 1, 1), date(2024, 3, 1)),
    (date(2026, 1, 1), date(2026, 12, 31), date(2025, 12, 1)),
    (date(2025, 1, 1), date(2026, 12, 31), date(2027, 3, 1)),
)
#: Worked cases of the annual 序时进度 (investment plans).
ANNUAL_CASES: tuple[date, ...] = (date(2026, 7, 2), date(2024, 7, 1), date(2026, 12, 31))


def _pct(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


class ThresholdsDialog(QDialog):
    """Edits the ``Thresholds``; OK saves them (logged) and leaves the result in ``changes``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.changes = Changes()
        self.setWindowTitle(self.tr("Status thresholds"))
        self.resize(760, 600)  # the worked cases must fit without scrolling
        current = status_service.thresholds(workspace)

        self.yellow_gap = self._points()
        self.red_gap = self._points()
        self.red_start_delay_months = self._count(self.tr(" months"), 60)
        self.warn_days = self._count(self.tr(" days"), 365)
        self.red_overdue_days = self._count(self.tr(" days"), 365)
        self.validity_warn_days = self._count(self.tr(" days"), 365)
        form = QFormLayout()
        form.addRow(self.tr("Yellow when progress is behind 序时进度 by more than"), self.yellow_gap)
        form.addRow(self.tr("Red when progress is behind 序时进度 by more than"), self.red_gap)
        form.addRow(self.tr("Red when still not started this long after the planned start"),
                    self.red_start_delay_months)
        form.addRow(self.tr("A milestone is due soon within"), self.warn_days)
        form.addRow(self.tr("Red when a milestone is overdue by more than"), self.red_overdue_days)
        form.addRow(self.tr("Warn before an approval lapses within"), self.validity_warn_days)
        self._show(current)

        self.formula = QLabel(self._formula_html())
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("How 序时进度 is computed"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.formula)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not workspace.readonly)
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(lambda: self._show(Thresholds()))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _points(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 100.0)
        box.setDecimals(1)
        box.setSuffix(self.tr(" points"))
        return box

    @staticmethod
    def _count(suffix: str, maximum: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, maximum)
        box.setSuffix(suffix)
        return box

    def _show(self, th: Thresholds) -> None:
        for f in fields(th):
            getattr(self, f.name).setValue(getattr(th, f.name))

    def thresholds(self) -> Thresholds:
        """The values as entered (not validated)."""
        values = {f.name: getattr(self, f.name).value() for f in fields(Thresholds)}
        return Thresholds(**values)

    def _formula_html(self) -> str:
        project = "".join(
            "<li>" + self.tr("planned %1 to %2, as of %3: %4 / %5 days = <b>%6%</b>")
            .replace("%1", s.isoformat()).replace("%2", e.isoformat()).replace("%3", d.isoformat())
            .replace("%4", str(max(0, min((d - s).days, (e - s).days)))).replace("%5", str((e - s).days))
            .replace("%6", _pct(schedule_pct(s, e, d))) + "</li>"
            for s, e, d in PROJECT_CASES)
        annual = "".join(
            "<li>" + self.tr("%1: day %2 of %3 = <b>%4%</b>").replace("%1", d.isoformat())
            .replace("%2", str(d.timetuple().tm_yday)).replace("%3", str(date(d.year, 12, 31).timetuple().tm_yday))
            .replace("%4", _pct(annual_schedule_pct(d))) + "</li>"
            for d in ANNUAL_CASES)
        return (
            self.tr("<p><b>Project:</b> 序时进度 = days from the planned start to the as-of date ÷ days from the "
                    "planned start to the planned end × 100, kept within 0–100 % (0 before the start, 100 after "
                    "the end).</p>") + f"<ul>{project}</ul>"
            + self.tr("<p><b>Annual investment:</b> 序时进度 = day of the year of the as-of date ÷ days in the "
                      "year × 100 (31 December is 100 %).</p>") + f"<ul>{annual}</ul>"
            + self.tr("<p><b>Gap:</b> 序时进度 − actual progress, in percentage points. Actual progress is the "
                      "share of milestone weights done, else the reported 形象进度, else investment completed ÷ "
                      "total investment. Exactly at a threshold is not behind: with the default 10 / 30 points, "
                      "35 % against 50 % (15 points behind) is yellow, 20 % against 50 % (30 points) is still "
                      "yellow, 19 % (31 points) is red.</p>")
        )

    def _on_save(self) -> None:
        try:
            self.changes = status_service.save_thresholds(self._ws, self.thresholds())
        except (DomainError, ValidationErrors) as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()
