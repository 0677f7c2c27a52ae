package domain

import "context"

// ProposalDocument is everything a proposal document shows. When a version is
// issued it is frozen as JSON, so the document can be rendered again byte for
// byte even after the client, the firm or the manager changed.
type ProposalDocument struct {
	Firm    Firm     `json:"firm"`
	Client  Client   `json:"client"`
	Manager *Manager `json:"manager,omitempty"` // the proposed manager, if any
	// References are the manager's engagements the proposal chose to
	// print, as they stood when the document was built.
	References []MandateReference `json:"references,omitempty"`
	Proposal   Proposal           `json:"proposal"`
	Totals     Totals             `json:"totals"`
	Lang       Lang               `json:"lang"`
	Number     string             `json:"number"`  // "" for a draft
	Version    int                `json:"version"` // 0 for a draft
	Date       Date               `json:"date"`    // the issue date, or today for a draft preview
	// ShortHash is printed in the footer of an issued version; it is the first
	// characters of the SHA-256 of the frozen data, since the PDF cannot hold
	// the hash of itself.
	ShortHash string `json:"short_hash"`
	// MarginFloor is the firm's minimum margin the check compares with;
	// a setting of the firm, not part of what the client receives.
	MarginFloor MarginFloor `json:"-"`
}

// ValidUntil is the last day the client can accept this document.
func (d *ProposalDocument) ValidUntil() Date { return d.Date.AddDays(d.Proposal.ValidityDays) }

// ProposalRenderer turns a document into PDF bytes. The store calls it when a
// version is issued; cmd/ wires in internal/pdf so the store never imports it.
type ProposalRenderer func(ctx context.Context, d *ProposalDocument) ([]byte, error)
