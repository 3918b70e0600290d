DROP TABLE course_certificates;
DROP TABLE attendance;
DROP TABLE course_invitations;
DROP TABLE course_sessions;
DROP TABLE course_units;
DROP TABLE courses;
