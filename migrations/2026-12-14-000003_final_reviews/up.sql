-- The final review of a plan (task II.5): what its keeper writes of the
-- whole (assessment, lessons, proposals) and of each task; the figures,
-- the tasks' standing and the commendations are read from the registers
-- each time, never copied here.
CREATE TABLE final_reviews (
    id BIGSERIAL PRIMARY KEY,
    plan_id BIGINT NOT NULL UNIQUE REFERENCES plans (id),
    summary TEXT NOT NULL DEFAULT '' CHECK (char_length(summary) <= 20000),
    lessons TEXT NOT NULL DEFAULT '' CHECK (char_length(lessons) <= 20000),
    proposals TEXT NOT NULL DEFAULT '' CHECK (char_length(proposals) <= 20000),
    -- Each task's assessment by its id: {"812": "Hoàn thành …"}.
    assessments JSONB NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(assessments) = 'object'),
    written_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0)
);
CREATE TRIGGER final_reviews_version BEFORE UPDATE ON final_reviews
    FOR EACH ROW EXECUTE FUNCTION bump_version();
