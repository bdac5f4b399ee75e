"""``jnprojects --self-test`` (or ``python -m jnprojects.selftest``): prove that this installation works.

Run on a freshly copied bundle (or a checkout), offline: it opens a temporary database, seeds it,
renders the main window's views and the dashboard's charts offscreen, exports the progress sheet, edits it and
imports it back. Each check prints one line (``PASS name: detail`` or ``FAIL name: error``); the
exit code is 0 only when every check passed. Python may not open a socket meanwhile
(``netguard``). Nothing is written outside a temporary folder, which is removed at the end.

The lines are for the IT staff installing the app and stay in English, like a log.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import __version__
from .netguard import no_network
from .paths import app_root, icons_dir, resources_dir, schema_path, seed_dir

EDITED_TEXT = "自检：形象进度已回写"


@dataclass
class Run:
    """What the checks share: the temporary folder, the application, the workspace, the window."""

    folder: Path
    out: Callable[[str], None]
    lang: str
    app: object = None
    ws: object = None
    window: object = None
    projects: int = 0
    sheet: Path | None = None
    passed: list[str] = field(default_factory=list)


def _resources(run: Run) -> str:
    seeds = sorted(p.name for p in seed_dir().glob("*.json"))
    translations = sorted(p.name for p in (resources_dir() / "i18n").glob("*.qm"))
    icons = sorted(p.name for p in icons_dir().glob("*.png"))
    missing = [name for name, ok in (("db/schema.sql", schema_path().is_file()), ("seed data", seeds),
                                     ("translations", translations), ("icons", icons)) if not ok]
    if missing:
        raise RuntimeError("missing under " + str(app_root()) + ": " + ", ".join(missing))
    return f"schema, {len(seeds)} seed files, {', '.join(translations)}, {len(icons)} icon sizes"


def _qt(run: Run) -> str:
    from PySide6 import __version__ as qt_version
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from .app import make_app

    run.app = make_app(run.lang, offscreen=True)
    if QGuiApplication.windowIcon().isNull():
        raise RuntimeError("the application icon did not load")
    shown = QCoreApplication.translate("MainWindow", "Projects")
    if run.lang != "en" and shown == "Projects":
        raise RuntimeError(f"the {run.lang} translation did not load")
    return f"Qt {qt_version} on platform {QGuiApplication.platformName()}, language {run.lang} ({shown}), icon"


def _database(run: Run) -> str:
    from .services.projects import count_projects
    from .services.workspace import open_workspace

    run.ws = ws = open_workspace(run.folder / "selftest.db", user="self-test")
    run.projects = count_projects(ws)
    if not ws.store.created or run.projects == 0:
        raise RuntimeError(f"expected a new seeded database, found {run.projects} projects")
    return f"created and seeded: {run.projects} projects, schema version {ws.store.version}"


def _distinct_colours(image) -> int:  # noqa: ANN001 - QImage
    """Colours on a 40×25 grid: a blank or failed render has one."""
    width, height = image.width(), image.height()
    return len({image.pixel(x * width // 40, y * height // 25) for x in range(40) for y in range(25)})


def _grab(widget, what: str) -> str:  # noqa: ANN001 - QWidget
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    image = widget.grab().toImage()
    if image.isNull() or _distinct_colours(image) < 2:
        raise RuntimeError(f"{what} rendered blank")
    return f"{image.width()}x{image.height()}"


def _main_window(run: Run) -> str:
    from PySide6.QtCore import QSettings

    from .ui.main_window import MainWindow
    from .ui.settings import UiSettings

    settings = UiSettings(QSettings(str(run.folder / "settings.ini"), QSettings.Format.IniFormat))
    run.window = window = MainWindow(run.ws, settings)
    window.resize(1280, 800)
    window.show()
    size = _grab(window, "the main window")
    rows = window.project_list.model.rowCount()
    if rows != run.projects:
        raise RuntimeError(f"the project list shows {rows} rows, the database has {run.projects}")
    return f"project list shows {rows} projects, rendered {size}"


def _views(run: Run) -> str:
    tabs = run.window.tabs
    titles = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _grab(run.window, f"tab {tabs.tabText(index)}")
        titles.append(tabs.tabText(index))
    tabs.setCurrentIndex(0)
    return "rendered tabs " + ", ".join(titles)


def _dashboard_class():  # noqa: ANN202 - the DashboardView class, or None in a build without one
    try:
        from .ui.dashboard.view import DashboardView
    except ModuleNotFoundError as exc:
        if exc.name != "jnprojects.ui.dashboard.view":
            raise  # a module the dashboard needs is missing from the bundle
        return None
    return DashboardView


def _chart(run: Run) -> str:
    """pyqtgraph and numpy load only when a chart is first shown: draw the dashboard to prove they work."""
    import numpy
    import pyqtgraph as pg

    dashboard = _dashboard_class()
    if dashboard is not None:
        widget, what = dashboard(run.ws), "the dashboard"
    else:
        widget, what = pg.PlotWidget(background="w"), "a pyqtgraph chart"
        widget.addItem(pg.BarGraphItem(x=numpy.arange(3), height=[3, 1, 2], width=0.6, brush="#1e4fa3"))
    widget.resize(1280, 800)
    widget.show()
    try:
        size = _grab(widget, what)
    finally:
        widget.close()
    return f"{what} with pyqtgraph {pg.__version__}, numpy {numpy.__version__}, rendered {size}"


def _export(run: Run) -> str:
    from .services.excel_common import ensure_database_id
    from .services.excel_export import export_progress_sheet

    ensure_database_id(run.ws)
    run.sheet = run.folder / "推进情况表.xlsx"
    result = export_progress_sheet(run.ws, run.sheet, date.today())
    if result.projects != run.projects or not run.sheet.is_file():
        raise RuntimeError(f"exported {result.projects} of {run.projects} projects")
    return f"progress sheet with {result.projects} projects, {result.milestones} milestones, " \
           f"{run.sheet.stat().st_size // 1024} KB"


def _edit_first_progress_text(path: Path) -> str:
    """Write EDITED_TEXT as the first project's 形象进度 in the exported file, as an office would."""
    import openpyxl

    from .exchange.layout import CODE_HEADER, PROGRESS_COLUMNS, PROGRESS_SHEET, header_of

    book = openpyxl.load_workbook(path)
    sheet = book[PROGRESS_SHEET]
    wanted = header_of(PROGRESS_COLUMNS, "progress_text")
    columns: dict[str, int] = {}
    first_row = 0
    for row in sheet.iter_rows(min_row=1, max_row=8):  # two header rows: groups above, names below
        columns.update({str(c.value).strip(): c.column for c in row if c.value is not None})
        if wanted in columns and CODE_HEADER in columns:
            first_row = row[0].row + 1
            break
    code_column = columns[CODE_HEADER]
    for row in range(first_row, sheet.max_row + 1):
        code = sheet.cell(row, code_column).value
        if code:
            sheet.cell(row, columns[wanted]).value = EDITED_TEXT
            book.save(path)
            return str(code)
    raise RuntimeError("no project row in the exported sheet")


