-- jnprojects database schema: the single source of truth for a fresh database.
-- Older databases are brought to this shape by the numbered steps in jnprojects/store/migrations.py;
-- a test checks that a migrated database equals a fresh one.
--
-- Conventions
--   * Dates are ISO text 'YYYY-MM-DD' (checked with date() round trips); periods are 'YYYY-MM'.
--   * Money is decimal text in 万元 (never REAL), summed with Decimal in Python.
--   * Enumerations are short ASCII codes checked here; the UI translates them.

CREATE TABLE categories (
    code        TEXT PRIMARY KEY,
    prefix      TEXT NOT NULL UNIQUE,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE locations (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    short_name  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('district', 'city', 'county', 'zone')),
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE units (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    contact_person  TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE projects (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    national_code       TEXT UNIQUE,
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category_code       TEXT NOT NULL REFERENCES categories(code),
    subcategory         TEXT NOT NULL DEFAULT '',
    level               TEXT CHECK (level IN ('province', 'city', 'county')),
    kind                TEXT CHECK (kind IN ('new', 'continuing')),
    plan_source         TEXT NOT NULL DEFAULT '',
    plan_quote          TEXT NOT NULL DEFAULT '',
    plan_target         TEXT NOT NULL DEFAULT '',
    content             TEXT NOT NULL DEFAULT '',
    total_investment    TEXT CHECK (total_investment IS NULL OR (CAST(total_investment AS REAL) >= 0
                                    AND total_investment GLOB '[0-9]*' AND total_investment NOT GLOB '*[^0-9.]*')),
    planned_start       TEXT CHECK (planned_start IS NULL OR date(planned_start, '+0 days') = planned_start),
    planned_end         TEXT CHECK (planned_end IS NULL OR date(planned_end, '+0 days') = planned_end),
    actual_start        TEXT CHECK (actual_start IS NULL OR date(actual_start, '+0 days') = actual_start),
    actual_end          TEXT CHECK (actual_end IS NULL OR date(actual_end, '+0 days') = actual_end),
    stage               TEXT NOT NULL DEFAULT 'planned'
                        CHECK (stage IN ('planned', 'preparation', 'construction', 'completed', 'suspended')),
    notes               TEXT NOT NULL DEFAULT '',
    origin              TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('plan', 'user', 'ledger', 'demo')),
    -- Normalised keys for sorting and searching Chinese text (pinyin, initials), kept by the store.
    sort_key            TEXT NOT NULL DEFAULT '',
    search_text         TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_by          TEXT NOT NULL DEFAULT '',
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
    CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);
CREATE INDEX idx_projects_category ON projects(category_code);
CREATE INDEX idx_projects_stage ON projects(stage);
CREATE INDEX idx_projects_sort_key ON projects(sort_key);

CREATE TABLE project_locations (
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    location_code   TEXT NOT NULL REFERENCES locations(code),
    PRIMARY KEY (project_id, location_code)
) WITHOUT ROWID;
CREATE INDEX idx_project_locations_location ON project_locations(location_code);

CREATE TABLE project_units (
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    unit_id         INTEGER NOT NULL REFERENCES units(id),
    role            TEXT NOT NULL CHECK (role IN ('lead', 'coop')),
    contact_person  TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX idx_project_units_unit ON project_units(unit_id, role);

CREATE TABLE milestones (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    planned_date    TEXT CHECK (planned_date IS NULL OR date(planned_date, '+0 days') = planned_date),
    actual_date     TEXT CHECK (actual_date IS NULL OR date(actual_date, '+0 days') = actual_date),
    -- Share of the project's physical progress this node stands for (0–100); NULL when not weighted.
    weight          REAL CHECK (weight IS NULL OR (weight >= 0 AND weight <= 100)),
    -- For approvals that lapse (施工许可, 环评 …): the last day the approval is valid.
    valid_until     TEXT CHECK (valid_until IS NULL OR date(valid_until, '+0 days') = valid_until),
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_milestones_project ON milestones(project_id, seq);
CREATE INDEX idx_milestones_planned ON milestones(planned_date);

CREATE TABLE annual_plans (
    project_id          INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    year                INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    planned_investment  TEXT NOT NULL CHECK (CAST(planned_investment AS REAL) >= 0
                                             AND planned_investment GLOB '[0-9]*'
                                             AND planned_investment NOT GLOB '*[^0-9.]*'),
    PRIMARY KEY (project_id, year)
) WITHOUT ROWID;

-- progress_reports.problems is the unit's own free-text note on difficulties, kept as written; since
-- schema 2 the problems table below is the ledger (schema 2 moved the notes written before it there).
CREATE TABLE progress_reports (
    id                  INTEGER PRIMARY KEY,
    project_id          INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    period              TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                                             AND substr(period, 6, 2) BETWEEN '01' AND '12'),
    progress_text       TEXT NOT NULL DEFAULT '',
    progress_pct        REAL CHECK (progress_pct IS NULL OR (progress_pct >= 0 AND progress_pct <= 100)),
    invest_month        TEXT CHECK (invest_month IS NULL OR (CAST(invest_month AS REAL) >= 0
                                                             AND invest_month GLOB '[0-9]*' AND invest_month NOT GLOB '*[^0-9.]*')),
    invest_ytd          TEXT CHECK (invest_ytd IS NULL OR (CAST(invest_ytd AS REAL) >= 0
                                                           AND invest_ytd GLOB '[0-9]*' AND invest_ytd NOT GLOB '*[^0-9.]*')),
    invest_since_start  TEXT CHECK (invest_since_start IS NULL OR (CAST(invest_since_start AS REAL) >= 0
                                                                   AND invest_since_start GLOB '[0-9]*' AND invest_since_start NOT GLOB '*[^0-9.]*')),
    problems            TEXT NOT NULL DEFAULT '',
    reported_by         TEXT NOT NULL DEFAULT '',
    reported_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    UNIQUE (project_id, period)
);
CREATE INDEX idx_progress_period ON progress_reports(period);
-- Each project's latest 形象进度, which the project list shows, read from this index alone (schema 3):
-- fetching the report rows for it was a third of the list's load at 10,000 projects.
CREATE INDEX idx_progress_latest ON progress_reports(project_id, period, progress_pct);

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

CREATE TABLE indicators (
    seq             INTEGER PRIMARY KEY CHECK (seq >= 1),
    group_name      TEXT NOT NULL,
    name            TEXT NOT NULL UNIQUE,
    unit            TEXT NOT NULL,
    value_2021      TEXT NOT NULL,
    target_2025     TEXT NOT NULL,
    target_2035     TEXT NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('higher', 'lower'))
);

CREATE TABLE indicator_values (
    indicator_seq   INTEGER NOT NULL REFERENCES indicators(seq) ON DELETE CASCADE,
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value           TEXT NOT NULL CHECK (value GLOB '*[0-9]*' AND value NOT GLOB '*[^0-9.-]*'),
    note            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicator_seq, year)
) WITHOUT ROWID;

