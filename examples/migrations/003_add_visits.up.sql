-- Expand: a new column with a default; the previous version never selects it.
ALTER TABLE customers ADD COLUMN visits integer NOT NULL DEFAULT 0;
