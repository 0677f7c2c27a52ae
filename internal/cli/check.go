package cli

import (
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

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
	summary := fmt.Sprintf("integrity %s, schema %d of %d, file %s", rep.Integrity, rep.SchemaVersion, rep.AppSchemaVersion, db.Path())
	// The store already fails on these; checking again keeps "ok" honest if
	// its rules ever loosen.
	if rep.Integrity != "ok" || rep.SchemaVersion != rep.AppSchemaVersion {
		return domain.Errorf(domain.EINVALID, "The database is not in order: %s.", summary)
	}
	fmt.Fprintf(a.stdout, "ok: %s\n", summary)
	return nil
}
