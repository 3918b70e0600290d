DROP INDEX pay_claims_paid_idx;
DROP TRIGGER cases_tally_delete ON cases;
DROP TRIGGER cases_tally_update ON cases;
DROP TRIGGER cases_tally_insert ON cases;
DROP FUNCTION tally_cases();
DROP FUNCTION units_above(BIGINT, BIGINT, BIGINT, BIGINT);
DROP TABLE case_tallies;
DROP TABLE report_indicators;
DROP TABLE report_period_rules;
