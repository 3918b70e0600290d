DROP INDEX audit_log_actor_user_id_idx;
DROP INDEX audit_log_entity_idx;
DROP INDEX audit_log_action_idx;
CREATE INDEX audit_log_actor_user_id_idx ON audit_log (actor_user_id);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_action_idx ON audit_log (action);

DROP TRIGGER cases_count_insert ON cases;
DROP TRIGGER cases_count_update ON cases;
DROP TRIGGER cases_count_delete ON cases;
DROP FUNCTION count_cases_inserted();
DROP FUNCTION count_cases_updated();
DROP FUNCTION count_cases_deleted();
DROP TABLE case_counts;

DROP INDEX cases_assigned_on_idx;
DROP INDEX cases_received_idx;
DROP TRIGGER units_rescope ON units;
DROP FUNCTION rescope_after_move();
DROP TRIGGER cases_scope ON cases;
ALTER TABLE cases DROP COLUMN province_id, DROP COLUMN district_id, DROP COLUMN commune_id;
DROP FUNCTION set_unit_scope();
DROP FUNCTION unit_at_level(BIGINT, TEXT);

DROP TRIGGER units_announce ON units;
DROP TRIGGER unit_successions_announce ON unit_successions;
DROP FUNCTION announce_unit_change();
