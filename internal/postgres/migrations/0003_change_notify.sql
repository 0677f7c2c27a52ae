-- Every write to what people see tells the open windows, through
-- LISTEN/NOTIFY on the channel interimdesk_changes: once per statement,
-- with the table's name. PostgreSQL sends it at the commit, and folds the
-- same notice sent twice in one transaction; a rolled-back write sends
-- nothing. The windows then read their lists again (WatchChanges).
CREATE FUNCTION interimdesk_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('interimdesk_changes', TG_TABLE_NAME);
	RETURN NULL;
END
$$;

CREATE TRIGGER firm_changed AFTER INSERT OR UPDATE OR DELETE ON firm
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON settings
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER clients_changed AFTER INSERT OR UPDATE OR DELETE ON clients
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER managers_changed AFTER INSERT OR UPDATE OR DELETE ON managers
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER proposals_changed AFTER INSERT OR UPDATE OR DELETE ON proposals
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER proposal_versions_changed AFTER INSERT OR UPDATE OR DELETE ON proposal_versions
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER engagements_changed AFTER INSERT OR UPDATE OR DELETE ON engagements
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER contract_terms_changed AFTER INSERT OR UPDATE OR DELETE ON contract_terms
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER contract_versions_changed AFTER INSERT OR UPDATE OR DELETE ON contract_versions
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
CREATE TRIGGER clauses_changed AFTER INSERT OR UPDATE OR DELETE ON clauses
	FOR EACH STATEMENT EXECUTE FUNCTION interimdesk_notify_change();
