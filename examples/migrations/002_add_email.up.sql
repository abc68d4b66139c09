-- Expand: a new nullable column; code that does not know it keeps working.
ALTER TABLE customers ADD COLUMN email text;
UPDATE customers SET email = lower(name) || '@example.com';
