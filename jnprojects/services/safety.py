"""Data safety use cases: open a database safely, back it up, restore it.

:func:`open_safely` is how the CLI opens the office's database, and the window in two halves
(:func:`begin_open` does steps 1–3 and starts 4–5 on a thread; :meth:`Opening.finish` waits for
them and does 6), so the window's own start-up runs while SQLite checks the file:

1. refuse a database on a network drive (``network_path``) — SQLite's locking is unreliable there;
2. refuse anything that is not a jnprojects database of this or an older version, by reading its
   header only (``not_a_database``, ``newer_schema``), before any other file is created;
3. take the one-writer lock ``<db>.lock`` (not for read-only opens). A lock whose holder is
   certainly gone (same computer, dead process) is taken over silently; any other raises
   :class:`~jnprojects.store.lock.LockedError` naming the holder, so the UI can offer read-only
   or ``take_over=True``;
4. check the file: ``quick_check`` normally, the full ``integrity_check`` after an unclean
   shutdown. A failure raises ``corrupt`` with the newest good backup in its params
   (``backup``, ``backup_created``; ``None`` when there is none) for a recovery offer;
5. back up once a day (reason ``daily``) and before any migration (reason ``migration``; a failed
   backup stops the migration), then thin the backups out (:func:`~jnprojects.store.backup.rotate`);
6. open the workspace (``open_workspace``): read-only opens are enforced by SQLite itself.

On any failure after step 3 the lock is released, so a refused file has no ``.lock`` beside it.
Demo databases are never backed up (generated data; and their backups would share the folder with
the office database's, which sits beside it in the data folder).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path

from ..domain.errors import DomainError
from ..store import backup as backups
from ..store import integrity
from ..store.connection import StoreError, inspect_file
from ..store.database import BeforeMigration
from ..store.location_check import check_local
from ..store.lock import Lock, LockedError, LockInfo, acquire
from ..store.lock import take_over as take_over_lock
from .user import computer_name, os_user
from .workspace import Workspace, open_workspace

BackupInfo = backups.BackupInfo
RestoreResult = backups.RestoreResult
RetentionPolicy = backups.RetentionPolicy


@dataclass
class SafeWorkspace(Workspace):
    """A :class:`Workspace` that holds the database's lock and gives it back on ``close()``."""

    lock: Lock | None = None
    backup_folder: Path | None = None
    # "quick" or "full": the check run on open ("" for a database created by this open).
    check: str = ""
    # Lock this session replaced (a crashed session on this PC, or one taken over explicitly).
    took_over: LockInfo | None = None
    # Problems that did not stop the open (a daily backup that failed …), for the UI to show.
    warnings: list[DomainError] = field(default_factory=list)
    _closed: bool = field(default=False, repr=False)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            super().close()
        finally:
            if self.lock is not None:
                self.lock.release()


def backup_folder_for(ws_or_path: Workspace | Path | str, folder: Path | str | None = None) -> Path:
    """The explicit ``folder``, the workspace's own, or ``<db folder>/backups``."""
    if folder is not None:
        return Path(folder)
    own = getattr(ws_or_path, "backup_folder", None)
    if own is not None:
        return Path(own)
    path = ws_or_path.path if isinstance(ws_or_path, Workspace) else Path(ws_or_path)
    return backups.default_folder(path)


def _take_lock(path: Path, user: str, computer: str, take_over: bool) -> Lock:
    try:
        return acquire(path, user, computer)
    except LockedError as exc:
        if exc.stale or take_over:
            return take_over_lock(path, user, computer)
        raise


def _corrupt_with_offer(exc: StoreError, folder: Path) -> StoreError:
    good = backups.newest_good_backup(folder)
    params = dict(exc.params)
    params["backup"] = str(good.path) if good else None
    params["backup_created"] = good.created.isoformat(timespec="seconds") if good else None
    return StoreError("corrupt", params=params)


def _daily_backup(path: Path, folder: Path, now: datetime | None, warnings: list[DomainError]) -> None:
    today = (now or datetime.now()).date()
    try:
        if any(b.reason == "daily" and b.created.date() == today for b in backups.list_backups(folder)):
            return
        backups.create_backup(path, folder, "daily", now=now)
        backups.rotate(folder, now=now)
    except StoreError as exc:  # a missed daily backup must not keep the office from working
        warnings.append(exc)
    except OSError as exc:
        warnings.append(StoreError("backup_failed", params={"path": str(folder), "detail": str(exc)}))


def _migration_backup(folder: Path, now: datetime | None) -> BeforeMigration:
    """The ``before_migration`` hook: a verified backup, or no migration (its error propagates)."""

    def hook(db_path: Path, version: int) -> None:
        backups.create_backup(db_path, folder, "migration", now=now)
        backups.rotate(folder, now=now)

    return hook


