ALTER TABLE audit_log
    ADD CONSTRAINT audit_log_province_id_fkey FOREIGN KEY (province_id) REFERENCES units (id),
    ADD CONSTRAINT audit_log_district_id_fkey FOREIGN KEY (district_id) REFERENCES units (id),
    ADD CONSTRAINT audit_log_commune_id_fkey FOREIGN KEY (commune_id) REFERENCES units (id);
