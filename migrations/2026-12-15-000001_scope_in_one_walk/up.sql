-- The scope columns of a new row (cases, pay claims, questions, audit
-- entries) from one walk up the unit tree instead of three. Each call of
-- `unit_at_level`, an SQL function, planned its recursive query again, so
-- the audit entry of a personal read cost three plannings; a query written
-- in PL/pgSQL keeps its plan for the session.
CREATE OR REPLACE FUNCTION set_unit_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH RECURSIVE up(id, parent_id, level) AS (
        SELECT id, parent_id, level FROM units WHERE id = NEW.unit_id
        UNION ALL
        SELECT u.id, u.parent_id, u.level FROM units u JOIN up ON u.id = up.parent_id
    )
    SELECT min(id) FILTER (WHERE level = 'province'),
           min(id) FILTER (WHERE level = 'district'),
           min(id) FILTER (WHERE level = 'commune')
      INTO NEW.province_id, NEW.district_id, NEW.commune_id
      FROM up;
    RETURN NEW;
END $$;
