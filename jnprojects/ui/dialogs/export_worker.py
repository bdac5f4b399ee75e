"""Running a long Excel task off the GUI thread with a progress dialog and a Cancel button.

The task is a plain function ``fn(progress, cancel)`` (the services' ``progress(done, total)``
callback and ``cancel()`` poll). It runs in a :class:`TaskThread`; the window stays responsive and
the progress dialog shows how far it got. Cancel only sets a flag: the service stops at its next
poll and cleans up itself (an export removes its temp file, an import rolls its transaction back).

Invariant: a task never touches the GUI's own database connection. Tasks open their own through
:func:`on_own_connection` (read-only for exports and figures, writable for an import or a month's
closing), because one sqlite3 connection must not be used from two threads at once.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ...services import projects as project_service

if TYPE_CHECKING:
    from ...services.workspace import Workspace

Task = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

BACKGROUND_FROM = 2000  # projects: below this a view recomputes in place, in well under a second
_RUNNING: set[TaskThread] = set()


@atexit.register
def _wait_for_workers() -> None:
    for worker in list(_RUNNING):
        worker.wait()


class NewestOnly(QObject):
    """A view's figures, computed in place for an office's list and on a worker at province scale,
    where only the newest request is answered.

    A request made while a worker runs waits and starts when it finishes, replacing any other that
    waited (the user changed the date or month again): ``on_done(result, error)`` gets only the
    answer to the last request, so a slow older one can never overwrite newer figures.
    """

    def __init__(self, parent: QObject, on_done: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._worker: TaskThread | None = None
        self._waiting: Task | None = None

    def run(self, ws: Workspace, compute: Callable[[Workspace], Any]) -> bool:
        """``compute(ws)`` for the view. Below ``BACKGROUND_FROM`` projects it runs here and now
        (its answer handed over before this returns, its errors raised as usual); beyond, on a
        worker with its own read-only connection, answered later. True when a worker was asked."""
        if project_service.count_projects(ws) < BACKGROUND_FROM:
            self._on_done(compute(ws), None)
            return False
        task = on_own_connection(ws, lambda own, _progress, _cancel: compute(own))
        if self._worker is None:
            self._start(task)
        else:
            self._waiting = task
        return True

    def running(self) -> bool:
        return self._worker is not None

    def _start(self, task: Task) -> None:
        worker = self._worker = TaskThread(task)
        # Held until it finishes and waited for at exit: the view may be closed meanwhile, and a
        # QThread destroyed while it runs aborts the process.
        _RUNNING.add(worker)
        worker.finished.connect(self._on_finished)
        worker.start()

    def _on_finished(self) -> None:
        worker, self._worker = self._worker, None
        assert worker is not None
        _RUNNING.discard(worker)
        worker.deleteLater()
        if self._waiting is not None:  # asked again meanwhile: this answer is already stale
            task, self._waiting = self._waiting, None
            self._start(task)
            return
        self._on_done(worker.result, worker.error)


Work = Callable[["Workspace", Callable[[int, int], None], Callable[[], bool]], Any]
"""What a task does on its own connection: ``work(own_ws, progress, cancel)``."""


def on_own_connection(ws: Workspace, work: Work, *, writable: bool = False) -> Task:
    """A task that runs ``work`` on its own connection to ``ws``'s database (see the module's
    invariant), read-only unless ``writable`` (then with ``ws``'s backup folder, for the backup a
    write may take first), closed when it is done."""
    path, user = ws.path, ws.user
    folder = getattr(ws, "backup_folder", None) if writable else None  # a SafeWorkspace's own folder

    def task(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Any:
        from ...services.workspace import open_workspace

        own = open_workspace(path, readonly=not writable, user=user)
        if folder is not None:
            own.backup_folder = folder  # read by services.safety.backup_folder_for
        try:
            return work(own, progress, cancel)
        finally:
            own.close()

    return task


class TaskThread(QThread):
    """Runs ``task`` once; ``result`` or ``error`` hold the outcome after ``finished``."""

    sig_progress = Signal(int, int)

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task = task
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # runs in the worker thread
        try:
            self.result = self._task(lambda done, total: self.sig_progress.emit(done, total), self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which shows it as a sentence
            self.error = exc


def run_task(parent: QWidget | None, title: str, label: str, task: Task,
             on_start: Callable[[TaskThread, QProgressDialog], None] | None = None) -> Any:
    """Run ``task`` in a thread behind a modal progress dialog; return its result or raise its error.

    ``on_start`` (for tests) receives the thread and the dialog just before the thread starts.
    """
    thread = TaskThread(task)
    dialog = QProgressDialog(label, QCoreApplication.translate("TaskThread", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Shown once the task has run this long (quick ones finish without a flash of a dialog), also
    # when it reports no progress: Qt restarts that timer only at the minimum value, and a new
    # dialog's bar stands below it (a task without progress showed its dialog only after 4 s).
    dialog.setValue(0)
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(thread.cancel)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    thread.sig_progress.connect(on_progress)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    if on_start is not None:
        on_start(thread, dialog)
    thread.start()
    if thread.isRunning():
        loop.exec()
    thread.wait()
    dialog.canceled.disconnect(thread.cancel)  # closing the dialog emits canceled(): too late to matter
    dialog.close()
    dialog.deleteLater()
    if thread.error is not None:
        raise thread.error
    return thread.result


def export_in_background(parent: QWidget, ws: Workspace, label: str, write: Callable[..., Any],
                         cancelled_text: str, on_start: Callable[[TaskThread, QProgressDialog], None] | None = None,
                         title: str | None = None) -> Any:
    """Run ``write(reader_ws, progress, cancel)`` on the worker's own read-only connection to ``ws``'s
    database; return its result, or ``None`` after telling the user it was cancelled or failed.
    ``title`` (default: the parent's window title) heads the progress dialog and the messages."""
    from ...exchange.problems import Cancelled
    from ..messages import error_text

    title = title or parent.windowTitle()
    try:
        return run_task(parent, title, label, on_own_connection(ws, write), on_start)
    except Cancelled:
        QMessageBox.information(parent, title, cancelled_text)
    except Exception as exc:  # shown as a sentence; the dialog stays open to try again
        QMessageBox.warning(parent, title, error_text(exc))
    return None
