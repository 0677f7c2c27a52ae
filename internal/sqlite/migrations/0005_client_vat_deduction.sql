-- 0005: a client that cannot deduct VAT (a hospital, a public body, many
-- non-profits) compares the options of its proposals VAT included.
ALTER TABLE clients ADD COLUMN cannot_deduct_vat INTEGER NOT NULL DEFAULT 0 CHECK (cannot_deduct_vat IN (0, 1));