-- A manual red/yellow/green light with its justification; expires on its own.
CREATE TABLE status_overrides (
    project_id      INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    light           TEXT NOT NULL CHECK (light IN ('green', 'yellow', 'red')),
    justification   TEXT NOT NULL CHECK (length(trim(justification)) > 0),
    expires_on      TEXT NOT NULL CHECK (date(expires_on, '+0 days') = expires_on),
    set_by          TEXT NOT NULL DEFAULT '',
    set_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);

-- Key/value settings that belong to the data (status thresholds …), not to one PC.
CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);

-- Every seed record ever added (by its stable code), so a record the office deleted is not
-- brought back by the next start's seeding.
CREATE TABLE seed_applied (
    kind    TEXT NOT NULL,
    key     TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- One row per file applied (Excel import, ledger, seed run).
CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL DEFAULT '',
    sha256      TEXT NOT NULL DEFAULT '',
    user_name   TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    counts      TEXT NOT NULL DEFAULT '{}'
);

-- Every change to the office's data, written in the same transaction as the change itself.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    user_name   TEXT NOT NULL DEFAULT '',
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    project_id  INTEGER,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field       TEXT NOT NULL DEFAULT '',
    old_value   TEXT,
    new_value   TEXT,
    batch_id    INTEGER REFERENCES import_batches(id)
);
CREATE INDEX idx_change_log_project ON change_log(project_id, id);

-- 'JNPR': marks the file as a jnprojects database, so any other SQLite file is refused.
PRAGMA application_id = 1246646354;
PRAGMA user_version = 3;
