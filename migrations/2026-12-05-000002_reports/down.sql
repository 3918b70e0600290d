DROP TABLE report_versions;
DROP FUNCTION keep_submission();
DROP TABLE reports;
