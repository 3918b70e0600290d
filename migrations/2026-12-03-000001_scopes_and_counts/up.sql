-- Lists and counts that do not grow with the table.
--
-- 1. The server keeps the unit tree in memory. Any change of units or
--    successions is announced on the channel `hgcs_units`, so every server
--    reloads its copy.
-- 2. A case carries the units above it: its province, district and
--    commune, kept by the database from the unit tree. "Newest first within
--    this unit's tree" is then one index range, whatever the tree's size.
-- 3. `case_counts` keeps the number of cases per unit and state, kept by
--    statement triggers in the transaction of the change, so counts read a
--    few hundred rows instead of the table.

CREATE FUNCTION announce_unit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('hgcs_units', TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE TRIGGER units_announce AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH STATEMENT EXECUTE FUNCTION announce_unit_change();
CREATE TRIGGER unit_successions_announce AFTER INSERT OR UPDATE OR DELETE ON unit_successions
    FOR EACH STATEMENT EXECUTE FUNCTION announce_unit_change();

-- The unit of the given level on the path from `unit` up to the root
-- (`unit` itself when it has that level); NULL when there is none.
CREATE FUNCTION unit_at_level(unit BIGINT, wanted TEXT) RETURNS BIGINT
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up(id, parent_id, level) AS (
        SELECT id, parent_id, level FROM units WHERE id = unit
        UNION ALL
        SELECT u.id, u.parent_id, u.level FROM units u JOIN up ON u.id = up.parent_id
    )
    SELECT id FROM up WHERE level = wanted LIMIT 1
$$;

-- Fills the scope columns of a row from its unit_id.
CREATE FUNCTION set_unit_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.province_id := unit_at_level(NEW.unit_id, 'province');
    NEW.district_id := unit_at_level(NEW.unit_id, 'district');
    NEW.commune_id := unit_at_level(NEW.unit_id, 'commune');
    RETURN NEW;
END $$;

ALTER TABLE cases
    ADD COLUMN province_id BIGINT REFERENCES units (id),
    ADD COLUMN district_id BIGINT REFERENCES units (id),
    ADD COLUMN commune_id BIGINT REFERENCES units (id);
CREATE TRIGGER cases_scope BEFORE INSERT OR UPDATE OF unit_id ON cases
    FOR EACH ROW EXECUTE FUNCTION set_unit_scope();
-- Filling them is not a change of the cases: their versions stay.
ALTER TABLE cases DISABLE TRIGGER cases_version;
UPDATE cases SET unit_id = unit_id;
ALTER TABLE cases ENABLE TRIGGER cases_version;

-- When a unit moves in the tree, the rows below it take their new scope.
CREATE FUNCTION rescope_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER units_rescope AFTER UPDATE OF parent_id, level ON units
    FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.level <> NEW.level)
    EXECUTE FUNCTION rescope_after_move();

-- Newest first (received day, then id) within a province, a district, a
-- commune, a unit (existing index), or everywhere.
CREATE INDEX cases_province_received_idx ON cases (province_id, received_on DESC, id DESC);
CREATE INDEX cases_district_received_idx ON cases (district_id, received_on DESC, id DESC);
CREATE INDEX cases_commune_received_idx ON cases (commune_id, received_on DESC, id DESC);
CREATE INDEX cases_received_idx ON cases (received_on DESC, id DESC);
-- Assigned cases by the day of assignment, with their scope: the 3-day
-- rule's overdue count reads this index alone, whatever the scope.
CREATE INDEX cases_assigned_on_idx ON cases (assigned_on)
    INCLUDE (province_id, district_id, commune_id, unit_id) WHERE state = 'assigned';

CREATE TABLE case_counts (
    unit_id BIGINT NOT NULL REFERENCES units (id),
    state TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (unit_id, state)
);

-- Adds the changes of one statement to `case_counts`, in key order so that
-- two transactions moving cases in opposite directions cannot deadlock.
CREATE FUNCTION count_cases_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_counts (unit_id, state, n)
    SELECT unit_id, state, count(*) FROM new_rows GROUP BY unit_id, state ORDER BY unit_id, state
    ON CONFLICT (unit_id, state) DO UPDATE SET n = case_counts.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE FUNCTION count_cases_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_counts (unit_id, state, n)
    SELECT unit_id, state, sum(d) FROM (
        SELECT unit_id, state, -1 AS d FROM old_rows
        UNION ALL
        SELECT unit_id, state, 1 AS d FROM new_rows
    ) AS changes
    GROUP BY unit_id, state HAVING sum(d) <> 0 ORDER BY unit_id, state
    ON CONFLICT (unit_id, state) DO UPDATE SET n = case_counts.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE FUNCTION count_cases_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_counts c SET n = c.n - d.n
      FROM (SELECT unit_id, state, count(*) AS n FROM old_rows GROUP BY unit_id, state
            ORDER BY unit_id, state) AS d
     WHERE c.unit_id = d.unit_id AND c.state = d.state;
    RETURN NULL;
END $$;

CREATE TRIGGER cases_count_insert AFTER INSERT ON cases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_cases_inserted();
CREATE TRIGGER cases_count_update AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_cases_updated();
CREATE TRIGGER cases_count_delete AFTER DELETE ON cases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_cases_deleted();

INSERT INTO case_counts (unit_id, state, n)
SELECT unit_id, state, count(*) FROM cases GROUP BY unit_id, state;

-- The audit log is read newest first (by id) under one filter at a time:
-- each filter's index ends in id, so a page is one index range.
DROP INDEX audit_log_actor_user_id_idx;
DROP INDEX audit_log_entity_idx;
DROP INDEX audit_log_action_idx;
CREATE INDEX audit_log_actor_user_id_idx ON audit_log (actor_user_id, id DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, id DESC);
