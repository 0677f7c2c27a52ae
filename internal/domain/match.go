package domain

import (
	"context"
	"slices"
	"strings"
)

// Matching ranks the roster for a mandate by rules a person can read, not
// by a trained model: AI that selects people for work is high-risk under
// the EU AI Act, and a firm must be able to say why a manager came first.
// Every point of a score comes with a reason; a manager left out for a
// hard reason carries that reason.

// MatchCriteria is what a mandate asks of a manager.
type MatchCriteria struct {
	Keywords    string // free words: role, skills, sector words
	Sector      string
	Languages   []string // two-letter codes; the manager must speak one
	Start       Date     // zero: from today
	Weeks       int      // 0: open-ended
	DaysPerWeek int      // 0: 1
	// ClientDayRate is what the client pays a day (0: unknown); the margin
	// is measured against it and the firm's floor.
	ClientDayRate Money
	// MaxFee is the most the manager's day fee may be (0: no maximum).
	MaxFee Money
	Floor  MarginFloor
	Limit  int // 0: 20
}

// MatchCandidate is what the store knows of one manager for a ranking.
type MatchCandidate struct {
	Manager *Manager
	// Relevance is the text relevance of the keywords, 0 to 1, 1 for the
	// best of the roster (bm25 with column weights).
	Relevance float64
	// Words are the keywords found in the manager's headline, skills,
	// sectors, CV or notes.
	Words []string
	// Bookings are the engagements (and, with ProposalID, the issued
	// proposals) from the start on.
	Bookings []Booking
	// SectorEngagements counts past and running engagements for clients
	// of the sector.
	SectorEngagements int
}

// ReasonKind is what a reason is about.
type ReasonKind string

const (
	ReasonWords     ReasonKind = "words"
	ReasonSector    ReasonKind = "sector"
	ReasonPast      ReasonKind = "past_engagements"
	ReasonLanguages ReasonKind = "languages"
	ReasonFree      ReasonKind = "free"
	ReasonFreeLater ReasonKind = "free_later"
	ReasonProposed  ReasonKind = "proposed"
	ReasonMargin    ReasonKind = "margin"
	ReasonLowMargin ReasonKind = "low_margin"
	ReasonFee       ReasonKind = "fee"
	// Hard exclusions.
	ExcludedLanguage ReasonKind = "no_common_language"
	ExcludedBooked   ReasonKind = "booked"
	ExcludedNoMargin ReasonKind = "no_margin"
	ExcludedFee      ReasonKind = "fee_above_maximum"
)

// MatchReason is one reason, with the facts it names.
type MatchReason struct {
	Kind   ReasonKind `json:"kind"`
	Points int        `json:"points"`
	Words  []string   `json:"words,omitempty"`
	Text   string     `json:"text,omitempty"` // a sector, languages
	Count  int        `json:"count,omitempty"`
	Date   Date       `json:"date,omitzero"`
	Fee    Money      `json:"fee,omitempty"`
	Margin Margin     `json:"margin,omitzero"`
}

// Match is one ranked manager.
type Match struct {
	ManagerID int64         `json:"id"`
	Name      string        `json:"name"`
	Headline  string        `json:"headline"`
	Fee       Money         `json:"fee"`
	Score     int           `json:"score"`
	FreeFrom  Date          `json:"free_from,omitzero"`
	Reasons   []MatchReason `json:"reasons"`
	// Excluded is the hard reason a manager is left out, if any.
	Excluded *MatchReason `json:"excluded,omitempty"`
}

// MatchService ranks the roster.
type MatchService interface {
	// MatchManagers ranks active managers for c: best first, the excluded
	// after, each with its reasons; EINVALID for criteria out of range.
	MatchManagers(ctx context.Context, c MatchCriteria) ([]Match, error)
}

// Points of each rule: at most 100 in all.
const (
	pointsWords     = 40
	pointsSector    = 10
	pointsPast      = 5 // a past engagement in the sector, at most twice
	pointsLanguages = 10
	pointsFree      = 20
	pointsMargin    = 10
)

