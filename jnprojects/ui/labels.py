"""Translated names for the enumeration codes the lower layers use."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.model import Kind, Level, Role, Stage


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def stage_name(stage: Stage | str | None) -> str:
    names = {
        Stage.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
        Stage.PREPARATION: QT_TRANSLATE_NOOP("Labels", "Preparation"),
        Stage.CONSTRUCTION: QT_TRANSLATE_NOOP("Labels", "Under construction"),
        Stage.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
        Stage.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "Suspended"),
    }
    return _t(names[Stage(stage)]) if stage else ""


def level_name(level: Level | str | None) -> str:
    names = {Level.PROVINCE: QT_TRANSLATE_NOOP("Labels", "Provincial"), Level.CITY: QT_TRANSLATE_NOOP("Labels", "City"), Level.COUNTY: QT_TRANSLATE_NOOP("Labels", "County")}
    return _t(names[Level(level)]) if level else ""


def kind_name(kind: Kind | str | None) -> str:
    names = {Kind.NEW: QT_TRANSLATE_NOOP("Labels", "New start"), Kind.CONTINUING: QT_TRANSLATE_NOOP("Labels", "Continuing")}
    return _t(names[Kind(kind)]) if kind else ""


def role_name(role: Role | str | None) -> str:
    names = {Role.LEAD: QT_TRANSLATE_NOOP("Labels", "Lead"), Role.COOP: QT_TRANSLATE_NOOP("Labels", "Cooperating")}
    return _t(names[Role(role)]) if role else ""
