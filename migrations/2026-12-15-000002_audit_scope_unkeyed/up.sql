-- An audit entry's scope columns are derived from its unit (which keeps
-- its foreign key) by the trigger that writes them. As foreign keys they
-- made every entry take a share lock on the rows of its commune, district
-- and province, the same few rows for every reader of a province: the
-- audit entry of a personal read then cost more than the read.
ALTER TABLE audit_log
    DROP CONSTRAINT audit_log_province_id_fkey,
    DROP CONSTRAINT audit_log_district_id_fkey,
    DROP CONSTRAINT audit_log_commune_id_fkey;
