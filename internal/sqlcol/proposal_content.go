package sqlcol

import "github.com/interimdesk/interimdesk/internal/domain"

// ProposalContent is the editable body of a proposal, stored as JSON in
// one column (content) because it is always read and written whole: the
// same keys in both stores, so that an export reads the same from either.
type ProposalContent struct {
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

// ContentOf is the content column of p.
func ContentOf(p *domain.Proposal) (string, error) {
	return JSONText(ProposalContent{
		Situation: p.Situation, Interim: p.Interim, Consulting: p.Consulting, Permanent: p.Permanent,
		Recommended: p.Recommended, Recommendation: p.Recommendation, Terms: p.Terms, VATReason: p.VATReason,
		NoticeDays: p.NoticeDays, MarginReason: p.MarginReason,
	})
}

// Into copies the body into p. The manager of the interim offer is then
// the caller's to set from the manager_id column: that column is the
// checked reference, the copy in the JSON only follows it.
func (c *ProposalContent) Into(p *domain.Proposal) {
	p.Situation, p.Interim, p.Consulting, p.Permanent = c.Situation, c.Interim, c.Consulting, c.Permanent
	p.Recommended, p.Recommendation, p.Terms, p.VATReason = c.Recommended, c.Recommendation, c.Terms, c.VATReason
	p.NoticeDays, p.MarginReason = c.NoticeDays, c.MarginReason
}
