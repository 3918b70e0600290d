-- The audit log read within a scope: the Justice Office reads its city's
-- entries, a ward official the ward's (issue 12). Like cases, an entry
-- carries the units above its unit, filled by the database when it is
-- written, each the head of an index in newest-first order, so a page is
-- one index range whatever the log's size. An entry is history: it keeps
-- the units it was written under when a unit later moves in the tree.
ALTER TABLE audit_log
    ADD COLUMN province_id BIGINT REFERENCES units (id),
    ADD COLUMN district_id BIGINT REFERENCES units (id),
    ADD COLUMN commune_id BIGINT REFERENCES units (id);
CREATE TRIGGER audit_log_scope BEFORE INSERT ON audit_log
    FOR EACH ROW WHEN (NEW.unit_id IS NOT NULL) EXECUTE FUNCTION set_unit_scope();
UPDATE audit_log SET province_id = unit_at_level(unit_id, 'province'),
                     district_id = unit_at_level(unit_id, 'district'),
                     commune_id = unit_at_level(unit_id, 'commune')
 WHERE unit_id IS NOT NULL;
CREATE INDEX audit_log_province_idx ON audit_log (province_id, id DESC) WHERE province_id IS NOT NULL;
CREATE INDEX audit_log_district_idx ON audit_log (district_id, id DESC) WHERE district_id IS NOT NULL;
CREATE INDEX audit_log_commune_idx ON audit_log (commune_id, id DESC) WHERE commune_id IS NOT NULL;
CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, id DESC) WHERE unit_id IS NOT NULL;
