"""Command line: ``jnprojects [--db PATH] [--demo] [--lang zh_CN|en] [--readonly] [COMMAND …]``.

Without a command the window opens. Commands print one clear line on error and exit non-zero;
a file that is refused is never touched.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .cli_common import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from .domain.errors import DomainError, ValidationErrors

VIEWS = ("projects", "editor", "dashboard")


Handler = Callable[[argparse.Namespace, Path], int]


def _options_parser(*, strict: bool = False) -> argparse.ArgumentParser:
    """The options that come before any command (all the window's start needs). A ``strict`` one
    reports nothing itself: help, abbreviations and mistakes are left to the full parser."""
    parser = argparse.ArgumentParser(
        prog="jnprojects",
        description="济宁市新型城镇化重点项目推进管理 (jnprojects)",
        add_help=not strict,
        allow_abbrev=not strict,
        exit_on_error=not strict,
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: per-user data folder)")
    parser.add_argument("--demo", action="store_true", help="use a clearly marked demo database")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None,
                        help="UI language (default: the one chosen in the window, else zh_CN)")
    parser.add_argument("--readonly", action="store_true", help="open read-only")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offline (temporary database, offscreen views, "
                             "Excel round trip), print each check and exit 0 only if all passed")
    return parser


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The parser and the handler of each subcommand."""
    from . import cli_excel, cli_monthly, cli_review

    parser = _options_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("init", help="create and seed the database, then exit")
    commands.add_parser("backup", help="take a verified backup now")
    commands.add_parser("backups", help="list the backups, newest first")
    restore = commands.add_parser("restore", help="restore a backup (the current state is backed up first)")
    restore.add_argument("backup", metavar="BACKUP.db")

    handlers = dict(COMMANDS)
    handlers.update(cli_excel.add_commands(commands))
    handlers.update(cli_monthly.add_commands(commands))
    handlers.update(cli_review.add_commands(commands))

    shot = commands.add_parser("screenshot", help="render a view offscreen to PNG and exit")
    shot.add_argument("out", metavar="OUT.png")
    shot.add_argument("--view", choices=VIEWS, default="projects")
    shot.add_argument("--size", default="1400x860", metavar="WxH")
    return parser, handlers


def _window_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a start with no command (the window's), read without building every
    command's parser and importing their modules, about 7 ms of each start; None when there is a
    command, a request for help or a mistake, which the full parser then judges and reports."""
    try:
        args, rest = _options_parser(strict=True).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    args = _window_start(argv)
    if args is None:
        parser, handlers = build_parser()
        args = parser.parse_args(argv)
    else:
        args.command, handlers = None, {}
    if args.self_test:  # touches nothing of the user's: no log, no settings, a temporary database
        from .selftest import run_self_test

        return run_self_test(args.lang or "zh_CN")
    from .app import make_app, resolve_db, run_gui, setup_logging

    setup_logging()
    db_path = resolve_db(args.db, args.demo)
    if args.command is None:
        return run_gui(db_path, demo=args.demo, lang=args.lang, readonly=args.readonly)
    from .cli_review import GUI_COMMANDS

    gui = args.command in ("screenshot", *GUI_COMMANDS)
    make_app(args.lang or "zh_CN", gui=gui, offscreen=gui)
    try:
        return handlers[args.command](args, db_path)
    except (DomainError, ValidationErrors) as exc:
        from .ui.messages import error_text

        print(error_text(exc), file=sys.stderr)
        return EXIT_ERROR


def _cmd_init(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from .services.safety import open_safely

    ws = open_safely(db_path, demo=args.demo)
    try:
        from .services.projects import count_projects

        existed = not ws.store.created
        total = count_projects(ws)
    finally:
        ws.close()
    if existed:
        text = QCoreApplication.translate("Cli", "Database ready (already existed): %1, %2 projects")
    else:
        text = QCoreApplication.translate("Cli", "Database created: %1, %2 projects")
    print(text.replace("%1", str(db_path)).replace("%2", str(total)))
    return EXIT_OK


def _cmd_screenshot(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from .services.safety import open_safely
    from .ui.screens import render_view

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(QCoreApplication.translate("Cli", "--size must look like 1400x860"), file=sys.stderr)
        return EXIT_USAGE
    ws = open_safely(db_path, demo=args.demo, readonly=args.readonly)
    try:
        image = render_view(ws, args.view, width, height)
    finally:
        ws.close()
    if not image.save(str(args.out)):
        print(QCoreApplication.translate("Cli", "Cannot write %1").replace("%1", str(args.out)), file=sys.stderr)
        return EXIT_ERROR
    print(QCoreApplication.translate("Cli", "Saved %1").replace("%1", str(args.out)))
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from .services.safety import backup_now, open_safely

    ws = open_safely(db_path, create=False)
    try:
        info = backup_now(ws, "manual")
    finally:
        ws.close()
    print(QCoreApplication.translate("Cli", "Backup written and verified: %1").replace("%1", str(info.path)))
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace, db_path: Path) -> int:
    from .services.safety import list_backups

    for info in list_backups(db_path):
        count = "" if info.project_count is None else str(info.project_count)
        print(f"{info.created:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{info.size // 1024} KB\t{count}\t{info.path}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, db_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from .services.safety import restore_backup

    result = restore_backup(db_path, Path(args.backup))
    print(QCoreApplication.translate("Cli", "Restored %1; the previous state was saved as %2")
          .replace("%1", str(args.backup)).replace("%2", str(result.safety_backup.path if result.safety_backup else "-")))
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "init": _cmd_init,
    "backup": _cmd_backup,
    "backups": _cmd_backups,
    "restore": _cmd_restore,
    "screenshot": _cmd_screenshot,
}


if __name__ == "__main__":
    sys.exit(main())
