package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// FindEngagementByID returns one engagement; ENOTFOUND.
func (db *DB) FindEngagementByID(ctx context.Context, id int64) (*domain.Engagement, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findEngagement(ctx, tx, id)
}

// FindEngagements returns one page of engagements, latest start first, and
// the number of all matches; EINVALID for an unknown status.
func (db *DB) FindEngagements(ctx context.Context, f domain.EngagementFilter) ([]*domain.Engagement, int, error) {
	limit, offset, err := pageBounds(f.Page)
	if err != nil {
		return nil, 0, err
	}
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
		w.add(`e.status = ?`, string(f.Status))
	}

	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return findPage(ctx, tx, engagementColumns, "engagements e", &w, `e.start_on DESC, e.id DESC`, limit, offset, scanEngagement)
}

// CreateEngagement validates and inserts; a missing status means planned.
// EINVALID, also when the client, manager, proposal or version does not
// exist.
func (db *DB) CreateEngagement(ctx context.Context, e *domain.Engagement) error {
	if e == nil {
		return domain.Errorf(domain.EINVALID, "Engagement: there is no engagement to save.")
	}
	if e.Status == "" {
		e.Status = domain.EngagementPlanned
	}
	if err := e.Validate(); err != nil {
		return err
	}
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := checkEngagementRefs(ctx, tx, e); err != nil {
		return err
	}
	if err := createEngagement(ctx, tx, e, db.now()); err != nil {
		return err
	}
	return tx.Commit()
}

// UpdateEngagement validates and saves; EINVALID, ENOTFOUND, ECONFLICT
// (saved elsewhere since it was read). A change of status is also written
// to the event log.
func (db *DB) UpdateEngagement(ctx context.Context, e *domain.Engagement) error {
	if e == nil {
		return domain.Errorf(domain.EINVALID, "Engagement: there is no engagement to save.")
	}
	if err := e.Validate(); err != nil {
		return err
	}
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := checkEngagementRefs(ctx, tx, e); err != nil {
		return err
	}
	if err := updateEngagement(ctx, tx, e, db.now()); err != nil {
		return err
	}
	return tx.Commit()
}

const engagementColumns = `e.id, e.client_id, e.proposal_id, e.proposal_version, e.kind, e.manager_id,
	e.role, e.start_on, e.end_on, e.days_per_week, e.day_rate, e.fee, e.notice_days, e.status,
	e.terminated_on, e.end_reason, e.notes, e.rev, e.created_at, e.updated_at`

func scanEngagement(s scanner) (*domain.Engagement, error) {
	var e domain.Engagement
	err := s.Scan(&e.ID, &e.ClientID, idCol{&e.ProposalID}, &e.ProposalVersion, &e.Kind, idCol{&e.ManagerID},
		&e.Role, dateCol{&e.Start}, dateCol{&e.End}, &e.DaysPerWeek, &e.DayRate, &e.Fee, &e.NoticeDays, &e.Status,
		dateCol{&e.TerminatedOn}, &e.EndReason, &e.Notes, &e.Rev, timeCol{&e.CreatedAt}, timeCol{&e.UpdatedAt})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

func findEngagement(ctx context.Context, tx *sql.Tx, id int64) (*domain.Engagement, error) {
	e, err := scanEngagement(tx.QueryRowContext(ctx, `SELECT `+engagementColumns+` FROM engagements e WHERE e.id = ?`, id))
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
	ts := timeText(now)
	err := tx.QueryRowContext(ctx, `INSERT INTO engagements (client_id, proposal_id, proposal_version, kind,
			manager_id, role, start_on, end_on, days_per_week, day_rate, fee, notice_days, status,
			terminated_on, end_reason, notes, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id`,
		e.ClientID, nullID(e.ProposalID), e.ProposalVersion, string(e.Kind), nullID(e.ManagerID), e.Role,
		dateText(e.Start), dateText(e.End), e.DaysPerWeek, int64(e.DayRate), int64(e.Fee), e.NoticeDays,
		string(e.Status), dateText(e.TerminatedOn), e.EndReason, e.Notes, ts, ts,
	).Scan(&e.ID)
	if isForeignKeyViolation(err) {
		return errMissingReference("The engagement")
	} else if err != nil {
		return fmt.Errorf("create engagement: %w", err)
	}
	e.Rev, e.CreatedAt, e.UpdatedAt = 1, now, now
	return nil
}

func updateEngagement(ctx context.Context, tx *sql.Tx, e *domain.Engagement, now time.Time) error {
	cur, err := findEngagement(ctx, tx, e.ID)
	if err != nil {
		return err
	}
	if cur.Rev != e.Rev {
		return errStale("The engagement")
	}
	var rev int64
	err = tx.QueryRowContext(ctx, `UPDATE engagements SET client_id = ?, proposal_id = ?,
			proposal_version = ?, kind = ?, manager_id = ?, role = ?, start_on = ?, end_on = ?,
			days_per_week = ?, day_rate = ?, fee = ?, notice_days = ?, status = ?, terminated_on = ?,
			end_reason = ?, notes = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? AND rev = ? RETURNING rev`,
		e.ClientID, nullID(e.ProposalID), e.ProposalVersion, string(e.Kind), nullID(e.ManagerID), e.Role,
		dateText(e.Start), dateText(e.End), e.DaysPerWeek, int64(e.DayRate), int64(e.Fee), e.NoticeDays,
		string(e.Status), dateText(e.TerminatedOn), e.EndReason, e.Notes, timeText(now), e.ID, e.Rev,
	).Scan(&rev)
	if isForeignKeyViolation(err) {
		return errMissingReference("The engagement")
	} else if err != nil {
		return fmt.Errorf("update engagement %d: %w", e.ID, err)
	}
	if cur.Status != e.Status {
		if err := logEvent(ctx, tx, "engagement", e.ID, now, "status", fmt.Sprintf("%s → %s", cur.Status, e.Status)); err != nil {
			return err
		}
	}
	e.Rev, e.CreatedAt, e.UpdatedAt = rev, cur.CreatedAt, now
	return nil
}
