package ui

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/domain/domaintest"
)

// fakeStore is an in-memory domain.Services for tests that need what a real
// store cannot easily do: count and hold back queries, or fail on purpose.
// Tests that check "the record is in the store" use the real SQLite store.
type fakeStore struct {
	mu          sync.Mutex
	firm        *domain.Firm
	clients     []*domain.Client
	managers    []*domain.Manager
	proposals   []*domain.Proposal
	engagements []*domain.Engagement

	// managerQueries records every FindManagers filter, in order.
	managerQueries []domain.ManagerFilter
	// hold, if set, is called before FindManagers answers; a test can
	// block there to make a query arrive late.
	hold func(f domain.ManagerFilter)
	// fail, if set, is returned by every Find and Save.
	fail error
}

// services fakes the firm, clients, managers, proposals and engagements;
// every other service answers "not implemented", as does any method a fake
// below leaves out.
func (s *fakeStore) services() domain.Services {
	svc := domaintest.Services()
	svc.Firm = fakeFirms{s: s}
	svc.Clients = fakeClients{s: s}
	svc.Managers = fakeManagers{s: s}
	svc.Proposals = fakeProposals{s: s}
	svc.Engagements = fakeEngagements{s: s}
	svc.Today = fakeToday{s: s}
	return svc
}

func page[T any](all []T, p domain.Page) []T {
	limit := p.Limit
	if limit == 0 {
		limit = 50
	}
	if p.Offset >= len(all) {
		return nil
	}
	end := p.Offset + limit
	if end > len(all) {
		end = len(all)
	}
	return all[p.Offset:end]
}

func contains(hay, needle string) bool {
	return strings.Contains(strings.ToLower(hay), strings.ToLower(needle))
}

type fakeFirms struct {
	domaintest.Unimplemented
	s *fakeStore
}

func (f fakeFirms) Firm(context.Context) (*domain.Firm, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if f.s.fail != nil {
		return nil, f.s.fail
	}
	if f.s.firm == nil {
		return nil, domain.Errorf(domain.ENOTFOUND, "The firm has not been set up yet.")
	}
	c := *f.s.firm
	return &c, nil
}

func (f fakeFirms) SaveFirm(_ context.Context, firm *domain.Firm) error {
	if err := firm.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	c := *firm
	f.s.firm = &c
	return nil
}

type fakeClients struct {
	domaintest.Unimplemented
	s *fakeStore
}

func (f fakeClients) FindClientByID(_ context.Context, id int64) (*domain.Client, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for _, c := range f.s.clients {
		if c.ID == id {
			cp := *c
			return &cp, nil
		}
	}
	return nil, domain.Errorf(domain.ENOTFOUND, "There is no client %d.", id)
}

func (f fakeClients) FindClients(_ context.Context, flt domain.ClientFilter) ([]*domain.Client, int, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if f.s.fail != nil {
		return nil, 0, f.s.fail
	}
	var out []*domain.Client
	for _, c := range f.s.clients {
		if (flt.IncludeArchived || !c.Archived) && (flt.Query == "" || contains(c.LegalName+" "+c.TradeName+" "+c.VATID, flt.Query)) {
			cp := *c
			out = append(out, &cp)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].DisplayName() < out[j].DisplayName() })
	if flt.Sort == "-name" {
		sort.SliceStable(out, func(i, j int) bool { return out[i].DisplayName() > out[j].DisplayName() })
	}
	return page(out, flt.Page), len(out), nil
}

func (f fakeClients) CreateClient(_ context.Context, c *domain.Client) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	c.ID = int64(len(f.s.clients) + 1)
	c.Rev = 1
	cp := *c
	f.s.clients = append(f.s.clients, &cp)
	return nil
}

func (f fakeClients) UpdateClient(_ context.Context, c *domain.Client) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for i, x := range f.s.clients {
		if x.ID == c.ID {
			c.Rev++
			cp := *c
			f.s.clients[i] = &cp
			return nil
		}
	}
	return domain.Errorf(domain.ENOTFOUND, "There is no client %d.", c.ID)
}

func (f fakeClients) ArchiveClient(_ context.Context, id int64, archived bool) error {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for _, x := range f.s.clients {
		if x.ID == id {
			x.Archived = archived
			return nil
		}
	}
	return domain.Errorf(domain.ENOTFOUND, "There is no client %d.", id)
}

type fakeManagers struct {
	domaintest.Unimplemented
	s *fakeStore
}

func (f fakeManagers) FindManagerByID(_ context.Context, id int64) (*domain.Manager, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for _, m := range f.s.managers {
		if m.ID == id {
			cp := *m
			return &cp, nil
		}
	}
	return nil, domain.Errorf(domain.ENOTFOUND, "There is no manager %d.", id)
}

