package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// sqliteSidecars are the files SQLite keeps next to a database in WAL mode;
// they belong to it and move with it.
var sqliteSidecars = []string{"-wal", "-shm"}

// demo loads the sample firm. It builds the sample in a temporary file next
// to the database and only then puts it in place, so a load that fails half
// way leaves nothing behind, and --force never destroys the old data: it is
// moved to a backup file.
func (a *app) demo(args []string) error {
	flags := newFlagSet("demo")
	force := flags.Bool("force", false, "replace a database that holds data; the old file is kept as a backup next to it")
	sizeName := flags.String("size", "small", "how large a sample: small (a firm to look around in) or large (100,000 managers)")
	if err := parseFlags(flags, demoUsage, args); err != nil {
		return err
	}
	size, ok := demo.SizeNamed(*sizeName)
	if !ok {
		return usageErrorf(demoUsage, "--size must be small or large, not %q", *sizeName)
	}
	path, err := a.dbPath()
	if err != nil {
		return err
	}
	if isServerURL(path) {
		if *force {
			return domain.Errorf(domain.EINVALID, "On the shared database %s the sample only goes into an empty database; --force, which moves a file aside, is for database files.", serverName(path))
		}
		return a.demoOnServer(size)
	}

	exists, empty, err := a.probe(path)
	if err != nil {
		return err
	}
	if exists && !empty && !*force {
		return domain.Errorf(domain.ECONFLICT, "The database at %s already holds data, and the sample only goes into an empty one; use --force to move it aside to a backup and start afresh.", path)
	}

	tmp := path + ".demo-tmp"
	removeDB(tmp)
	summary, err := a.buildDemo(tmp, size)
	if err != nil {
		removeDB(tmp)
		return err
	}

	backup := ""
	if exists && !empty {
		backup = unusedName(path + ".before-demo-" + a.now.Format("20060102-150405"))
		if err := moveDB(path, backup); err != nil {
			removeDB(tmp)
			return fmt.Errorf("moving the old database aside: %w", err)
		}
	} else if exists {
		removeDB(path) // empty: only the schema, nothing to keep
	}
	if err := moveDB(tmp, path); err != nil {
		return fmt.Errorf("putting the sample in place: %w", err)
	}

	a.say("Loaded the sample firm %s into %s:", demo.FirmName, path)
	fmt.Fprint(a.stdout, summary)
	if backup != "" {
		a.say("The previous database was moved to %s.", backup)
	}
	return nil
}

// probe opens an existing database to see whether it holds data. Opening
// also refuses a file of another application or of a newer version, before
// anything is touched.
func (a *app) probe(path string) (exists, empty bool, err error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return false, true, nil
	}
	db, err := a.openPath(path, mustExist)
	if err != nil {
		return true, false, err
	}
	defer db.Close()
	empty, err = db.IsEmpty(a.ctx)
	return true, empty, err
}

// buildDemo loads the sample into a new database file and returns the lines
// that say what it holds.
func (a *app) buildDemo(path string, size demo.Size) (string, error) {
	db, err := a.openPath(path, mayCreate)
	if err != nil {
		return "", err
	}
	s := a.services(db)
	err = demo.LoadSize(a.ctx, s, a.today(), size)
	summary := ""
	if err == nil {
		summary, err = summarize(a, s)
	}
	// Closed before the file is moved, so SQLite folds its WAL into it.
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return summary, err
}

