// Package sqlite keeps everything Interim Desk knows in one SQLite file and
// implements the domain's service interfaces on it. It is the only package
// that speaks SQL.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The store implements every service of the domain.
var (
	_ domain.FirmService       = (*DB)(nil)
	_ domain.ClientService     = (*DB)(nil)
	_ domain.ManagerService    = (*DB)(nil)
	_ domain.MatchService      = (*DB)(nil)
	_ domain.ProposalService   = (*DB)(nil)
	_ domain.ProposalIssuer    = (*DB)(nil)
	_ domain.EngagementService = (*DB)(nil)
	_ domain.DataService       = (*DB)(nil)
	_ domain.BackupService     = (*DB)(nil)
	_ domain.PrivacyService    = (*DB)(nil)
)

// DB is an open Interim Desk database file.
type DB struct {
	// Now is the clock: CreatedAt, UpdatedAt and "today" for manager
	// status come from it, so tests and documents are reproducible.
	Now func() time.Time
	// renderProposal turns an issued proposal into PDF bytes: the
	// Printers given to NewServices.
	renderProposal domain.ProposalRenderer

	db   *sql.DB
	path string
	// importSteps, when set, is told how long each phase of an import
	// took: the benchmark reports them. Nil outside it.
	importSteps func(step string, d time.Duration)
	// background is the work started by checkpointSoon; Close waits
	// for it.
	background sync.WaitGroup
	// lock is this process's shared lock on the database (restore_lock.go),
	// released by Close; nil when the caller holds the lock.
	lock *dbLock
	// leftovers is what Open removed from a crashed backup or restore.
	leftovers []string
}

// DefaultPath is where the database lives unless told otherwise:
// $INTERIMDESK_DB if set, else interimdesk/interimdesk.db in the user's
// configuration folder.
func DefaultPath() (string, error) {
	if p := os.Getenv("INTERIMDESK_DB"); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the configuration folder for the database: %w", err)
	}
	return filepath.Join(dir, "interimdesk", "interimdesk.db"), nil
}

// Printers turn documents into PDF bytes. cmd/ wires in internal/pdf, so
// that this package never imports it; tests wire in fakes.
type Printers struct {
	Proposal domain.ProposalRenderer
	Contract domain.ContractRenderer
}

// NewServices returns every service of the domain, backed by db and
// printing with p: the one way to wire the store. From then on db issues
// proposals with p.Proposal. A printer left out makes issuing, printing or
// previewing fail with EINTERNAL; no service is ever nil.
func NewServices(db *DB, p Printers) domain.Services {
	db.renderProposal = p.Proposal
	return domain.Services{Firm: db, Clients: db, Managers: db, Proposals: db, Engagements: db,
		Lifecycle: db, Contracts: &Contracts{DB: db, Render: p.Contract}, Clauses: db,
		Previews: previewer{p.Proposal}, Data: db, Backups: db, Privacy: db, Matches: db, Today: db, Board: db, Changes: db}
}

// previewer prints drafts with the proposal printer.
type previewer struct{ render domain.ProposalRenderer }

// PreviewProposal renders d; EINTERNAL without a printer.
func (p previewer) PreviewProposal(ctx context.Context, d *domain.ProposalDocument) ([]byte, error) {
	if p.render == nil {
		return nil, domain.Errorf(domain.EINTERNAL, "no renderer: the store cannot print a preview without a PDF renderer")
	}
	return p.render(ctx, d)
}

// Path is the database file.
func (db *DB) Path() string { return db.path }

// Close closes the database. SQLite folds the write-ahead log back into the
// file when the last connection closes, so a closed database is one file.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	db.background.Wait()
	err := db.db.Close()
	db.lock.release()
	db.lock = nil
	return err
}

// checkpointSoon copies the write-ahead log into the database file on a
// goroutine of its own: after a large import, which commits without that
// copy (see importTx). A PASSIVE checkpoint waits for nobody: screens
// read and save while it runs. If it fails, nothing is lost: the log is
// on the disk, and the next commit or Close copies it.
func (db *DB) checkpointSoon() {
	db.background.Go(func() {
		_, _ = db.db.ExecContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`)
	})
}

// now is the injected clock in UTC, without the monotonic reading, so the
// value written back into a struct equals the one read from the file.
func (db *DB) now() time.Time {
	clock := db.Now
	if clock == nil {
		clock = time.Now
	}
	return clock().UTC().Round(0)
}

// today is the calendar day of the injected clock, in the local zone: the
// day a person at the desk would call today.
func (db *DB) today() domain.Date {
	clock := db.Now
	if clock == nil {
		clock = time.Now
	}
	return domain.DateOf(clock())
}

// beginWrite starts a write transaction. The DSN makes it BEGIN IMMEDIATE,
// so the write lock is taken up front and a busy database is waited for
// (busy_timeout) instead of failing halfway with SQLITE_BUSY.
func (db *DB) beginWrite(ctx context.Context) (*sql.Tx, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin write: %w", err)
	}
	return tx, nil
}

// beginRead starts a read transaction (a plain deferred BEGIN), so the
// count and the page of a list see the same state.
func (db *DB) beginRead(ctx context.Context) (*sql.Tx, error) {
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("begin read: %w", err)
	}
	return tx, nil
}
