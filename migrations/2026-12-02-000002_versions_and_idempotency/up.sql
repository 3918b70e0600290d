-- Versions: every updatable record carries a version that every change
-- bumps, so a write made against an older version can be refused (412).
-- The trigger bumps it on any UPDATE that does not bump it itself.
CREATE FUNCTION bump_version() RETURNS trigger AS $$
BEGIN
    IF NEW.version = OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

ALTER TABLE api_clients ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER api_clients_version BEFORE UPDATE ON api_clients FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER cases_version BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE commendations ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER commendations_version BEFORE UPDATE ON commendations FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE imports ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER imports_version BEFORE UPDATE ON imports FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE mediation_teams ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER mediation_teams_version BEFORE UPDATE ON mediation_teams FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE mediators ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER mediators_version BEFORE UPDATE ON mediators FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE pay_claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER pay_claims_version BEFORE UPDATE ON pay_claims FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE pay_rates ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER pay_rates_version BEFORE UPDATE ON pay_rates FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE pilot_models ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER pilot_models_version BEFORE UPDATE ON pilot_models FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE plan_tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER plan_tasks_version BEFORE UPDATE ON plan_tasks FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER plans_version BEFORE UPDATE ON plans FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER questions_version BEFORE UPDATE ON questions FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER units_version BEFORE UPDATE ON units FOR EACH ROW EXECUTE FUNCTION bump_version();

ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE TRIGGER users_version BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION bump_version();

-- Idempotency keys: the first answer to a create sent with an
-- `Idempotency-Key`, replayed to a retry with the same key. The row is
-- reserved (status NULL) before the request runs, so two concurrent
-- retries never both create; it is completed with the answer, or deleted
-- when the request fails. Rows older than 24 hours are ignored and purged.
CREATE TABLE idempotency_keys (
    caller TEXT NOT NULL,
    key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    route TEXT NOT NULL,
    request_hash BYTEA NOT NULL,
    status SMALLINT,
    content_type TEXT,
    response_body BYTEA,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
