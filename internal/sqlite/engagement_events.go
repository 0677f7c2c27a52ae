package sqlite

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
// caller's transaction: its kind in what, its facts as JSON (0005), and
// its English sentence in detail, which earlier versions and logs read.
func logEngagementEvent(ctx context.Context, tx *sql.Tx, id int64, at time.Time, kind domain.EventKind, facts domain.EventFacts) error {
	ev := domain.NewEvent(at, kind, facts)
	data, err := json.Marshal(ev.Facts)
	if err != nil {
		return fmt.Errorf("log %s event for engagement %d: %w", kind, id, err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO events (entity, entity_id, at, what, detail, facts) VALUES ('engagement', ?, ?, ?, ?, ?)`,
		id, sqlcol.TimeText(at), string(kind), ev.Detail, string(data))
	if err != nil {
		return fmt.Errorf("log %s event for engagement %d: %w", kind, id, err)
	}
	return nil
}

// readEngagementEvents lists the history of engagement id, oldest first.
// An event written before 0005 has no facts and keeps only its detail.
func readEngagementEvents(ctx context.Context, tx *sql.Tx, id int64) ([]domain.EngagementEvent, error) {
	rows, err := tx.QueryContext(ctx, `SELECT at, what, detail, facts FROM events
		WHERE entity = 'engagement' AND entity_id = ? ORDER BY at, id`, id)
	if err != nil {
		return nil, fmt.Errorf("read the history of engagement %d: %w", id, err)
	}
	defer rows.Close()
	out := []domain.EngagementEvent{}
	for rows.Next() {
		var ev domain.EngagementEvent
		var facts sql.NullString
		if err := rows.Scan(sqlcol.Time{T: &ev.At}, &ev.What, &ev.Detail, &facts); err != nil {
			return nil, fmt.Errorf("read the history of engagement %d: %w", id, err)
		}
		if facts.Valid {
			ev.Facts = &domain.EventFacts{}
			if err := json.Unmarshal([]byte(facts.String), ev.Facts); err != nil {
				// Shown by its English detail rather than not at all.
				ev.Facts = nil
			}
		}
		out = append(out, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the history of engagement %d: %w", id, err)
	}
	return out, nil
}

// eraseNameFromEventFacts replaces the name of manager id with erased in
// what the capacity check said in the facts of an override (0005), as the
// erasure does in the detail.
func eraseNameFromEventFacts(ctx context.Context, tx *sql.Tx, id int64, name, erased string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE events SET facts = json_set(facts, '$.check.Manager', ?)
		WHERE entity = 'engagement' AND what = 'capacity override' AND facts IS NOT NULL
			AND json_extract(facts, '$.check.Manager') = ?
			AND entity_id IN (SELECT id FROM engagements WHERE manager_id = ?)`, erased, name, id); err != nil {
		return fmt.Errorf("erase manager %d from the history: %w", id, err)
	}
	return nil
}
