DROP INDEX login_attempts_pair_idx;
DROP INDEX refresh_tokens_session_id_idx;
ALTER TABLE refresh_tokens DROP COLUMN session_id;
DROP TABLE sessions;
