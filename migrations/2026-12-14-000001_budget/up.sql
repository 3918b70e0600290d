-- The money of a plan (plan 42, section IV): budget lines for the plan or
-- one of its tasks, from the city's budget, the ward's or another source;
-- what was spent from each, with its vouchers; a paid pay claim booked
-- as spending of one line, once.

-- A line's task must be a task of the line's plan.
ALTER TABLE plan_tasks ADD CONSTRAINT plan_tasks_id_plan_key UNIQUE (id, plan_id);

CREATE TABLE budget_lines (
    id BIGSERIAL PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans (id),
    task_id BIGINT,
    source TEXT NOT NULL CHECK (source IN ('city_budget', 'ward_budget', 'other')),
    title TEXT NOT NULL CHECK (char_length(title) BETWEEN 1 AND 500),
    -- Đồng.
    allocated_vnd BIGINT NOT NULL CHECK (allocated_vnd BETWEEN 0 AND 10000000000000),
    note TEXT NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    FOREIGN KEY (task_id, plan_id) REFERENCES plan_tasks (id, plan_id)
);
CREATE TRIGGER budget_lines_version BEFORE UPDATE ON budget_lines
    FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE INDEX budget_lines_plan_idx ON budget_lines (plan_id, id);
CREATE INDEX budget_lines_task_idx ON budget_lines (task_id) WHERE task_id IS NOT NULL;

CREATE TABLE budget_spending (
    id BIGSERIAL PRIMARY KEY,
    line_id BIGINT NOT NULL REFERENCES budget_lines (id),
    spent_on DATE NOT NULL,
    purpose TEXT NOT NULL CHECK (char_length(purpose) BETWEEN 1 AND 2000),
    amount_vnd BIGINT NOT NULL CHECK (amount_vnd BETWEEN 1 AND 10000000000000),
    -- A paid claim is spending of one line only.
    pay_claim_id BIGINT UNIQUE REFERENCES pay_claims (id),
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX budget_spending_line_idx ON budget_spending (line_id, spent_on, id);

CREATE TABLE budget_vouchers (
    id BIGSERIAL PRIMARY KEY,
    spending_id BIGINT NOT NULL REFERENCES budget_spending (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX budget_vouchers_spending_idx ON budget_vouchers (spending_id);
-- Paid claims of a unit's tree in a period, for booking.
CREATE INDEX pay_claims_commune_paid_idx ON pay_claims (commune_id, paid_on) WHERE paid_on IS NOT NULL;
CREATE INDEX pay_claims_district_paid_idx ON pay_claims (district_id, paid_on) WHERE paid_on IS NOT NULL;