// Validate checks criteria that come from a person or the command line.
func (c *MatchCriteria) Validate() error {
	switch {
	case c.DaysPerWeek < 0 || c.DaysPerWeek > 5:
		return Invalidf("Days per week", "must be between 1 and 5.")
	case c.Weeks < 0:
		return Invalidf("Weeks", "cannot be negative.")
	case c.MaxFee < 0 || c.MaxFee > MaxDayRate:
		return Invalidf("Maximum day rate", "must be between 0 and %s.", MaxDayRate.InSentence())
	case c.ClientDayRate < 0 || c.ClientDayRate > MaxDayRate:
		return Invalidf("Day rate", "must be between 0 and %s.", MaxDayRate.InSentence())
	case c.Limit < 0:
		return Invalidf("Limit", "cannot be negative.")
	}
	for _, l := range c.Languages {
		if !IsLanguageCode(l) {
			return Invalidf("Languages", "%q is not a two-letter language code; write nl, fr, en, de and so on.", l)
		}
	}
	return firstError(validateDate("Start", c.Start))
}

// CriteriaFromProposal reads a proposal's interim offer as criteria: its
// role and title as keywords, the client's sector, the document's (or
// the client's) language, start, weeks, days a week and the client's rate.
func CriteriaFromProposal(p *Proposal, c *Client) MatchCriteria {
	mc := MatchCriteria{
		Keywords: strings.TrimSpace(p.Interim.Role + " " + p.Title),
		Start:    p.Interim.Start, Weeks: p.Interim.Weeks, DaysPerWeek: p.Interim.DaysPerWeek,
		ClientDayRate: p.Interim.DayRate,
	}
	lang := p.Language
	if c != nil {
		mc.Sector = c.Sector
		if lang == "" {
			lang = c.Language
		}
	}
	if lang != "" {
		mc.Languages = []string{string(lang)}
	}
	return mc
}

// RankMatches scores each candidate and returns them best first (ties by
// name, then id), the excluded after the others, at most c.Limit of the
// included ones and every excluded one up to the same limit.
func RankMatches(c MatchCriteria, start Date, cands []MatchCandidate) []Match {
	var in, out []Match
	for _, cand := range cands {
		m := scoreCandidate(c, start, cand)
		if m.Excluded != nil {
			out = append(out, m)
		} else {
			in = append(in, m)
		}
	}
	byScore := func(a, b Match) int {
		if a.Score != b.Score {
			return b.Score - a.Score
		}
		if n := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); n != 0 {
			return n
		}
		return int(a.ManagerID - b.ManagerID)
	}
	slices.SortFunc(in, byScore)
	slices.SortFunc(out, byScore)
	limit := c.Limit
	if limit == 0 {
		limit = 20
	}
	return append(in[:min(limit, len(in))], out[:min(limit, len(out))]...)
}

