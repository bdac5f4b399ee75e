"""What a use case changed, so each window refreshes only what concerns it (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


# Up to this many projects written, a list re-reads only their rows; a bigger write (an imported
# sheet) re-reads every row, which then costs about the same and keeps the id list out of the query.
FEW_PROJECTS = 500


@dataclass(frozen=True)
class Changes:
    """Ids of projects written or removed, and flags for the shared lists."""

    projects: frozenset[int] = field(default_factory=frozenset)
    deleted: frozenset[int] = field(default_factory=frozenset)
    units: bool = False
    reports: bool = False
    indicators: bool = False
    settings: bool = False
    everything: bool = False

    @property
    def any(self) -> bool:
        return bool(self.projects or self.deleted or self.units or self.reports or self.indicators
                    or self.settings or self.everything)

    def few_projects(self) -> frozenset[int] | None:
        """The projects written or removed, when re-reading just their rows brings a list up to date:
        None when units or everything changed (a unit's new name shows in many rows), when no project
        is named, or when more than ``FEW_PROJECTS`` are (re-reading them all then costs about the same)."""
        if self.units or self.everything:
            return None
        named = self.projects | self.deleted
        return named if 0 < len(named) <= FEW_PROJECTS else None

    def merged(self, other: Changes) -> Changes:
        """This change and ``other`` as one (a view that missed both refreshes once)."""
        return Changes(
            projects=self.projects | other.projects, deleted=self.deleted | other.deleted,
            units=self.units or other.units, reports=self.reports or other.reports,
            indicators=self.indicators or other.indicators, settings=self.settings or other.settings,
            everything=self.everything or other.everything,
        )
