-- Plans and their tasks, progress updates with evidence files, pilot
-- models and commendations.

CREATE TABLE plans (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    parent_plan_id BIGINT REFERENCES plans (id),
    doc_number TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    doc_issuer TEXT NOT NULL,
    issued_on DATE,
    issued_place TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    requirements TEXT NOT NULL DEFAULT '',
    funding TEXT NOT NULL DEFAULT '',
    legal_basis JSONB NOT NULL DEFAULT '[]'::jsonb,
    duties JSONB NOT NULL DEFAULT '[]'::jsonb,
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_force', 'closed')),
    seed_key TEXT UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (period_end >= period_start)
);
CREATE INDEX plans_unit_id_idx ON plans (unit_id);
CREATE INDEX plans_parent_plan_id_idx ON plans (parent_plan_id);
CREATE INDEX plans_period_idx ON plans (period_start, period_end);
-- One plan per ward per parent plan.
CREATE UNIQUE INDEX plans_one_derived_per_unit ON plans (parent_plan_id, unit_id) WHERE parent_plan_id IS NOT NULL;

-- The schedule is a tagged JSON value (hgcs_domain::schedule::Schedule);
-- starts_on and due_on are derived from it on every write so lists can
-- filter and sort by them with an index.
CREATE TABLE plan_tasks (
    id BIGSERIAL PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    position INT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    schedule JSONB NOT NULL,
    starts_on DATE,
    due_on DATE,
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
    progress INT NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    concerns_wards BOOLEAN NOT NULL DEFAULT FALSE,
    origin_task_id BIGINT REFERENCES plan_tasks (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (plan_id, code)
);
CREATE INDEX plan_tasks_due_on_idx ON plan_tasks (due_on) WHERE status IN ('not_started', 'in_progress');
CREATE INDEX plan_tasks_origin_task_id_idx ON plan_tasks (origin_task_id);

-- Leads (chủ trì) and partners (phối hợp): an organisation, or a group
-- the plan names ("UBND phường, xã"), with the plan's own words.
CREATE TABLE task_parties (
    id BIGSERIAL PRIMARY KEY,
    task_id BIGINT NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
    organisation_id BIGINT REFERENCES organisations (id),
    party_group TEXT CHECK (party_group IN ('ward_committees', 'front_members', 'related')),
    label TEXT NOT NULL,
    position INT NOT NULL,
    CHECK (organisation_id IS NOT NULL OR party_group IS NOT NULL)
);
CREATE INDEX task_parties_task_id_idx ON task_parties (task_id);
CREATE INDEX task_parties_organisation_id_idx ON task_parties (organisation_id);

CREATE TABLE task_updates (
    id BIGSERIAL PRIMARY KEY,
    task_id BIGINT NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
    reported_on DATE NOT NULL,
    body TEXT NOT NULL,
    figures JSONB NOT NULL DEFAULT '[]'::jsonb,
    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
    progress INT NOT NULL CHECK (progress BETWEEN 0 AND 100),
    author_user_id BIGINT NOT NULL REFERENCES users (id),
    author_organisation_id BIGINT REFERENCES organisations (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX task_updates_task_id_idx ON task_updates (task_id, created_at);

-- Files are stored by content (sha256) under the data directory.
CREATE TABLE evidence_files (
    id BIGSERIAL PRIMARY KEY,
    update_id BIGINT NOT NULL REFERENCES task_updates (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX evidence_files_update_id_idx ON evidence_files (update_id);

CREATE TABLE pilot_models (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    year INT NOT NULL CHECK (year BETWEEN 2019 AND 2021),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    evaluation JSONB,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (unit_id, year, name)
);
CREATE INDEX pilot_models_year_idx ON pilot_models (year);

CREATE TABLE pilot_replications (
    id BIGSERIAL PRIMARY KEY,
    pilot_id BIGINT NOT NULL REFERENCES pilot_models (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    decision JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (pilot_id, unit_id)
);

CREATE TABLE commendations (
    id BIGSERIAL PRIMARY KEY,
    year INT NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    nominee_kind TEXT NOT NULL CHECK (nominee_kind IN ('team', 'mediator', 'organisation', 'person')),
    nominee_name TEXT NOT NULL,
    grounds TEXT NOT NULL,
    proposed_level TEXT NOT NULL CHECK (proposed_level IN ('city', 'province', 'ministry', 'government')),
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'refused')),
    decision JSONB,
    decision_note TEXT NOT NULL DEFAULT '',
    nominated_by BIGINT NOT NULL REFERENCES users (id),
    decided_by BIGINT REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status <> 'approved' OR decision IS NOT NULL)
);
CREATE INDEX commendations_year_idx ON commendations (year, unit_id);
