-- Supervision (giám sát) by the Fatherland Front and its member
-- organisations (plan 42, section III.5): a finding on a mediation team,
-- on a ward's work or on a plan's task, with recommendations, and the
-- answers of the ward or the Justice Office. No parties' data: the
-- subject is a team, a unit or a task, never a case.
CREATE TABLE supervisions (
    id BIGSERIAL PRIMARY KEY,
    -- The unit whose work was supervised: the team's, the unit itself,
    -- or the unit of the task's plan.
    unit_id BIGINT NOT NULL REFERENCES units (id),
    subject TEXT NOT NULL CHECK (subject IN ('team', 'unit', 'task')),
    team_id BIGINT REFERENCES mediation_teams (id),
    task_id BIGINT REFERENCES plan_tasks (id),
    supervised_on DATE NOT NULL,
    findings TEXT NOT NULL CHECK (char_length(findings) BETWEEN 1 AND 20000),
    recommendations TEXT NOT NULL CHECK (char_length(recommendations) <= 20000),
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    organisation_id BIGINT REFERENCES organisations (id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    province_id BIGINT REFERENCES units (id),
    district_id BIGINT REFERENCES units (id),
    commune_id BIGINT REFERENCES units (id),
    CHECK ((subject = 'team') = (team_id IS NOT NULL)),
    CHECK ((subject = 'task') = (task_id IS NOT NULL))
);
CREATE TRIGGER supervisions_version BEFORE UPDATE ON supervisions
    FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE TRIGGER supervisions_scope BEFORE INSERT OR UPDATE OF unit_id ON supervisions
    FOR EACH ROW EXECUTE FUNCTION set_unit_scope();

-- Newest first within a unit's tree, as for questions.
CREATE INDEX supervisions_unit_created_idx ON supervisions (unit_id, created_at DESC, id DESC);
CREATE INDEX supervisions_province_created_idx ON supervisions (province_id, created_at DESC, id DESC);
CREATE INDEX supervisions_district_created_idx ON supervisions (district_id, created_at DESC, id DESC);
CREATE INDEX supervisions_commune_created_idx ON supervisions (commune_id, created_at DESC, id DESC);
CREATE INDEX supervisions_created_idx ON supervisions (created_at DESC, id DESC);
CREATE INDEX supervisions_team_idx ON supervisions (team_id) WHERE team_id IS NOT NULL;
CREATE INDEX supervisions_task_idx ON supervisions (task_id) WHERE task_id IS NOT NULL;

CREATE TABLE supervision_answers (
    id BIGSERIAL PRIMARY KEY,
    supervision_id BIGINT NOT NULL REFERENCES supervisions (id),
    body TEXT NOT NULL CHECK (char_length(body) BETWEEN 1 AND 20000),
    answered_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX supervision_answers_supervision_idx ON supervision_answers (supervision_id, id);

-- When a unit moves in the tree, its supervisions take their new scope
-- too (the function of 2026-12-04-000001, with one more table).
CREATE OR REPLACE FUNCTION rescope_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    below BIGINT[] := ARRAY(
        WITH RECURSIVE down(id) AS (
            SELECT NEW.id
            UNION ALL
            SELECT u.id FROM units u JOIN down ON u.parent_id = down.id
        ) SELECT id FROM down);
BEGIN
    UPDATE cases SET unit_id = unit_id WHERE unit_id = ANY (below);
    UPDATE questions SET unit_id = unit_id WHERE unit_id = ANY (below);
    UPDATE supervisions SET unit_id = unit_id WHERE unit_id = ANY (below);
    RETURN NULL;
END $$;
