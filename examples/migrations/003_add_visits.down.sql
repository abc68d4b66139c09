ALTER TABLE customers DROP COLUMN visits;
