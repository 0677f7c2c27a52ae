package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// FindEngagementByID returns one engagement with its status as of today
// (an engagement whose notice ran out reads as terminated); ENOTFOUND.
func (db *DB) FindEngagementByID(ctx context.Context, id int64) (*domain.Engagement, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findEngagementOn(ctx, tx, id, db.today())
}

// FindEngagements returns one page of engagements, latest start first, and
// the number of all matches, with their status as of today: the status
// filter selects on that status too. EINVALID for an unknown status.
func (db *DB) FindEngagements(ctx context.Context, f domain.EngagementFilter) ([]*domain.Engagement, int, error) {
	limit, offset, err := pageBounds(f.Page)
	if err != nil {
		return nil, 0, err
	}
	today := db.today()
	var w where
	if f.ClientID != 0 {
		w.add(`e.client_id = ?`, f.ClientID)
	}
	if f.ManagerID != 0 {
		w.add(`e.manager_id = ?`, f.ManagerID)
	}
	if f.Status != "" {
		if !f.Status.Valid() {
			return nil, 0, domain.Invalidf("Status", "%q is not an engagement status.", f.Status)
		}
		w.add(statusOn+` = ?`, sqlcol.DateText(today), string(f.Status))
	}
	for _, term := range strings.Fields(f.Query) {
		like := "%" + escapeLike(term) + "%"
		w.add(`(c.legal_name LIKE ? ESCAPE '\' OR c.trade_name LIKE ? ESCAPE '\'
			OR e.role LIKE ? ESCAPE '\' OR coalesce(m.name, '') LIKE ? ESCAPE '\')`, like, like, like, like)
	}
	order, err := listOrder("engagements", f.Sort, `e.start_on DESC, e.id DESC`, "e.id", engagementOrders, "client, manager, kind, start, end or status")
	if err != nil {
		return nil, 0, err
	}
	const from = `engagements e JOIN clients c ON c.id = e.client_id LEFT JOIN managers m ON m.id = e.manager_id`

	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return findPage(ctx, tx, engagementColumns, sqlcol.Joined(from, "engagements e", strings.TrimSpace(f.Query) != ""), &w, order, limit, offset,
		func(s scanner) (*domain.Engagement, error) {
			e, err := scanEngagement(s)
			if err == nil {
				e.Status = e.StatusOn(today)
			}
			return e, err
		})
}

// statusOn is the SQL of Engagement.StatusOn for the day bound to its one
// parameter: an engagement whose notice ran out before that day is
// terminated, whatever status the last step recorded.
const statusOn = `(CASE WHEN e.status IN ('planned', 'active') AND e.terminated_on <> '' AND e.terminated_on < ?
	THEN 'terminated' ELSE e.status END)`

// CreateEngagement is AddEngagement without an override: an engagement
// entered by hand (planned when it has no status), its manager's capacity
// checked. EINVALID, also when the client, manager, proposal or version
// does not exist; ECONFLICT (*domain.CapacityConflict) when the manager
// is booked beyond capacity.
func (db *DB) CreateEngagement(ctx context.Context, e *domain.Engagement) error {
	return db.AddEngagement(ctx, e, nil)
}

// UpdateEngagement saves what editing may change (Engagement.CheckEdit):
// the role, the notes, the outcome and the client reference, and while the engagement is planned or active
// its figures and, before notice, its notice period. A change of manager,
// start or days per week is checked against the manager's capacity, and a
// change of figures is written to the history. The status, the end and
// the termination change only through the life-cycle steps. EINVALID (with
// the field that may not change), ENOTFOUND, ECONFLICT (saved elsewhere
// since it was read, or capacity).
func (db *DB) UpdateEngagement(ctx context.Context, e *domain.Engagement) error {
	if e == nil {
		return domain.Errorf(domain.EINVALID, "Engagement: there is no engagement to save.")
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		stored, err := findEngagement(ctx, tx, e.ID)
		if err != nil {
			return err
		}
		if stored.Rev != e.Rev {
			return errStale("The engagement")
		}
		// The copy carries the status it was read with: as of today, or
		// as recorded when it was read before its notice ran out. Editing
		// compares as of today.
		recorded := stored.Status
		stored.Status = stored.StatusOn(db.today())
		if e.Status == recorded {
			e.Status = stored.Status
		}
		if err := e.CheckEdit(stored); err != nil {
			return err
		}
		if err := e.Validate(); err != nil {
			return err
		}
		if err := checkEngagementRefs(ctx, tx, e); err != nil {
			return err
		}
		if e.BookingChanged(stored) {
			if _, err := checkCapacity(ctx, tx, e, nil); err != nil {
				return err
			}
		}
		return updateEngagement(ctx, tx, stored, e, db.now())
	})
}

