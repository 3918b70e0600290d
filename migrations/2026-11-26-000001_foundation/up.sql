-- Foundation: administrative units, organisations, accounts, sessions,
-- sign-in throttling, the audit log and server secrets.
-- Enumerations are TEXT with CHECK constraints: adding a value is a one-line
-- migration and the values read the same in SQL, JSON and Rust.

CREATE TABLE units (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune', 'village')),
    kind TEXT,
    parent_id BIGINT REFERENCES units (id),
    valid_from DATE,
    valid_to DATE,
    ethnic_minority_area BOOLEAN NOT NULL DEFAULT FALSE,
    seed_key TEXT UNIQUE,
    search_key TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
-- Official codes are reused after reorganisations: unique per validity start.
CREATE UNIQUE INDEX units_code_valid_from_key ON units (code, COALESCE(valid_from, '-infinity'::date));
CREATE INDEX units_parent_id_idx ON units (parent_id);
CREATE INDEX units_level_idx ON units (level);

CREATE TABLE unit_successions (
    id BIGSERIAL PRIMARY KEY,
    predecessor_id BIGINT NOT NULL REFERENCES units (id),
    successor_id BIGINT NOT NULL REFERENCES units (id),
    effective_on DATE NOT NULL,
    basis TEXT NOT NULL DEFAULT '',
    UNIQUE (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX unit_successions_successor_id_idx ON unit_successions (successor_id);

CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('peoples_committee', 'justice_office', 'city_department',
        'fatherland_front', 'front_member', 'court', 'procuracy', 'lawyers_association',
        'justice_department')),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX organisations_unit_id_idx ON organisations (unit_id);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    username TEXT NOT NULL UNIQUE CHECK (username = lower(username)),
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'city_justice', 'city_department', 'ward_official',
        'team_leader', 'front_partner', 'legal_partner', 'province')),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    organisation_id BIGINT REFERENCES organisations (id),
    disabled_at TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX users_unit_id_idx ON users (unit_id);
CREATE INDEX users_role_idx ON users (role);

CREATE TABLE api_clients (
    id BIGSERIAL PRIMARY KEY,
    client_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'province' CHECK (role IN ('province')),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    disabled_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Refresh tokens are stored as SHA-256 digests: a database leak does not
-- hand out sessions. Revoking sets revoked_at; rotation links the successor.
CREATE TABLE refresh_tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash BYTEA NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id);

CREATE TABLE login_attempts (
    id BIGSERIAL PRIMARY KEY,
    username TEXT NOT NULL,
    address TEXT NOT NULL,
    succeeded BOOLEAN NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_username_idx ON login_attempts (username, attempted_at);
CREATE INDEX login_attempts_address_idx ON login_attempts (address, attempted_at);

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_user_id BIGINT REFERENCES users (id),
    actor_client_id BIGINT REFERENCES api_clients (id),
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    address TEXT,
    details JSONB NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_actor_user_id_idx ON audit_log (actor_user_id);
CREATE INDEX audit_log_action_idx ON audit_log (action);

-- Secrets the server makes for itself when none is configured (the JWT
-- signing key), so tokens survive a restart.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value BYTEA NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
