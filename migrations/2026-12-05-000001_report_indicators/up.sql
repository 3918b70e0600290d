-- Reports (TT 03/2019/TT-BTP; TT 16/2025/TT-BTP from 01/11/2025).
--
-- 1. The kinds of reporting period and the indicator list are reference
--    data (seed/reference.json), so a new circular is a change of data.
-- 2. `case_tallies` keeps the cases received per unit, month, kind and
--    state, for each case's commune, district and province, kept by
--    statement triggers like `case_counts`: a ward's, a city's or a
--    province's indicators sum at most a few hundred rows of their own
--    unit instead of reading their cases.

CREATE TABLE report_period_rules (
    code TEXT NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    from_year INTEGER NOT NULL,
    to_year INTEGER,
    position INTEGER NOT NULL,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    starts TEXT NOT NULL CHECK (starts ~ '^[0-9]{2}-[0-9]{2}$'),
    ends TEXT NOT NULL CHECK (ends ~ '^[0-9]{2}-[0-9]{2}$'),
    actual_until TEXT NOT NULL CHECK (actual_until ~ '^[0-9]{2}-[0-9]{2}$'),
    ward_due_days INTEGER NOT NULL CHECK (ward_due_days >= 0),
    city_due_days INTEGER NOT NULL CHECK (city_due_days >= 0),
    PRIMARY KEY (code, from_year),
    CHECK (to_year IS NULL OR to_year >= from_year)
);

CREATE TABLE report_indicators (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    section_vi TEXT NOT NULL,
    section_en TEXT NOT NULL,
    label_vi TEXT NOT NULL,
    label_en TEXT NOT NULL,
    unit_vi TEXT NOT NULL,
    unit_en TEXT NOT NULL,
    measure TEXT NOT NULL,
    -- An indicator the reference data no longer lists; reports made with
    -- it keep their copy.
    retired BOOLEAN NOT NULL DEFAULT false
);

-- Servers keep both in memory with the unit tree: a change is announced
-- on the same channel.
CREATE TRIGGER report_period_rules_announce AFTER INSERT OR UPDATE OR DELETE ON report_period_rules
    FOR EACH STATEMENT EXECUTE FUNCTION announce_unit_change();
CREATE TRIGGER report_indicators_announce AFTER INSERT OR UPDATE OR DELETE ON report_indicators
    FOR EACH STATEMENT EXECUTE FUNCTION announce_unit_change();

CREATE TABLE case_tallies (
    -- A unit above the case (or holding it): its commune or ward (its own
    -- unit when it has none), its district, its province.
    unit_id BIGINT NOT NULL REFERENCES units (id),
    -- First day of the month the case was received.
    month DATE NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (unit_id, month, kind, state)
);

-- The units a case is tallied under: its commune or ward (its own unit
-- when it has none), its district, its province, each once.
CREATE FUNCTION units_above(unit BIGINT, commune BIGINT, district BIGINT, province BIGINT)
    RETURNS SETOF BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT x FROM (VALUES (COALESCE(commune, unit)), (district), (province)) AS v(x)
     WHERE x IS NOT NULL
$$;

-- Adds the changes of one statement (+1 for each new row, -1 for each old
-- one), in key order so that two transactions moving cases in opposite
-- directions cannot deadlock. Each operation has its own statement: a
-- trigger sees only the transition tables of its own event.
CREATE FUNCTION tally_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO case_tallies (unit_id, month, kind, state, n)
        SELECT above, date_trunc('month', received_on)::date, kind, state, sum(d)
          FROM (SELECT commune_id, district_id, province_id, unit_id, received_on, kind, state, 1 AS d FROM new_rows) AS changes
         CROSS JOIN LATERAL units_above(unit_id, commune_id, district_id, province_id) AS a(above)
         GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (unit_id, month, kind, state) DO UPDATE SET n = case_tallies.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO case_tallies (unit_id, month, kind, state, n)
        SELECT above, date_trunc('month', received_on)::date, kind, state, sum(d)
          FROM (SELECT commune_id, district_id, province_id, unit_id, received_on, kind, state, -1 AS d FROM old_rows) AS changes
         CROSS JOIN LATERAL units_above(unit_id, commune_id, district_id, province_id) AS a(above)
         GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (unit_id, month, kind, state) DO UPDATE SET n = case_tallies.n + EXCLUDED.n;
    ELSE
        INSERT INTO case_tallies (unit_id, month, kind, state, n)
        SELECT above, date_trunc('month', received_on)::date, kind, state, sum(d)
          FROM (SELECT commune_id, district_id, province_id, unit_id, received_on, kind, state, -1 AS d FROM old_rows UNION ALL SELECT commune_id, district_id, province_id, unit_id, received_on, kind, state, 1 AS d FROM new_rows) AS changes
         CROSS JOIN LATERAL units_above(unit_id, commune_id, district_id, province_id) AS a(above)
         GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (unit_id, month, kind, state) DO UPDATE SET n = case_tallies.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER cases_tally_insert AFTER INSERT ON cases
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_cases();
CREATE TRIGGER cases_tally_update AFTER UPDATE ON cases
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tally_cases();
CREATE TRIGGER cases_tally_delete AFTER DELETE ON cases
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_cases();

INSERT INTO case_tallies (unit_id, month, kind, state, n)
SELECT above, date_trunc('month', received_on)::date, kind, state, count(*)
  FROM cases
 CROSS JOIN LATERAL units_above(unit_id, commune_id, district_id, province_id) AS a(above)
 GROUP BY 1, 2, 3, 4;

-- Pay spent in a period: paid claims by the day of payment, with what the
-- sum needs, read from the index alone.
CREATE INDEX pay_claims_paid_idx ON pay_claims (paid_on) INCLUDE (unit_id, amount_vnd)
    WHERE status = 'paid';
