package sqlite

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// AllClients returns every client, archived ones too, in the order they
// were added, read in one transaction: the rows of a CSV export.
func (db *DB) AllClients(ctx context.Context) ([]*domain.Client, error) {
	return allRows(ctx, db, allClients, scanClient)
}

// AllManagers returns every manager, inactive ones too, in the order they
// were added, read in one transaction: the rows of a CSV export. Their
// Status is left empty: an export has no "today".
func (db *DB) AllManagers(ctx context.Context) ([]*domain.Manager, error) {
	return allRows(ctx, db, allManagers, scanManager)
}

// The clients and managers in the order they were added, for the CSV and
// the JSON exports.
const (
	allClients  = `SELECT ` + clientColumns + ` FROM clients ORDER BY id`
	allManagers = `SELECT ` + managerColumns + ` FROM managers m ORDER BY m.id`
)

// allRows reads every row of a query in one read transaction.
func allRows[T any](ctx context.Context, db *DB, query string, scan func(scanner) (T, error)) ([]T, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := []T{}
	err = eachRow(ctx, tx, query, func(s scanner) error {
		v, err := scan(s)
		out = append(out, v)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
