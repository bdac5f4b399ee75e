"""Monthly dispatch subcommands: ``close-month``, ``reopen-month``, ``circular``, ``notice`` and
``missing-reports`` — the same services as the 月调度 tab, for scripted month ends."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from .cli_common import EXIT_OK
from .domain.errors import ValidationError

Handler = Callable[[argparse.Namespace, Path], int]


def add_commands(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # noqa: SLF001 - argparse API
    close = commands.add_parser("close-month", help="close a month and freeze its snapshot")
    close.add_argument("period", metavar="YYYY-MM")
    reopen = commands.add_parser("reopen-month", help="reopen a closed month (recorded, with a reason)")
    reopen.add_argument("period", metavar="YYYY-MM")
    reopen.add_argument("--reason", required=True)
    circular = commands.add_parser("circular", help="write the monthly circular (通报) of a closed month to xlsx")
    circular.add_argument("period", metavar="YYYY-MM")
    circular.add_argument("out", metavar="OUT.xlsx")
    notice = commands.add_parser("notice", help="write a supervision notice (督办单) to xlsx")
    notice.add_argument("out", metavar="OUT.xlsx")
    which = notice.add_mutually_exclusive_group(required=True)
    which.add_argument("--problem", type=int, metavar="ID", help="one problem of the ledger")
    which.add_argument("--unit", metavar="NAME", help="every overdue problem of a responsible unit")
    notice.add_argument("--as-of", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    missing = commands.add_parser("missing-reports", help="list the projects whose report for a month is missing")
    missing.add_argument("period", metavar="YYYY-MM")
    return {"close-month": _cmd_close, "reopen-month": _cmd_reopen, "circular": _cmd_circular,
            "notice": _cmd_notice, "missing-reports": _cmd_missing}


def _period(text: str) -> str:
    from .domain.values import parse_period

    return parse_period(text)


def _cmd_close(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from .services.monthly_close import close_period, frozen_snapshot
    from .services.safety import open_safely

    period = _period(args.period)
    ws = open_safely(db_path, create=False)
    try:
        close_period(ws, period)
        count = len(frozen_snapshot(ws, period))
    finally:
        ws.close()
    print(QCoreApplication.translate("Cli", "Closed %1: snapshot of %2 projects frozen").replace("%1", period).replace("%2", str(count)))
    return EXIT_OK


def _cmd_reopen(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from .services.monthly_close import reopen_period
    from .services.safety import open_safely

    period = _period(args.period)
    ws = open_safely(db_path, create=False)
    try:
        reopen_period(ws, period, args.reason)
    finally:
        ws.close()
    print(QCoreApplication.translate("Cli", "Reopened %1").replace("%1", period))
    return EXIT_OK


def _cmd_circular(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from .services.monthly_circular import export_circular
    from .services.safety import open_safely

    period = _period(args.period)
    ws = open_safely(db_path, create=False, readonly=True)
    try:
        content = export_circular(ws, period, Path(args.out))
    finally:
        ws.close()
    print(content.title)
    print(QCoreApplication.translate("Cli", "Saved %1").replace("%1", str(args.out)))
    return EXIT_OK


def _cmd_notice(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from .services.monthly_problems import export_notice
    from .services.projects import units
    from .services.safety import open_safely

    ws = open_safely(db_path, create=False, readonly=True)
    try:
        unit_id = None
        if args.unit is not None:
            unit_id = next((u.id for u in units(ws) if u.name == args.unit), None)
            if unit_id is None:
                raise ValidationError("unknown_unit", "unit", {"value": args.unit})
        count = export_notice(ws, Path(args.out), problem_id=args.problem, unit_id=unit_id, as_of=args.as_of)
    finally:
        ws.close()
    print(QCoreApplication.translate("Cli", "Notice with %1 problems saved to %2").replace("%1", str(count)).replace("%2", str(args.out)))
    return EXIT_OK


def _cmd_missing(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from .services.monthly import ReportingFilter, missing_reports
    from .services.safety import open_safely

    period = _period(args.period)
    ws = open_safely(db_path, create=False, readonly=True)
    try:
        rows = missing_reports(ws, period, ReportingFilter())
    finally:
        ws.close()
    for row in rows:
        print(f"{row.code}\t{row.name}\t{'、'.join(row.lead_units)}\t{'、'.join(row.location_names)}")
    print(QCoreApplication.translate("Cli", "%1 projects have not reported for %2").replace("%1", str(len(rows))).replace("%2", period))
    return EXIT_OK
