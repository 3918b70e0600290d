DROP INDEX cases_waiting_idx;
CREATE INDEX cases_waiting_idx ON cases (assigned_at) WHERE state = 'assigned';
ALTER TABLE cases
    DROP CONSTRAINT cases_assigned_on_with_assigned_at,
    DROP COLUMN assigned_on;
