package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// CheckReport is what Check found.
type CheckReport struct {
	// Integrity is "ok", or the problems SQLite's integrity and foreign-key
	// checks found, one per line.
	Integrity string
	// SchemaVersion is the schema of the file; AppSchemaVersion the one this
	// build knows. After Open they are equal.
	SchemaVersion    int
	AppSchemaVersion int
}

// Check verifies the whole file: every page, index and reference. It
// returns an EINTERNAL error, together with the report, when anything is
// wrong, so a backup can be checked before it is trusted.
func (db *DB) Check(ctx context.Context) (CheckReport, error) {
	r := CheckReport{AppSchemaVersion: len(migrations)}
	if err := db.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&r.SchemaVersion); err != nil {
		return r, fmt.Errorf("check database: %w", err)
	}
	problems, err := db.integrityProblems(ctx)
	if err != nil {
		return r, err
	}
	if r.SchemaVersion != r.AppSchemaVersion {
		problems = append(problems, fmt.Sprintf("schema version %d, this version of Interim Desk knows %d", r.SchemaVersion, r.AppSchemaVersion))
	}
	if len(problems) == 0 {
		r.Integrity = "ok"
		return r, nil
	}
	r.Integrity = strings.Join(problems, "\n")
	return r, domain.Errorf(domain.EINTERNAL, "The database %s failed its check: %s", db.path, r.Integrity)
}

// integrityProblems runs PRAGMA integrity_check (which says "ok" when all is
// well) and PRAGMA foreign_key_check (which lists rows pointing nowhere).
func (db *DB) integrityProblems(ctx context.Context) ([]string, error) {
	var problems []string
	rows, err := db.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, fmt.Errorf("check database: %w", err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return nil, fmt.Errorf("check database: %w", err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("check database: %w", err)
	}

	fk, err := db.db.QueryContext(ctx, `SELECT "table", rowid, parent FROM pragma_foreign_key_check`)
	if err != nil {
		return nil, fmt.Errorf("check references: %w", err)
	}
	defer fk.Close()
	for fk.Next() {
		var table, parent string
		var rowid *int64
		if err := fk.Scan(&table, &rowid, &parent); err != nil {
			return nil, fmt.Errorf("check references: %w", err)
		}
		row := "?"
		if rowid != nil {
			row = fmt.Sprint(*rowid)
		}
		problems = append(problems, fmt.Sprintf("row %s of %s refers to a missing row of %s", row, table, parent))
	}
	if err := fk.Err(); err != nil {
		return nil, fmt.Errorf("check references: %w", err)
	}
	return problems, nil
}

// IsEmpty reports whether the file holds nothing a person entered
// (isEmptySQL). A new file is empty; the first start offers the demo data
// or the firm setup then.
func (db *DB) IsEmpty(ctx context.Context) (bool, error) {
	var empty bool
	err := db.db.QueryRowContext(ctx, isEmptySQL).Scan(&empty)
	if err != nil {
		return false, fmt.Errorf("check whether the database is empty: %w", err)
	}
	return empty, nil
}

// isEmptySQL asks whether the database holds nothing a person entered:
// no firm profile, client, manager, proposal or engagement, and none of
// the firm's own clause texts. Settings do not count.
const isEmptySQL = `SELECT NOT (
	EXISTS (SELECT 1 FROM firm) OR EXISTS (SELECT 1 FROM clients) OR
	EXISTS (SELECT 1 FROM managers) OR EXISTS (SELECT 1 FROM proposals) OR
	EXISTS (SELECT 1 FROM engagements) OR EXISTS (SELECT 1 FROM clauses))`
