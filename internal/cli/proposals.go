package cli

import (
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func (a *app) proposalsList(args []string) error {
	fs := newFlagSet("proposals list")
	var f domain.ProposalFilter
	var pf pageFlags
	status := fs.String("status", "", "only proposals with this `STATUS`: draft, issued, accepted, declined or expired")
	fs.Int64Var(&f.ClientID, "client", 0, "only proposals for the client with this `ID`")
	fs.StringVar(&f.Query, "query", "", "search titles and texts")
	pf.bind(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, proposalsUsage, args); err != nil {
		return err
	}
	var err error
	if f.Page, err = pf.page(proposalsUsage); err != nil {
		return err
	}
	if f.Status = domain.ProposalStatus(*status); f.Status != "" && !f.Status.Valid() {
		return usageErrorf(proposalsUsage, "--status must be draft, issued, accepted, declined or expired, not %q", *status)
	}
	if f.ClientID < 0 {
		return usageErrorf(proposalsUsage, "--client takes a client ID such as 12")
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		items, total, err := s.Proposals.FindProposals(a.ctx, f)
		if err != nil {
			return err
		}
		names := newNames(a, s)
		header := columns{"ID", "NUMBER", "V", "STATUS", "CLIENT", "TITLE", "INTERIM", "CONSULTING"}
		return printList(a, *asJSON, items, total, header, func(p *domain.Proposal) ([]string, error) {
			client, err := names.client(p.ClientID)
			tot := p.Totals()
			return []string{fmt.Sprint(p.ID), p.Number, itoa(p.Version), a.word(string(p.Status)), client, p.Title, a.money(tot.InterimNet), a.money(tot.ConsultingNet)}, err
		}, "%d of %d proposals")
	})
}

func (a *app) proposalsShow(args []string) error {
	return a.showRecord(args, proposalsUsage, "proposal", func(s domain.Services, id int64, asJSON bool) error {
		p, err := s.Proposals.FindProposalByID(a.ctx, id)
		if err != nil {
			return err
		}
		// The client's country sets the notice of the permanent hire, and
		// whether the options compare VAT included.
		c, err := s.Clients.FindClientByID(a.ctx, p.ClientID)
		if err != nil {
			return err
		}
		t := p.TotalsFor(c)
		if asJSON {
			return writeJSON(a.stdout, proposalJSON{Proposal: p, Totals: t, Margin: p.Interim.Margin(), ConsultingMargin: p.Consulting.Margin()})
		}
		names := newNames(a, s)
		names.clients[c.ID] = c.DisplayName() // read above; no second look-up
		return a.printProposal(names, p, t)
	})
}

// printProposal shows a proposal the way it reads on paper: the facts, the
// interim mandate, the consulting offer, the permanent-hire comparison and
// the recommendation, each block with the totals the domain computes.
func (a *app) printProposal(names *names, p *domain.Proposal, t domain.Totals) error {
	client, err := names.client(p.ClientID)
	if err != nil {
		return err
	}
	manager, err := names.manager(p.Interim.ManagerID)
	if err != nil {
		return err
	}

	f := a.newFields()
	f.add("ID", fmt.Sprint(p.ID))
	f.add("Title", p.Title)
	f.add("Client", client)
	f.add("Number", p.Number)
	f.add("Version", itoa(p.Version))
	f.add("Status", a.statusOn(p.Status, p.StatusDate))
	f.add("Accepted option", a.word(string(p.AcceptedOption)))
	f.add("Issued on", a.date(p.IssuedOn))
	f.add("Valid until", a.date(p.ValidUntil()))
	f.add("Validity", a.sprintf("%d days", p.ValidityDays))
	f.add("Language", string(p.Language))
	f.add("VAT", a.vatText(t))
	f.add("Situation", p.Situation)

	in := p.Interim
	f = a.section(f, "Interim mandate")
	f.add("Manager", manager)
	f.add("Role", in.Role)
	f.addLines("Objectives", in.Objectives)
	f.addLines("Exit criteria", in.ExitCriteria)
	f.add("Start", a.date(in.Start))
	f.add("Duration", a.sprintf("%d weeks × %d days a week = %d days", in.Weeks, in.DaysPerWeek, t.InterimDays))
	f.add("Day rate", a.money(in.DayRate))
	f.add("Manager's day fee", a.money(in.ManagerDayFee))
	f.add("Per month", a.money(t.InterimMonthly))
	f.add("Total", a.totalText(t.InterimNet, t.InterimVAT, t.InterimGross))
	f.add("Margin", a.marginText(in.Margin()))

	c := p.Consulting
	f = a.section(f, "Consulting offer")
	f.add("Approach", c.Approach)
	f.addLines("Deliverables", c.Deliverables)
	for i, ph := range c.Phases {
		f.add(a.sprintf("Phase %d", i+1), a.sprintf("%s, %d weeks, %s", ph.Name, ph.Weeks, ph.Fee.Format(a.lang)))
	}
	f.add("Duration", a.sprintf("%d weeks", t.ConsultingWeeks))
	f.add("Total", a.totalText(t.ConsultingNet, t.ConsultingVAT, t.ConsultingGross))
	if c.ManagerID != 0 || len(c.Phases) > 0 {
		f.add("Margin", a.marginText(c.Margin()))
	}

	if pt := t.Permanent; pt != nil {
		f = a.section(f, "Permanent hire, for comparison")
		f.add("Yearly cost", a.money(pt.YearlyCost))
		f.add("Recruitment fee", a.money(pt.RecruitmentFee))
		f.add(a.sprintf("Over %d weeks", t.PeriodWeeks), a.money(pt.PeriodCost))
		f.add("Notice period", a.money(pt.NoticeCost))
		if pt.TransitionFee != 0 {
			f.add("Transition payment", a.money(pt.TransitionFee))
		}
		f.add("Total", a.money(pt.Total))
	}

	f = a.section(f, "")
	f.add("Recommended", a.word(string(p.Recommended)))
	f.add("Recommendation", p.Recommendation)
	f.add("Terms", p.Terms)
	return f.flush()
}

// section ends a block of fields and starts the next under a title; each
// block aligns its own columns.
func (a *app) section(f *fields, word string) *fields {
	f.flush()
	fmt.Fprintln(a.stdout)
	if word != "" {
		fmt.Fprintln(a.stdout, a.word(word))
	}
	return a.newFields()
}

// totalText is "€84,000.00 + VAT €17,640.00 = €101,640.00".
func (a *app) totalText(net, vat, gross domain.Money) string {
	if vat == 0 {
		return net.Format(a.lang)
	}
	return a.sprintf("%s + VAT %s = %s", net.Format(a.lang), vat.Format(a.lang), gross.Format(a.lang))
}

func (a *app) vatText(t domain.Totals) string {
	if t.ReverseCharge {
		return a.sprintf("%d%%, reverse charged", t.VATRate)
	}
	return a.sprintf("%d%%", t.VATRate)
}

// statusOn is a proposal's status and the day it took it: "issued on
// 2027-01-03".
func (a *app) statusOn(status domain.ProposalStatus, on domain.Date) string {
	if on.IsZero() {
		return a.word(string(status))
	}
	d := a.date(on)
	switch status {
	case domain.ProposalDraft:
		return a.sprintf("draft on %s", d)
	case domain.ProposalIssued:
		return a.sprintf("issued on %s", d)
	case domain.ProposalAccepted:
		return a.sprintf("accepted on %s", d)
	case domain.ProposalDeclined:
		return a.sprintf("declined on %s", d)
	case domain.ProposalExpired:
		return a.sprintf("expired on %s", d)
	}
	return string(status) + " on " + d
}
