DROP INDEX pay_claims_district_paid_idx;
DROP INDEX pay_claims_commune_paid_idx;
DROP TABLE budget_vouchers;
DROP TABLE budget_spending;
DROP TABLE budget_lines;
ALTER TABLE plan_tasks DROP CONSTRAINT plan_tasks_id_plan_key;
