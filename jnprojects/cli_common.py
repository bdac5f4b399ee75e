"""What the subcommand modules share: exit codes and the export scope (date, category, place)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from .domain.errors import ValidationError

if TYPE_CHECKING:
    from .domain.query import ProjectFilter
    from .services.workspace import Workspace

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_scope_arguments(parser: argparse.ArgumentParser) -> None:
    """``--as-of``, ``--category`` and ``--location``, as the export and deck commands take them."""
    parser.add_argument("--as-of", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    parser.add_argument("--category", help="category code or Chinese name")
    parser.add_argument("--location", help="location code or Chinese name")


def pick(choices: list, wanted: str | None, what: str) -> str | None:
    """The code of the category/location named by code or Chinese name; ``ValidationError`` if none."""
    if not wanted:
        return None
    for item in choices:
        names = {item.code, getattr(item, "name_zh", None), getattr(item, "name", None),
                 getattr(item, "short_name", None)}
        if wanted in names:
            return item.code
    raise ValidationError("unknown_choice", what, {"value": wanted})


def scope_filter(ws: Workspace, args: argparse.Namespace) -> ProjectFilter:
    """The project filter that ``--category`` and ``--location`` ask for."""
    from .domain.query import ProjectFilter
    from .services.projects import categories, locations

    return ProjectFilter(category=pick(categories(ws), args.category, "category_code"),
                         location=pick(locations(ws), args.location, "locations"))
