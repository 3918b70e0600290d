DROP INDEX questions_created_idx;
DROP INDEX questions_commune_created_idx;
DROP INDEX questions_district_created_idx;
DROP INDEX questions_province_created_idx;
DROP INDEX questions_unit_created_idx;
CREATE INDEX questions_unit_id_idx ON questions (unit_id, created_at DESC);
DROP INDEX pay_claims_claimed_idx;
DROP INDEX pay_claims_unit_claimed_idx;
DROP INDEX pay_claims_commune_claimed_idx;
DROP INDEX pay_claims_district_claimed_idx;
DROP INDEX pay_claims_province_claimed_idx;

CREATE OR REPLACE FUNCTION rescope_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cases SET unit_id = unit_id
     WHERE unit_id IN (
        WITH RECURSIVE down(id) AS (
            SELECT NEW.id
            UNION ALL
            SELECT u.id FROM units u JOIN down ON u.parent_id = down.id
        ) SELECT id FROM down);
    RETURN NULL;
END $$;

DROP TRIGGER questions_scope ON questions;
ALTER TABLE questions DROP COLUMN province_id, DROP COLUMN district_id, DROP COLUMN commune_id;

DROP TRIGGER cases_rescope_claims ON cases;
DROP FUNCTION rescope_claims();
DROP TRIGGER pay_claims_scope ON pay_claims;
DROP FUNCTION set_claim_scope();
ALTER TABLE pay_claims DROP COLUMN unit_id, DROP COLUMN province_id, DROP COLUMN district_id, DROP COLUMN commune_id;
