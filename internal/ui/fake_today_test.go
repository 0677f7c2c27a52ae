package ui

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/domain/domaintest"
)

// fakeToday gives the first screen what the store would: the open
// proposals and those answered in the last twelve months, the planned and
// active engagements, and the names they refer to.
type fakeToday struct {
	domaintest.Unimplemented
	s *fakeStore
}

func (f fakeToday) TodayData(_ context.Context, on domain.Date) (*domain.TodayData, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if f.s.fail != nil {
		return nil, f.s.fail
	}
	since := on.AddMonths(-domain.TodayWonMonths).AddDays(1)
	d := &domain.TodayData{ClientNames: map[int64]string{}, ManagerNames: map[int64]string{}}
	for _, p := range f.s.proposals {
		if p.Status == domain.ProposalDraft || p.Status == domain.ProposalIssued || !p.StatusDate.Before(since) {
			cp := *p
			d.Proposals = append(d.Proposals, &cp)
		}
	}
	for _, e := range f.s.engagements {
		if e.Status == domain.EngagementPlanned || e.Status == domain.EngagementActive {
			cp := *e
			d.Engagements = append(d.Engagements, &cp)
		}
	}
	for _, c := range f.s.clients {
		d.ClientNames[c.ID] = c.DisplayName()
	}
	for _, m := range f.s.managers {
		d.ManagerNames[m.ID] = m.Name
	}
	return d, nil
}
