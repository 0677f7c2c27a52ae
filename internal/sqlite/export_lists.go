package sqlite

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// AllClients returns every client, archived ones too, in the order they
// were added, read in one transaction: the rows of a CSV export.
func (db *DB) AllClients(ctx context.Context) ([]*domain.Client, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var e Export
	if err := exportClients(ctx, tx, &e); err != nil {
		return nil, err
	}
	return e.Clients, nil
}

// AllManagers returns every manager, inactive ones too, in the order they
// were added, read in one transaction: the rows of a CSV export. Their
// Status is left empty: an export has no "today".
func (db *DB) AllManagers(ctx context.Context) ([]*domain.Manager, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var e Export
	if err := exportManagers(ctx, tx, &e); err != nil {
		return nil, err
	}
	out := make([]*domain.Manager, len(e.Managers))
	for i, m := range e.Managers {
		out[i] = m.Manager
	}
	return out, nil
}
