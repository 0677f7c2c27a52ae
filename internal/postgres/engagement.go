package postgres

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

var _ domain.EngagementService = (*DB)(nil)

// FindEngagementByID returns one engagement with its status as of today
// (an engagement whose notice ran out reads as terminated); ENOTFOUND.
func (db *DB) FindEngagementByID(ctx context.Context, id int64) (*domain.Engagement, error) {
	today := db.today()
	var e *domain.Engagement
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		if e, err = findEngagement(ctx, tx, id); err == nil {
			e.Status = e.StatusOn(today)
		}
		return err
	})
	return e, err
}

// FindEngagements returns one page of engagements, latest start first, and
// the number of all matches, with their status as of today: the status
// filter selects on that status too. Query matches the client's names,
// the role and the manager's name, each word anywhere, capitals of A to Z
// ignored (SQLite's LIKE). EINVALID for an unknown status or sort.
func (db *DB) FindEngagements(ctx context.Context, f domain.EngagementFilter) ([]*domain.Engagement, int, error) {
	limit, offset, err := pageBounds(f.Page)
	if err != nil {
		return nil, 0, err
	}
	today := db.today()
	var w where
	if f.ClientID != 0 {
		w.add(`e.client_id = ` + w.arg(f.ClientID))
	}
	if f.ManagerID != 0 {
		w.add(`e.manager_id = ` + w.arg(f.ManagerID))
	}
	if f.Status != "" {
		if !f.Status.Valid() {
			return nil, 0, domain.Invalidf("Status", "%q is not an engagement status.", f.Status)
		}
		w.add(statusOn(w.arg(sqlcol.DateText(today))) + ` = ` + w.arg(string(f.Status)))
	}
	for _, term := range strings.Fields(f.Query) {
		like := w.arg("%" + escapeLike(nocase(term)) + "%")
		w.add(`(nocase(c.legal_name) LIKE ` + like + ` OR nocase(c.trade_name) LIKE ` + like +
			` OR nocase(e.role) LIKE ` + like + ` OR nocase(coalesce(m.name, '')) LIKE ` + like + `)`)
	}
	order, err := listOrder("engagements", f.Sort, `e.start_on DESC, e.id DESC`, "e.id", engagementOrders, "client, manager, kind, start, end or status")
	if err != nil {
		return nil, 0, err
	}
	const from = `engagements e JOIN clients c ON c.id = e.client_id LEFT JOIN managers m ON m.id = e.manager_id`
	var out []*domain.Engagement
	var total int
	err = db.read(ctx, func(tx *sql.Tx) (err error) {
		out, total, err = findPage(ctx, tx, engagementColumns, sqlcol.Joined(from, "engagements e", strings.TrimSpace(f.Query) != ""), &w, order, limit, offset,
			func(s scanner) (*domain.Engagement, error) {
				e, err := scanEngagement(s)
				if err == nil {
					e.Status = e.StatusOn(today)
				}
				return e, err
			})
		return err
	})
	return out, total, err
}