// summarize counts what the sample holds, through the same services as the
// list commands.
func summarize(a *app, s domain.Services) (string, error) {
	one := domain.Page{Limit: 1} // only the totals are wanted
	_, clients, err := s.Clients.FindClients(a.ctx, domain.ClientFilter{IncludeArchived: true, Page: one})
	if err != nil {
		return "", err
	}
	_, active, err := s.Clients.FindClients(a.ctx, domain.ClientFilter{Page: one})
	if err != nil {
		return "", err
	}
	_, managers, err := s.Managers.FindManagers(a.ctx, domain.ManagerFilter{IncludeInactive: true, Page: one})
	if err != nil {
		return "", err
	}
	_, activeManagers, err := s.Managers.FindManagers(a.ctx, domain.ManagerFilter{Page: one})
	if err != nil {
		return "", err
	}
	proposals, byProposal, err := countByStatus(a, domain.ProposalStatuses, func(st domain.ProposalStatus) (int, error) {
		_, n, err := s.Proposals.FindProposals(a.ctx, domain.ProposalFilter{Status: st, Page: one})
		return n, err
	})
	if err != nil {
		return "", err
	}
	engagements, byEngagement, err := countByStatus(a, domain.EngagementStatuses, func(st domain.EngagementStatus) (int, error) {
		_, n, err := s.Engagements.FindEngagements(a.ctx, domain.EngagementFilter{Status: st, Page: one})
		return n, err
	})
	if err != nil {
		return "", err
	}
	lines := []string{
		a.sprintf("%d clients (%d archived)", clients, clients-active),
		a.sprintf("%d managers (%d inactive)", managers, managers-activeManagers),
		a.sprintf("%d proposals: %s", proposals, byProposal),
		a.sprintf("%d engagements: %s", engagements, byEngagement),
	}
	return "  " + strings.Join(lines, "\n  ") + "\n", nil
}

// countByStatus counts per status: the total and "2 draft, 2 issued, ...",
// the statuses in the language of the messages.
func countByStatus[S ~string](a *app, statuses []S, count func(S) (int, error)) (total int, detail string, err error) {
	parts := make([]string, len(statuses))
	for i, st := range statuses {
		n, err := count(st)
		if err != nil {
			return 0, "", err
		}
		total += n
		parts[i] = fmt.Sprint(n) + " " + a.word(string(st))
	}
	return total, strings.Join(parts, ", "), nil
}

// moveDB renames a database file with its sidecars.
func moveDB(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	for _, s := range sqliteSidecars {
		if err := os.Rename(from+s, to+s); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// unusedName returns base, or base with a counter when a file of that name
// exists: two runs of demo --force in the same second must not overwrite the
// first backup.
func unusedName(base string) string {
	name := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d", base, i)
	}
}

// removeDB removes a database file the command made itself (or an empty
// one) with its sidecars; a missing file is fine.
func removeDB(path string) {
	for _, s := range append([]string{""}, sqliteSidecars...) {
		_ = os.Remove(path + s)
	}
}

// demoOnServer loads the sample into the firm's shared database, which
// must be empty. It builds the sample in a file first, as for a file, and
// moves it with the JSON export and import: one transaction on the
// server, so a load that fails leaves nothing behind there either.
func (a *app) demoOnServer(size demo.Size) error {
	dir, err := os.MkdirTemp("", "interimdesk-demo-")
	if err != nil {
		return fmt.Errorf("a folder for the sample: %w", err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "demo.db")
	if _, err := a.buildDemo(file, size); err != nil {
		return err
	}
	export := filepath.Join(dir, "demo.json")
	if err := a.exportFile(file, export); err != nil {
		return err
	}
	in, err := os.Open(export)
	if err != nil {
		return err
	}
	defer in.Close()
	return a.withStore(mustExist, func(st *store) error {
		if _, err := st.svc.Data.ImportJSON(a.ctx, in); err != nil {
			return err
		}
		summary, err := summarize(a, st.svc)
		if err != nil {
			return err
		}
		a.say("Loaded the sample firm %s into %s:", demo.FirmName, st.name)
		fmt.Fprint(a.stdout, summary)
		return nil
	})
}

// exportFile writes the JSON export of the database file at path to out.
func (a *app) exportFile(path, out string) error {
	db, err := a.openPath(path, mustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := db.ExportJSON(a.ctx, f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
