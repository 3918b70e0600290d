-- Reports of a unit for a period: prepared (draft), submitted (frozen as
-- a version), accepted or returned by the unit above, revised and
-- submitted again. Every submission is kept.

CREATE TABLE reports (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    period_code TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2199),
    -- The period's days and names as the rules gave them when the report
    -- was started: a later change of the rules does not move them.
    period JSONB NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
    -- "05/BC-UBND"
    number TEXT NOT NULL DEFAULT '',
    commentary TEXT NOT NULL DEFAULT '',
    -- Indicator code → the figure estimated for the days after the cut-off.
    estimates JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (unit_id, year, period_code)
);
CREATE INDEX reports_period_idx ON reports (year, period_code, unit_id);
CREATE INDEX reports_updated_idx ON reports (updated_at, id);
CREATE TRIGGER reports_version BEFORE UPDATE ON reports
    FOR EACH ROW EXECUTE FUNCTION bump_version();

CREATE TABLE report_versions (
    report_id BIGINT NOT NULL REFERENCES reports (id),
    number INTEGER NOT NULL CHECK (number > 0),
    -- The report as submitted: figures, estimates, commentary, sources.
    content JSONB NOT NULL,
    submitted_by BIGINT NOT NULL REFERENCES users (id),
    submitted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    outcome TEXT NOT NULL DEFAULT 'pending'
        CHECK (outcome IN ('pending', 'accepted', 'returned')),
    comment TEXT NOT NULL DEFAULT '',
    reviewed_by BIGINT REFERENCES users (id),
    reviewed_at TIMESTAMPTZ,
    PRIMARY KEY (report_id, number),
    CHECK (outcome <> 'returned' OR comment <> ''),
    CHECK ((outcome = 'pending') = (reviewed_at IS NULL))
);

-- What was submitted stays as submitted: only its review may be added,
-- once.
CREATE FUNCTION keep_submission() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a submitted report version cannot be deleted';
    END IF;
    IF OLD.outcome <> 'pending' THEN
        RAISE EXCEPTION 'a reviewed submission cannot be changed';
    END IF;
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.number <> OLD.number
       OR NEW.report_id <> OLD.report_id OR NEW.submitted_by <> OLD.submitted_by
       OR NEW.submitted_at <> OLD.submitted_at THEN
        RAISE EXCEPTION 'a submitted report version cannot be changed';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER report_versions_kept BEFORE UPDATE OR DELETE ON report_versions
    FOR EACH ROW EXECUTE FUNCTION keep_submission();
