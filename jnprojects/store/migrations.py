"""Numbered schema steps driven by ``PRAGMA user_version`` (calibre's way).

``db/schema.sql`` always describes the newest schema and creates fresh databases. A database made
by an older release is brought forward by the steps below, one transaction per step, so a step
that fails leaves schema, data and ``user_version`` exactly as they were. Every step must make an
old database equal to a fresh one (``tests/store/test_migrations.py`` compares them), and each
release that adds a step keeps a fixture of the schema before it under ``tests/store/fixtures``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .connection import Database, StoreError, latest_version, schema_version

# Step N takes a database from version N-1 to N. Steps receive the open transaction's connection
# and must not commit. (Version 1 is the first release: there is nothing to migrate to it.)
Step = Callable[[sqlite3.Connection], None]


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies keep their inner semicolons).

    ``executescript`` would commit the step's transaction, so steps run statement by statement.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if any(line.strip() and not line.strip().startswith("--") for line in buffer.splitlines()):
        raise ValueError(f"incomplete statement in migration script: {buffer[:80]!r}")
    return statements


# Frozen copy of what schema 2 added to db/schema.sql (same text, so the stored CREATE statements
# match a fresh database's); later schema changes get their own step, never an edit here.
_V2_TABLES = """\
-- 存在问题台账 (issue ledger): one row per problem a project meets, followed until it is solved or
-- closed (销号). Since schema 2 the ledger, not progress_reports.problems, is the list of problems.
CREATE TABLE problems (
    id                  INTEGER PRIMARY KEY,
    project_id          INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    description         TEXT NOT NULL CHECK (length(trim(description)) > 0),
    raised_on           TEXT NOT NULL CHECK (date(raised_on, '+0 days') = raised_on),
    responsible_unit_id INTEGER REFERENCES units(id),
    responsible_person  TEXT NOT NULL DEFAULT '',
    deadline            TEXT CHECK (deadline IS NULL OR date(deadline, '+0 days') = deadline),
    -- Who has to coordinate: 县级 / 市直部门 / 市领导.
    level               TEXT NOT NULL DEFAULT 'county' CHECK (level IN ('county', 'department', 'city_leader')),
    state               TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'solved', 'closed')),
    resolution          TEXT NOT NULL DEFAULT '',
    resolved_on         TEXT CHECK (resolved_on IS NULL OR date(resolved_on, '+0 days') = resolved_on),
    created_by          TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    CHECK (deadline IS NULL OR deadline >= raised_on),
    CHECK (resolved_on IS NULL OR resolved_on >= raised_on),
    -- Solved and closed problems say when; open ones have no resolution date.
    CHECK ((state IN ('solved', 'closed')) = (resolved_on IS NOT NULL))
);
CREATE INDEX idx_problems_project ON problems(project_id, state);
CREATE INDEX idx_problems_unit ON problems(responsible_unit_id, state);
CREATE INDEX idx_problems_state_deadline ON problems(state, deadline);
CREATE INDEX idx_problems_level ON problems(level, state);
CREATE INDEX idx_problems_raised ON problems(raised_on);

-- 月调度结账: a closed month's figures are frozen in period_snapshots. Reopening is an explicit,
-- logged action with a reason; closing again replaces the snapshot.
CREATE TABLE period_closures (
    period          TEXT PRIMARY KEY CHECK (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                                            AND substr(period, 6, 2) BETWEEN '01' AND '12'),
    state           TEXT NOT NULL CHECK (state IN ('closed', 'reopened')),
    closed_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    closed_by       TEXT NOT NULL DEFAULT '',
    times_closed    INTEGER NOT NULL DEFAULT 1 CHECK (times_closed >= 1),
    -- The status thresholds the snapshot was computed with (JSON of the status.* settings).
    thresholds      TEXT NOT NULL DEFAULT '{}',
    reopened_at     TEXT,
    reopened_by     TEXT NOT NULL DEFAULT '',
    reopen_reason   TEXT NOT NULL DEFAULT '',
    CHECK (state = 'closed' OR (reopened_at IS NOT NULL AND length(trim(reopen_reason)) > 0))
);

