"""One writer at a time: a lock file beside the database that names who holds it.

Why a lock file, when SQLite has its own locks?
-----------------------------------------------
SQLite's locks protect single transactions, not sessions: two copies of the app (two PCs on a
shared folder, or the window and the CLI on one PC) could both keep the database open and take
turns writing, each editing rows the other has on screen. And SQLite's locks are anonymous — a
busy database says "locked", never *who* has it. The office needs the second person told
"王工 on OFFICE-PC-3 has had it open since 09:12" so they can open it read-only, or take it over
when that PC crashed. Hence ``<db>.lock``: plain JSON in a plain file, created atomically with
``O_CREAT | O_EXCL`` (exactly one of two racing processes succeeds), written and read by plain
Python so the CLI obeys it as well as the window.

Content: ``user``, ``computer`` (host name), ``pid``, ``started`` (ISO time), ``version`` (app
version) and ``token``, a random string that tells our own lock from one that replaced it.

Stale locks
-----------
A lock is *stale* when its holder is certainly gone: it was written on this computer and its
process no longer exists, or the file cannot be read as a lock at all (after a short grace time,
so a lock being written by a racing process is not mistaken for garbage). A lock from another
computer is never declared stale automatically — we cannot see that computer's processes, and a
PC that is merely asleep still has unsaved work in its window — but a user may take it over
explicitly with :func:`take_over`.

Limits (documented, accepted): a process id can be reused after a reboot, so a very old lock may
look alive; and two people taking over the same lock at the same instant both believe they won
(the last writer's token is in the file, and the other's ``release`` leaves it alone).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..version import VERSION
from .connection import StoreError

LOCK_SUFFIX = ".lock"
# A lock file younger than this that cannot be parsed may be one another process is writing.
GARBAGE_GRACE_SECONDS = 5.0


def lock_path(db_path: Path | str) -> Path:
    """``<db>.lock`` beside the database (``office.db`` → ``office.db.lock``)."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says. ``valid`` is False for an unreadable or garbage file."""

    user: str = ""
    computer: str = ""
    pid: int = 0
    started: str = ""
    version: str = ""
    token: str = ""
    valid: bool = True

    def to_json(self) -> str:
        return json.dumps(
            {"user": self.user, "computer": self.computer, "pid": self.pid, "started": self.started,
             "version": self.version, "token": self.token},
            ensure_ascii=False, indent=1,
        )


class LockedError(StoreError):
    """Another session holds the database. Params: ``path``, ``user``, ``computer``, ``since``,
    ``stale`` (bool: its holder is certainly gone, the lock may be taken over without asking)."""

    def __init__(self, path: Path, info: LockInfo, stale: bool) -> None:
        super().__init__(
            "locked",
            params={"path": str(path), "user": info.user, "computer": info.computer,
                    "since": info.started, "stale": stale},
        )
        self.info = info
        self.stale = stale


def read_lock(db_path: Path | str) -> LockInfo | None:
    """The lock file's content; ``None`` when there is no lock; ``valid=False`` for garbage."""
    path = lock_path(db_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo(valid=False)
    try:
        data: Any = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return LockInfo(
            user=str(data.get("user", "")), computer=str(data.get("computer", "")),
            pid=int(data.get("pid", 0)), started=str(data.get("started", "")),
            version=str(data.get("version", "")), token=str(data.get("token", "")),
            valid=bool(data.get("token")) and int(data.get("pid", 0)) > 0,
        )
    except (ValueError, TypeError, UnicodeDecodeError):
        return LockInfo(valid=False)


def same_computer(a: str, b: str) -> bool:
    """Host names compare case-insensitively (Windows reports them in capitals)."""
    return a.strip().casefold() == b.strip().casefold()


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this computer. Unsure means alive."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to another user
        return True
    except OSError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    try:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        process_query_limited_information, still_active = 0x1000, 259
        error_access_denied = 5
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return ctypes.get_last_error() == error_access_denied
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    except Exception:
        return True  # cannot tell: never call a possibly live lock stale


def is_stale(db_path: Path | str, info: LockInfo, computer: str) -> bool:
    """True when the holder is certainly gone (see the module notes)."""
    if not info.valid:
        try:
            age = time.time() - lock_path(db_path).stat().st_mtime
        except OSError:
            return True
        return age >= GARBAGE_GRACE_SECONDS
    if not same_computer(info.computer, computer):
        return False
    return not pid_alive(info.pid)


def _new_info(user: str, computer: str) -> LockInfo:
    return LockInfo(
        user=user, computer=computer, pid=os.getpid(),
        started=datetime.now().astimezone().isoformat(timespec="seconds"),
        version=VERSION, token=os.urandom(16).hex(),  # as secrets does, without loading OpenSSL (~10 ms)
    )


class Lock:
    """Our hold on a database. ``release()`` (or leaving a ``with`` block) gives it back."""

    def __init__(self, db_path: Path, info: LockInfo, *, took_over: LockInfo | None = None) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self.info = info
        # The lock this one replaced, if any (its holder crashed or was overruled).
        self.took_over = took_over
        self._released = False

    @property
    def held(self) -> bool:
        """Whether the file beside the database is still ours."""
        return not self._released and self._file_is_ours()

    def release(self) -> None:
        """Remove the lock file if it is still ours; someone who took it over keeps theirs."""
        if self._released:
            return
        self._released = True
        if self._file_is_ours():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def _file_is_ours(self) -> bool:
        current = read_lock(self.db_path)
        return current is not None and current.token == self.info.token

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"Lock({str(self.path)!r}, user={self.info.user!r}, released={self._released})"


def acquire(db_path: Path | str, user: str, computer: str) -> Lock:
    """Create ``<db>.lock`` atomically, or raise :class:`LockedError` naming its holder.

    Raises ``StoreError('unwritable')`` when the folder does not allow creating the file (a
    read-only share): such a database can only be opened read-only.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    info = _new_info(user, computer)
    data = info.to_json().encode("utf-8")
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644)
    except FileExistsError:
        holder = read_lock(db_path)
        if holder is None:  # released between our attempt and the read: try once more
            return acquire(db_path, user, computer)
        raise LockedError(db_path, holder, is_stale(db_path, holder, computer)) from None
    except OSError as exc:
        raise StoreError("unwritable", params={"path": str(path), "detail": exc.strerror or str(exc)}) from exc
    try:
        os.write(fd, data)
        os.fsync(fd)
    except OSError as exc:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise StoreError("unwritable", params={"path": str(path), "detail": exc.strerror or str(exc)}) from exc
    os.close(fd)
    return Lock(db_path, info)


def take_over(db_path: Path | str, user: str, computer: str) -> Lock:
    """Replace whatever lock is there with ours (write a temporary file, then ``os.replace``).

    For a stale lock, or after the user confirmed that the holder named by :class:`LockedError`
    is really gone. Works when there is no lock too.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    previous = read_lock(db_path)
    info = _new_info(user, computer)
    temp = path.with_name(f"{path.name}.{info.token[:8]}.tmp")
    try:
        with open(temp, "wb") as handle:
            handle.write(info.to_json().encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StoreError("unwritable", params={"path": str(path), "detail": exc.strerror or str(exc)}) from exc
    current = read_lock(db_path)
    if current is None or current.token != info.token:  # someone else took it in the same instant
        raise LockedError(db_path, current or LockInfo(valid=False), False)
    return Lock(db_path, info, took_over=previous)
