package cli

import (
	"flag"
	"io"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// managersExportPersonal is "managers export-personal ID -o FILE": all the
// database holds about one manager as a person, as JSON.
func (a *app) managersExportPersonal(args []string) error {
	fs := newFlagSet("managers export-personal")
	out := fs.String("o", "", "the `FILE` to write (required; - for stdout)")
	force := fs.Bool("force", false, "replace the file named by -o if it exists")
	return a.withManager(fs, args, func(st *store, id int64) error {
		if *out == "" {
			return usageErrorf(managersUsage, "missing -o FILE, the file to write the personal data to")
		}
		return a.exportPersonal(st, id, *out, *force)
	})
}

// withManager reads "ID [flags]", opens the database and runs f.
func (a *app) withManager(fs *flag.FlagSet, args []string, f func(st *store, id int64) error) error {
	pos, err := parseArgs(fs, managersUsage, args)
	if err != nil {
		return err
	}
	id, err := oneID(managersUsage, "manager", pos)
	if err != nil {
		return err
	}
	return a.withStore(mustExist, func(st *store) error { return f(st, id) })
}

func (a *app) exportPersonal(st *store, id int64, out string, force bool) error {
	pd, err := st.svc.Privacy.ExportPersonal(a.ctx, id)
	if err != nil {
		return err
	}
	if err := writeOutput(a, out, st.path, force, func(w io.Writer) error { return writeJSON(w, pd) }); err != nil {
		return err
	}
	if out != "-" {
		a.say("Wrote the personal data of manager %d (%s) to %s: %d engagements, %d proposals, %d issued documents.",
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
	return a.withManager(fs, args, func(st *store, id int64) error { return a.erase(st.svc.Privacy, id, *confirm) })
}

func (a *app) erase(db domain.PrivacyService, id int64, confirm string) error {
	plan, err := db.PlanErasure(a.ctx, id)
	if err != nil {
		return err
	}
	if confirm == "" {
		a.printErasure(plan)
		if !plan.AlreadyErased || len(plan.Backups) > 0 {
			a.say("Nothing was erased yet. To erase, repeat the ID: interimdesk-cli managers erase %d --confirm %d", id, id)
		}
		return nil
	}
	if c, err := strconv.ParseInt(confirm, 10, 64); err != nil || c != id {
		return domain.Errorf(domain.EINVALID, "--confirm %s does not repeat the manager's ID %d; nothing was erased.", confirm, id)
	}
	done, err := db.EraseManager(a.ctx, id, plan.Rev)
	if done != nil {
		plan = done
	}
	if err != nil && done == nil {
		return err
	}
	a.say("Erased the personal data of manager %d.", id)
	a.printErasure(plan)
	return err
}

// printErasure says what erasing a manager's personal data does. It is
// domain.ErasurePlan.Summary sentence for sentence, which is English only;
// the desktop words it in its own catalogue the same way.
func (a *app) printErasure(p *domain.ErasurePlan) {
	if p.AlreadyErased && len(p.Backups) == 0 {
		a.say("Manager %d was already erased; nothing personal is left to erase.", p.ManagerID)
		return
	}
	if p.AlreadyErased {
		a.say("%d backups still hold the manager and are rewritten without them: %s.", len(p.Backups), strings.Join(p.Backups, ", "))
		return
	}
	erased := domain.ErasedManagerName(p.ManagerID)
	a.say("The name, e-mail, phone, city, headline, skills, sectors, languages, day rate, CV, management company, IBAN and notes of %s (manager %d) are erased; the record becomes %q and inactive.",
		p.Name, p.ManagerID, erased)
	if p.Engagements > 0 {
		a.say("%d engagements keep their dates, days and amounts, now under %q (%d still planned or active).",
			p.Engagements, erased, p.Running)
	}
	if p.Drafts > 0 {
		a.say("%d proposal drafts no longer propose this manager.", p.Drafts)
	}
	if n := len(p.IssuedDocuments); n > 0 {
		names := make([]string, n)
		for i, d := range p.IssuedDocuments {
			names[i] = a.sprintf("%s version %d", d.Number, d.Version)
		}
		a.say("%d issued documents name the manager and are kept as they were issued, because they are the legal record of what the client received: %s.",
			n, strings.Join(names, ", "))
	}
	if n := len(p.Backups); n > 0 {
		a.say("%d backups still hold the manager and are rewritten without them: %s.", n, strings.Join(p.Backups, ", "))
	}
}
