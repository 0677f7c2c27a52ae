package postgres

import (
	"database/sql"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// A proposal as the export, the import and the personal data read and
// write it: the row with its JSON body. The same columns and body as the
// SQLite store's (proposal.go there); named for this area so that the
// ProposalService, written beside it, can fold them into its own.

// dataProposalContent is the editable body of a proposal, the JSONB column
// content.
type dataProposalContent struct {
	Situation      string                 `json:"situation"`
	Interim        domain.InterimOffer    `json:"interim"`
	Consulting     domain.ConsultingOffer `json:"consulting"`
	Permanent      *domain.PermanentHire  `json:"permanent,omitempty"`
	Recommended    domain.OfferKind       `json:"recommended,omitempty"`
	Recommendation string                 `json:"recommendation"`
	Terms          string                 `json:"terms"`
	VATReason      string                 `json:"vat_reason"`
	NoticeDays     int                    `json:"notice_days,omitempty"`
	MarginReason   string                 `json:"margin_reason,omitempty"`
}

func dataContentOf(p *domain.Proposal) (string, error) {
	return sqlcol.JSONText(dataProposalContent{
		Situation: p.Situation, Interim: p.Interim, Consulting: p.Consulting, Permanent: p.Permanent,
		Recommended: p.Recommended, Recommendation: p.Recommendation, Terms: p.Terms, VATReason: p.VATReason,
		NoticeDays: p.NoticeDays, MarginReason: p.MarginReason,
	})
}

const dataProposalColumns = `p.id, p.client_id, p.manager_id, p.title, p.content, p.language, p.vat_rate,
	p.reverse_charge, p.validity_days, p.status, p.status_date, p.accepted_option, p.number,
	p.version, p.issued_on, p.rev, p.created_at, p.updated_at`

func scanDataProposal(s scanner) (*domain.Proposal, error) {
	var p domain.Proposal
	var c dataProposalContent
	var managerID sql.NullInt64
	err := s.Scan(&p.ID, &p.ClientID, &managerID, &p.Title, sqlcol.JSON{V: &c}, &p.Language, &p.VATRate,
		&p.ReverseCharge, &p.ValidityDays, &p.Status, sqlcol.Date{D: &p.StatusDate}, &p.AcceptedOption, &p.Number,
		&p.Version, sqlcol.Date{D: &p.IssuedOn}, &p.Rev, sqlcol.Time{T: &p.CreatedAt}, sqlcol.Time{T: &p.UpdatedAt})
	if err != nil {
		return nil, err
	}
	p.Situation, p.Interim, p.Consulting, p.Permanent = c.Situation, c.Interim, c.Consulting, c.Permanent
	p.Recommended, p.Recommendation, p.Terms, p.VATReason = c.Recommended, c.Recommendation, c.Terms, c.VATReason
	p.NoticeDays, p.MarginReason = c.NoticeDays, c.MarginReason
	// The column is the checked reference; the JSON copy only follows it.
	p.Interim.ManagerID = managerID.Int64
	return &p, nil
}