// nocase folds A-Z to a-z and leaves every other character as it is, as
// the schema's nocase() and SQLite's LIKE do.
func nocase(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// statusOn is the SQL of Engagement.StatusOn for the day bound to ph: an
// engagement whose notice ran out before that day is terminated, whatever
// status the last step recorded.
func statusOn(ph string) string {
	return `(CASE WHEN e.status IN ('planned', 'active') AND e.terminated_on <> '' AND e.terminated_on < ` + ph + `
	THEN 'terminated' ELSE e.status END)`
}

// CreateEngagement is AddEngagement without an override.
func (db *DB) CreateEngagement(ctx context.Context, e *domain.Engagement) error {
	return db.AddEngagement(ctx, e, nil)
}

// AddEngagement creates an engagement entered by hand (planned when it
// has no status) after its manager's capacity check: ECONFLICT
// (*domain.CapacityConflict) when the manager is booked beyond capacity,
// unless override gives a reason, which is recorded. EINVALID, also when
// the client, manager, proposal or version does not exist.
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
	now := db.now()
	err := db.write(ctx, func(tx *sql.Tx) error {
		e.ID = 0 // a retried attempt starts afresh
		if err := checkEngagementRefs(ctx, tx, e); err != nil {
			return err
		}
		conflict, err := checkCapacity(ctx, tx, e, override)
		if err != nil {
			return err
		}
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

// UpdateEngagement saves what editing may change (Engagement.CheckEdit):
// the role, the notes, the outcome and the client reference, and while
// the engagement is planned or active its figures and, before notice, its
// notice period. A change of manager, start or days per week is checked
// against the manager's capacity, and a change of figures is written to
// the history. EINVALID (with the field that may not change), ENOTFOUND,
// ECONFLICT (saved elsewhere since it was read, or capacity).
func (db *DB) UpdateEngagement(ctx context.Context, e *domain.Engagement) error {
	if e == nil {
		return domain.Errorf(domain.EINVALID, "Engagement: there is no engagement to save.")
	}
	now, today := db.now(), db.today()
	// Each attempt starts from the engagement as the caller gave it.
	given := *e
	return db.write(ctx, func(tx *sql.Tx) error {
		*e = given
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
		stored.Status = stored.StatusOn(today)
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
		return updateEngagement(ctx, tx, stored, e, now)
	})
}

const engagementColumns = `e.id, e.client_id, e.proposal_id, e.proposal_version, e.kind, e.manager_id,
	e.role, e.start_on, e.end_on, e.days_per_week, e.day_rate, e.fee, e.notice_days, e.status,
	e.terminated_on, e.end_reason, e.notes, e.rev, e.created_at, e.updated_at, e.manager_day_fee,
	e.outcome, e.reference`

func scanEngagement(s scanner) (*domain.Engagement, error) {
	var e domain.Engagement
	var proposal, manager sql.NullInt64
	err := s.Scan(&e.ID, &e.ClientID, &proposal, &e.ProposalVersion, &e.Kind, &manager,
		&e.Role, sqlcol.Date{D: &e.Start}, sqlcol.Date{D: &e.End}, &e.DaysPerWeek, &e.DayRate, &e.Fee, &e.NoticeDays, &e.Status,
		sqlcol.Date{D: &e.TerminatedOn}, &e.EndReason, &e.Notes, &e.Rev, sqlcol.Time{T: &e.CreatedAt}, sqlcol.Time{T: &e.UpdatedAt},
		&e.ManagerDayFee, &e.Outcome, &e.Reference)
	if err != nil {
		return nil, err
	}
	e.ProposalID, e.ManagerID = proposal.Int64, manager.Int64
	return &e, nil
}

// findEngagement reads an engagement as stored: its status the one the
// last step recorded.
func findEngagement(ctx context.Context, tx *sql.Tx, id int64) (*domain.Engagement, error) {
	e, err := scanEngagement(tx.QueryRowContext(ctx, `SELECT `+engagementColumns+` FROM engagements e WHERE e.id = $1`, byKey(id)...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errEngagementNotFound(id)
	} else if err != nil {
		return nil, fmt.Errorf("read engagement %d: %w", id, err)
	}
	return e, nil
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
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM proposal_versions WHERE proposal_id = $1 AND version = $2`,
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
	err := tx.QueryRowContext(ctx, `INSERT INTO engagements (client_id, proposal_id, proposal_version, kind,
			manager_id, role, start_on, end_on, days_per_week, day_rate, fee, notice_days, status,
			terminated_on, end_reason, notes, rev, created_at, updated_at, manager_day_fee, outcome, reference)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, $17, $17, $18, $19, $20) RETURNING id`,
		e.ClientID, sqlcol.NullID(e.ProposalID), e.ProposalVersion, string(e.Kind), sqlcol.NullID(e.ManagerID), e.Role,
		sqlcol.DateText(e.Start), sqlcol.DateText(e.End), e.DaysPerWeek, int64(e.DayRate), int64(e.Fee), e.NoticeDays,
		string(e.Status), sqlcol.DateText(e.TerminatedOn), e.EndReason, e.Notes, sqlcol.TimeText(now), int64(e.ManagerDayFee),
		e.Outcome, e.Reference,
	).Scan(&e.ID)
	if errorCode(err) == codeForeignKeyViolation {
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
	err := tx.QueryRowContext(ctx, `UPDATE engagements SET manager_id = $1, role = $2, start_on = $3,
			days_per_week = $4, day_rate = $5, manager_day_fee = $6, fee = $7, notice_days = $8, notes = $9,
			outcome = $10, reference = $11, rev = rev + 1, updated_at = $12
		WHERE id = $13 AND rev = $14 RETURNING rev`,
		sqlcol.NullID(e.ManagerID), e.Role, sqlcol.DateText(e.Start), e.DaysPerWeek, int64(e.DayRate), int64(e.ManagerDayFee),
		int64(e.Fee), e.NoticeDays, e.Notes, e.Outcome, e.Reference, sqlcol.TimeText(now), e.ID, e.Rev,
	).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		return errStale("The engagement")
	} else if errorCode(err) == codeForeignKeyViolation {
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
// the history: "days per week changed from 4 to 3".
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
