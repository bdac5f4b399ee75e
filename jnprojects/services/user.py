"""Who is making a change, for the change log and the lock file."""

from __future__ import annotations

import getpass
import os
import socket


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service or container environments
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def computer_name() -> str:
    return socket.gethostname() or "unknown"
