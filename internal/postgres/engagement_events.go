package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// logEngagementEvent appends an event of an engagement's history in the
// caller's transaction: its kind in what, its facts as JSON, and its
// English sentence in detail, as the SQLite store writes them.
func logEngagementEvent(ctx context.Context, tx *sql.Tx, id int64, at time.Time, kind domain.EventKind, facts domain.EventFacts) error {
	ev := domain.NewEvent(at, kind, facts)
	data, err := json.Marshal(ev.Facts)
	if err != nil {
		return fmt.Errorf("log %s event for engagement %d: %w", kind, id, err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO events (entity, entity_id, at, what, detail, facts)
		VALUES ('engagement', $1, $2, $3, $4, $5)`, id, sqlcol.TimeText(at), string(kind), ev.Detail, string(data))
	if err != nil {
		return fmt.Errorf("log %s event for engagement %d: %w", kind, id, err)
	}
	return nil
}
