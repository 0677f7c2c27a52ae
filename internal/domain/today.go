package domain

import (
	"context"
	"sort"
)

// The first screen, "what needs doing", is computed here from records the
// store hands over (TodayService), so the desktop and the command line show
// the same figures and a test can check them from known data.

// Windows of the first screen, in days from today.
const (
	TodayValidityDays = 14 // proposals whose validity ends within
	TodayEndingDays   = 42 // engagements ending within six weeks
	TodayWonMonths    = 12 // the share of won proposals looks back this far
)

// TodayFreeBuckets are the horizons of "managers becoming free", in days.
var TodayFreeBuckets = []int{30, 60, 90}

// TodayData is what the store gives for the first screen on a day: the
// proposals still open (draft, issued) and those answered in the last
// TodayWonMonths, the engagements not yet over (planned, active), and the
// names of the clients and managers they refer to.
type TodayData struct {
	Proposals    []*Proposal
	Engagements  []*Engagement
	ClientNames  map[int64]string
	ManagerNames map[int64]string
}

// TodayService gives the first screen its data.
type TodayService interface {
	// TodayData returns the records the first screen counts on day on;
	// EINTERNAL.
	TodayData(ctx context.Context, on Date) (*TodayData, error)
}

// Today is the first screen's figures on a day.
type Today struct {
	On Date `json:"on"`
	// ByStatus has one line per status, in pipeline order: the open
	// proposals and those answered since WonSince.
	ByStatus []StatusFigures `json:"by_status"`
	// Expiring are issued proposals whose validity ends from today to
	// TodayValidityDays ahead, soonest first.
	Expiring []ProposalLine `json:"expiring"`
	// Ending are planned and active engagements whose last day falls from
	// today to TodayEndingDays ahead, soonest first.
	Ending []EngagementLine `json:"ending"`
	// FreeSoon are managers whose last booked day falls before the
	// furthest of TodayFreeBuckets, soonest free first.
	FreeSoon []ManagerLine `json:"free_soon"`
	// Won is the share of proposals accepted since WonSince by option.
	WonSince Date        `json:"won_since"`
	Won      []WonFigure `json:"won"`
	WonCount int         `json:"won_count"`
}

// StatusFigures are the proposals of one status: how many, what they are
// worth (net, the expected option) and the margin they are expected to
// leave (only over the proposals whose margin is known).
type StatusFigures struct {
	Status ProposalStatus `json:"status"`
	Count  int            `json:"count"`
	Value  Money          `json:"value"`
	Margin Money          `json:"margin"`
	// MarginKnown counts the proposals whose margin is in Margin.
	MarginKnown int `json:"margin_known"`
}

// ProposalLine is a proposal that needs a word with the client.
type ProposalLine struct {
	ID         int64  `json:"id"`
	Number     string `json:"number"`
	Title      string `json:"title"`
	Client     string `json:"client"`
	ValidUntil Date   `json:"valid_until"`
	Value      Money  `json:"value"`
}

// EngagementLine is an engagement coming to its end: the moment to offer
// an extension or the next mandate.
type EngagementLine struct {
	ID      int64     `json:"id"`
	Client  string    `json:"client"`
	Manager string    `json:"manager"`
	Role    string    `json:"role"`
	Kind    OfferKind `json:"kind"`
	End     Date      `json:"end"`
}

// ManagerLine is a manager whose engagements all end soon.
type ManagerLine struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	FreeFrom Date   `json:"free_from"`
	// Within is the first of TodayFreeBuckets that FreeFrom falls in.
	Within int `json:"within_days"`
}

// WonFigure is the proposals accepted with one option.
type WonFigure struct {
	Option    OfferKind `json:"option"`
	Count     int       `json:"count"`
	PercentBP int64     `json:"percent_bp"` // basis points of all won
	Value     Money     `json:"value"`
}

// ExpectedOption is the option a proposal is expected to be won with: the
// one accepted, else the one recommended, else the interim offer when it
// has days, else the consulting offer.
func (p *Proposal) ExpectedOption() OfferKind {
	switch {
	case p.Status == ProposalAccepted && p.AcceptedOption.Valid():
		return p.AcceptedOption
	case p.Recommended.Valid():
		return p.Recommended
	case p.Interim.Weeks > 0 && p.Interim.DaysPerWeek > 0:
		return KindInterim
	}
	return KindConsulting
}

// ExpectedValue is the net value of the expected option, and its margin.
func (p *Proposal) ExpectedValue() (Money, Margin) {
	t := p.Totals()
	if p.ExpectedOption() == KindInterim {
		return t.InterimNet, p.Interim.Margin()
	}
	return t.ConsultingNet, p.Consulting.Margin()
}

