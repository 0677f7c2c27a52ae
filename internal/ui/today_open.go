package ui

import "github.com/interimdesk/interimdesk/internal/domain"

// todayHooks open a line's record: the first screen switches to the
// record's screen and selects it there, as a tap on its list would.
func (u *App) todayHooks() todayHooks {
	openOn := func(s screen, open func(id int64)) func(id int64) {
		return func(id int64) {
			u.leaveThen(func() {
				u.switchTo(s)
				open(id)
			})
		}
	}
	return todayHooks{
		openProposal:   openOn(u.proposals, u.proposals.open),
		openEngagement: openOn(u.engagements, u.engagements.open),
		openManager:    openOn(u.managers, u.managers.open),
		proposalsIn: func(st domain.ProposalStatus) {
			u.leaveThen(func() {
				u.switchTo(u.proposals)
				for i, s := range domain.ProposalStatuses {
					if s == st {
						u.proposals.statusFilter.SetSelectedIndex(i + 1)
					}
				}
			})
		},
	}
}
