package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// The store moves engagements through their life.
var _ domain.EngagementLifecycle = (*DB)(nil)

// AddEngagement validates an engagement entered by hand (planned when it
// has no status), checks its manager's capacity and inserts it; EINVALID,
// ECONFLICT (capacity, without override).
func (db *DB) AddEngagement(ctx context.Context, e *domain.Engagement, override *domain.CapacityOverride) error {
	if e == nil {
		return domain.Errorf(domain.EINVALID, "Engagement: there is no engagement to save.")
	}
	if e.Status == "" {
		e.Status = domain.EngagementPlanned
	}
	if err := e.Validate(); err != nil {
		return err
	}
	err := db.write(ctx, func(tx *sql.Tx) error {
		if err := checkEngagementRefs(ctx, tx, e); err != nil {
			return err
		}
		conflict, err := checkCapacity(ctx, tx, e, override)
		if err != nil {
			return err
		}
		now := db.now()
		if err := createEngagement(ctx, tx, e, now); err != nil {
			return err
		}
		if err := logEngagementEvent(ctx, tx, e.ID, now, domain.EventAdded, domain.EventFacts{Kind: e.Kind, Status: e.Status}); err != nil {
			return err
		}
		return logOverride(ctx, tx, e.ID, conflict, override, now)
	})
	if err != nil {
		// Nothing was stored: the engagement has no ID to show.
		e.ID, e.Rev, e.CreatedAt, e.UpdatedAt = 0, 0, time.Time{}, time.Time{}
	}
	return err
}

// ActivateEngagement records that a planned engagement started on day on
// (today when zero); ENOTFOUND, ECONFLICT (not planned).
func (db *DB) ActivateEngagement(ctx context.Context, id int64, on domain.Date) (*domain.Engagement, error) {
	return db.changeEngagement(ctx, id, nil, domain.ActivateOn(db.dayOr(on)))
}

// CompleteEngagement records that an active engagement ended on day on
// (today when zero): completed, or terminated when notice had been given.
// EINVALID, ENOTFOUND, ECONFLICT (not active).
func (db *DB) CompleteEngagement(ctx context.Context, id int64, on domain.Date) (*domain.Engagement, error) {
	return db.changeEngagement(ctx, id, nil, domain.CompleteOn(db.dayOr(on)))
}

// TerminateEngagement records notice given on day noticeGiven, with the
// reason: the last day follows from the notice period, and the engagement
// is terminated once that day is past (Engagement.GiveNotice). EINVALID,
// ENOTFOUND, ECONFLICT (not live, or notice already given).
func (db *DB) TerminateEngagement(ctx context.Context, id int64, noticeGiven domain.Date, reason string) (*domain.Engagement, error) {
	return db.changeEngagement(ctx, id, nil, domain.NoticeGiven(noticeGiven, reason, db.today()))
}

// ExtendEngagement moves the planned end to day to, as agreed on day on
// (today when zero), after checking that the manager is free for the
// longer period; EINVALID, ENOTFOUND, ECONFLICT (not live, under notice,
// open-ended, capacity without override).
func (db *DB) ExtendEngagement(ctx context.Context, id int64, to, on domain.Date, override *domain.CapacityOverride) (*domain.Engagement, error) {
	if override == nil {
		// Capacity is always checked; a nil override only means "refuse".
		override = noOverride
	}
	return db.changeEngagement(ctx, id, override, domain.ExtendTo(to, db.dayOr(on)))
}

// noOverride asks changeEngagement for a capacity check that refuses a
// conflict.
var noOverride = &domain.CapacityOverride{}

// EngagementHistory lists what happened to an engagement, oldest first;
// ENOTFOUND.
func (db *DB) EngagementHistory(ctx context.Context, id int64) ([]domain.EngagementEvent, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if ok, err := exists(ctx, tx, "engagements", id); err != nil {
		return nil, err
	} else if !ok {
		return nil, errEngagementNotFound(id)
	}
	return readEngagementEvents(ctx, tx, id)
}

// dayOr is on, or today when on is zero.
func (db *DB) dayOr(on domain.Date) domain.Date {
	if on.IsZero() {
		return db.today()
	}
	return on
}

// changeEngagement applies one step of the life cycle in a write
// transaction: it reads the engagement with its status as of today, lets
// change alter it and say what happened, checks capacity when override is
// not nil (noOverride refuses a conflict), saves the status and dates and
// logs the step. Nothing is written when change or the check refuses.
//
// An engagement whose notice ran out is terminated, though no step
// recorded it (Engagement.StatusOn): every step refuses it as it refuses a
// terminated one, and says when the notice ran out.
func (db *DB) changeEngagement(ctx context.Context, id int64, override *domain.CapacityOverride,
	change domain.EngagementChange) (*domain.Engagement, error) {
	var e *domain.Engagement
	err := db.write(ctx, func(tx *sql.Tx) (err error) {
		if e, err = findEngagement(ctx, tx, id); err != nil {
			return err
		}
		today := db.today()
		ranOut := e.NoticeRanOut(today)
		e.Status = e.StatusOn(today)
		kind, facts, err := change(e)
		if err != nil {
			if ranOut && domain.ErrorCode(err) == domain.ECONFLICT {
				return domain.Errorf(domain.ECONFLICT, "%s Its notice ran out: the last day was %s.", err, e.TerminatedOn)
			}
			return err
		}
		if err := e.Validate(); err != nil {
			return err
		}
		var conflict *domain.CapacityConflict
		if override != nil {
			given := override
			if override == noOverride {
				given = nil
			}
			if conflict, err = checkCapacity(ctx, tx, e, given); err != nil {
				return err
			}
		}
		now := db.now()
		if err := saveLifecycle(ctx, tx, e, now); err != nil {
			return err
		}
		if err := logEngagementEvent(ctx, tx, id, now, kind, facts); err != nil {
			return err
		}
		return logOverride(ctx, tx, id, conflict, override, now)
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// saveLifecycle writes what the life cycle changes: status, end, the
// termination date and reason.
func saveLifecycle(ctx context.Context, tx *sql.Tx, e *domain.Engagement, now time.Time) error {
	var rev int64
	err := tx.QueryRowContext(ctx, `UPDATE engagements SET status = ?, end_on = ?, terminated_on = ?,
			end_reason = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? AND rev = ? RETURNING rev`,
		string(e.Status), sqlcol.DateText(e.End), sqlcol.DateText(e.TerminatedOn), e.EndReason, sqlcol.TimeText(now), e.ID, e.Rev,
	).Scan(&rev)
	if err != nil {
		return fmt.Errorf("save engagement %d: %w", e.ID, err)
	}
	e.Rev, e.UpdatedAt = rev, now
	return nil
}
