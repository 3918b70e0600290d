DROP INDEX digests_unmailed_idx;
ALTER TABLE digests DROP COLUMN mail_attempts, DROP COLUMN mailed_at;
ALTER TABLE users DROP COLUMN email;