-- One frozen row per project and closed month: everything the circular and the month-over-month
-- comparison need, as it stood at the end of the month. No foreign key to projects: a project
-- deleted later stays in the months it was part of. Lists are JSON arrays.
CREATE TABLE period_snapshots (
    period              TEXT NOT NULL REFERENCES period_closures(period),
    project_id          INTEGER NOT NULL,
    code                TEXT NOT NULL,
    name                TEXT NOT NULL,
    category_code       TEXT NOT NULL,
    category_name       TEXT NOT NULL DEFAULT '',
    stage               TEXT NOT NULL,
    location_codes      TEXT NOT NULL DEFAULT '[]',
    location_names      TEXT NOT NULL DEFAULT '[]',
    lead_units          TEXT NOT NULL DEFAULT '[]',
    light               TEXT NOT NULL CHECK (light IN ('green', 'yellow', 'red', 'completed', 'not_started',
                                                       'suspended', 'no_schedule')),
    computed_light      TEXT NOT NULL CHECK (computed_light IN ('green', 'yellow', 'red', 'completed', 'not_started',
                                                                 'suspended', 'no_schedule')),
    overridden          INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
    reasons             TEXT NOT NULL DEFAULT '[]',
    reasons_text        TEXT NOT NULL DEFAULT '',
    schedule_pct        REAL,
    actual_pct          REAL,
    basis               TEXT,
    progress_pct        REAL CHECK (progress_pct IS NULL OR (progress_pct >= 0 AND progress_pct <= 100)),
    progress_text       TEXT NOT NULL DEFAULT '',
    report_due          INTEGER NOT NULL DEFAULT 0 CHECK (report_due IN (0, 1)),
    reported            INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),
    invest_month        TEXT CHECK (invest_month IS NULL OR (invest_month GLOB '[0-9]*'
                                                             AND invest_month NOT GLOB '*[^0-9.]*')),
    invest_ytd          TEXT CHECK (invest_ytd IS NULL OR (invest_ytd GLOB '[0-9]*'
                                                           AND invest_ytd NOT GLOB '*[^0-9.]*')),
    invest_since_start  TEXT CHECK (invest_since_start IS NULL OR (invest_since_start GLOB '[0-9]*'
                                                                   AND invest_since_start NOT GLOB '*[^0-9.]*')),
    annual_plan         TEXT CHECK (annual_plan IS NULL OR (annual_plan GLOB '[0-9]*'
                                                            AND annual_plan NOT GLOB '*[^0-9.]*')),
    total_investment    TEXT CHECK (total_investment IS NULL OR (total_investment GLOB '[0-9]*'
                                                                 AND total_investment NOT GLOB '*[^0-9.]*')),
    milestones_total    INTEGER NOT NULL DEFAULT 0,
    milestones_done     INTEGER NOT NULL DEFAULT 0,
    milestones_done_names TEXT NOT NULL DEFAULT '[]',
    -- Problems counted as of the period end: raised on or before it, solved/closed on or before it,
    -- still open at it, and open with a deadline before it.
    problems_raised     INTEGER NOT NULL DEFAULT 0,
    problems_resolved   INTEGER NOT NULL DEFAULT 0,
    open_problems       INTEGER NOT NULL DEFAULT 0,
    overdue_problems    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (period, project_id)
) WITHOUT ROWID;
CREATE INDEX idx_period_snapshots_project ON period_snapshots(project_id, period);
-- Frozen means frozen: no row is ever updated, and rows are removed only while their month is
-- reopened (closing it again writes the new snapshot).
CREATE TRIGGER period_snapshots_frozen BEFORE UPDATE ON period_snapshots
BEGIN
    SELECT RAISE(ABORT, 'period snapshots are frozen');
END;
CREATE TRIGGER period_snapshots_kept BEFORE DELETE ON period_snapshots
WHEN (SELECT state FROM period_closures WHERE period = OLD.period) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'the snapshot of a closed period cannot be deleted');
END;
"""


def _step_2(conn: sqlite3.Connection) -> None:
    """Schema 2, the monthly dispatch cycle (月调度): the issue ledger and closed months.

    Each non-empty ``progress_reports.problems`` text becomes one open ledger entry of its project,
    raised on the first day of the report's month, by ``migration``; the text itself stays in the
    report (it is the unit's note as written). The new entries are logged like any insert.
    """
    for statement in _statements(_V2_TABLES):
        conn.execute(statement)
    before = conn.execute("SELECT coalesce(max(id), 0) FROM problems").fetchone()[0]
    conn.execute(
        "INSERT INTO problems (project_id, description, raised_on, level, state, created_by)"
        " SELECT project_id, trim(problems), period || '-01', 'county', 'open', 'migration'"
        " FROM progress_reports WHERE length(trim(problems)) > 0 ORDER BY project_id, period"
    )
    conn.execute(
        "INSERT INTO change_log (user_name, entity, entity_id, project_id, action, field, old_value, new_value)"
        " SELECT 'migration', 'problem', CAST(id AS TEXT), project_id, 'insert', 'description', NULL, description"
        " FROM problems WHERE id > ? ORDER BY id",
        [before],
    )


def _step_3(conn: sqlite3.Connection) -> None:
    """Schema 3: an index that holds each report's 形象进度, so the project list reads every
    project's latest figure without fetching the report rows (same text as db/schema.sql)."""
    conn.execute("CREATE INDEX idx_progress_latest ON progress_reports(project_id, period, progress_pct)")


STEPS: dict[int, Step] = {2: _step_2, 3: _step_3}


def pending_steps(current: int, steps: dict[int, Step] | None = None) -> list[int]:
    steps = STEPS if steps is None else steps
    return [n for n in sorted(steps) if n > current]


def migrate(db: Database, steps: dict[int, Step] | None = None) -> list[int]:
    """Apply every pending step; return the versions applied.

    Each step runs in its own transaction together with its ``user_version`` bump. A failure
    rolls that step back and raises ``StoreError('migration_failed')`` naming the step.
    """
    steps = STEPS if steps is None else steps
    applied: list[int] = []
    target = latest_version() if steps is STEPS else max(steps, default=0)
    for number in pending_steps(schema_version(db), steps):
        conn = db.conn
        if conn.in_transaction:
            conn.commit()
        try:
            # foreign_keys cannot change inside a transaction; steps that rebuild tables need
            # it off, and the check below catches any reference they broke.
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN IMMEDIATE")
            steps[number](conn)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign keys broken by step {number}: {broken[:3]}")
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(
                "migration_failed", params={"step": number, "detail": str(exc)}
            ) from exc
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
        applied.append(number)
    if steps is STEPS and schema_version(db) != target:
        raise StoreError("migration_failed", params={"step": target, "detail": "no step reaches it"})
    return applied
