// Package contractstest fills a database with many engagements, for the
// batch benchmark and for measuring the command line on a thousand
// contracts. It is for tests and measurements only.
package contractstest

import (
	"context"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
	"github.com/interimdesk/interimdesk/internal/sqlite"
)

// overbook lets the copies book the sample's managers many times over:
// the contracts are what is measured, not the roster.
var overbook = &domain.CapacityOverride{Reason: "Seeded for measuring contracts: copies of the sample's engagements."}

// Today is the day the seeded database lives in.
var Today = domain.NewDate(2026, time.May, 9)

// Seed loads the sample firm into the empty database file at path and adds
// n active engagements, copied from the sample's own (mandates with and
// without a proposal behind them, a consulting assignment) with their
// starts spread over the weeks. It returns their IDs; "contract batch
// --status active" prints them and the sample's own active ones.
func Seed(ctx context.Context, path string, n int) ([]int64, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.Now = func() time.Time { return Today.Time().Add(10 * time.Hour) }
	s := sqlite.NewServices(db, sqlite.Printers{Proposal: pdf.ProposalRenderer(), Contract: pdf.ContractRenderer()})
	if err := demo.Load(ctx, s, Today); err != nil {
		return nil, err
	}
	sample, _, err := s.Engagements.FindEngagements(ctx, domain.EngagementFilter{})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, 0, n)
	for i := range n {
		e := *sample[i%len(sample)]
		weeks := i / len(sample)
		e.ID, e.Rev, e.Status, e.TerminatedOn, e.EndReason = 0, 0, domain.EngagementActive, domain.Date{}, ""
		e.Start, e.End = e.Start.AddDays(7*weeks), e.End.AddDays(7*weeks)
		if err := db.AddEngagement(ctx, &e, overbook); err != nil {
			return nil, fmt.Errorf("seed engagement %d: %w", i+1, err)
		}
		// The copy's contract says what the original's says, so it can be printed.
		terms, err := db.ContractTerms(ctx, sample[i%len(sample)].ID)
		if err != nil {
			return nil, err
		}
		terms.EngagementID, terms.Rev = e.ID, 0
		if err := db.SaveContractTerms(ctx, terms); err != nil {
			return nil, fmt.Errorf("seed contract terms %d: %w", i+1, err)
		}
		ids = append(ids, e.ID)
	}
	return ids, nil
}
