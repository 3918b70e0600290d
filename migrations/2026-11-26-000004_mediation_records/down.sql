DROP TABLE imports;
DROP TABLE pay_claims;
DROP TABLE pay_rates;
DROP TABLE question_files;
DROP TABLE question_answers;
DROP TABLE questions;
ALTER TABLE cases DROP COLUMN execution, DROP COLUMN success_record;
