-- The daily digest: one row per day the job ran (so a second run, or a
-- second server, on the same day sends nothing), and one digest per user
-- and day, its items stored as codes and parameters.
CREATE TABLE digest_runs (
    day DATE PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    users INTEGER NOT NULL DEFAULT 0 CHECK (users >= 0),
    items INTEGER NOT NULL DEFAULT 0 CHECK (items >= 0)
);

CREATE TABLE digests (
    user_id BIGINT NOT NULL REFERENCES users (id),
    day DATE NOT NULL REFERENCES digest_runs (day),
    items JSONB NOT NULL CHECK (jsonb_typeof(items) = 'array'),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, day)
);
