DROP TABLE commendations;
DROP TABLE pilot_replications;
DROP TABLE pilot_models;
DROP TABLE evidence_files;
DROP TABLE task_updates;
DROP TABLE task_parties;
DROP TABLE plan_tasks;
DROP TABLE plans;
