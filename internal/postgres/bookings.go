package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// The SQL of bookings is the SQLite store's (internal/sqlite/bookings.go),
// on the same text dates; only the JSON of a proposal is read with
// PostgreSQL's operators.

// bookingOn is the condition for an engagement e that books its manager's
// time on the day bound to placeholder ph: planned or active, started, and
// not yet ended by its end date or its termination.
func bookingOn(ph string) string {
	return `e.status IN ('planned', 'active')
	AND ` + ph + ` BETWEEN e.start_on AND (CASE
		WHEN e.terminated_on <> '' THEN e.terminated_on
		WHEN e.end_on <> '' THEN e.end_on
		ELSE '9999-12-31' END)`
}

// bookedDays is the days per week of manager m booked on the day bound to ph.
func bookedDays(ph string) string {
	return `(SELECT coalesce(sum(e.days_per_week), 0) FROM engagements e
	WHERE e.manager_id = m.id AND ` + bookingOn(ph) + `)`
}

// bookingAhead is the condition for an engagement e that books its
// manager's time on the day bound to ph or later.
func bookingAhead(ph string) string {
	return `e.status IN ('planned', 'active')
	AND ` + ph + ` <= (CASE
		WHEN e.terminated_on <> '' THEN e.terminated_on
		WHEN e.end_on <> '' THEN e.end_on
		ELSE '9999-12-31' END)`
}

// proposedStart and proposedEnd are the start and the last day of the
// interim offer of an issued proposal p, read from its content: start plus
// weeks, less a day.
const (
	proposedStart = `coalesce(p.content #>> '{interim,start}', '')`
	proposedWeeks = `coalesce((p.content #>> '{interim,weeks}')::integer, 0)`
	proposedEnd   = `CASE WHEN ` + proposedStart + ` = '' OR ` + proposedWeeks + ` <= 0 THEN ''
		ELSE to_char((` + proposedStart + `)::date + (` + proposedWeeks + ` * 7 - 1), 'YYYY-MM-DD') END`
)

// bookingsAhead returns, per manager, the engagements that book their
// time on day or later and the issued proposals that name them and do
// not end before day. One query serves a whole page.
func bookingsAhead(ctx context.Context, tx *sql.Tx, managerIDs []int64, day domain.Date) (map[int64][]domain.Booking, error) {
	out := map[int64][]domain.Booking{}
	if len(managerIDs) == 0 {
		return out, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT e.manager_id, e.id, 0, e.start_on,
			CASE WHEN e.terminated_on <> '' THEN e.terminated_on ELSE e.end_on END, e.days_per_week
		FROM engagements e
		WHERE `+bookingAhead("$1")+` AND e.manager_id = ANY ($2)
		UNION ALL
		SELECT p.manager_id, 0, p.id, `+proposedStart+`, `+proposedEnd+`,
			coalesce((p.content #>> '{interim,days_per_week}')::integer, 0)
		FROM proposals p
		WHERE p.status = 'issued' AND `+proposedStart+` <> ''
			AND (`+proposedEnd+` = '' OR `+proposedEnd+` >= $1) AND p.manager_id = ANY ($2)
		ORDER BY 1, 4, 2, 3`, sqlcol.DateText(day), managerIDs)
	if err != nil {
		return nil, fmt.Errorf("read bookings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var mid int64
		var b domain.Booking
		if err := rows.Scan(&mid, &b.EngagementID, &b.ProposalID, sqlcol.Date{D: &b.Start}, sqlcol.Date{D: &b.End}, &b.DaysPerWeek); err != nil {
			return nil, fmt.Errorf("read bookings: %w", err)
		}
		out[mid] = append(out[mid], b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read bookings: %w", err)
	}
	return out, nil
}

// fillStatus sets the derived Status of each manager on day, with one
// query for all of them.
func fillStatus(ctx context.Context, tx *sql.Tx, ms []*domain.Manager, day domain.Date) error {
	ids := make([]int64, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	bs, err := bookingsAhead(ctx, tx, ids, day)
	if err != nil {
		return err
	}
	for _, m := range ms {
		m.Status = m.StatusOn(day, bs[m.ID])
	}
	return nil
}
