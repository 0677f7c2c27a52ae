// Package storetest is one suite of tests that every store of Interim
// Desk must pass: internal/sqlite on a file and internal/postgres on a
// server behave alike, method by method, refusal by refusal, sentence by
// sentence. It is imported by tests only.
//
//	storetest.Run(t, func(t *testing.T, now func() time.Time) storetest.Store { … })
//
// It covers FirmService, ClientService, ManagerService and
// EngagementService, the services both stores have so far.
package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Store is one back-end under test, on a fresh database of its own.
type Store struct {
	Firm        domain.FirmService
	Clients     domain.ClientService
	Managers    domain.ManagerService
	Engagements domain.EngagementService
	Proposals   domain.ProposalService
	// Accepts is the life cycle's AcceptProposal: a store that has the
	// rest of domain.EngagementLifecycle passes that, one that has only
	// this step passes itself.
	Accepts ProposalAcceptor
	Matches domain.MatchService
	Board   domain.BoardService
	Today   domain.TodayService
	// SeedProposal writes p as it stands (any status, number, dates)
	// straight into the proposals table and sets its ID: the read
	// services' tests need issued and answered proposals without the
	// life cycle that makes them (ProposalRow gives the values).
	SeedProposal func(t *testing.T, p *domain.Proposal)
	Lifecycle    Lifecycle
	Contracts    domain.ContractService
	Clauses      domain.ClauseLibrary
	Data         domain.DataService
	Privacy      domain.PrivacyService
	// Again opens a second connection to the same database with the same
	// clock: another window, another program, another person.
	Again func(t *testing.T) Store
}

// Opener opens a fresh, empty database (migrated, no firm, no records)
// whose store reads the time from now. It fails t when it cannot.
type Opener func(t *testing.T, now func() time.Time) Store

// Start is the suite's "now": Saturday 9 May 2026, 10:30 UTC, which is
// 9 May in every time zone from UTC-10 to UTC+13.
var Start = time.Date(2026, time.May, 9, 10, 30, 0, 0, time.UTC)

// Today is the calendar day of Start.
var Today = domain.NewDate(2026, time.May, 9)

// Clock is a settable clock, safe for the goroutines of a store.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// env is what one test of the suite works with.
type env struct {
	Store
	ctx   context.Context
	clock *Clock
}

// AddEngagement writes e (planned, active, completed or terminated as it
// says) through the store's EngagementService: a client referenced, a
// manager's days booked.
func (e *env) AddEngagement(t *testing.T, eng *domain.Engagement) {
	t.Helper()
	must(t, e.Engagements.CreateEngagement(e.ctx, eng))
}

// Run runs the whole suite, each test on a store of its own from open.
func Run(t *testing.T, open Opener) {
	for _, group := range []struct {
		name  string
		tests []test
	}{
		{"Firm", firmTests},
		{"Clients", clientTests},
		{"ClientSearch", clientSearchTests},
		{"Managers", managerTests},
		{"ManagerSearch", managerSearchTests},
		{"Engagements", engagementTests},
		{"EngagementList", engagementListTests},
		{"Proposals", proposalTests},
		{"ProposalIssue", proposalIssueTests},
		{"Matching", matchTests},
		{"Board", boardTests},
		{"Today", todayTests},
		{"Lifecycle", lifecycleTests},
		{"Contracts", contractTests},
		{"Clauses", clauseTests},
		{"DataImport", dataImportTests},
		{"DataJSON", dataJSONTests},
		{"Privacy", privacyTests},
	} {
		t.Run(group.name, func(t *testing.T) {
			for _, tc := range group.tests {
				t.Run(tc.name, func(t *testing.T) {
					clock := &Clock{t: Start}
					tc.run(t, &env{Store: open(t, clock.Now), ctx: context.Background(), clock: clock})
				})
			}
		})
	}
}

// test is one case of the suite.
type test struct {
	name string
	run  func(t *testing.T, e *env)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// wantCode fails t unless err carries code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := domain.ErrorCode(err); got != code {
		t.Fatalf("error %v has code %q, want %q", err, got, code)
	}
}

// wantMessage fails t unless err's sentence is want, word for word.
func wantMessage(t *testing.T, err error, want string) {
	t.Helper()
	if got := domain.ErrorMessage(err); got != want {
		t.Errorf("sentence\n%s\nwant\n%s", got, want)
	}
}

// together runs each f at the same moment, each on its own goroutine, and
// returns their errors in order: two people pressing Save at once.
func together(fs ...func() error) []error {
	errs := make([]error, len(fs))
	var ready, done sync.WaitGroup
	start := make(chan struct{})
	for i, f := range fs {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			ready.Done()
			<-start
			errs[i] = f()
		}()
	}
	ready.Wait()
	close(start)
	done.Wait()
	return errs
}

// oneOf checks that exactly one of errs is nil and every other carries code.
func oneOf(t *testing.T, errs []error, code string) {
	t.Helper()
	ok := 0
	for _, err := range errs {
		if err == nil {
			ok++
		} else if domain.ErrorCode(err) != code {
			t.Errorf("error %v has code %q, want %q", err, domain.ErrorCode(err), code)
		}
	}
	if ok != 1 {
		t.Errorf("%d of %d saves went through, want 1: %v", ok, len(errs), errs)
	}
}
