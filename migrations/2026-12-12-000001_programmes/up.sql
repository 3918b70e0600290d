-- The national programmes (đề án) that plans implement (issue 12): plans
-- are grouped under the programme whose years hold them, and a pilot
-- model belongs to a year of some programme rather than to 2019-2021.
CREATE TABLE programmes (
    id BIGSERIAL PRIMARY KEY,
    -- The deciding document as written: "428/QĐ-TTg".
    decision TEXT NOT NULL UNIQUE CHECK (length(decision) BETWEEN 1 AND 60),
    decided_on DATE NOT NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
    first_year INT NOT NULL CHECK (first_year BETWEEN 1900 AND 2199),
    last_year INT NOT NULL CHECK (last_year BETWEEN first_year AND 2199)
);

INSERT INTO programmes (decision, decided_on, name, first_year, last_year) VALUES
    ('428/QĐ-TTg', '2019-04-18',
     'Đề án “Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2019-2022”', 2019, 2022),
    ('315/QĐ-TTg', '2024-04-17',
     'Đề án “Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2024-2030”', 2024, 2030);

ALTER TABLE pilot_models DROP CONSTRAINT pilot_models_year_check;
ALTER TABLE pilot_models ADD CONSTRAINT pilot_models_year_check CHECK (year BETWEEN 1900 AND 2199);
