package domain

import "fmt"

// ProposalNumber writes the number of an issued proposal: the firm's
// prefix, the year and its place in that year's gapless sequence
// (OFF-2026-0007).
func ProposalNumber(prefix string, year, seq int) string {
	return fmt.Sprintf("%s-%04d-%04d", prefix, year, seq)
}

// NewProposalDocument is the document of p for client c from firm: its
// totals for that client and the language it prints in. The store adds
// the proposed manager, their references and the firm's margin floor;
// Number, Version and Date are the caller's.
func NewProposalDocument(firm *Firm, c *Client, p *Proposal) *ProposalDocument {
	return &ProposalDocument{
		Firm:     *firm,
		Client:   *c,
		Proposal: *p,
		Totals:   p.TotalsFor(c),
		Lang:     p.DocumentLanguage(c, firm),
	}
}
