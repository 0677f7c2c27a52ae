package cli

import (
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// matchFlags are the criteria of managers match without a proposal.
type matchFlags struct {
	c                                  domain.MatchCriteria
	language, start, maxRate, clientRt string
	json                               bool
}

// managersMatch ranks the roster for a proposal's interim offer, or for
// criteria given as flags: best first, each manager with the reasons.
func (a *app) managersMatch(args []string) error {
	fs := newFlagSet("managers match")
	var mf matchFlags
	fs.StringVar(&mf.c.Keywords, "keywords", "", "words the manager's headline, skills, sectors, CV or notes should hold")
	fs.StringVar(&mf.c.Sector, "sector", "", "the mandate's sector")
	fs.StringVar(&mf.language, "language", "", "the client's language(s) (`LL`, or \"fr,nl\"); the manager must speak one")
	fs.StringVar(&mf.start, "start", "", "the mandate's first day (`YYYY-MM-DD`; default today)")
	fs.IntVar(&mf.c.Weeks, "weeks", 0, "the mandate's length in `N` weeks (0: open-ended)")
	fs.IntVar(&mf.c.DaysPerWeek, "days-per-week", 0, "the days a week the mandate takes (`N`, 1 to 5)")
	fs.StringVar(&mf.maxRate, "max-rate", "", "the most the manager's day fee may be (`AMOUNT`)")
	fs.StringVar(&mf.clientRt, "client-rate", "", "what the client pays a day (`AMOUNT`), for the margin")
	fs.IntVar(&mf.c.Limit, "limit", 0, "show at most `N` managers (default 20), and as many left out")
	fs.BoolVar(&mf.json, "json", false, "print JSON")
	pos, err := parseArgs(fs, managersUsage, args)
	if err != nil {
		return err
	}
	if mf.c.Limit < 0 {
		return usageErrorf(managersUsage, "--limit must not be negative")
	}
	var proposalID int64
	if len(pos) > 0 {
		if proposalID, err = oneID(managersUsage, "proposal", pos); err != nil {
			return err
		}
	}
	for _, l := range domain.SplitList(mf.language) {
		mf.c.Languages = append(mf.c.Languages, strings.ToLower(l))
	}
	if mf.c.Start, err = parseDateField("Start", mf.start); err != nil {
		return err
	}
	if mf.maxRate != "" {
		if mf.c.MaxFee, err = parseMoneyField("Maximum day rate", mf.maxRate); err != nil {
			return err
		}
	}
	if mf.clientRt != "" {
		if mf.c.ClientDayRate, err = parseMoneyField("Day rate", mf.clientRt); err != nil {
			return err
		}
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		c := mf.c
		if proposalID != 0 {
			p, err := s.Proposals.FindProposalByID(a.ctx, proposalID)
			if err != nil {
				return err
			}
			client, err := s.Clients.FindClientByID(a.ctx, p.ClientID)
			if err != nil {
				return err
			}
			c = domain.CriteriaFromProposal(p, client)
			c.Limit = mf.c.Limit
		}
		ms, err := s.Matches.MatchManagers(a.ctx, c)
		if err != nil {
			return err
		}
		return a.printMatches(ms, mf.json)
	})
}

// matchJSON is one ranked manager as --json prints it.
type matchJSON struct {
	ID       int64             `json:"id"`
	Name     string            `json:"name"`
	Score    int               `json:"score"`
	FreeFrom domain.Date       `json:"free_from,omitzero"`
	Reasons  []matchReasonJSON `json:"reasons"`
	Excluded *matchReasonJSON  `json:"excluded,omitempty"`
}

type matchReasonJSON struct {
	Kind   domain.ReasonKind `json:"kind"`
	Points int               `json:"points"`
	Words  []string          `json:"words,omitempty"`
	Text   string            `json:"text"`
}

func (a *app) printMatches(ms []domain.Match, asJSON bool) error {
	w := domain.MatchWording{Sentencef: a.sprintf, Money: a.money, Date: a.date}
	reason := func(r domain.MatchReason) matchReasonJSON {
		return matchReasonJSON{Kind: r.Kind, Points: r.Points, Words: r.Words, Text: r.Sentence(w)}
	}
	if asJSON {
		out := make([]matchJSON, len(ms))
		for i, m := range ms {
			out[i] = matchJSON{ID: m.ManagerID, Name: m.Name, Score: m.Score, FreeFrom: m.FreeFrom, Reasons: []matchReasonJSON{}}
			for _, r := range m.Reasons {
				out[i].Reasons = append(out[i].Reasons, reason(r))
			}
			if m.Excluded != nil {
				x := reason(*m.Excluded)
				out[i].Excluded = &x
			}
		}
		return writeJSON(a.stdout, out)
	}
	t := a.newTable(columns{"ID", "NAME", "SCORE", "REASONS"})
	for _, m := range ms {
		var why []string
		score := fmt.Sprint(m.Score)
		if m.Excluded != nil {
			why = append(why, m.Excluded.Sentence(w))
			score = "-"
		}
		for _, r := range m.Reasons {
			why = append(why, r.Sentence(w))
		}
		t.row(fmt.Sprint(m.ManagerID), m.Name, score, strings.Join(why, "; "))
	}
	return t.flush()
}
