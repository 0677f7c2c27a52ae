package cli

import (
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// managersExportPersonal is "managers export-personal ID -o FILE": all the
// database holds about one manager as a person, as JSON.
func (a *app) managersExportPersonal(args []string) error {
	fs := newFlagSet("managers export-personal")
	out := fs.String("o", "", "the `FILE` to write (required; - for stdout)")
	return a.withManager(fs, args, func(db *sqlite.DB, id int64) error {
		if *out == "" {
			return usageErrorf(managersUsage, "missing -o FILE, the file to write the personal data to")
		}
		return a.exportPersonal(db, id, *out)
	})
}

// withManager reads "ID [flags]", opens the database and runs f.
func (a *app) withManager(fs *flag.FlagSet, args []string, f func(db *sqlite.DB, id int64) error) error {
	pos, err := parseArgs(fs, managersUsage, args)
	if err != nil {
		return err
	}
	id, err := oneID(managersUsage, "manager", pos)
	if err != nil {
		return err
	}
	db, err := a.open(mustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	return f(db, id)
}

func (a *app) exportPersonal(db *sqlite.DB, id int64, out string) error {
	pd, err := db.ExportPersonal(a.ctx, id)
	if err != nil {
		return err
	}
	if err := writeOutput(a, out, db.Path(), func(w io.Writer) error { return writeJSON(w, pd) }); err != nil {
		return err
	}
	if out != "-" {
		fmt.Fprintf(a.stdout, "Wrote the personal data of manager %d (%s) to %s: %d engagements, %d proposals, %d issued documents.\n",
			id, pd.Manager.Name, out, len(pd.Engagements), len(pd.Proposals), len(pd.IssuedDocuments))
	}
	return nil
}

// managersErase is "managers erase ID [--confirm ID]". Without --confirm
// it only shows what erasing would do; the erasure needs the ID a second
// time, so that a slip of the keyboard erases nobody.
func (a *app) managersErase(args []string) error {
	fs := newFlagSet("managers erase")
	confirm := fs.String("confirm", "", "repeat the manager's `ID` to erase; without it nothing is erased")
	return a.withManager(fs, args, func(db *sqlite.DB, id int64) error { return a.erase(db, id, *confirm) })
}

func (a *app) erase(db *sqlite.DB, id int64, confirm string) error {
	plan, err := db.PlanErasure(a.ctx, id)
	if err != nil {
		return err
	}
	if confirm == "" {
		for _, s := range plan.Summary() {
			fmt.Fprintln(a.stdout, s)
		}
		if !plan.AlreadyErased {
			fmt.Fprintf(a.stdout, "Nothing was erased yet. To erase, repeat the ID: interimdesk-cli managers erase %d --confirm %d\n", id, id)
		}
		return nil
	}
	if c, err := strconv.ParseInt(confirm, 10, 64); err != nil || c != id {
		return domain.Errorf(domain.EINVALID, "--confirm %s does not repeat the manager's ID %d; nothing was erased.", confirm, id)
	}
	if _, err := db.EraseManager(a.ctx, id, plan.Rev); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "Erased the personal data of manager %d.\n", id)
	for _, s := range plan.Summary() {
		fmt.Fprintln(a.stdout, s)
	}
	return nil
}
