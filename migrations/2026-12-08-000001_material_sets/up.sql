-- Material sets (plan task II.1): print runs of the training material and
-- their distribution to wards and teams, with the ward's receipt.

CREATE TABLE material_runs (
    id BIGSERIAL PRIMARY KEY,
    -- The unit that printed it (a city, its Justice Office).
    unit_id BIGINT NOT NULL REFERENCES units (id),
    -- The plan task it serves (II.1), when it serves one.
    task_id BIGINT REFERENCES plan_tasks (id),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    edition TEXT NOT NULL DEFAULT '' CHECK (length(edition) <= 100),
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    cost_vnd BIGINT NOT NULL DEFAULT 0 CHECK (cost_vnd >= 0),
    printed_on DATE NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0)
);
CREATE INDEX material_runs_unit_idx ON material_runs (unit_id, printed_on DESC, id DESC);
CREATE INDEX material_runs_task_idx ON material_runs (task_id) WHERE task_id IS NOT NULL;
CREATE TRIGGER material_runs_version BEFORE UPDATE ON material_runs FOR EACH ROW EXECUTE FUNCTION bump_version();

-- Copies handed to a ward (and, when named, one of its teams). The copies
-- of a run never exceed its quantity: a delivery is written with the run
-- locked.
CREATE TABLE material_deliveries (
    id BIGSERIAL PRIMARY KEY,
    run_id BIGINT NOT NULL REFERENCES material_runs (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    team_id BIGINT REFERENCES mediation_teams (id),
    copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 1000000),
    delivered_on DATE NOT NULL,
    -- Who took the copies, as written on the delivery note.
    received_by TEXT NOT NULL DEFAULT '' CHECK (length(received_by) <= 200),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The ward's confirmation that the copies arrived.
    confirmed_at TIMESTAMPTZ,
    confirmed_by BIGINT REFERENCES users (id),
    CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL))
);
CREATE INDEX material_deliveries_run_idx ON material_deliveries (run_id, id);
CREATE INDEX material_deliveries_unit_idx ON material_deliveries (unit_id);
