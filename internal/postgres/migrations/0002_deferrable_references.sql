-- 0002: the references between records may be checked at the commit.
--
-- An import of a JSON export (ImportJSON) writes the arrays of the file in
-- the order they come, which another program may have chosen (keys sorted:
-- "engagements" before "managers"); SQLite checks its references at the
-- commit then (PRAGMA defer_foreign_keys), and this store does the same
-- with SET CONSTRAINTS ALL DEFERRED in that one transaction. Every other
-- transaction still checks each row as it is written (INITIALLY IMMEDIATE).
ALTER TABLE proposals
    ALTER CONSTRAINT proposals_client_id_fkey DEFERRABLE INITIALLY IMMEDIATE,
    ALTER CONSTRAINT proposals_manager_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE proposal_versions
    ALTER CONSTRAINT proposal_versions_proposal_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE engagements
    ALTER CONSTRAINT engagements_client_id_fkey DEFERRABLE INITIALLY IMMEDIATE,
    ALTER CONSTRAINT engagements_proposal_id_fkey DEFERRABLE INITIALLY IMMEDIATE,
    ALTER CONSTRAINT engagements_manager_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE contract_terms
    ALTER CONSTRAINT contract_terms_engagement_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE contract_versions
    ALTER CONSTRAINT contract_versions_engagement_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
