-- A session is one sign-in of one browser or script. Its id is the `sid`
-- claim of every access token issued in it and links the refresh tokens
-- that rotate within it (the token family). Ending the session ends both
-- at once: the access tokens on their next request, the refresh tokens
-- at their next use.
CREATE TABLE sessions (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id) WHERE revoked_at IS NULL;

-- Refresh tokens issued before sessions existed belong to none; their
-- access tokens carry no `sid` and stop working, so everyone signs in
-- again once after this upgrade.
DELETE FROM refresh_tokens;
ALTER TABLE refresh_tokens
    ADD COLUMN session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE;
CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id);

-- Throttling counts the failures of one account from one address.
CREATE INDEX login_attempts_pair_idx ON login_attempts (username, address, attempted_at);