def begin_open(
    path: Path | str,
    *,
    readonly: bool = False,
    user: str | None = None,
    take_over: bool = False,
    backup_folder: Path | str | None = None,
    demo: bool = False,
    create: bool = True,
    computer: str | None = None,
    now: datetime | None = None,
) -> Opening:
    """Steps 1–3 of the module notes (a refusal or a held lock raises here), then the file check
    and the daily backup on a thread of their own; :meth:`Opening.finish` completes the open."""
    path = Path(path).expanduser()
    check_local(path)
    info = inspect_file(path)
    user = user or os_user()
    computer = computer or computer_name()
    folder = Path(backup_folder) if backup_folder is not None else backups.default_folder(path)
    unclean = info.exists and integrity.unclean_shutdown(path, computer)

    lock: Lock | None = None
    if not readonly:
        if not info.exists and not create:
            raise StoreError("missing", params={"path": str(path)})
        if not info.exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError("unwritable", params={"path": str(path), "detail": exc.strerror or str(exc)}) from exc
        lock = _take_lock(path, user, computer, take_over)
        if lock.took_over is not None:
            unclean = True
    check = ("full" if unclean else "quick") if info.exists else ""
    try:
        return Opening(path, readonly=readonly, user=user, demo=demo, create=create, folder=folder, lock=lock,
                       check=check, now=now)
    except BaseException:  # the thread did not start: nobody will finish this open
        if lock is not None:
            lock.release()
        raise


class Opening:
    """A database being opened safely: the lock is held, and the file check (then the daily
    backup) runs on a thread of its own while the caller gets on with its start.

    Why a thread: SQLite reads every page for the check, 0.2–0.3 s at province scale (and the
    daily backup copies and re-checks the file), all in C without the interpreter's lock, so the
    window can import Qt and its modules meanwhile. Nothing reads the database before
    :meth:`finish`, which waits for the thread, raises what it found, and opens the workspace.
    """

    def __init__(self, path: Path, *, readonly: bool, user: str, demo: bool, create: bool, folder: Path,
                 lock: Lock | None, check: str, now: datetime | None) -> None:
        self.path, self.readonly, self.user, self.demo, self.create = path, readonly, user, demo, create
        self.folder, self.lock, self.check, self.now = folder, lock, check, now
        self.warnings: list[DomainError] = []
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._check_and_back_up, name="jnprojects-open-check")
        self._thread.start()

    def _check_and_back_up(self) -> None:
        try:
            if self.check:
                integrity.check_file(self.path, full=self.check == "full", readonly=self.readonly)
                if not self.readonly and not self.demo:
                    _daily_backup(self.path, self.folder, self.now, self.warnings)
        except BaseException as exc:  # raised by finish(), in the caller's thread
            self._failure = exc

    def finish(self) -> SafeWorkspace:
        """Wait for the check; open the workspace (migrating it after a backup if needed).
        ``close()`` of the result releases the lock; any failure here releases it at once."""
        self._thread.join()
        try:
            failure = self._failure
            if isinstance(failure, StoreError) and failure.code == "corrupt":
                raise _corrupt_with_offer(failure, self.folder) from failure
            if failure is not None:
                raise failure
            hook = None if self.readonly or self.demo else _migration_backup(self.folder, self.now)
            ws = open_workspace(self.path, readonly=self.readonly, demo=self.demo, user=self.user,
                                create=self.create, before_migration=hook)
        except BaseException:
            if self.lock is not None:
                self.lock.release()
            raise
        return SafeWorkspace(
            **{f.name: getattr(ws, f.name) for f in fields(Workspace)},  # whatever Workspace holds
            lock=self.lock, backup_folder=self.folder, check=self.check,
            took_over=self.lock.took_over if self.lock is not None else None, warnings=self.warnings,
        )


def open_safely(path: Path | str, **options: object) -> SafeWorkspace:
    """Open ``path`` with every safety check (see the module notes and :func:`begin_open` for the
    options), waiting for all of them. ``close()`` releases the lock."""
    return begin_open(path, **options).finish()  # type: ignore[arg-type]


def backup_now(ws: Workspace, reason: str = "manual", *, now: datetime | None = None) -> BackupInfo:
    """A verified backup of the committed state of ``ws``'s database, then rotation."""
    folder = backup_folder_for(ws)
    info = backups.create_backup(ws.path, folder, reason, now=now)
    backups.rotate(folder, now=now)
    return info


def list_backups(ws: Workspace | Path | str, folder: Path | str | None = None) -> list[BackupInfo]:
    """The workspace's backups, newest first."""
    return backups.list_backups(backup_folder_for(ws, folder))


def newest_good_backup(ws: Workspace | Path | str, folder: Path | str | None = None) -> BackupInfo | None:
    return backups.newest_good_backup(backup_folder_for(ws, folder))


def restore_backup(
    ws_path: Path | str,
    backup: BackupInfo | Path | str,
    *,
    user: str | None = None,
    computer: str | None = None,
    take_over: bool = False,
    backup_folder: Path | str | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Put ``backup``'s content into the database at ``ws_path`` (the current state is backed up
    first, reason ``restore``).

    The database must not be open in this session: close the workspace, restore, open it again.
    The lock is taken for the duration, so a database open elsewhere raises ``LockedError``.
    """
    path = Path(ws_path).expanduser()
    check_local(path)
    backup_path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    user = user or os_user()
    computer = computer or computer_name()
    folder = Path(backup_folder) if backup_folder is not None else backups.default_folder(path)
    with _take_lock(path, user, computer, take_over):
        return backups.restore(backup_path, path, backup_folder=folder, now=now)
