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
    RETURN NULL;
END $$;

DROP TABLE partner_support;
