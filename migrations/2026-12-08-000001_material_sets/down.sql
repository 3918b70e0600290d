DROP TABLE material_deliveries;
DROP TABLE material_runs;
