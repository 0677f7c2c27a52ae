package cli

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
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

// open opens the database with the command's clock.
func (a *app) open(ex existing) (*sqlite.DB, error) {
	path, err := a.dbPath()
	if err != nil {
		return nil, err
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

// withServices opens the database, runs f with every service of the store
// and closes it.
func (a *app) withServices(ex existing, f func(s domain.Services) error) error {
	db, err := a.open(ex)
	if err != nil {
		return err
	}
	defer db.Close()
	return f(a.services(db))
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
