package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// bookingOn is the SQL condition for an engagement e that books its
// manager's time on the day bound to its one parameter: planned or active,
// started, and not yet ended by its end date or its termination (no end
// date: open-ended). EngagementStatus.Live and Engagement.Booking say the
// same in Go.
const bookingOn = `e.status IN ('planned', 'active')
	AND ? BETWEEN e.start_on AND (CASE
		WHEN e.terminated_on <> '' THEN e.terminated_on
		WHEN e.end_on <> '' THEN e.end_on
		ELSE '9999-12-31' END)`

// bookedDays is the SQL for the days per week of manager m booked on the
// day bound to its one parameter.
const bookedDays = `(SELECT coalesce(sum(e.days_per_week), 0) FROM engagements e
	WHERE e.manager_id = m.id AND ` + bookingOn + `)`

// bookings returns, per manager, the engagements that book their time on
// day. One query serves a whole page of managers. It is the base of the
// roster status now and of capacity checks later.
func bookings(ctx context.Context, tx *sql.Tx, managerIDs []int64, day domain.Date) (map[int64][]domain.Booking, error) {
	out := map[int64][]domain.Booking{}
	if len(managerIDs) == 0 {
		return out, nil
	}
	in, ids := idList(managerIDs)
	args := append([]any{sqlcol.DateText(day)}, ids...)
	rows, err := tx.QueryContext(ctx, `SELECT e.manager_id, e.id, e.start_on,
			CASE WHEN e.terminated_on <> '' THEN e.terminated_on ELSE e.end_on END, e.days_per_week
		FROM engagements e
		WHERE `+bookingOn+` AND e.manager_id IN (`+in+`)
		ORDER BY e.manager_id, e.start_on, e.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read bookings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var mid int64
		var b domain.Booking
		if err := rows.Scan(&mid, &b.EngagementID, sqlcol.Date{D: &b.Start}, sqlcol.Date{D: &b.End}, &b.DaysPerWeek); err != nil {
			return nil, fmt.Errorf("read bookings: %w", err)
		}
		out[mid] = append(out[mid], b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read bookings: %w", err)
	}
	return out, nil
}

// bookingAhead is the SQL condition for an engagement e that books its
// manager's time on the day bound to its one parameter or later: planned or
// active, and not ended before that day. A status counts them so that a
// mandate ahead is shown.
const bookingAhead = `e.status IN ('planned', 'active')
	AND ? <= (CASE
		WHEN e.terminated_on <> '' THEN e.terminated_on
		WHEN e.end_on <> '' THEN e.end_on
		ELSE '9999-12-31' END)`

// proposedStart and proposedEnd are the start and the last day of the interim offer of an
// issued proposal p, read from its content: start plus weeks, less a day.
const proposedStart = `coalesce(json_extract(p.content, '$.interim.start'), '')`
const proposedEnd = `CASE WHEN ` + proposedStart + ` = '' OR coalesce(json_extract(p.content, '$.interim.weeks'), 0) <= 0 THEN ''
	ELSE date(` + proposedStart + `, '+' || (json_extract(p.content, '$.interim.weeks') * 7 - 1) || ' days') END`

// bookingsAhead returns, per manager, the engagements that book their
// time on day or later and, with ProposalID set, the issued proposals that
// name them and do not end before day. One query serves a whole page.
// The proposals are found by their manager (+p.status keeps SQLite from
// taking the status index instead: with 1,000 issued proposals it read
// and parsed the content of each of them for every page of the roster).
func bookingsAhead(ctx context.Context, tx *sql.Tx, managerIDs []int64, day domain.Date) (map[int64][]domain.Booking, error) {
	out := map[int64][]domain.Booking{}
	if len(managerIDs) == 0 {
		return out, nil
	}
	in, ids := idList(managerIDs)
	d := sqlcol.DateText(day)
	args := append(append(append([]any{d}, ids...), d), ids...)
	rows, err := tx.QueryContext(ctx, `SELECT e.manager_id, e.id, 0, e.start_on,
			CASE WHEN e.terminated_on <> '' THEN e.terminated_on ELSE e.end_on END, e.days_per_week
		FROM engagements e
		WHERE `+bookingAhead+` AND e.manager_id IN (`+in+`)
		UNION ALL
		SELECT p.manager_id, 0, p.id, `+proposedStart+`, `+proposedEnd+`,
			coalesce(json_extract(p.content, '$.interim.days_per_week'), 0)
		FROM proposals p
		WHERE +p.status = 'issued' AND `+proposedStart+` <> ''
			AND (`+proposedEnd+` = '' OR `+proposedEnd+` >= ?) AND p.manager_id IN (`+in+`)
		ORDER BY 1, 4, 2, 3`, args...)
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
