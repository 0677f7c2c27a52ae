package storetest

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Compare builds the same records in a store of each opener and checks
// that the read services that rank and summarise give the same answer in
// both, field for field: the matching (but for the points of the words,
// which each store weighs its own way, internal/postgres/match.go), the
// planning board and the first screen. Fresh databases number records
// from 1 in both stores, so the ids agree too.
func Compare(t *testing.T, a, b Opener) {
	for _, sc := range []struct {
		name string
		run  func(t *testing.T, e *env) any
	}{
		{"matching", func(t *testing.T, e *env) any {
			newMatchRoster(t, e)
			var out []any
			for _, c := range []domain.MatchCriteria{matchCriteria(), {Keywords: "finance santé"}, {Sector: "Santé"}} {
				got, err := e.Matches.MatchManagers(e.ctx, c)
				must(t, err)
				out = append(out, withoutWordPoints(got))
			}
			return out
		}},
		{"board", func(t *testing.T, e *env) any {
			r := newMatchRoster(t, e)
			seedComparedProposals(t, e, r)
			rows, total, err := e.Board.Board(e.ctx, domain.ManagerFilter{IncludeInactive: true}, Today, Today.AddDays(8*7-1))
			must(t, err)
			return []any{rows, total}
		}},
		{"today", func(t *testing.T, e *env) any {
			r := newMatchRoster(t, e)
			seedComparedProposals(t, e, r)
			return e.today(t)
		}},
	} {
		t.Run(sc.name, func(t *testing.T) {
			var got [2]string
			for i, open := range []Opener{a, b} {
				clock := &Clock{t: Start}
				v := sc.run(t, &env{Store: open(t, clock.Now), ctx: context.Background(), clock: clock})
				js, err := json.MarshalIndent(v, "", " ")
				must(t, err)
				got[i] = string(js)
			}
			if got[0] != got[1] {
				t.Errorf("the stores disagree:\n%s\n\n%s", got[0], got[1])
			}
		})
	}
}

// seedComparedProposals adds a draft, an issued proposal naming a manager
// and one accepted last month.
func seedComparedProposals(t *testing.T, e *env, r matchRoster) {
	t.Helper()
	issued := interimProposal(1, r.notes.ID, "Herstructurering", Today.AddDays(10), 6, 3, domain.ProposalIssued)
	issued.Number, issued.Version, issued.IssuedOn, issued.StatusDate = "OFF-2026-0001", 1, Today.AddDays(-20), Today.AddDays(-20)
	won := interimProposal(1, r.best.ID, "Groei", Today.AddDays(-20), 10, 2, domain.ProposalAccepted)
	won.Number, won.Version, won.IssuedOn, won.StatusDate, won.AcceptedOption = "OFF-2026-0002", 1, Today.AddDays(-40), Today.AddDays(-30), domain.KindInterim
	for _, p := range []*domain.Proposal{interimProposal(1, r.later.ID, "Schets", Today, 4, 1, domain.ProposalDraft), issued, won} {
		e.SeedProposal(t, p)
	}
}

// withoutWordPoints takes the points of the words out of each score and
// orders the ranking again by what is left, as domain.RankMatches does
// (the included first; score, name, id): the rest of a ranking is the
// same rules on the same facts. Where the words' points alone decide,
// the stores may differ: for "finance santé" on this roster SQLite puts
// Céline Dubois before Anna Claes (bm25 a hair apart on equal texts),
// PostgreSQL ranks them alike and then by name.
func withoutWordPoints(ms []domain.Match) []domain.Match {
	for i := range ms {
		for j, r := range ms[i].Reasons {
			if r.Kind == domain.ReasonWords {
				ms[i].Score -= r.Points
				ms[i].Reasons[j].Points = 0
			}
		}
	}
	slices.SortStableFunc(ms, func(a, b domain.Match) int {
		if (a.Excluded == nil) != (b.Excluded == nil) {
			if a.Excluded == nil {
				return -1
			}
			return 1
		}
		if a.Score != b.Score {
			return b.Score - a.Score
		}
		if n := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); n != 0 {
			return n
		}
		return int(a.ManagerID - b.ManagerID)
	})
	return ms
}
