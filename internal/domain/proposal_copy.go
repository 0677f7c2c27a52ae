package domain

import "time"

// CopyAsDraft is a new, unsaved draft with the content of p: the same
// client, offers, comparison and terms, but no number, no version, no
// status date and no answer. An accepted or declined proposal is never
// changed again (the client answered that version), so proposing again
// starts from such a copy; it gets its own number when it is issued.
//
// The copy shares nothing with p: changing its phases or its permanent
// hire leaves p as it was.
func (p *Proposal) CopyAsDraft() *Proposal {
	c := *p
	c.ID, c.Rev = 0, 0
	c.Status, c.StatusDate, c.AcceptedOption = ProposalDraft, Date{}, ""
	c.Number, c.Version, c.IssuedOn = "", 0, Date{}
	c.CreatedAt, c.UpdatedAt = time.Time{}, time.Time{}
	if p.Consulting.Phases != nil {
		c.Consulting.Phases = append([]Phase(nil), p.Consulting.Phases...)
	}
	if p.Interim.References != nil {
		c.Interim.References = append([]int64(nil), p.Interim.References...)
	}
	if p.Permanent != nil {
		h := *p.Permanent
		c.Permanent = &h
	}
	return &c
}