func (f fakeManagers) FindManagers(_ context.Context, flt domain.ManagerFilter) ([]*domain.Manager, int, error) {
	f.s.mu.Lock()
	f.s.managerQueries = append(f.s.managerQueries, flt)
	hold := f.s.hold
	f.s.mu.Unlock()
	if hold != nil {
		hold(flt)
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	if f.s.fail != nil {
		return nil, 0, f.s.fail
	}
	var out []*domain.Manager
	for _, m := range f.s.managers {
		text := m.Name + " " + m.Headline + " " + strings.Join(m.Skills, " ")
		if !flt.IncludeInactive && !m.Active {
			continue
		}
		if flt.Query != "" && !contains(text, flt.Query) {
			continue
		}
		if flt.Language != "" && !contains(strings.Join(m.Languages, " "), flt.Language) {
			continue
		}
		if flt.MaxDayRate > 0 && m.DayRate > flt.MaxDayRate {
			continue
		}
		cp := *m
		out = append(out, &cp)
	}
	total := len(out)
	if domain.SearchWords(flt.Query) != nil {
		// As the stores count a search (domain.MoreThan).
		total = min(total, domain.ManagerCountLimit(flt.Offset+flt.Limit)+1)
	}
	return page(out, flt.Page), total, nil
}

func (f fakeManagers) CreateManager(_ context.Context, m *domain.Manager) error {
	m.Normalize()
	if err := m.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	m.ID = int64(len(f.s.managers) + 1)
	cp := *m
	f.s.managers = append(f.s.managers, &cp)
	return nil
}

func (f fakeManagers) UpdateManager(_ context.Context, m *domain.Manager) error {
	m.Normalize()
	if err := m.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for i, x := range f.s.managers {
		if x.ID == m.ID {
			cp := *m
			f.s.managers[i] = &cp
			return nil
		}
	}
	return domain.Errorf(domain.ENOTFOUND, "There is no manager %d.", m.ID)
}

func (f fakeManagers) SetManagerActive(_ context.Context, id int64, active bool) error {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for _, x := range f.s.managers {
		if x.ID == id {
			x.Active = active
			return nil
		}
	}
	return domain.Errorf(domain.ENOTFOUND, "There is no manager %d.", id)
}

func (f fakeManagers) Sectors(context.Context) ([]string, error) { return nil, nil }

type fakeProposals struct {
	domaintest.Unimplemented
	s *fakeStore
}

func (f fakeProposals) FindProposalByID(_ context.Context, id int64) (*domain.Proposal, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for _, p := range f.s.proposals {
		if p.ID == id {
			cp := *p
			return &cp, nil
		}
	}
	return nil, domain.Errorf(domain.ENOTFOUND, "There is no proposal %d.", id)
}

func (f fakeProposals) FindProposals(_ context.Context, flt domain.ProposalFilter) ([]*domain.Proposal, int, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	var out []*domain.Proposal
	for _, p := range f.s.proposals {
		if flt.Query == "" || contains(p.Title, flt.Query) {
			cp := *p
			out = append(out, &cp)
		}
	}
	return page(out, flt.Page), len(out), nil
}

func (f fakeProposals) CreateProposal(_ context.Context, p *domain.Proposal) error {
	if err := p.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	p.ID = int64(len(f.s.proposals) + 1)
	cp := *p
	f.s.proposals = append(f.s.proposals, &cp)
	return nil
}

func (f fakeProposals) UpdateProposal(_ context.Context, p *domain.Proposal) error {
	if err := p.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for i, x := range f.s.proposals {
		if x.ID == p.ID {
			cp := *p
			f.s.proposals[i] = &cp
			return nil
		}
	}
	return domain.Errorf(domain.ENOTFOUND, "There is no proposal %d.", p.ID)
}

func (f fakeProposals) ProposalVersions(context.Context, int64) ([]*domain.ProposalVersion, error) {
	return nil, nil
}

type fakeEngagements struct {
	domaintest.Unimplemented
	s *fakeStore
}

func (f fakeEngagements) FindEngagementByID(_ context.Context, id int64) (*domain.Engagement, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for _, e := range f.s.engagements {
		if e.ID == id {
			cp := *e
			return &cp, nil
		}
	}
	return nil, domain.Errorf(domain.ENOTFOUND, "There is no engagement %d.", id)
}

func (f fakeEngagements) FindEngagements(_ context.Context, flt domain.EngagementFilter) ([]*domain.Engagement, int, error) {
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	var out []*domain.Engagement
	for _, e := range f.s.engagements {
		if (flt.Status == "" || e.Status == flt.Status) && (flt.ManagerID == 0 || e.ManagerID == flt.ManagerID) &&
			(flt.ClientID == 0 || e.ClientID == flt.ClientID) {
			cp := *e
			out = append(out, &cp)
		}
	}
	return page(out, flt.Page), len(out), nil
}

func (f fakeEngagements) CreateEngagement(_ context.Context, e *domain.Engagement) error {
	if err := e.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	e.ID = int64(len(f.s.engagements) + 1)
	cp := *e
	f.s.engagements = append(f.s.engagements, &cp)
	return nil
}

func (f fakeEngagements) UpdateEngagement(_ context.Context, e *domain.Engagement) error {
	if err := e.Validate(); err != nil {
		return err
	}
	f.s.mu.Lock()
	defer f.s.mu.Unlock()
	for i, x := range f.s.engagements {
		if x.ID == e.ID {
			cp := *e
			f.s.engagements[i] = &cp
			return nil
		}
	}
	return domain.Errorf(domain.ENOTFOUND, "There is no engagement %d.", e.ID)
}
