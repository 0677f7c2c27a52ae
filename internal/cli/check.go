package cli

import "github.com/interimdesk/interimdesk/internal/domain"

// check runs the integrity check and compares schema versions.
func (a *app) check(args []string) error {
	fs := newFlagSet("check")
	if err := parseFlags(fs, checkUsage, args); err != nil {
		return err
	}
	db, err := a.open(mustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	rep, err := db.Check(a.ctx)
	if err != nil {
		return err
	}
	// The store already fails on these; checking again keeps "ok" honest if
	// its rules ever loosen. The refusal is English, as every error is
	// until report translates it; its format below is in the catalogue.
	if rep.Integrity != "ok" || rep.SchemaVersion != rep.AppSchemaVersion {
		return domain.Errorf(domain.EINVALID, "The database is not in order: %s.",
			englishf("integrity %s, schema %d of %d, file %s", rep.Integrity, rep.SchemaVersion, rep.AppSchemaVersion, db.Path()))
	}
	a.say("ok: %s", a.sprintf("integrity %s, schema %d of %d, file %s", a.word(rep.Integrity), rep.SchemaVersion, rep.AppSchemaVersion, db.Path()))
	return nil
}
