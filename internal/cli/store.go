package cli

import (
	"errors"
	"io/fs"
	neturl "net/url"
	"os"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/postgres"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// dbPath is the database file: --db, else $INTERIMDESK_DB, else the default
// in the user's config folder.
func (a *app) dbPath() (string, error) {
	if a.dbFlag != "" {
		return a.dbFlag, nil
	}
	if p := a.env("INTERIMDESK_DB"); p != "" {
		return p, nil
	}
	return sqlite.DefaultPath()
}

// existing says whether a command may create the database file. Reading
// commands refuse a missing file rather than leave an empty database behind
// a typo in --db.
type existing bool

const (
	mustExist existing = true
	mayCreate existing = false
)

const noSuchDBFmt = "There is no database at %s; check --db or $INTERIMDESK_DB, or create one with: interimdesk-cli demo"

// open opens the database file with the command's clock, for the commands
// that work on the file itself (backup, restore, check, demo); they refuse
// the firm's shared database with a sentence.
func (a *app) open(ex existing) (*sqlite.DB, error) {
	path, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	if isServerURL(path) {
		return nil, fileOnly(path)
	}
	return a.openPath(path, ex)
}

func (a *app) openPath(path string, ex existing) (*sqlite.DB, error) {
	if ex == mustExist {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, domain.Errorf(domain.ENOTFOUND, noSuchDBFmt, path)
		}
	}
	db, err := sqlite.Open(a.ctx, path)
	if err != nil {
		return nil, err
	}
	if left := db.LeftoversRemoved(); len(left) > 0 {
		a.sayTo(a.stderr, "Removed %d temporary files that an interrupted backup or restore had left: %s.", len(left), strings.Join(left, ", "))
	}
	now := a.now
	db.Now = func() time.Time { return now }
	return db, nil
}

// printers are internal/pdf's: the store issues proposals and prints
// contracts with them.
func printers() sqlite.Printers {
	return sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()}
}

// services are every service of the store on db.
func (a *app) services(db *sqlite.DB) domain.Services { return sqlite.NewServices(db, printers()) }

// store is an open database, a file or the firm's shared one, with every
// service on it.
type store struct {
	svc domain.Services
	// name is where it is, as sentences say it: the file's path, or the
	// server database's URL without its password.
	name string
	// path is the SQLite file, which an export must not overwrite; "" on
	// a server.
	path  string
	close func() error
}

// openStore opens the database --db or $INTERIMDESK_DB names: a
// postgres:// URL is the firm's shared database (internal/postgres), and
// anything else a file.
func (a *app) openStore(ex existing) (*store, error) {
	path, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	if isServerURL(path) {
		db, err := postgres.Open(a.ctx, path)
		if err != nil {
			return nil, err
		}
		now := a.now
		db.Now = func() time.Time { return now }
		p := printers()
		return &store{svc: postgres.NewServices(db, postgres.Printers{Proposal: p.Proposal, Contract: p.Contract}),
			name: db.Name(), close: db.Close}, nil
	}
	db, err := a.openPath(path, ex)
	if err != nil {
		return nil, err
	}
	return &store{svc: a.services(db), name: db.Path(), path: db.Path(), close: db.Close}, nil
}

// withServices opens the database, runs f with every service of the store
// and closes it.
func (a *app) withServices(ex existing, f func(s domain.Services) error) error {
	return a.withStore(ex, func(st *store) error { return f(st.svc) })
}

// withStore opens the database, runs f on it and closes it.
func (a *app) withStore(ex existing, f func(st *store) error) error {
	st, err := a.openStore(ex)
	if err != nil {
		return err
	}
	defer st.close()
	return f(st)
}

// isServerURL says whether --db names the firm's shared database, with
// the URL forms libpq accepts.
func isServerURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// fileOnly refuses the shared database to a command that works on the
// file itself.
func fileOnly(url string) error {
	return domain.Errorf(domain.EINVALID, "This command works on a database file, not on the shared database %s; docs/TEAM.md says how a shared database is backed up, checked and restored.", serverName(url))
}

// serverName is a server URL as a sentence shows it: without a password.
func serverName(url string) string {
	if u, err := neturl.Parse(url); err == nil {
		return u.Redacted()
	}
	return "postgres://…"
}

// showRecord runs a show command, "ID [--json]": it reads the arguments,
// opens the database and hands the ID to show.
func (a *app) showRecord(args []string, usage, what string, show func(s domain.Services, id int64, asJSON bool) error) error {
	flags := newFlagSet(what + " show")
	asJSON := flags.Bool("json", false, "print JSON")
	pos, err := parseArgs(flags, usage, args)
	if err != nil {
		return err
	}
	id, err := oneID(usage, what, pos)
	if err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error { return show(s, id, *asJSON) })
}