// LastDay is the engagement's last day: the termination day once notice
// was given, else the planned end; zero when open-ended.
func (e *Engagement) LastDay() Date {
	if !e.TerminatedOn.IsZero() {
		return e.TerminatedOn
	}
	return e.End
}

// ComputeToday works out the first screen's figures on day on.
func ComputeToday(d *TodayData, on Date) *Today {
	t := &Today{On: on, WonSince: on.AddMonths(-TodayWonMonths).AddDays(1),
		ByStatus: []StatusFigures{}, Expiring: []ProposalLine{}, Ending: []EngagementLine{},
		FreeSoon: []ManagerLine{}, Won: []WonFigure{}}
	t.proposals(d, on)
	t.engagements(d, on)
	return t
}

func (t *Today) proposals(d *TodayData, on Date) {
	byStatus := map[ProposalStatus]*StatusFigures{}
	won := map[OfferKind]*WonFigure{}
	for _, p := range d.Proposals {
		answered := p.Status != ProposalDraft && p.Status != ProposalIssued
		if answered && (p.StatusDate.Before(t.WonSince) || on.Before(p.StatusDate)) {
			continue
		}
		value, margin := p.ExpectedValue()
		f := byStatus[p.Status]
		if f == nil {
			f = &StatusFigures{Status: p.Status}
			byStatus[p.Status] = f
		}
		f.Count++
		f.Value += value
		if margin.Known {
			f.Margin += margin.Total
			f.MarginKnown++
		}
		if p.Status == ProposalAccepted {
			w := won[p.ExpectedOption()]
			if w == nil {
				w = &WonFigure{Option: p.ExpectedOption()}
				won[w.Option] = w
			}
			w.Count++
			w.Value += value
			t.WonCount++
		}
		if until := p.ValidUntil(); p.Status == ProposalIssued && !until.Before(on) &&
			!on.AddDays(TodayValidityDays).Before(until) {
			t.Expiring = append(t.Expiring, ProposalLine{ID: p.ID, Number: p.Number, Title: p.Title,
				Client: d.ClientNames[p.ClientID], ValidUntil: until, Value: value})
		}
	}
	for _, s := range ProposalStatuses {
		if f := byStatus[s]; f != nil {
			t.ByStatus = append(t.ByStatus, *f)
		}
	}
	for _, k := range []OfferKind{KindInterim, KindConsulting} {
		if w := won[k]; w != nil {
			w.PercentBP = int64(Money(w.Count).MulDiv(10000, int64(t.WonCount)))
			t.Won = append(t.Won, *w)
		}
	}
	sort.SliceStable(t.Expiring, func(i, j int) bool {
		a, b := t.Expiring[i], t.Expiring[j]
		if a.ValidUntil != b.ValidUntil {
			return a.ValidUntil.Before(b.ValidUntil)
		}
		return a.ID < b.ID
	})
}

func (t *Today) engagements(d *TodayData, on Date) {
	lastEnd := map[int64]Date{}
	openEnded := map[int64]bool{}
	horizon := on.AddDays(TodayFreeBuckets[len(TodayFreeBuckets)-1])
	for _, e := range d.Engagements {
		if e.Status != EngagementPlanned && e.Status != EngagementActive {
			continue
		}
		last := e.LastDay()
		if !last.IsZero() && !last.Before(on) && !on.AddDays(TodayEndingDays).Before(last) {
			t.Ending = append(t.Ending, EngagementLine{ID: e.ID, Client: d.ClientNames[e.ClientID],
				Manager: d.ManagerNames[e.ManagerID], Role: e.Role, Kind: e.Kind, End: last})
		}
		if e.ManagerID <= 0 {
			continue
		}
		if last.IsZero() {
			openEnded[e.ManagerID] = true
		} else if lastEnd[e.ManagerID].Before(last) {
			lastEnd[e.ManagerID] = last
		}
	}
	for id, last := range lastEnd {
		free := last.AddDays(1)
		if openEnded[id] || last.Before(on) || horizon.Before(free) {
			continue
		}
		line := ManagerLine{ID: id, Name: d.ManagerNames[id], FreeFrom: free}
		for _, b := range TodayFreeBuckets {
			if !on.AddDays(b).Before(free) {
				line.Within = b
				break
			}
		}
		t.FreeSoon = append(t.FreeSoon, line)
	}
	sort.SliceStable(t.Ending, func(i, j int) bool {
		a, b := t.Ending[i], t.Ending[j]
		if a.End != b.End {
			return a.End.Before(b.End)
		}
		return a.ID < b.ID
	})
	sort.Slice(t.FreeSoon, func(i, j int) bool {
		a, b := t.FreeSoon[i], t.FreeSoon[j]
		if a.FreeFrom != b.FreeFrom {
			return a.FreeFrom.Before(b.FreeFrom)
		}
		return a.ID < b.ID
	})
}
