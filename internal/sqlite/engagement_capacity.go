package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// commitments are the live engagements of a manager that overlap the days
// from start to end (no end: open-ended), other than engagement except,
// each with a label that names it in a sentence. Like bookingOn, an
// engagement under notice books its manager up to its termination date.
func commitments(ctx context.Context, tx *sql.Tx, managerID, except int64, start, end domain.Date) ([]domain.Commitment, error) {
	last := "9999-12-31"
	if !end.IsZero() {
		last = sqlcol.DateText(end)
	}
	rows, err := tx.QueryContext(ctx, `SELECT e.id, e.start_on, e.last_on, e.days_per_week, e.role,
			CASE WHEN c.trade_name <> '' THEN c.trade_name ELSE c.legal_name END
		FROM (SELECT *, CASE WHEN terminated_on <> '' THEN terminated_on ELSE end_on END AS last_on
			FROM engagements) e
		JOIN clients c ON c.id = e.client_id
		WHERE e.manager_id = ? AND e.id <> ? AND e.status IN ('planned', 'active')
			AND e.start_on <= ? AND (e.last_on = '' OR e.last_on >= ?)
		ORDER BY e.start_on, e.id`, managerID, except, last, sqlcol.DateText(start))
	if err != nil {
		return nil, fmt.Errorf("read the engagements of manager %d: %w", managerID, err)
	}
	defer rows.Close()
	var out []domain.Commitment
	for rows.Next() {
		var c domain.Commitment
		if err := rows.Scan(&c.EngagementID, sqlcol.Date{D: &c.Start}, sqlcol.Date{D: &c.End}, &c.DaysPerWeek, &c.Role, &c.Client); err != nil {
			return nil, fmt.Errorf("read the engagements of manager %d: %w", managerID, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the engagements of manager %d: %w", managerID, err)
	}
	return out, nil
}

// checkCapacity checks that e fits beside its manager's other engagements.
// A conflict is refused with its sentence unless override gives a reason;
// then the conflict is returned for the caller to record with the change.
// An engagement without a manager, or that books no time, always fits.
func checkCapacity(ctx context.Context, tx *sql.Tx, e *domain.Engagement, override *domain.CapacityOverride) (*domain.CapacityConflict, error) {
	if e.ManagerID == 0 || !e.Status.Live() {
		return nil, nil
	}
	if err := override.Validate(); err != nil {
		return nil, err
	}
	m, err := findManager(ctx, tx, e.ManagerID)
	if err != nil {
		return nil, err
	}
	b := e.Booking()
	others, err := commitments(ctx, tx, e.ManagerID, e.ID, b.Start, b.End)
	if err != nil {
		return nil, err
	}
	err = domain.CheckCapacity(m, e, others)
	var conflict *domain.CapacityConflict
	if !errors.As(err, &conflict) {
		return nil, err
	}
	if override == nil {
		return nil, conflict
	}
	return conflict, nil
}

// logOverride records that a person booked a manager beyond capacity, why,
// and what the check said. The check's sentence stands between brackets:
// at the end of the detail, its own format (which starts with the
// manager's name) would take the whole detail for its own.
func logOverride(ctx context.Context, tx *sql.Tx, id int64, c *domain.CapacityConflict, o *domain.CapacityOverride, now time.Time) error {
	if c == nil {
		return nil
	}
	return logEngagementEvent(ctx, tx, id, now, domain.EventCapacityOverride, domain.EventFacts{Reason: o.Reason, Check: c})
}
