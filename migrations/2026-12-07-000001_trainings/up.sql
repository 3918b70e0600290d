-- Training courses for mediators (plan task II.2): the course, its
-- sessions with their trainers, the units it is meant for, the mediators
-- invited, and attendance per session.

CREATE TABLE courses (
    id BIGSERIAL PRIMARY KEY,
    -- The unit that organises it: a city (its Justice Office) or a ward.
    unit_id BIGINT NOT NULL REFERENCES units (id),
    -- The plan task it serves (II.2), when it serves one.
    task_id BIGINT REFERENCES plan_tasks (id),
    organiser_id BIGINT REFERENCES organisations (id),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    venue TEXT NOT NULL DEFAULT '',
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    capacity INTEGER CHECK (capacity > 0),
    -- Attendance a certificate needs, in minutes.
    min_minutes INTEGER NOT NULL DEFAULT 0 CHECK (min_minutes >= 0),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX courses_unit_idx ON courses (unit_id, starts_on DESC, id DESC);
CREATE INDEX courses_task_idx ON courses (task_id) WHERE task_id IS NOT NULL;
CREATE TRIGGER courses_version BEFORE UPDATE ON courses FOR EACH ROW EXECUTE FUNCTION bump_version();

-- The wards (or teams' villages) a course is meant for.
CREATE TABLE course_units (
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    PRIMARY KEY (course_id, unit_id)
);
CREATE INDEX course_units_unit_idx ON course_units (unit_id);

CREATE TABLE course_sessions (
    id BIGSERIAL PRIMARY KEY,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    held_on DATE NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 300),
    -- [{"name": …, "organisation_id": …, "user_id": …}]
    trainers JSONB NOT NULL DEFAULT '[]',
    CHECK (ends_at > starts_at),
    UNIQUE (id, course_id)
);
CREATE INDEX course_sessions_course_idx ON course_sessions (course_id, held_on, starts_at);
CREATE INDEX course_sessions_held_idx ON course_sessions (held_on);

CREATE TABLE course_invitations (
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    mediator_id BIGINT NOT NULL REFERENCES mediators (id),
    invited_by BIGINT NOT NULL REFERENCES users (id),
    invited_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (course_id, mediator_id)
);
CREATE INDEX course_invitations_mediator_idx ON course_invitations (mediator_id);

-- One mark per invited mediator and session.
CREATE TABLE attendance (
    session_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    mediator_id BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, mediator_id),
    -- The session is one of the course's, the mediator one it invited.
    FOREIGN KEY (session_id, course_id) REFERENCES course_sessions (id, course_id) ON DELETE CASCADE,
    FOREIGN KEY (course_id, mediator_id) REFERENCES course_invitations (course_id, mediator_id),
    CHECK (status = 'present' OR minutes = 0)
);
-- Who was trained in a period: present marks by mediator.
CREATE INDEX attendance_mediator_idx ON attendance (mediator_id) WHERE status = 'present';

-- Certificates of attendance, numbered per course in the order issued.
CREATE TABLE course_certificates (
    course_id BIGINT NOT NULL,
    mediator_id BIGINT NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    -- The minutes present when it was issued.
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    issued_on DATE NOT NULL,
    issued_by BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (course_id, mediator_id),
    UNIQUE (course_id, number),
    FOREIGN KEY (course_id, mediator_id) REFERENCES course_invitations (course_id, mediator_id)
);
