-- 0007: the manager's day fee beside the client's rate, and the management
-- company's seat and number.
--
-- Until now an engagement kept one rate, day_rate: what the client pays a
-- day. What the firm pays the manager's company was nowhere but in the
-- roster (managers.day_rate, the manager's own day fee; its meaning does not
-- change, only its labels do). An engagement now keeps that fee too, as it
-- was agreed, so a later change in the roster does not rewrite the margin
-- of a mandate already running.
ALTER TABLE engagements ADD COLUMN manager_day_fee INTEGER NOT NULL DEFAULT 0 CHECK (manager_day_fee >= 0);

-- An existing interim engagement gets its manager's rate as the roster holds
-- it on the day of this upgrade: the manager's own rate is the best record
-- the file has of what the firm pays. It is not a fee anybody agreed on
-- that day, so where it cannot be one (no rate in the roster, or a rate
-- above what the client pays, as when a roster held client rates or a rate
-- was raised since) the fee stays 0: not recorded, and the margin of that
-- engagement is unknown until someone enters the fee. Consulting
-- engagements had no manager fee; they keep none.
UPDATE engagements
SET manager_day_fee = (SELECT m.day_rate FROM managers m WHERE m.id = engagements.manager_id)
WHERE kind = 'interim'
  AND manager_id IS NOT NULL
  AND (SELECT m.day_rate FROM managers m WHERE m.id = engagements.manager_id) BETWEEN 1 AND day_rate;

-- The management company signs the manager agreement: its seat and its
-- enterprise (BE) or KvK (NL) number are printed there.
ALTER TABLE managers ADD COLUMN company_street TEXT NOT NULL DEFAULT '';
ALTER TABLE managers ADD COLUMN company_postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE managers ADD COLUMN company_city TEXT NOT NULL DEFAULT '';
ALTER TABLE managers ADD COLUMN company_country TEXT NOT NULL DEFAULT '';
ALTER TABLE managers ADD COLUMN company_number TEXT NOT NULL DEFAULT '';
