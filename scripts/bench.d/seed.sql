-- Benchmark data, valid against every constraint. Run once with
-- :from = 1 for the structure, then for each range of case numbers
-- [:from, :to]. The structure: ten residential groups under each of the
-- city's 19 wards and communes, a team of three mediators in each. Cases
-- are spread over the teams, received over five years, in every state,
-- each with two parties, one mediator and its first history entry. Half
-- of the successful cases have a pay claim; one case in a hundred comes
-- with a question from its ward.
\set ON_ERROR_STOP on
SELECT :from = 1 AS first \gset
\if :first
INSERT INTO users (username, display_name, password_hash, role, unit_id)
    SELECT 'bench-clerk', 'Cán bộ đo đạc', 'x', 'ward_official', id FROM units WHERE seed_key = '12436';
INSERT INTO units (code, name, short_name, level, parent_id, search_key)
    SELECT w.code || '-B' || v, 'Tổ dân phố đo đạc ' || v, 'TDP ' || v, 'village', w.id, 'to dan pho do dac ' || v
    FROM units w, generate_series(1, 10) AS v
    WHERE w.parent_id = (SELECT id FROM units WHERE seed_key = '336');
INSERT INTO mediation_teams (unit_id, name)
    SELECT id, 'Tổ hòa giải ' || short_name FROM units WHERE code LIKE '%-B%';
INSERT INTO mediators (team_id, full_name, search_key, sex, birth_year, education, is_leader)
    SELECT t.id, 'Hòa giải viên ' || m, 'hoa giai vien ' || m, (ARRAY['male', 'female'])[1 + m % 2],
           1960 + m * 5, 'none', m = 1
    FROM mediation_teams t, generate_series(1, 3) AS m WHERE t.name LIKE 'Tổ hòa giải TDP%';
INSERT INTO pay_rates (unit_id, amount_vnd, effective_from, basis)
    SELECT id, 200000, DATE '2019-06-01', 'Nghị quyết đo đạc' FROM units WHERE seed_key = '34';
CREATE TABLE bench_teams AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS slot, id, unit_id,
           (SELECT min(id) FROM mediators WHERE team_id = t.id) AS mediator_id
    FROM mediation_teams t WHERE name LIKE 'Tổ hòa giải TDP%';
\endif

CREATE TEMP TABLE batch AS
SELECT n, t.id AS team_id, t.unit_id, t.mediator_id,
       DATE '2020-01-01' + (n::bigint * 7919 % 1800)::int AS received_on,
       CASE WHEN n % 200 = 0 THEN 'assigned'
            ELSE (ARRAY['received', 'in_mediation', 'successful', 'successful', 'successful',
                        'successful', 'successful', 'unsuccessful', 'unsuccessful', 'withdrawn'])[1 + n % 10]
       END AS state,
       (ARRAY['land_use', 'marriage_family', 'water', 'inheritance', 'shared_path', 'lifestyle'])[1 + n % 6] AS kind
FROM generate_series(:from, :to) AS n
JOIN bench_teams t ON t.slot = n % (SELECT count(*) FROM bench_teams);

INSERT INTO cases (unit_id, team_id, entry_year, entry_no, received_on, start_kind, kind, summary, state,
                   assigned_on, assigned_at, closed_on, created_by)
SELECT b.unit_id, b.team_id, extract(year FROM b.received_on)::int, b.n, b.received_on, 'party_request', b.kind, 'Vụ việc đo đạc số ' || b.n,
       b.state,
       CASE WHEN b.state <> 'received' THEN b.received_on + 1 END,
       CASE WHEN b.state <> 'received' THEN (b.received_on + 1)::timestamptz END,
       CASE WHEN b.state IN ('successful', 'unsuccessful', 'withdrawn') THEN b.received_on + 10 END,
       (SELECT id FROM users WHERE username = 'bench-clerk')
FROM batch b ORDER BY b.n;

CREATE TEMP TABLE batch_cases AS
SELECT c.id, b.mediator_id, b.received_on, c.created_by, b.n, b.state
FROM batch b JOIN cases c ON c.team_id = b.team_id AND c.entry_no = b.n
    AND c.entry_year = extract(year FROM b.received_on)::int;

INSERT INTO case_parties (case_id, kind, name, birth_year, address, position)
SELECT c.id, 'person', (ARRAY['Nguyễn Văn An', 'Trần Thị Bình'])[p + 1], 1960 + p * 10, 'Tổ dân phố số 3', p
FROM batch_cases c, generate_series(0, 1) AS p;
INSERT INTO case_mediators (case_id, mediator_id) SELECT id, mediator_id FROM batch_cases;
INSERT INTO case_events (case_id, action, state, occurred_on, by_user)
SELECT id, 'receive', 'received', received_on, created_by FROM batch_cases;
INSERT INTO pay_claims (case_id, rate_id, amount_vnd, claimed_by, claimed_on)
SELECT c.id, (SELECT id FROM pay_rates WHERE basis = 'Nghị quyết đo đạc'), 200000, c.created_by,
       c.received_on + 11
FROM batch_cases c WHERE c.state = 'successful' AND c.n % 2 = 0;
INSERT INTO questions (unit_id, title, facts, search_key, asked_by, created_at)
SELECT u.parent_id, 'Câu hỏi đo đạc số ' || b.n, 'Hai hộ tranh chấp lối đi chung.',
       'cau hoi do dac so ' || b.n, (SELECT id FROM users WHERE username = 'bench-clerk'),
       b.received_on::timestamptz + make_interval(secs => b.n % 86400)
FROM batch b JOIN units u ON u.id = b.unit_id WHERE b.n % 100 = 0;
DROP TABLE batch_cases;
DROP TABLE batch;
-- Measured at rest: statistics current, pages written out, so neither
-- autovacuum nor the checkpointer competes with the measured requests.
VACUUM ANALYZE;
CHECKPOINT;
