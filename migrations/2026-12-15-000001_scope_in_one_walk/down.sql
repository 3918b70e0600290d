CREATE OR REPLACE FUNCTION set_unit_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.province_id := unit_at_level(NEW.unit_id, 'province');
    NEW.district_id := unit_at_level(NEW.unit_id, 'district');
    NEW.commune_id := unit_at_level(NEW.unit_id, 'commune');
    RETURN NEW;
END $$;
