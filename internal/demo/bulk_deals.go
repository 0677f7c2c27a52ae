package demo

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// makeProposals writes n proposals cloned from the sample's, issued over
// the last two years (a few drafts for the months ahead), and an
// engagement for each accepted one. A manager is only proposed in the
// language of their CV, and is booked by one engagement at a time, so no
// engagement ever books more days than a manager has.
func (g *bulk) makeProposals(n int) {
	seeds := proposalSeeds()
	clientsOf := map[string][]*domain.Client{} // by the key of the client they were cloned from
	cs := clientSeeds()
	for i, c := range g.clients {
		key := cs[i%len(cs)].key
		clientsOf[key] = append(clientsOf[key], c)
	}
	byLang := g.managersByLanguage()
	freeFrom := make([]domain.Date, len(g.managers)) // the day after a manager's last engagement

	type dated struct {
		p  *domain.Proposal
		on domain.Date
	}
	var issued []dated
	for k := range n {
		seed := seeds[k%len(seeds)]
		p := seed.p
		p.ID = int64(k + 1)
		// A client cloned from the seed's client: same language and country.
		c := g.clients[0]
		if same := clientsOf[seed.client]; len(same) > 0 {
			c = same[g.rnd.IntN(len(same))]
		}
		p.ClientID = c.ID
		lang := p.DocumentLanguage(c, g.firm)
		pool := byLang[lang]

		draft := g.chance(6)
		var issuedOn domain.Date
		if draft {
			issuedOn = g.day(g.between(-20, 0)) // created; never issued
			p.Interim.Start = g.day(g.between(30, 365))
		} else {
			issuedOn = g.day(-g.between(0, 730))
			p.Interim.Start = issuedOn.AddDays(g.between(14, 120))
		}
		p.Interim.Weeks = max(4, p.Interim.Weeks+4*g.between(-2, 4))
		p.ValidityDays = 30
		status := domain.ProposalDraft
		if !draft {
			status = g.outcome(g.today.DaysUntil(issuedOn) > -p.ValidityDays)
		}

		// The manager: one who is free for the mandate when it is accepted.
		mi := pool[g.rnd.IntN(len(pool))]
		if status == domain.ProposalAccepted {
			ok := false
			for range 12 {
				if !freeFrom[mi].After(p.Interim.Start) {
					ok = true
					break
				}
				mi = pool[g.rnd.IntN(len(pool))]
			}
			if !ok {
				status = domain.ProposalDeclined
			}
		}
		m := g.managers[mi]
		in := &p.Interim
		in.ManagerID = m.ID
		in.ManagerDayFee = m.DayRate
		in.DayRate = (m.DayRate*domain.Money(g.between(118, 140))/100 + domain.Euros(25)) / domain.Euros(50) * domain.Euros(50)
		in.DaysPerWeek = min(max(in.DaysPerWeek, 1), m.MaxDaysPerWeek)
		p.Status = domain.ProposalDraft
		p.Rev, p.CreatedAt, p.UpdatedAt = 1, g.stamp(issuedOn.AddDays(-g.between(0, 5))), g.stamp(issuedOn)
		if !draft {
			p.Status, p.StatusDate, p.IssuedOn, p.Version = domain.ProposalIssued, issuedOn, issuedOn, 1
			issued = append(issued, dated{&p, issuedOn})
		}
		g.proposals = append(g.proposals, &p)
		if status == domain.ProposalDraft || status == domain.ProposalIssued {
			continue
		}
		// What became of it, at most the validity after it was issued.
		decided := issuedOn.AddDays(g.between(3, p.ValidityDays))
		if status == domain.ProposalExpired {
			decided = issuedOn.AddDays(p.ValidityDays + 1)
		}
		g.pendingOutcome = append(g.pendingOutcome, outcome{&p, status, decided})
		if status == domain.ProposalAccepted {
			e := g.engagementOf(&p, m)
			b := e.Booking()
			freeFrom[mi] = b.End.AddDays(1)
			g.engagements = append(g.engagements, e)
		}
	}

	// Numbers follow the issue dates within each year, as the store gives
	// them; each version is frozen as it was issued, before its outcome.
	sort.SliceStable(issued, func(i, j int) bool { return issued[i].on.Before(issued[j].on) })
	for _, d := range issued {
		y := d.on.Year()
		g.numbers[y]++
		d.p.Number = domain.ProposalNumber(g.firm.ProposalPrefix, y, g.numbers[y])
		g.versions = append(g.versions, *d.p) // as issued, before its outcome
	}
	sort.Slice(g.versions, func(i, j int) bool { return g.versions[i].ID < g.versions[j].ID })
	for _, o := range g.pendingOutcome {
		o.p.Status, o.p.StatusDate = o.status, o.on
		o.p.UpdatedAt = g.stamp(o.on)
		if o.status == domain.ProposalAccepted {
			o.p.AcceptedOption = domain.KindInterim
		}
	}
}

