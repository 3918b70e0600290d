-- Next year's plan is copied from this year's (issue 12): the copy names
-- its source, and a plan is copied once.
ALTER TABLE plans ADD COLUMN copied_from_plan_id BIGINT REFERENCES plans (id);
CREATE UNIQUE INDEX plans_copied_from_idx ON plans (copied_from_plan_id);
