package domain

// Notice is the notice period in days the proposal promises, which the
// engagement of the accepted offer and its contract carry: its own figure,
// or DefaultNoticeDays for a proposal saved before it had one. One field,
// so the proposal never promises a month while the contract says otherwise.
func (p *Proposal) Notice() int {
	if p.NoticeDays > 0 {
		return p.NoticeDays
	}
	return DefaultNoticeDays
}
