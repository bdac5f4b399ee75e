"""Domain errors: codes and parameters, never sentences.

The UI (or the CLI) turns an error's ``code`` and ``params`` into a translated sentence, so the
layers below the UI stay free of Qt and of any one language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class DomainError(Exception):
    """A problem with the user's data or request that the user can fix.

    ``code`` names the kind of problem (see ``jnprojects.ui.messages`` for the sentences);
    ``field`` names the field at fault when there is one; ``params`` fill the sentence.
    """

    def __init__(self, code: str, field: str = "", params: dict[str, Any] | None = None) -> None:
        super().__init__(code, field, params or {})
        self.code = code
        self.field = field
        self.params: dict[str, Any] = dict(params or {})

    def __str__(self) -> str:
        extras = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.code}[{self.field}] {extras}".strip()

    def __eq__(self, other: object) -> bool:
        return (type(self) is type(other) and self.code == other.code  # type: ignore[attr-defined]
                and self.field == other.field and self.params == other.params)  # type: ignore[attr-defined]

    __hash__ = Exception.__hash__


class ValidationError(DomainError):
    """Input that breaks a rule (a malformed date, an end before a start …)."""


class NotFoundError(DomainError):
    """A record the request names does not exist (any more)."""


class ConflictError(DomainError):
    """A uniqueness or reference rule would be broken (duplicate code, unit still in use …)."""


@dataclass
class ValidationErrors(Exception):
    """Several field problems found at once, so the UI can mark every field in one go."""

    errors: list[ValidationError]

    def __str__(self) -> str:
        return "; ".join(str(e) for e in self.errors)