func scoreCandidate(c MatchCriteria, start Date, cand MatchCandidate) Match {
	mg := cand.Manager
	m := Match{ManagerID: mg.ID, Name: mg.Name, Headline: mg.Headline, Fee: mg.DayRate, Reasons: []MatchReason{}}
	add := func(r MatchReason) {
		m.Score += r.Points
		m.Reasons = append(m.Reasons, r)
	}
	exclude := func(r MatchReason) {
		if m.Excluded == nil {
			m.Excluded = &r
		}
	}
	if len(cand.Words) > 0 {
		add(MatchReason{Kind: ReasonWords, Words: cand.Words, Points: int(cand.Relevance*pointsWords + 0.5)})
	}
	if c.Sector != "" {
		if s := sameWord(mg.Sectors, c.Sector); s != "" {
			add(MatchReason{Kind: ReasonSector, Text: s, Points: pointsSector})
		}
		if cand.SectorEngagements > 0 {
			add(MatchReason{Kind: ReasonPast, Text: c.Sector, Count: cand.SectorEngagements, Points: pointsPast * min(cand.SectorEngagements, 2)})
		}
	}
	if len(c.Languages) > 0 {
		var common []string
		for _, l := range c.Languages {
			if sameWord(mg.Languages, l) != "" {
				common = append(common, strings.ToLower(l))
			}
		}
		if len(common) == 0 {
			exclude(MatchReason{Kind: ExcludedLanguage, Text: strings.Join(c.Languages, ", ")})
		} else {
			add(MatchReason{Kind: ReasonLanguages, Text: strings.Join(common, ", "), Points: pointsLanguages})
		}
	}
	days := max(c.DaysPerWeek, 1)
	free, ok := FreeFrom(mg, cand.Bookings, start, days, c.Weeks)
	switch {
	case !ok:
		exclude(MatchReason{Kind: ExcludedBooked, Date: start})
	case !free.After(start):
		m.FreeFrom = start
		add(MatchReason{Kind: ReasonFree, Date: start, Count: days, Points: pointsFree})
	default:
		// A week late costs two points: a client may wait a little for the
		// right manager, not a season.
		m.FreeFrom = free
		late := (start.DaysUntil(free) + 6) / 7
		add(MatchReason{Kind: ReasonFreeLater, Date: free, Count: days, Points: max(pointsFree-2*late, 0)})
	}
	for _, b := range cand.Bookings {
		if b.ProposalID != 0 {
			add(MatchReason{Kind: ReasonProposed, Count: b.DaysPerWeek, Date: b.Start, Points: 0})
			break
		}
	}
	if c.MaxFee > 0 && mg.DayRate > c.MaxFee {
		exclude(MatchReason{Kind: ExcludedFee, Fee: mg.DayRate})
	}
	if c.ClientDayRate > 0 && mg.DayRate > 0 {
		mar := dayMargin(c.ClientDayRate, mg.DayRate, days, c.Weeks*days)
		switch {
		case mar.PerDay <= 0:
			exclude(MatchReason{Kind: ExcludedNoMargin, Fee: mg.DayRate, Margin: mar})
		case c.Floor.PercentBP > 0 && mar.PercentBP < c.Floor.PercentBP,
			c.Floor.PerDay > 0 && mar.PerDay < c.Floor.PerDay:
			add(MatchReason{Kind: ReasonLowMargin, Fee: mg.DayRate, Margin: mar})
		default:
			add(MatchReason{Kind: ReasonMargin, Fee: mg.DayRate, Margin: mar, Points: pointsMargin})
		}
	} else if mg.DayRate > 0 {
		add(MatchReason{Kind: ReasonFee, Fee: mg.DayRate})
	}
	return m
}

// sameWord returns the item of list that equals w, ignoring case, or "".
func sameWord(list []string, w string) string {
	for _, it := range list {
		if strings.EqualFold(strings.TrimSpace(it), strings.TrimSpace(w)) {
			return it
		}
	}
	return ""
}

// FreeFrom is the first day on or after start from which the manager has
// days a week free for weeks weeks (0: open-ended, judged on its first
// day and the starts after it), counting the engagements among bookings
// (not the proposals) and the manager's own first free day. ok is false
// when that day is more than the mandate's length (or 13 weeks for an
// open-ended one) after the start: booked.
func FreeFrom(m *Manager, bookings []Booking, start Date, days, weeks int) (Date, bool) {
	if days > m.MaxDaysPerWeek {
		return Date{}, false
	}
	tries := []Date{maxDate(start, m.AvailableFrom)}
	for _, b := range bookings {
		if b.ProposalID == 0 && !b.End.IsZero() && !b.End.Before(tries[0]) {
			tries = append(tries, b.End.AddDays(1))
		}
	}
	slices.SortFunc(tries, Date.Compare)
	patience := weeks * 7
	if patience == 0 {
		patience = 13 * 7
	}
	for _, d := range tries {
		if start.DaysUntil(d) > patience {
			break
		}
		if peakLoad(bookings, d, weeks)+days <= m.MaxDaysPerWeek {
			return d, true
		}
	}
	return Date{}, false
}

// peakLoad is the most days a week the engagements among bookings take on
// any day of the span from d for weeks weeks (open-ended when 0): the load
// rises only on d and on starts within the span.
func peakLoad(bookings []Booking, d Date, weeks int) int {
	var end Date
	if weeks > 0 {
		end = d.AddDays(weeks*7 - 1)
	}
	peak := 0
	for _, on := range append([]Date{d}, startsWithin(bookings, d, end)...) {
		load := 0
		for _, b := range bookings {
			if b.ProposalID == 0 && b.covers(on) {
				load += b.DaysPerWeek
			}
		}
		peak = max(peak, load)
	}
	return peak
}

func startsWithin(bookings []Booking, from, to Date) []Date {
	var out []Date
	for _, b := range bookings {
		if b.ProposalID == 0 && b.Start.After(from) && (to.IsZero() || !b.Start.After(to)) {
			out = append(out, b.Start)
		}
	}
	return out
}
