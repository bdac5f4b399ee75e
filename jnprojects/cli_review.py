"""The ``deck`` subcommand: the review deck as a PDF briefing pack or a folder of PNG slides."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from .cli_common import EXIT_OK, add_scope_arguments, scope_filter
from .cli_excel import refusing

Handler = Callable[[argparse.Namespace, Path], int]
GUI_COMMANDS = ("deck",)  # painting slides needs a QGuiApplication


def add_commands(commands: argparse._SubParsersAction) -> dict[str, Handler]:  # noqa: SLF001 - argparse API
    deck = commands.add_parser("deck", help="export the review deck: OUT.pdf, or a folder of PNG slides")
    deck.add_argument("out", metavar="OUT.pdf")
    add_scope_arguments(deck)
    return {"deck": refusing(_cmd_deck)}


def _cmd_deck(args: argparse.Namespace, db_path: Path) -> int:
    from .services.safety import open_safely
    from .ui.review.export import done_text, export_deck

    ws = open_safely(db_path, create=False, readonly=True)
    try:
        result = export_deck(ws, Path(args.out), args.as_of or date.today(), scope_filter(ws, args))
    finally:
        ws.close()
    print(done_text(result))
    return EXIT_OK