const engagementColumns = `e.id, e.client_id, e.proposal_id, e.proposal_version, e.kind, e.manager_id,
	e.role, e.start_on, e.end_on, e.days_per_week, e.day_rate, e.fee, e.notice_days, e.status,
	e.terminated_on, e.end_reason, e.notes, e.rev, e.created_at, e.updated_at, e.manager_day_fee,
	e.outcome, e.reference`

func scanEngagement(s scanner) (*domain.Engagement, error) {
	var e domain.Engagement
	err := s.Scan(&e.ID, &e.ClientID, sqlcol.ID{ID: &e.ProposalID}, &e.ProposalVersion, &e.Kind, sqlcol.ID{ID: &e.ManagerID},
		&e.Role, sqlcol.Date{D: &e.Start}, sqlcol.Date{D: &e.End}, &e.DaysPerWeek, &e.DayRate, &e.Fee, &e.NoticeDays, &e.Status,
		sqlcol.Date{D: &e.TerminatedOn}, &e.EndReason, &e.Notes, &e.Rev, sqlcol.Time{T: &e.CreatedAt}, sqlcol.Time{T: &e.UpdatedAt},
		&e.ManagerDayFee, &e.Outcome, &e.Reference)
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// findEngagement reads an engagement as stored: its status the one the
// last step recorded.
func findEngagement(ctx context.Context, tx *sql.Tx, id int64) (*domain.Engagement, error) {
	e, err := scanEngagement(tx.QueryRowContext(ctx, `SELECT `+engagementColumns+` FROM engagements e WHERE e.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errEngagementNotFound(id)
	} else if err != nil {
		return nil, fmt.Errorf("read engagement %d: %w", id, err)
	}
	return e, nil
}

// findEngagementOn reads an engagement as a person sees it on day: its
// status as of that day (Engagement.StatusOn).
func findEngagementOn(ctx context.Context, tx *sql.Tx, id int64, day domain.Date) (*domain.Engagement, error) {
	e, err := findEngagement(ctx, tx, id)
	if err == nil {
		e.Status = e.StatusOn(day)
	}
	return e, err
}

func errEngagementNotFound(id int64) error {
	return domain.Errorf(domain.ENOTFOUND, "There is no engagement with number %d; it may have been removed.", id)
}

// checkEngagementRefs turns a missing client, manager, proposal or issued
// version into a sentence about the field.
func checkEngagementRefs(ctx context.Context, tx *sql.Tx, e *domain.Engagement) error {
	if ok, err := exists(ctx, tx, "clients", e.ClientID); err != nil {
		return err
	} else if !ok {
		return domain.Invalidf("Client", "there is no client with number %d; choose another client.", e.ClientID)
	}
	if e.ManagerID != 0 {
		if ok, err := exists(ctx, tx, "managers", e.ManagerID); err != nil {
			return err
		} else if !ok {
			return domain.Invalidf("Manager", "there is no manager with number %d; choose another manager.", e.ManagerID)
		}
	}
	if e.ProposalID != 0 {
		if ok, err := exists(ctx, tx, "proposals", e.ProposalID); err != nil {
			return err
		} else if !ok {
			return domain.Invalidf("Proposal", "there is no proposal with number %d.", e.ProposalID)
		}
	}
	if e.ProposalVersion != 0 {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM proposal_versions WHERE proposal_id = ? AND version = ?`,
			e.ProposalID, e.ProposalVersion).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Invalidf("Proposal version", "version %d of the proposal was never issued.", e.ProposalVersion)
		} else if err != nil {
			return fmt.Errorf("look up proposal version: %w", err)
		}
	}
	return nil
}