// outcome is what a client decided about an issued proposal, and when.
type outcome struct {
	p      *domain.Proposal
	status domain.ProposalStatus
	on     domain.Date
}

// outcome draws what became of a proposal: one still within its validity
// may be waiting for an answer; an older one was accepted, declined or
// let expire.
func (g *bulk) outcome(recent bool) domain.ProposalStatus {
	r := g.rnd.IntN(100)
	switch {
	case recent && r < 50:
		return domain.ProposalIssued
	case recent && r < 80, !recent && r < 40:
		return domain.ProposalAccepted
	case recent, r < 70:
		return domain.ProposalDeclined
	}
	return domain.ProposalExpired
}

// managersByLanguage lists, per document language, the active managers
// whose CV reads in that language (or in none clearly), so a proposal
// never offers a CV the client cannot read.
func (g *bulk) managersByLanguage() map[domain.Lang][]int {
	fits := map[domain.Lang][]bool{}
	for _, l := range []domain.Lang{domain.LangNL, domain.LangEN, domain.LangFR} {
		for _, s := range g.managerSeeds {
			_, other := domain.GuessLanguage(s.m.CV, l)
			fits[l] = append(fits[l], !other)
		}
	}
	out := map[domain.Lang][]int{}
	for i, m := range g.managers {
		for l, f := range fits {
			if m.Active && f[g.templateOf[i]] {
				out[l] = append(out[l], i)
			}
		}
	}
	for l := range fits {
		if len(out[l]) == 0 { // a tiny sample: anyone rather than no one
			for i := range g.managers {
				out[l] = append(out[l], i)
			}
		}
	}
	return out
}

// engagementOf is the mandate an accepted proposal became: planned,
// running or finished by today, one in twelve ended early.
func (g *bulk) engagementOf(p *domain.Proposal, m *domain.Manager) *domain.Engagement {
	in := p.Interim
	e := &domain.Engagement{
		ID: int64(len(g.engagements) + 1), ClientID: p.ClientID, ProposalID: p.ID, ProposalVersion: 1,
		Kind: domain.KindInterim, ManagerID: m.ID, Role: in.Role,
		Start: in.Start, End: in.Start.AddDays(in.Weeks*7 - 1), DaysPerWeek: in.DaysPerWeek,
		DayRate: in.DayRate, ManagerDayFee: in.ManagerDayFee, NoticeDays: p.Notice(),
		Rev: 1, CreatedAt: p.UpdatedAt, UpdatedAt: g.at,
	}
	switch {
	case e.Start.After(g.today):
		e.Status = domain.EngagementPlanned
	case !e.End.Before(g.today):
		e.Status = domain.EngagementActive
	case g.chance(8):
		e.Status = domain.EngagementTerminated
		e.TerminatedOn = e.Start.AddDays(g.between(0, e.Start.DaysUntil(e.End)))
		e.EndReason = "Ended early by mutual agreement."
	default:
		e.Status = domain.EngagementCompleted
	}
	return e
}

// settleAvailability moves a manager's first free day past their planned
// and running engagements, as the small sample does: nobody on a mandate
// is shown free.
func (g *bulk) settleAvailability() {
	for _, e := range g.engagements {
		if !e.Status.Live() {
			continue
		}
		m := g.managers[e.ManagerID-1]
		if after := e.Booking().End.AddDays(1); after.After(m.AvailableFrom) {
			m.AvailableFrom = after
		}
	}
}

// freeze is the first version of p as the store issues it: the document
// data with its short hash, and a PDF that stands in for the printed one
// (printing 30,000 documents would take longer than the rest together).
// It is made as it is written, so the versions are never all in memory.
func (g *bulk) freeze(p *domain.Proposal) version {
	c := g.clients[p.ClientID-1]
	m := *g.managers[p.Interim.ManagerID-1]
	doc := &domain.ProposalDocument{
		Firm: *g.firm, Client: *c, Manager: &m, Proposal: *p,
		Totals: p.TotalsFor(c), Lang: p.DocumentLanguage(c, g.firm),
		Number: p.Number, Version: 1, Date: p.IssuedOn,
	}
	b, _ := json.Marshal(doc)
	sum := sha256.Sum256(b)
	doc.ShortHash = hex.EncodeToString(sum[:])[:8]
	data, _ := json.Marshal(doc)
	pdf := placeholderPDF(fmt.Sprintf("%s %s version 1: generated sample, not printed", FirmName, p.Number))
	psum := sha256.Sum256(pdf)
	return version{proposalID: p.ID, number: p.Number, issuedOn: p.IssuedOn, lang: doc.Lang,
		data: data, pdf: pdf, sha: hex.EncodeToString(psum[:])}
}
