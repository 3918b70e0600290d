-- The written success record, follow-up of execution, difficult-case
-- questions, pay per case with its dated rates, and imports of registers.

ALTER TABLE cases
    ADD COLUMN success_record JSONB,
    ADD COLUMN execution TEXT CHECK (execution IN ('pending', 'executed', 'not_executed'));

CREATE TABLE questions (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    title TEXT NOT NULL,
    facts TEXT NOT NULL,
    search_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    asked_by BIGINT NOT NULL REFERENCES users (id),
    closed_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX questions_unit_id_idx ON questions (unit_id, created_at DESC);
CREATE INDEX questions_status_idx ON questions (status, created_at DESC);

CREATE TABLE question_answers (
    id BIGSERIAL PRIMARY KEY,
    question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    search_key TEXT NOT NULL,
    answered_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX question_answers_question_id_idx ON question_answers (question_id, id);

CREATE TABLE question_files (
    id BIGSERIAL PRIMARY KEY,
    question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX question_files_question_id_idx ON question_files (question_id);

-- The amount per case is set by the province and changes over time.
CREATE TABLE pay_rates (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    amount_vnd BIGINT NOT NULL CHECK (amount_vnd > 0),
    effective_from DATE NOT NULL,
    basis TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (unit_id, effective_from)
);

CREATE TABLE pay_claims (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL UNIQUE REFERENCES cases (id),
    rate_id BIGINT NOT NULL REFERENCES pay_rates (id),
    amount_vnd BIGINT NOT NULL CHECK (amount_vnd > 0),
    claimed_by BIGINT NOT NULL REFERENCES users (id),
    claimed_on DATE NOT NULL,
    status TEXT NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'approved', 'refused', 'paid')),
    decided_by BIGINT REFERENCES users (id),
    decided_on DATE,
    reason TEXT NOT NULL DEFAULT '',
    paid_on DATE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status <> 'refused' OR reason <> '')
);
CREATE INDEX pay_claims_status_idx ON pay_claims (status, claimed_on);

-- An uploaded register of teams and mediators: checked first (preview),
-- then written all at once.
CREATE TABLE imports (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    file_name TEXT NOT NULL,
    rows JSONB NOT NULL,
    errors JSONB NOT NULL DEFAULT '[]'::jsonb,
    status TEXT NOT NULL DEFAULT 'checked' CHECK (status IN ('checked', 'committing', 'done', 'failed')),
    total INT NOT NULL,
    processed INT NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
