ALTER TABLE plans DROP COLUMN copied_from_plan_id;
