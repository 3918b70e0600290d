-- Mediation teams, mediators with their history, cases with their
-- confidential parties and their workflow.

CREATE TABLE mediation_teams (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    name TEXT NOT NULL,
    founded_by JSONB,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (unit_id, name)
);

CREATE TABLE mediators (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT REFERENCES mediation_teams (id),
    full_name TEXT NOT NULL,
    search_key TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    birth_year INT NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    ethnicity TEXT NOT NULL DEFAULT 'Kinh',
    education TEXT NOT NULL CHECK (education IN ('law_degree', 'other_degree', 'none')),
    occupation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    is_leader BOOLEAN NOT NULL DEFAULT FALSE,
    left_on DATE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX mediators_team_id_idx ON mediators (team_id);
-- One leader per team among those still serving.
CREATE UNIQUE INDEX mediators_one_leader_per_team ON mediators (team_id) WHERE is_leader AND left_on IS NULL;

CREATE TABLE mediator_events (
    id BIGSERIAL PRIMARY KEY,
    mediator_id BIGINT NOT NULL REFERENCES mediators (id),
    kind TEXT NOT NULL CHECK (kind IN ('elected', 'recognised', 'leader_elected', 'left')),
    occurred_on DATE NOT NULL,
    details JSONB NOT NULL DEFAULT '{}'::jsonb,
    recorded_by BIGINT REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX mediator_events_mediator_id_idx ON mediator_events (mediator_id, occurred_on);

CREATE TABLE cases (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    team_id BIGINT NOT NULL REFERENCES mediation_teams (id),
    -- Logbook entry number, counted per team and year.
    entry_year INT NOT NULL,
    entry_no INT NOT NULL,
    received_on DATE NOT NULL,
    start_kind TEXT NOT NULL CHECK (start_kind IN ('party_request', 'mediator_witnessed', 'leader_assigned', 'proposed_by_agency')),
    proposed_by TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    invited JSONB NOT NULL DEFAULT '[]'::jsonb,
    public_session BOOLEAN NOT NULL DEFAULT FALSE,
    risk_of_violence BOOLEAN NOT NULL DEFAULT FALSE,
    signs_of_offence BOOLEAN NOT NULL DEFAULT FALSE,
    state TEXT NOT NULL DEFAULT 'received'
        CHECK (state IN ('received', 'assigned', 'in_mediation', 'successful', 'unsuccessful', 'withdrawn')),
    assigned_at TIMESTAMPTZ,
    closed_on DATE,
    outcome TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (team_id, entry_year, entry_no)
);
-- Filters of the case list, each with its index; keyset order is (received_on, id) descending.
CREATE INDEX cases_unit_received_idx ON cases (unit_id, received_on DESC, id DESC);
CREATE INDEX cases_team_received_idx ON cases (team_id, received_on DESC, id DESC);
CREATE INDEX cases_state_idx ON cases (state, received_on DESC, id DESC);
CREATE INDEX cases_kind_idx ON cases (kind, received_on DESC, id DESC);
CREATE INDEX cases_waiting_idx ON cases (assigned_at) WHERE state = 'assigned';

CREATE TABLE case_parties (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'group', 'family', 'organisation')),
    name TEXT NOT NULL,
    birth_year INT,
    address TEXT NOT NULL DEFAULT '',
    position INT NOT NULL
);
CREATE INDEX case_parties_case_id_idx ON case_parties (case_id);

CREATE TABLE case_mediators (
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    mediator_id BIGINT NOT NULL REFERENCES mediators (id),
    PRIMARY KEY (case_id, mediator_id)
);
CREATE INDEX case_mediators_mediator_id_idx ON case_mediators (mediator_id);

CREATE TABLE case_events (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    state TEXT NOT NULL,
    occurred_on DATE NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    by_user BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case_id_idx ON case_events (case_id, id);

-- Flags (risk of violence, signs of an offence) notify the ward's officials.
CREATE TABLE notifications (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    kind TEXT NOT NULL,
    case_id BIGINT REFERENCES cases (id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at TIMESTAMPTZ
);
CREATE INDEX notifications_unit_id_idx ON notifications (unit_id, created_at DESC);
