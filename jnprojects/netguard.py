"""A guard that blocks and records any network use by Python code while it is active.

An audit hook (``sys.addaudithook``) sees every socket Python creates, connects or resolves a name
for. Audit hooks cannot be removed, so one hook is installed on first use and acts only inside a
``no_network()`` block; outside it, it costs a set lookup per audited event.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

NETWORK_EVENTS = frozenset({
    "socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo",
    "urllib.Request",
})


class NetworkUsed(RuntimeError):
    """Raised in the code that tried to use the network while a guard was active."""


@dataclass
class Guard:
    attempts: list[str] = field(default_factory=list)
    """One line per blocked attempt (event and arguments), even when the caller caught the error."""


_active: list[Guard] = []
_installed = False


def _hook(event: str, args: tuple) -> None:
    if _active and event in NETWORK_EVENTS:
        attempt = f"{event}{args!r}"
        for guard in _active:
            guard.attempts.append(attempt)
        raise NetworkUsed(attempt)


@contextmanager
def no_network() -> Iterator[Guard]:
    """Inside the block every socket creation, connection or name lookup raises ``NetworkUsed``."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    guard = Guard()
    _active.append(guard)
    try:
        yield guard
    finally:
        _active.remove(guard)
