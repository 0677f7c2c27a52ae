// Package postgres keeps Interim Desk's data in a PostgreSQL database that
// the people of a firm share, and implements the domain's services on it,
// as internal/sqlite does on a file. It speaks SQL through database/sql
// with pgx's driver, so its code reads like the SQLite store's.
//
// So far it implements FirmService, ClientService, ManagerService and
// EngagementService (with AddEngagement of the life cycle); the other
// services are still the SQLite store's alone (docs/TEAM.md).
package postgres

import (
	"database/sql"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The services this store implements so far.
var (
	_ domain.FirmService    = (*DB)(nil)
	_ domain.ClientService  = (*DB)(nil)
	_ domain.ManagerService = (*DB)(nil)
)

// DB is an open Interim Desk database on a PostgreSQL server.
type DB struct {
	// Now is the clock: CreatedAt, UpdatedAt and "today" for manager
	// status come from it, so tests and documents are reproducible.
	Now func() time.Time
	// RenderProposal turns an issued proposal into PDF bytes, as the
	// proposal printer the SQLite store gets from sqlite.NewServices:
	// cmd/ wires in internal/pdf, tests a fake. Without it IssueProposal
	// fails with EINTERNAL.
	RenderProposal domain.ProposalRenderer

	db *sql.DB
	// name is the database as sentences show it: its URL without the
	// password (postgres://user@host:port/name).
	name string
}

// Name is the database as people see it, without a password.
func (db *DB) Name() string { return db.name }

// Close closes the connections to the server.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	return db.db.Close()
}

// now is the injected clock in UTC, without the monotonic reading, so the
// value written back into a struct equals the one read from the database.
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
