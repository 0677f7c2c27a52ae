package domain

import "strings"

// checkMargin adds the margin's problems to ps: an offer at a margin of
// zero or less blocks unless the proposal says why (MarginReason); one
// below the firm's floor (d.MarginFloor) warns. Each offer is checked on
// its own: they are alternatives.
func checkMargin(d *ProposalDocument, interim, consulting bool, ps *Problems) {
	p := &d.Proposal
	reason := strings.TrimSpace(p.MarginReason) != ""
	f := d.MarginFloor
	if m := p.Interim.Margin(); interim && m.Known {
		switch {
		case m.PerDay <= 0 && !reason:
			ps.block(Invalidf("Manager's day fee", "the interim mandate leaves the firm a margin of %s a day; write the reason for offering it without a margin, or change the fee.", amount(m.PerDay)))
		case m.PerDay <= 0:
		case f.PercentBP > 0 && m.PercentBP < f.PercentBP:
			ps.warn(Invalidf("Manager's day fee", "the interim mandate leaves a margin of %s %%, below the firm's minimum of %s %%.", FormatPercentBP(m.PercentBP), FormatPercentBP(f.PercentBP)))
		case f.PerDay > 0 && m.PerDay < f.PerDay:
			ps.warn(Invalidf("Manager's day fee", "the interim mandate leaves a margin of %s a day, below the firm's minimum of %s a day.", amount(m.PerDay), amount(f.PerDay)))
		}
	}
	if m := p.Consulting.Margin(); consulting && p.Consulting.ManagerID != 0 && m.Known {
		switch {
		case m.Total <= 0 && !reason:
			ps.block(Invalidf("Manager's day fee", "the consulting offer leaves the firm a margin of %s; write the reason for offering it without a margin, or change the fee.", amount(m.Total)))
		case m.Total <= 0:
		case f.PercentBP > 0 && m.PercentBP < f.PercentBP:
			ps.warn(Invalidf("Manager's day fee", "the consulting offer leaves a margin of %s %%, below the firm's minimum of %s %%.", FormatPercentBP(m.PercentBP), FormatPercentBP(f.PercentBP)))
		}
	}
}
