DROP INDEX audit_log_unit_idx;
DROP TRIGGER audit_log_scope ON audit_log;
ALTER TABLE audit_log DROP COLUMN commune_id, DROP COLUMN district_id, DROP COLUMN province_id;
