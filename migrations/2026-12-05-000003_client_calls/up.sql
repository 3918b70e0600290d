-- When each machine client last called, noted at most once a minute by
-- the token check (a table of its own, so noting it neither bumps the
-- client's version nor locks its row for an administrator's change).
CREATE TABLE api_client_calls (
    client_id BIGINT PRIMARY KEY REFERENCES api_clients (id),
    last_called_at TIMESTAMPTZ NOT NULL
);
