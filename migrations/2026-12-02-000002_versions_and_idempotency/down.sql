DROP TABLE idempotency_keys;

DROP TRIGGER api_clients_version ON api_clients;
ALTER TABLE api_clients DROP COLUMN version;

DROP TRIGGER cases_version ON cases;
ALTER TABLE cases DROP COLUMN version;

DROP TRIGGER commendations_version ON commendations;
ALTER TABLE commendations DROP COLUMN version;

DROP TRIGGER imports_version ON imports;
ALTER TABLE imports DROP COLUMN version;

DROP TRIGGER mediation_teams_version ON mediation_teams;
ALTER TABLE mediation_teams DROP COLUMN version;

DROP TRIGGER mediators_version ON mediators;
ALTER TABLE mediators DROP COLUMN version;

DROP TRIGGER pay_claims_version ON pay_claims;
ALTER TABLE pay_claims DROP COLUMN version;

DROP TRIGGER pay_rates_version ON pay_rates;
ALTER TABLE pay_rates DROP COLUMN version;

DROP TRIGGER pilot_models_version ON pilot_models;
ALTER TABLE pilot_models DROP COLUMN version;

DROP TRIGGER plan_tasks_version ON plan_tasks;
ALTER TABLE plan_tasks DROP COLUMN version;

DROP TRIGGER plans_version ON plans;
ALTER TABLE plans DROP COLUMN version;

DROP TRIGGER questions_version ON questions;
ALTER TABLE questions DROP COLUMN version;

DROP TRIGGER units_version ON units;
ALTER TABLE units DROP COLUMN version;

DROP TRIGGER users_version ON users;
ALTER TABLE users DROP COLUMN version;

DROP FUNCTION bump_version();
