-- The legal library (plan task II.3.a) and accent-blind search.
--
-- Search reads a search key stored beside each record (lower case, no
-- diacritics, "đ" as "d", written by the server with the same function
-- that folds queries) through full-text search with the `simple`
-- configuration: Vietnamese words are syllables, so whole-syllable
-- matching with the last word as a prefix is what a reader expects, and
-- a GIN index answers it without reading the table.
--
-- The words are kept in a stored column, `search_vector`, that the
-- database maintains from the key: punctuation is read as a space first,
-- so a document number such as "25/2013/QH13" is the three words the
-- server makes of a query for it (the parser alone would keep it as one
-- file-path token), and ranking reads the stored words instead of parsing
-- every matching row again.

CREATE TABLE library_items (
    id BIGSERIAL PRIMARY KEY,
    -- The city that publishes it.
    unit_id BIGINT NOT NULL REFERENCES units (id),
    -- The plan task it serves (II.3.a), when it serves one.
    task_id BIGINT REFERENCES plan_tasks (id),
    -- The answered question a Q&A item is drawn from.
    question_id BIGINT REFERENCES questions (id),
    kind TEXT NOT NULL CHECK (kind IN ('law', 'decree', 'plan', 'handbook', 'qa', 'media')),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    issuer TEXT NOT NULL DEFAULT '' CHECK (length(issuer) <= 200),
    number TEXT NOT NULL DEFAULT '' CHECK (length(number) <= 100),
    issued_on DATE,
    effective_on DATE,
    summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 5000),
    tags TEXT[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 10),
    link TEXT NOT NULL DEFAULT '' CHECK (link = '' OR link ~ '^https?://\S+$'),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'withdrawn')),
    published_at TIMESTAMPTZ,
    search_key TEXT NOT NULL,
    search_vector TSVECTOR NOT NULL GENERATED ALWAYS AS
        (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),
    CHECK ((state = 'draft') = (published_at IS NULL)),
    CHECK (effective_on IS NULL OR issued_on IS NULL OR effective_on >= issued_on)
);
CREATE INDEX library_items_unit_idx ON library_items (unit_id, updated_at DESC, id DESC);
-- Newest first across cities: the lists, and the newest matches of a
-- broad query (models::library::statement).
CREATE INDEX library_items_recent_idx ON library_items (updated_at DESC, id DESC);
CREATE INDEX library_items_public_idx ON library_items (published_at DESC, id DESC)
    WHERE state = 'published';
CREATE INDEX library_items_task_idx ON library_items (task_id) WHERE task_id IS NOT NULL;
CREATE INDEX library_items_search_idx ON library_items USING gin (search_vector);
CREATE TRIGGER library_items_version BEFORE UPDATE ON library_items FOR EACH ROW EXECUTE FUNCTION bump_version();

CREATE TABLE library_files (
    id BIGSERIAL PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES library_items (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX library_files_item_idx ON library_files (item_id, id);

-- Questions and courses are searched the same way. Courses get their key;
-- the few written before it are folded here with `unaccent`, whose rules
-- drop the same marks (and read "đ" as "d").
ALTER TABLE questions ADD COLUMN search_vector TSVECTOR NOT NULL GENERATED ALWAYS AS
    (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED;
CREATE INDEX questions_search_idx ON questions USING gin (search_vector);
ALTER TABLE courses ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
CREATE EXTENSION IF NOT EXISTS unaccent;
UPDATE courses SET search_key = lower(unaccent(title || ' ' || venue));
DROP EXTENSION unaccent;
ALTER TABLE courses ADD COLUMN search_vector TSVECTOR NOT NULL GENERATED ALWAYS AS
    (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED;
CREATE INDEX courses_search_idx ON courses USING gin (search_vector);
