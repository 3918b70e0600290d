DROP INDEX courses_search_idx;
ALTER TABLE courses DROP COLUMN search_vector;
ALTER TABLE courses DROP COLUMN search_key;
DROP INDEX questions_search_idx;
ALTER TABLE questions DROP COLUMN search_vector;
DROP TABLE library_files;
DROP TABLE library_items;
