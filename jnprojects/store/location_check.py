"""Refuse databases on network drives.

SQLite keeps a database consistent by locking byte ranges of the file and by trusting ``fsync``.
Network file systems (SMB/CIFS shares, NFS, sshfs, WebDAV …) implement both unreliably: locks
can be silently ignored or lost when the connection blips, and writes can be cached on the client
after SQLite was told they are on disk. Two PCs writing a ``.db`` on a shared folder is the
classic way SQLite files get corrupted (https://www.sqlite.org/howtocorrupt.html, §2.1 and
https://www.sqlite.org/useovernet.html). So the app refuses such paths with
``StoreError('network_path')``; the message tells the user to copy the file to a local disk
(and to share it by copying, or by a backup, rather than by opening it across the network).

Detection:

* UNC paths (``\\\\server\\share\\…``, ``//server/share/…``, ``\\\\?\\UNC\\…``) — always;
* Windows: the drive letter's type is ``DRIVE_REMOTE`` (a mapped network drive);
* Linux: the mount holding the path (longest matching mount point in ``/proc/mounts``) has a
  network file system type (:data:`NETWORK_FSTYPES`).

Other systems (macOS) are only checked for UNC paths. The mount table can be injected (the
``mounts`` argument, or :data:`MOUNTS_FILE`) so tests can simulate a network mount.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from .connection import StoreError

NETWORK_FSTYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "sshfs", "fuse.sshfs", "9p", "davfs",
     "fuse.davfs", "afs", "ncpfs"}
)
MOUNTS_FILE = Path("/proc/mounts")
DRIVE_REMOTE = 4

Mount = tuple[str, str]  # (mount point, file system type)


def is_unc(path: str) -> bool:
    """``\\\\server\\share``, ``//server/share`` and ``\\\\?\\UNC\\server\\share``; not ``\\\\?\\C:\\``."""
    text = str(path)
    if text[:8].upper() in ("\\\\?\\UNC\\", "//?/UNC/"):
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):  # long local paths and devices
        return False
    return len(text) > 2 and text[:2] in ("\\\\", "//") and text[2] not in "\\/"


def _unescape_mount(field: str) -> str:
    """``/proc/mounts`` writes spaces, tabs, newlines and backslashes as octal escapes."""
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, plain)
    return field


def read_mounts(source: Path | None = None) -> list[Mount]:
    """Mount points and their types from ``/proc/mounts`` (empty when it cannot be read)."""
    source = MOUNTS_FILE if source is None else source
    try:
        text = Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[1]), fields[2]))
    return mounts


def mount_of(path: Path | str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding ``path``: the longest mount point that is ``path`` or a parent of it.

    Later entries win ties (a file system mounted over another one hides it).
    """
    text = str(path)
    best: Mount | None = None
    for point, fstype in mounts:
        point = point.rstrip("/") or "/"
        if point == "/" or text == point or text.startswith(point + "/"):
            if best is None or len(point) >= len(best[0]):
                best = (point, fstype)
    return best


def _absolute(path: Path) -> Path:
    try:
        return path.expanduser().resolve(strict=False)
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path.expanduser()))


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    drive = os.path.splitdrive(str(path))[0]
    if not drive or len(drive) != 2 or drive[1] != ":":
        return False
    try:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.GetDriveTypeW.argtypes = (ctypes.c_wchar_p,)
        kernel32.GetDriveTypeW.restype = ctypes.c_uint
        return kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
    except Exception:
        return False


def is_network_path(path: Path | str, mounts: Iterable[Mount] | None = None) -> bool:
    raw = str(path)
    if is_unc(raw):
        return True
    absolute = _absolute(Path(raw))
    if is_unc(str(absolute)):  # a mapped drive or symlink that resolves to a share
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_drive_is_remote(absolute)
    if mounts is None:
        if not sys.platform.startswith("linux") and not MOUNTS_FILE.exists():
            return False
        mounts = read_mounts()
    found = mount_of(absolute.as_posix(), mounts)
    return found is not None and found[1].lower() in NETWORK_FSTYPES


def check_local(path: Path | str, mounts: Iterable[Mount] | None = None) -> None:
    """Raise ``StoreError('network_path', params={'path'})`` unless ``path`` is on a local disk."""
    if is_network_path(path, mounts):
        raise StoreError("network_path", params={"path": str(path)})