func createEngagement(ctx context.Context, tx *sql.Tx, e *domain.Engagement, now time.Time) error {
	ts := sqlcol.TimeText(now)
	err := tx.QueryRowContext(ctx, `INSERT INTO engagements (client_id, proposal_id, proposal_version, kind,
			manager_id, role, start_on, end_on, days_per_week, day_rate, fee, notice_days, status,
			terminated_on, end_reason, notes, rev, created_at, updated_at, manager_day_fee, outcome, reference)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) RETURNING id`,
		e.ClientID, sqlcol.NullID(e.ProposalID), e.ProposalVersion, string(e.Kind), sqlcol.NullID(e.ManagerID), e.Role,
		sqlcol.DateText(e.Start), sqlcol.DateText(e.End), e.DaysPerWeek, int64(e.DayRate), int64(e.Fee), e.NoticeDays,
		string(e.Status), sqlcol.DateText(e.TerminatedOn), e.EndReason, e.Notes, ts, ts, int64(e.ManagerDayFee),
		e.Outcome, e.Reference,
	).Scan(&e.ID)
	if isForeignKeyViolation(err) {
		return errMissingReference("The engagement")
	} else if err != nil {
		return fmt.Errorf("create engagement: %w", err)
	}
	e.Rev, e.CreatedAt, e.UpdatedAt = 1, now, now
	return nil
}

// updateEngagement writes the columns editing may change, if e is still
// at the rev stored was read at, and logs each figure it changed.
func updateEngagement(ctx context.Context, tx *sql.Tx, stored, e *domain.Engagement, now time.Time) error {
	var rev int64
	err := tx.QueryRowContext(ctx, `UPDATE engagements SET manager_id = ?, role = ?, start_on = ?,
			days_per_week = ?, day_rate = ?, manager_day_fee = ?, fee = ?, notice_days = ?, notes = ?,
			outcome = ?, reference = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? AND rev = ? RETURNING rev`,
		sqlcol.NullID(e.ManagerID), e.Role, sqlcol.DateText(e.Start), e.DaysPerWeek, int64(e.DayRate), int64(e.ManagerDayFee),
		int64(e.Fee), e.NoticeDays, e.Notes, e.Outcome, e.Reference, sqlcol.TimeText(now), e.ID, e.Rev,
	).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return errStale("The engagement")
	} else if isForeignKeyViolation(err) {
		return errMissingReference("The engagement")
	} else if err != nil {
		return fmt.Errorf("update engagement %d: %w", e.ID, err)
	}
	for _, change := range figureChanges(stored, e) {
		if err := logEngagementEvent(ctx, tx, e.ID, now, domain.EventEdited, change); err != nil {
			return err
		}
	}
	e.Rev, e.CreatedAt, e.UpdatedAt = rev, stored.CreatedAt, now
	return nil
}

// figureChanges says which figures an edit changed, one event each, for
// the history: "days per week changed from 4 to 3". Role and notes are not
// figures.
func figureChanges(from, to *domain.Engagement) []domain.EventFacts {
	var out []domain.EventFacts
	if from.ManagerID != to.ManagerID {
		out = append(out, domain.EventFacts{Figure: domain.FigureManager, FromN: from.ManagerID, ToN: to.ManagerID})
	}
	if from.Start != to.Start {
		out = append(out, domain.EventFacts{Figure: domain.FigureStart, From: from.Start, To: to.Start})
	}
	if from.DaysPerWeek != to.DaysPerWeek {
		out = append(out, domain.EventFacts{Figure: domain.FigureDaysPerWeek, FromN: int64(from.DaysPerWeek), ToN: int64(to.DaysPerWeek)})
	}
	if from.DayRate != to.DayRate {
		out = append(out, domain.EventFacts{Figure: domain.FigureDayRate, FromMoney: from.DayRate, ToMoney: to.DayRate})
	}
	if from.ManagerDayFee != to.ManagerDayFee {
		out = append(out, domain.EventFacts{Figure: domain.FigureManagerDayFee, FromMoney: from.ManagerDayFee, ToMoney: to.ManagerDayFee})
	}
	if from.Fee != to.Fee {
		out = append(out, domain.EventFacts{Figure: domain.FigureFee, FromMoney: from.Fee, ToMoney: to.Fee})
	}
	if from.NoticeDays != to.NoticeDays {
		out = append(out, domain.EventFacts{Figure: domain.FigureNoticeDays, FromN: int64(from.NoticeDays), ToN: int64(to.NoticeDays)})
	}
	return out
}
