-- Rules count from the days users record for the steps. A case keeps the
-- day recorded for its assignment (assigned_on) beside the moment the
-- assignment was written down (assigned_at).

ALTER TABLE cases ADD COLUMN assigned_on DATE;

-- Existing cases take the day of the assignment step that set their
-- assignment time (the latest one written), so the overdue list is right
-- from the day this runs.
UPDATE cases
SET assigned_on = (
    SELECT e.occurred_on
    FROM case_events e
    WHERE e.case_id = cases.id AND e.action = 'assign'
    ORDER BY e.id DESC
    LIMIT 1
)
WHERE assigned_at IS NOT NULL;

-- An assignment without a step in the history (not expected) keeps the
-- day it was written down, in Vietnam (UTC+7).
UPDATE cases
SET assigned_on = ((assigned_at AT TIME ZONE 'UTC') + INTERVAL '7 hours')::date
WHERE assigned_on IS NULL AND assigned_at IS NOT NULL;

ALTER TABLE cases
    ADD CONSTRAINT cases_assigned_on_with_assigned_at
    CHECK ((assigned_on IS NULL) = (assigned_at IS NULL));

-- The overdue filter reads the recorded day.
DROP INDEX cases_waiting_idx;
CREATE INDEX cases_waiting_idx ON cases (assigned_on) WHERE state = 'assigned';
