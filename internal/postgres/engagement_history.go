package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// readEngagementEvents lists the history of engagement id, oldest first,
// as logEngagementEvent wrote it. An event without facts (written by an
// earlier version of the SQLite store, then moved here) keeps only its
// detail.
func readEngagementEvents(ctx context.Context, tx *sql.Tx, id int64) ([]domain.EngagementEvent, error) {
	rows, err := tx.QueryContext(ctx, `SELECT at, what, detail, facts FROM events
		WHERE entity = 'engagement' AND entity_id = $1 ORDER BY at, id`, id)
	if err != nil {
		return nil, fmt.Errorf("read the history of engagement %d: %w", id, err)
	}
	out, err := scanAll(rows, func(s scanner) (ev domain.EngagementEvent, err error) {
		var facts sql.NullString
		if err := s.Scan(sqlcol.Time{T: &ev.At}, &ev.What, &ev.Detail, &facts); err != nil {
			return ev, err
		}
		if facts.Valid {
			ev.Facts = &domain.EventFacts{}
			if err := json.Unmarshal([]byte(facts.String), ev.Facts); err != nil {
				// Shown by its English detail rather than not at all.
				ev.Facts = nil
			}
		}
		return ev, nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the history of engagement %d: %w", id, err)
	}
	if out == nil {
		out = []domain.EngagementEvent{}
	}
	return out, nil
}