def _import(run: Run) -> str:
    from .services.excel_import import apply_import, preview_import

    code = _edit_first_progress_text(run.sheet)
    preview = preview_import(run.ws, run.sheet)
    found = [(c.code, c.new) for c in preview.changes]
    if preview.problems or found != [(code, EDITED_TEXT)]:
        raise RuntimeError(f"expected one change of {code}, found {found} and {len(preview.problems)} problems")
    apply_import(run.ws, preview)
    again = preview_import(run.ws, run.sheet)
    if again.changes or again.problems:
        raise RuntimeError("after applying, the same file still differs from the database")
    return f"edited 形象进度 of {code}: previewed 1 change, applied, re-import finds none"


CHECKS: tuple[tuple[str, Callable[[Run], str]], ...] = (
    ("resources", _resources),
    ("qt", _qt),
    ("database", _database),
    ("main window", _main_window),
    ("views", _views),
    ("chart", _chart),
    ("export", _export),
    ("import", _import),
)


def _close(run: Run) -> None:
    if run.window is not None:
        run.window.close()
    if run.ws is not None:
        run.ws.close()


def run_self_test(lang: str = "zh_CN", out: Callable[[str], None] = print) -> int:
    """Run every check, printing one line each; 0 when all passed, 1 at the first failure."""
    frozen = "bundle" if getattr(sys, "frozen", False) else "checkout"
    out(f"jnprojects {__version__} self-test ({frozen} at {app_root()})")
    with tempfile.TemporaryDirectory(prefix="jnprojects-selftest-", ignore_cleanup_errors=True) as folder:
        run = Run(Path(folder), out, lang)
        try:
            with no_network() as guard:
                for name, check in CHECKS:
                    out(f"PASS {name}: {check(run)}")
                    run.passed.append(name)
        except Exception as exc:  # every failure is reported as a line, with its traceback on stderr
            traceback.print_exc(file=sys.stderr)
            failed = CHECKS[len(run.passed)][0]
            out(f"FAIL {failed}: {type(exc).__name__}: {exc}")
            return 1
        finally:
            _close(run)
    if guard.attempts:
        out(f"FAIL network: {len(guard.attempts)} attempt(s), first {guard.attempts[0]}")
        return 1
    out("PASS network: no socket was opened and no name looked up")
    out(f"self-test passed: {len(CHECKS) + 1} checks")
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test())
