-- 0011: what a manager achieved on an engagement, and who vouches for it.
--
-- A manager's card tells their story, and a proposal may print the
-- manager's recent mandates in the profile (issue 13): each needs a line
-- of outcome ("Refinanced €40M; handed over to the new CFO") and,
-- optionally, the person at the client who vouches for it. Engagements
-- written before have neither; '' is "not written yet".
ALTER TABLE engagements ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE engagements ADD COLUMN reference TEXT NOT NULL DEFAULT '';
