-- The register's figures at a cut-off date from a maintained summary.
--
-- `mediator_tallies` keeps the mediators serving in a team by unit above
-- them (their team's commune, district and province, as `case_tallies`),
-- sex, ethnicity, education and the days they count between: from their
-- latest election (`since`, -infinity without one) to the day they left
-- (`until`, infinity while serving). The mediators on the register at a
-- cut-off are the rows with since <= cut-off < until: a city's or a
-- province's indicators read a few rows of their own unit instead of
-- joining every team, mediator and election.
--
-- `mediator_tally_keys` holds what each mediator last added, so a change
-- takes back exactly that and adds the mediator's new key. Any change of
-- a mediator, an election, a team's unit or a unit's place in the tree
-- calls `retally_mediators` for the mediators concerned, in the
-- transaction of the change.

CREATE TABLE mediator_tallies (
    unit_id BIGINT NOT NULL REFERENCES units (id),
    since DATE NOT NULL,
    until DATE NOT NULL,
    sex TEXT NOT NULL,
    ethnicity TEXT NOT NULL,
    education TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (unit_id, since, until, sex, ethnicity, education)
);

CREATE TABLE mediator_tally_keys (
    -- No foreign key: a deleted mediator's key must outlive the row until
    -- its share is taken back.
    mediator_id BIGINT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    commune_id BIGINT,
    district_id BIGINT,
    province_id BIGINT,
    since DATE NOT NULL,
    until DATE NOT NULL,
    sex TEXT NOT NULL,
    ethnicity TEXT NOT NULL,
    education TEXT NOT NULL
);

-- What each of `ids` counts for now (nothing without a team).
CREATE FUNCTION mediator_keys_now(ids BIGINT[])
    RETURNS SETOF mediator_tally_keys LANGUAGE sql STABLE AS $$
    SELECT m.id, t.unit_id,
           unit_at_level(t.unit_id, 'commune'),
           unit_at_level(t.unit_id, 'district'),
           unit_at_level(t.unit_id, 'province'),
           coalesce((SELECT max(e.occurred_on) FROM mediator_events e
                      WHERE e.mediator_id = m.id AND e.kind = 'elected'), '-infinity'),
           coalesce(m.left_on, 'infinity'),
           m.sex, m.ethnicity, m.education
      FROM mediators m JOIN mediation_teams t ON t.id = m.team_id
     WHERE m.id = ANY(ids)
$$;

-- Takes back what `ids` counted and adds what they count now, in key
-- order so that two transactions cannot deadlock on the tallies.
CREATE FUNCTION retally_mediators(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO mediator_tallies (unit_id, since, until, sex, ethnicity, education, n)
    SELECT above, since, until, sex, ethnicity, education, sum(d)
      FROM (SELECT k.*, -1 AS d FROM mediator_tally_keys k WHERE k.mediator_id = ANY(ids)
            UNION ALL
            SELECT n.*, 1 AS d FROM mediator_keys_now(ids) n) AS changes
     CROSS JOIN LATERAL units_above(unit_id, commune_id, district_id, province_id) AS a(above)
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (unit_id, since, until, sex, ethnicity, education)
    DO UPDATE SET n = mediator_tallies.n + EXCLUDED.n;
    DELETE FROM mediator_tally_keys WHERE mediator_id = ANY(ids);
    INSERT INTO mediator_tally_keys SELECT * FROM mediator_keys_now(ids);
END $$;

CREATE FUNCTION retally_changed_mediators() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM retally_mediators(ARRAY(SELECT DISTINCT id FROM new_rows ORDER BY 1));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM retally_mediators(ARRAY(SELECT DISTINCT id FROM old_rows ORDER BY 1));
    ELSE
        PERFORM retally_mediators(ARRAY(SELECT id FROM new_rows UNION SELECT id FROM old_rows ORDER BY 1));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER mediators_tally_insert AFTER INSERT ON mediators
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION retally_changed_mediators();
CREATE TRIGGER mediators_tally_update AFTER UPDATE ON mediators
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION retally_changed_mediators();
CREATE TRIGGER mediators_tally_delete AFTER DELETE ON mediators
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION retally_changed_mediators();

CREATE FUNCTION retally_elected_mediators() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM retally_mediators(ARRAY(SELECT DISTINCT mediator_id FROM new_rows
                                          WHERE kind = 'elected' ORDER BY 1));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM retally_mediators(ARRAY(SELECT DISTINCT mediator_id FROM old_rows
                                          WHERE kind = 'elected' ORDER BY 1));
    ELSE
        PERFORM retally_mediators(ARRAY(
            SELECT mediator_id FROM new_rows WHERE kind = 'elected'
            UNION SELECT mediator_id FROM old_rows WHERE kind = 'elected' ORDER BY 1));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER mediator_events_tally_insert AFTER INSERT ON mediator_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION retally_elected_mediators();
CREATE TRIGGER mediator_events_tally_update AFTER UPDATE ON mediator_events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION retally_elected_mediators();
CREATE TRIGGER mediator_events_tally_delete AFTER DELETE ON mediator_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION retally_elected_mediators();

-- A team moved to another unit: its mediators count there.
CREATE FUNCTION retally_moved_team() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM retally_mediators(ARRAY(SELECT id FROM mediators WHERE team_id = NEW.id ORDER BY 1));
    RETURN NULL;
END $$;
CREATE TRIGGER mediation_teams_tally AFTER UPDATE OF unit_id ON mediation_teams
    FOR EACH ROW WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id)
    EXECUTE FUNCTION retally_moved_team();

-- A unit moved in the tree: the mediators below it count under their new
-- commune, district and province.
CREATE FUNCTION retally_moved_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM retally_mediators(ARRAY(
        WITH RECURSIVE down(id) AS (
            SELECT NEW.id
            UNION ALL
            SELECT u.id FROM units u JOIN down ON u.parent_id = down.id
        )
        SELECT m.id FROM mediators m JOIN mediation_teams t ON t.id = m.team_id
         WHERE t.unit_id IN (SELECT id FROM down) ORDER BY 1));
    RETURN NULL;
END $$;
CREATE TRIGGER units_tally_mediators AFTER UPDATE OF parent_id, level ON units
    FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.level <> NEW.level)
    EXECUTE FUNCTION retally_moved_unit();

SELECT retally_mediators(ARRAY(SELECT id FROM mediators ORDER BY 1));
