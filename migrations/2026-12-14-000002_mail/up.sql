-- Digests by e-mail where an SMTP server is configured: the address a
-- user gives for them, and whether each day's digest went out.
ALTER TABLE users ADD COLUMN email TEXT
    CHECK (email IS NULL OR (char_length(email) BETWEEN 3 AND 254 AND email LIKE '_%@_%'));
ALTER TABLE digests
    ADD COLUMN mailed_at TIMESTAMPTZ,
    ADD COLUMN mail_attempts INTEGER NOT NULL DEFAULT 0 CHECK (mail_attempts >= 0);
CREATE INDEX digests_unmailed_idx ON digests (day) WHERE mailed_at IS NULL;
