package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

var _ domain.TodayService = (*DB)(nil)

// TodayData reads what the first screen counts on day on, in one read
// transaction (one snapshot): the open proposals and those answered within
// the last domain.TodayWonMonths, the planned and active engagements, and
// the names of the clients and managers they refer to. EINTERNAL. The
// figures themselves are the domain's (domain.ComputeToday).
func (db *DB) TodayData(ctx context.Context, on domain.Date) (*domain.TodayData, error) {
	d := &domain.TodayData{ClientNames: map[int64]string{}, ManagerNames: map[int64]string{}}
	since := on.AddMonths(-domain.TodayWonMonths).AddDays(1)
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		clear(d.ClientNames)
		clear(d.ManagerNames)
		if d.Proposals, err = todayProposals(ctx, tx, since); err != nil {
			return err
		}
		if d.Engagements, err = todayEngagements(ctx, tx); err != nil {
			return err
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
		if err := todayNames(ctx, tx, `SELECT id, CASE WHEN trade_name <> '' THEN trade_name ELSE legal_name END
			FROM clients WHERE id = ANY ($1)`, clients, d.ClientNames); err != nil {
			return err
		}
		return todayNames(ctx, tx, `SELECT id, name FROM managers WHERE id = ANY ($1)`, managers, d.ManagerNames)
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

func todayProposals(ctx context.Context, tx *sql.Tx, since domain.Date) ([]*domain.Proposal, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+proposalColumns+` FROM proposals p
			WHERE p.status IN ('draft', 'issued')
		UNION ALL
		SELECT `+proposalColumns+` FROM proposals p
			WHERE p.status IN ('accepted', 'declined', 'expired') AND p.status_date >= $1`, sqlcol.DateText(since))
	if err != nil {
		return nil, fmt.Errorf("read the proposals of the first screen: %w", err)
	}
	out, err := scanAll(rows, scanProposal)
	if err != nil {
		return nil, fmt.Errorf("read the proposals of the first screen: %w", err)
	}
	if out == nil {
		out = []*domain.Proposal{}
	}
	return out, nil
}

func todayEngagements(ctx context.Context, tx *sql.Tx) ([]*domain.Engagement, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+engagementColumns+` FROM engagements e
		WHERE e.status IN ('planned', 'active')`)
	if err != nil {
		return nil, fmt.Errorf("read the engagements of the first screen: %w", err)
	}
	out, err := scanAll(rows, scanEngagement)
	if err != nil {
		return nil, fmt.Errorf("read the engagements of the first screen: %w", err)
	}
	if out == nil {
		out = []*domain.Engagement{}
	}
	return out, nil
}

// todayNames reads the names of ids, passed as one array so a thousand
// ids are one statement, into names.
func todayNames(ctx context.Context, tx *sql.Tx, query string, ids []int64, names map[int64]string) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, query, ids)
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
