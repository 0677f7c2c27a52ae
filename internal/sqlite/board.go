package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// Board returns a page of the planning board: the managers FindManagers
// gives for f, each with the engagements and the issued proposals naming
// them that overlap from..to. The managers come from FindManagers, so the
// board filters, orders and counts exactly as the roster does (and gains
// whatever makes the roster faster); their bars are one more query for the
// whole page. EINVALID as FindManagers, or when to is before from.
func (db *DB) Board(ctx context.Context, f domain.ManagerFilter, from, to domain.Date) ([]domain.BoardRow, int, error) {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil, 0, domain.Invalidf("Period", "the last day must not be before the first.")
	}
	ms, total, err := db.FindManagers(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	rows := make([]domain.BoardRow, len(ms))
	ids := make([]int64, len(ms))
	for i, m := range ms {
		rows[i] = domain.BoardRow{ManagerID: m.ID, Name: m.Name, Headline: m.Headline, Status: m.Status}
		ids[i] = m.ID
	}
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	bars, err := boardBars(ctx, tx, ids, from, to, db.today())
	if err != nil {
		return nil, 0, err
	}
	for i := range rows {
		rows[i].Bars = bars[rows[i].ManagerID]
	}
	return rows, total, nil
}

// engagementLast is the SQL of an engagement e's last day: the
// termination day once notice was given, else the planned end; empty when
// open-ended (Engagement.LastDay).
const engagementLast = `CASE WHEN e.terminated_on <> '' THEN e.terminated_on ELSE e.end_on END`

// boardBars reads, per manager, the bars that overlap from..to: every
// engagement, whatever its status, and the issued proposals whose interim
// offer names the manager and has a start. Their status is worked out on
// day by the domain (EngagementBarStatus).
func boardBars(ctx context.Context, tx *sql.Tx, managerIDs []int64, from, to, day domain.Date) (map[int64][]domain.BoardBar, error) {
	out := map[int64][]domain.BoardBar{}
	if len(managerIDs) == 0 {
		return out, nil
	}
	in, ids := idList(managerIDs)
	f, t := sqlcol.DateText(from), sqlcol.DateText(to)
	args := append(append([]any{}, ids...), t, f)
	args = append(append(args, ids...), t, f)
	rows, err := tx.QueryContext(ctx, `SELECT e.manager_id, 'engagement', e.id, c.legal_name, c.trade_name, e.role,
			e.status, e.start_on, e.end_on, e.terminated_on, e.days_per_week
		FROM engagements e JOIN clients c ON c.id = e.client_id
		WHERE e.manager_id IN (`+in+`) AND e.start_on <= ?
			AND (`+engagementLast+` = '' OR `+engagementLast+` >= ?)
		UNION ALL
		SELECT p.manager_id, 'proposal', p.id, c.legal_name, c.trade_name,
			coalesce(nullif(json_extract(p.content, '$.interim.role'), ''), p.title),
			p.status, `+proposedStart+`, `+proposedEnd+`, '',
			coalesce(json_extract(p.content, '$.interim.days_per_week'), 0)
		FROM proposals p JOIN clients c ON c.id = p.client_id
		WHERE p.status = 'issued' AND p.manager_id IN (`+in+`)
			AND `+proposedStart+` <> '' AND `+proposedStart+` <= ?
			AND (`+proposedEnd+` = '' OR `+proposedEnd+` >= ?)
		ORDER BY 1, 8, 2, 3`, args...)
	if err != nil {
		return nil, fmt.Errorf("read the board: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var mid int64
		var kind, status string
		var client domain.Client
		var e domain.Engagement
		var b domain.BoardBar
		if err := rows.Scan(&mid, &kind, &b.ID, &client.LegalName, &client.TradeName, &b.Role,
			&status, sqlcol.Date{D: &e.Start}, sqlcol.Date{D: &e.End}, sqlcol.Date{D: &e.TerminatedOn}, &b.DaysPerWeek); err != nil {
			return nil, fmt.Errorf("read the board: %w", err)
		}
		b.Kind, b.Client, b.From, b.To = domain.BarKind(kind), client.DisplayName(), e.Start, e.End
		if b.Kind == domain.BarProposal {
			b.Status = domain.BarProposed
		} else {
			e.Status = domain.EngagementStatus(status)
			b.Status, b.To = domain.EngagementBarStatus(&e, day), e.LastDay()
		}
		out[mid] = append(out[mid], b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the board: %w", err)
	}
	return out, nil
}
