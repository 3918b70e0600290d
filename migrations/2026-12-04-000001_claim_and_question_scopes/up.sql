-- Pay claims and questions carry the units above them, as cases do
-- (2026-12-03-000001), so "newest first within this unit's tree" is one
-- index range whatever the size of the table.

-- A claim takes its case's unit and scope, when written and whenever the
-- case's scope changes.
ALTER TABLE pay_claims
    ADD COLUMN unit_id BIGINT REFERENCES units (id),
    ADD COLUMN province_id BIGINT REFERENCES units (id),
    ADD COLUMN district_id BIGINT REFERENCES units (id),
    ADD COLUMN commune_id BIGINT REFERENCES units (id);

CREATE FUNCTION set_claim_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT unit_id, province_id, district_id, commune_id
      INTO NEW.unit_id, NEW.province_id, NEW.district_id, NEW.commune_id
      FROM cases WHERE id = NEW.case_id;
    RETURN NEW;
END $$;
CREATE TRIGGER pay_claims_scope BEFORE INSERT OR UPDATE OF case_id ON pay_claims
    FOR EACH ROW EXECUTE FUNCTION set_claim_scope();

CREATE FUNCTION rescope_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pay_claims SET case_id = case_id WHERE case_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER cases_rescope_claims AFTER UPDATE ON cases FOR EACH ROW
    WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id
          OR OLD.province_id IS DISTINCT FROM NEW.province_id
          OR OLD.district_id IS DISTINCT FROM NEW.district_id
          OR OLD.commune_id IS DISTINCT FROM NEW.commune_id)
    EXECUTE FUNCTION rescope_claims();

-- Filling them is not a change of the claims: their versions stay.
ALTER TABLE pay_claims DISABLE TRIGGER pay_claims_version;
UPDATE pay_claims SET case_id = case_id;
ALTER TABLE pay_claims ENABLE TRIGGER pay_claims_version;
ALTER TABLE pay_claims ALTER COLUMN unit_id SET NOT NULL;

-- A question is scoped from its asking unit, as a case is.
ALTER TABLE questions
    ADD COLUMN province_id BIGINT REFERENCES units (id),
    ADD COLUMN district_id BIGINT REFERENCES units (id),
    ADD COLUMN commune_id BIGINT REFERENCES units (id);
CREATE TRIGGER questions_scope BEFORE INSERT OR UPDATE OF unit_id ON questions
    FOR EACH ROW EXECUTE FUNCTION set_unit_scope();
ALTER TABLE questions DISABLE TRIGGER questions_version;
UPDATE questions SET unit_id = unit_id;
ALTER TABLE questions ENABLE TRIGGER questions_version;

-- When a unit moves in the tree, its cases (and through them their
-- claims) and its questions take their new scope.
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
    RETURN NULL;
END $$;

-- Newest first within a province, a district, a commune, a unit, or
-- everywhere.
CREATE INDEX pay_claims_province_claimed_idx ON pay_claims (province_id, claimed_on DESC, id DESC);
CREATE INDEX pay_claims_district_claimed_idx ON pay_claims (district_id, claimed_on DESC, id DESC);
CREATE INDEX pay_claims_commune_claimed_idx ON pay_claims (commune_id, claimed_on DESC, id DESC);
CREATE INDEX pay_claims_unit_claimed_idx ON pay_claims (unit_id, claimed_on DESC, id DESC);
CREATE INDEX pay_claims_claimed_idx ON pay_claims (claimed_on DESC, id DESC);

DROP INDEX questions_unit_id_idx;
CREATE INDEX questions_unit_created_idx ON questions (unit_id, created_at DESC, id DESC);
CREATE INDEX questions_province_created_idx ON questions (province_id, created_at DESC, id DESC);
CREATE INDEX questions_district_created_idx ON questions (district_id, created_at DESC, id DESC);
CREATE INDEX questions_commune_created_idx ON questions (commune_id, created_at DESC, id DESC);
CREATE INDEX questions_created_idx ON questions (created_at DESC, id DESC);
