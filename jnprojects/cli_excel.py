"""Excel subcommands: ``export``, ``template``, ``import`` and ``ledger``.

They call the same services as the window's dialogs, so a file refused here is refused there for
the same reason and with the same sentence; imports preview first and write nothing on
``--dry-run`` or when the file has problems (unless ``--skip-rejected``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_common import EXIT_ERROR, EXIT_OK, add_scope_arguments, pick, scope_filter

if TYPE_CHECKING:
    from .services.changes import Changes

Handler = Callable[[argparse.Namespace, Path], int]


def add_commands(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # noqa: SLF001 - argparse API
    export = commands.add_parser("export", help="export the progress sheet (推进情况表) to xlsx")
    export.add_argument("out", metavar="OUT.xlsx")
    add_scope_arguments(export)

    template = commands.add_parser("template", help="write fill-in templates, one per unit or location")
    template.add_argument("out_dir", metavar="OUT_DIR")
    template.add_argument("--by", choices=("unit", "location"), default="unit")
    template.add_argument("--period", metavar="YYYY-MM", help="reporting month (default: this month)")

    imp = commands.add_parser("import", help="preview and import a returned progress sheet or template")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="only print the preview")
    imp.add_argument("--skip-rejected", action="store_true", help="import the good rows, skip rows with problems")
    imp.add_argument("--accept-other-period", action="store_true",
                     help="accept a template made for another month")

    ledger = commands.add_parser("ledger", help="import a project ledger (项目台账) of any layout")
    ledger.add_argument("file", metavar="FILE.xlsx")
    ledger.add_argument("--dry-run", action="store_true", help="only print the preview")
    ledger.add_argument("--category", help="category for rows that name none (code or Chinese name)")
    ledger.add_argument("--year", type=int, help="year of the annual figures (default: this year)")
    ledger.add_argument("--skip-rejected", action="store_true", help="import the good rows, skip rows with problems")
    return {"export": refusing(_cmd_export), "template": refusing(_cmd_template),
            "import": refusing(_cmd_import), "ledger": refusing(_cmd_ledger)}


def refusing(handler: Handler) -> Handler:
    """Print an exchange refusal (file locked, wrong kind, stale preview …) as its sentence."""

    def run(args: argparse.Namespace, db_path: Path) -> int:
        from .exchange.problems import Cancelled, FileRefused, refusal_text

        try:
            return handler(args, db_path)
        except (FileRefused, Cancelled) as exc:
            print(refusal_text(exc), file=sys.stderr)
            return EXIT_ERROR

    return run


def _cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from .services.excel_export import export_progress_sheet
    from .services.safety import open_safely

    ws = open_safely(db_path, create=False, readonly=True)
    try:
        result = export_progress_sheet(ws, Path(args.out), args.as_of or date.today(), scope_filter(ws, args))
    finally:
        ws.close()
    print(QCoreApplication.translate("Cli", "Exported %1 projects and %2 milestones to %3")
          .replace("%1", str(result.projects)).replace("%2", str(result.milestones)).replace("%3", str(result.path)))
    return EXIT_OK


def _cmd_template(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from .services.excel_templates import make_templates
    from .services.safety import open_safely

    ws = open_safely(db_path, create=False)
    try:
        results = make_templates(ws, Path(args.out_dir), by=args.by, period=args.period)
    finally:
        ws.close()
    for result in results:
        print(f"{result.path}\t{result.scope}\t{result.projects}\t{result.milestones}")
    print(QCoreApplication.translate("Cli", "%1 templates written to %2")
          .replace("%1", str(len(results))).replace("%2", str(args.out_dir)))
    return EXIT_OK


def _preview_then_apply(args: argparse.Namespace, lines: list[str], has_problems: bool,
                        apply: Callable[[], Changes]) -> int:
    """Print the preview; apply it unless it is a dry run or has problems the user did not skip.
    Exits non-zero whenever the file has problems, dry run or not."""
    from PySide6.QtCore import QCoreApplication

    print("\n".join(lines))
    if has_problems and not args.skip_rejected:
        print(QCoreApplication.translate("Cli", "Nothing was imported: fix the problems above, or use "
                                                "--skip-rejected to import the good rows."), file=sys.stderr)
        return EXIT_ERROR
    if args.dry_run:
        print(QCoreApplication.translate("Cli", "Dry run: nothing was written."))
        return EXIT_OK
    changes = apply()
    print(QCoreApplication.translate("Cli", "Imported: %1 projects changed").replace("%1", str(len(changes.projects))))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, db_path: Path) -> int:
    from .services.excel_import import apply_import, preview_import, preview_lines
    from .services.safety import open_safely

    ws = open_safely(db_path, create=False)
    try:
        preview = preview_import(ws, Path(args.file), accept_other_period=args.accept_other_period)
        return _preview_then_apply(args, preview_lines(preview), bool(preview.problems),
                                   lambda: apply_import(ws, preview, skip_rejected=args.skip_rejected))
    finally:
        ws.close()


def _cmd_ledger(args: argparse.Namespace, db_path: Path) -> int:
    from .services.excel_ledger import apply_ledger, preview_ledger, preview_lines, read_ledger
    from .services.projects import categories
    from .services.safety import open_safely

    ws = open_safely(db_path, create=False)
    try:
        ledger = read_ledger(ws, Path(args.file))
        category = pick(categories(ws), args.category, "category_code")
        preview = preview_ledger(ws, ledger, default_category=category, year=args.year)
        return _preview_then_apply(args, preview_lines(preview), bool(preview.problems),
                                   lambda: apply_ledger(ws, preview, skip_rejected=args.skip_rejected))
    finally:
        ws.close()
