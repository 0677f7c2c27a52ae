package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// TodayData reads what the first screen counts on day on, in one read
// transaction: the open proposals and those answered within the last
// domain.TodayWonMonths (both through the status index), the planned and
// active engagements, and the names of the clients and managers they
// refer to. EINTERNAL.
func (db *DB) TodayData(ctx context.Context, on domain.Date) (*domain.TodayData, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	d := &domain.TodayData{ClientNames: map[int64]string{}, ManagerNames: map[int64]string{}}
	since := on.AddMonths(-domain.TodayWonMonths).AddDays(1)
	if d.Proposals, err = todayProposals(ctx, tx, since); err != nil {
		return nil, err
	}
	if d.Engagements, err = todayEngagements(ctx, tx); err != nil {
		return nil, err
	}
	clients, managers := []int64{}, []int64{}
	for _, p := range d.Proposals {
		clients = append(clients, p.ClientID)
	}
	for _, e := range d.Engagements {
		clients = append(clients, e.ClientID)
		if e.ManagerID > 0 {
			managers = append(managers, e.ManagerID)
		}
	}
	if err := namesOf(ctx, tx, `SELECT id, CASE WHEN trade_name <> '' THEN trade_name ELSE legal_name END
		FROM clients WHERE id IN (SELECT value FROM json_each(?))`, clients, d.ClientNames); err != nil {
		return nil, err
	}
	if err := namesOf(ctx, tx, `SELECT id, name FROM managers WHERE id IN (SELECT value FROM json_each(?))`,
		managers, d.ManagerNames); err != nil {
		return nil, err
	}
	return d, nil
}

func todayProposals(ctx context.Context, tx *sql.Tx, since domain.Date) ([]*domain.Proposal, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+proposalColumns+` FROM proposals p
			WHERE p.status IN ('draft', 'issued')
		UNION ALL
		SELECT `+proposalColumns+` FROM proposals p
			WHERE p.status IN ('accepted', 'declined', 'expired') AND p.status_date >= ?`, sqlcol.DateText(since))
	if err != nil {
		return nil, fmt.Errorf("read the proposals of the first screen: %w", err)
	}
	defer rows.Close()
	out := []*domain.Proposal{}
	for rows.Next() {
		p, err := scanProposal(rows)
		if err != nil {
			return nil, fmt.Errorf("read the proposals of the first screen: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the proposals of the first screen: %w", err)
	}
	return out, nil
}

func todayEngagements(ctx context.Context, tx *sql.Tx) ([]*domain.Engagement, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+engagementColumns+` FROM engagements e
		WHERE e.status IN ('planned', 'active')`)
	if err != nil {
		return nil, fmt.Errorf("read the engagements of the first screen: %w", err)
	}
	defer rows.Close()
	out := []*domain.Engagement{}
	for rows.Next() {
		e, err := scanEngagement(rows)
		if err != nil {
			return nil, fmt.Errorf("read the engagements of the first screen: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the engagements of the first screen: %w", err)
	}
	return out, nil
}

// namesOf reads the names of ids, passed as one JSON array so a thousand
// ids are one statement, into names.
func namesOf(ctx context.Context, tx *sql.Tx, query string, ids []int64, names map[int64]string) error {
	if len(ids) == 0 {
		return nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("names: %w", err)
	}
	rows, err := tx.QueryContext(ctx, query, string(list))
	if err != nil {
		return fmt.Errorf("read names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return fmt.Errorf("read names: %w", err)
		}
		names[id] = name
	}
	return rows.Err()
}
