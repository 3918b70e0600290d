-- What the court, the procuracy and the Lawyers' Association supply to
-- the mediators' training (plan 42, section III.5): trainers sent and
-- materials given, to a city or a ward, for a course when there is one.
CREATE TABLE partner_support (
    id BIGSERIAL PRIMARY KEY,
    -- The unit whose mediators it serves.
    unit_id BIGINT NOT NULL REFERENCES units (id),
    kind TEXT NOT NULL CHECK (kind IN ('trainer', 'material')),
    course_id BIGINT REFERENCES courses (id),
    supplied_on DATE NOT NULL,
    description TEXT NOT NULL CHECK (char_length(description) BETWEEN 1 AND 2000),
    -- People sent, or copies given.
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    organisation_id BIGINT REFERENCES organisations (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    province_id BIGINT REFERENCES units (id),
    district_id BIGINT REFERENCES units (id),
    commune_id BIGINT REFERENCES units (id)
);
CREATE TRIGGER partner_support_scope BEFORE INSERT OR UPDATE OF unit_id ON partner_support
    FOR EACH ROW EXECUTE FUNCTION set_unit_scope();
CREATE INDEX partner_support_unit_idx ON partner_support (unit_id, supplied_on DESC, id DESC);
CREATE INDEX partner_support_province_idx ON partner_support (province_id, supplied_on DESC, id DESC);
CREATE INDEX partner_support_district_idx ON partner_support (district_id, supplied_on DESC, id DESC);
CREATE INDEX partner_support_commune_idx ON partner_support (commune_id, supplied_on DESC, id DESC);
CREATE INDEX partner_support_supplied_idx ON partner_support (supplied_on DESC, id DESC);
CREATE INDEX partner_support_recorder_idx ON partner_support (recorded_by, supplied_on DESC, id DESC);
CREATE INDEX partner_support_organisation_idx ON partner_support (organisation_id, supplied_on DESC, id DESC)
    WHERE organisation_id IS NOT NULL;

CREATE OR REPLACE FUNCTION rescope_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    below BIGINT[] := ARRAY(
        WITH RECURSIVE down(id) AS (
            SELECT NEW.id
            UNION ALL
            SELECT u.id FROM units u JOIN down ON u.parent_id = down.id
        ) SELECT id FROM down);
BEGIN
    UPDATE cases SET unit_id = unit_id WHERE unit_id = ANY (below);
    UPDATE questions SET unit_id = unit_id WHERE unit_id = ANY (below);
    UPDATE supervisions SET unit_id = unit_id WHERE unit_id = ANY (below);
    UPDATE partner_support SET unit_id = unit_id WHERE unit_id = ANY (below);
    RETURN NULL;
END $$;
