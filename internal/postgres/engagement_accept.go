package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// AcceptProposal records that the client accepted option of the proposal's
// last issued version and creates the engagement from that version's
// frozen figures, in one transaction with the capacity check: either the
// proposal is accepted and the engagement exists, or nothing changed. A
// proposal accepted earlier (proposal status) with the same option and
// without an engagement gets its engagement now. Ported from
// internal/sqlite's engagement_accept.go; the proposal's row is locked, so
// two people accepting at once make one engagement, and the manager's row
// by the capacity check, so two acceptances cannot book the same free day.
//
// EINVALID (the version lacks a start, a manager or a price), ENOTFOUND,
// ECONFLICT (never issued, changed since it was issued, declined, expired,
// accepted with the other option or already an engagement; a capacity
// conflict without override).
func (db *DB) AcceptProposal(ctx context.Context, proposalID int64, option domain.OfferKind, opts domain.AcceptOptions) (*domain.Engagement, error) {
	if !option.Valid() {
		return nil, domain.Invalidf("Option", "say which offer the client accepted: interim or consulting.")
	}
	if opts.On.IsZero() {
		opts.On = db.today()
	}
	now := db.now()
	var e *domain.Engagement
	err := db.write(ctx, func(tx *sql.Tx) error {
		p, err := findProposalFor(ctx, tx, proposalID, proposalLock)
		if err != nil {
			return err
		}
		answered, err := acceptableProposal(ctx, tx, p, option)
		if err != nil {
			return err
		}
		doc, err := issuedProposalDocument(ctx, tx, proposalID, p.Version)
		if err != nil {
			return err
		}
		if e, err = domain.EngagementFromProposal(doc, option, opts); err != nil {
			return err
		}
		if err := checkEngagementRefs(ctx, tx, e); err != nil {
			return err
		}
		conflict, err := checkCapacity(ctx, tx, e, opts.Override)
		if err != nil {
			return err
		}
		if err := createEngagement(ctx, tx, e, now); err != nil {
			return err
		}
		acceptedOn := p.StatusDate
		if !answered {
			acceptedOn = opts.On
			if err := recordAnswer(ctx, tx, p, domain.ProposalAccepted, opts.On, option, now); err != nil {
				return err
			}
		}
		facts := domain.EventFacts{Number: p.Number, Version: p.Version, Option: option, On: acceptedOn}
		if err := logEngagementEvent(ctx, tx, e.ID, now, domain.EventAccepted, facts); err != nil {
			return err
		}
		return logOverride(ctx, tx, e.ID, conflict, opts.Override, now)
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// acceptableProposal says whether the client can accept option of p now:
// an issued proposal can; an accepted one with the same option that has
// no engagement yet can too (answered is then true: its status stays).
func acceptableProposal(ctx context.Context, tx *sql.Tx, p *domain.Proposal, option domain.OfferKind) (answered bool, err error) {
	if p.Status == domain.ProposalIssued {
		return false, nil
	}
	if p.Status != domain.ProposalAccepted {
		return false, errNotIssued(p)
	}
	var id int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM engagements WHERE proposal_id = $1 ORDER BY id LIMIT 1`, p.ID).Scan(&id)
	switch {
	case err == nil:
		return false, domain.Errorf(domain.ECONFLICT, "Proposal %s was accepted on %s and is engagement %d already.", p.Number, p.StatusDate, id)
	case !errors.Is(err, sql.ErrNoRows):
		return false, fmt.Errorf("look up the engagement of proposal %d: %w", p.ID, err)
	case p.AcceptedOption != option:
		return false, domain.Errorf(domain.ECONFLICT, "Proposal %s was accepted on %s with the %s option, not the %s option.",
			p.Number, p.StatusDate, p.AcceptedOption, option)
	}
	return true, nil
}

// issuedProposalDocument reads the frozen document of an issued version:
// what the client received and signed.
func issuedProposalDocument(ctx context.Context, tx *sql.Tx, proposalID int64, version int) (*domain.ProposalDocument, error) {
	var data string
	err := tx.QueryRowContext(ctx, `SELECT data FROM proposal_versions WHERE proposal_id = $1 AND version = $2`,
		proposalID, version).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "Proposal %d has no issued version %d.", proposalID, version)
	} else if err != nil {
		return nil, fmt.Errorf("read version %d of proposal %d: %w", version, proposalID, err)
	}
	var doc domain.ProposalDocument
	if err := json.Unmarshal([]byte(data), &doc); err != nil {
		return nil, fmt.Errorf("read version %d of proposal %d: %w", version, proposalID, err)
	}
	return &doc, nil
}
