DROP TABLE notifications;
DROP TABLE case_events;
DROP TABLE case_mediators;
DROP TABLE case_parties;
DROP TABLE cases;
DROP TABLE mediator_events;
DROP TABLE mediators;
DROP TABLE mediation_teams;
