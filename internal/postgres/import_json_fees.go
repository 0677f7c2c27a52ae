package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// feeSchema is the schema that first kept the manager's day fee of an
// engagement (SQLite's migration 0007).
const feeSchema = 7

// fillFeesOfOlderExport gives the interim engagements of an export made
// before the fee was kept what SQLite's migration 0007 gives those of a
// file of that age: the manager's rate in the roster, where it can be a
// fee (the SQLite store's import_json_fees.go).
func fillFeesOfOlderExport(ctx context.Context, tx *sql.Tx, schema int) error {
	if schema <= 0 || schema >= feeSchema {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE engagements
		SET manager_day_fee = (SELECT m.day_rate FROM managers m WHERE m.id = engagements.manager_id)
		WHERE kind = 'interim' AND manager_id IS NOT NULL AND manager_day_fee = 0
		  AND (SELECT m.day_rate FROM managers m WHERE m.id = engagements.manager_id) BETWEEN 1 AND day_rate`); err != nil {
		return fmt.Errorf("fill the manager fees of an export of schema %d: %w", schema, err)
	}
	return nil
}

// errImportCancelled is the sentence for an import whose context ended.
func errImportCancelled(err error) error {
	return domain.Errorf(domain.EINVALID, "The import was stopped before the end (%v); nothing was imported.", err)
}
