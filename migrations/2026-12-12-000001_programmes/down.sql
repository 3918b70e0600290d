ALTER TABLE pilot_models DROP CONSTRAINT pilot_models_year_check;
ALTER TABLE pilot_models ADD CONSTRAINT pilot_models_year_check CHECK (year BETWEEN 2019 AND 2021);
DROP TABLE programmes;
