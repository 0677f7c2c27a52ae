package cli

import (
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

func (a *app) engagementsList(args []string) error {
	fs := newFlagSet("engagements list")
	var f domain.EngagementFilter
	var pf pageFlags
	status := fs.String("status", "", "only engagements with this `STATUS`: planned, active, completed or terminated")
	fs.Int64Var(&f.ClientID, "client", 0, "only engagements for the client with this `ID`")
	fs.Int64Var(&f.ManagerID, "manager", 0, "only engagements of the manager with this `ID`")
	pf.bind(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, engagementsUsage, args); err != nil {
		return err
	}
	var err error
	if f.Page, err = pf.page(engagementsUsage); err != nil {
		return err
	}
	if f.Status = domain.EngagementStatus(*status); f.Status != "" && !f.Status.Valid() {
		return usageErrorf(engagementsUsage, "--status must be planned, active, completed or terminated, not %q", *status)
	}
	if f.ClientID < 0 || f.ManagerID < 0 {
		return usageErrorf(engagementsUsage, "--client and --manager take an ID such as 12")
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		items, total, err := s.Engagements.FindEngagements(a.ctx, f)
		if err != nil {
			return err
		}
		names := newNames(a, s)
		header := columns{"ID", "KIND", "STATUS", "CLIENT", "MANAGER", "ROLE", "START", "END", "DAYS", "RATE/FEE", "MARGIN"}
		withMargin := make([]engagementJSON, len(items))
		for i, e := range items {
			withMargin[i] = engagementJSON{Engagement: e, Margin: e.Margin()}
		}
		if err := printList(a, *asJSON, withMargin, total, header, func(x engagementJSON) ([]string, error) {
			e := x.Engagement
			client, manager, err := names.of(e.ClientID, e.ManagerID)
			return []string{fmt.Sprint(e.ID), a.word(string(e.Kind)), a.word(string(e.Status)), client, manager, e.Role, a.date(e.Start), a.date(lastDay(e)), itoa(e.DaysPerWeek), a.price(e), a.marginCell(x.Margin)}, err
		}, "%d of %d engagements"); err != nil || *asJSON {
			return err
		}
		// The footer: what the active engagements of the whole file leave
		// the firm a month, not only those of this page.
		return a.runningMarginLine(s)
	})
}

// lastDay is the day the engagement ended or will end: the termination date
// when it was ended early.
func lastDay(e *domain.Engagement) domain.Date {
	if !e.TerminatedOn.IsZero() {
		return e.TerminatedOn
	}
	return e.End
}

// price is the day rate of a mandate or the fee of a consulting assignment.
func (a *app) price(e *domain.Engagement) string {
	if e.Kind == domain.KindConsulting && e.Fee != 0 {
		return a.sprintf("%s fee", a.money(e.Fee))
	}
	if e.DayRate != 0 {
		return a.sprintf("%s/day", a.money(e.DayRate))
	}
	return ""
}

func (a *app) engagementsShow(args []string) error {
	return a.showRecord(args, engagementsUsage, "engagement", func(s domain.Services, id int64, asJSON bool) error {
		e, err := s.Engagements.FindEngagementByID(a.ctx, id)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, engagementJSON{Engagement: e, Margin: e.Margin()})
		}
		client, manager, err := newNames(a, s).of(e.ClientID, e.ManagerID)
		if err != nil {
			return err
		}
		f := a.newFields()
		f.add("ID", fmt.Sprint(e.ID))
		f.add("Kind", a.word(string(e.Kind)))
		f.add("Status", a.word(string(e.Status)))
		f.add("Client", client)
		f.add("Manager", manager)
		f.add("Role", e.Role)
		if e.ProposalID != 0 {
			f.add("Proposal", a.sprintf("%d, version %d", e.ProposalID, e.ProposalVersion))
		}
		f.add("Start", a.date(e.Start))
		f.add("End", a.date(e.End))
		// TerminatedOn is the last day after notice: still to come while
		// the engagement runs (the store reads one whose notice ran out
		// as terminated).
		if e.Status.Live() {
			f.add("Last day (notice)", a.date(e.TerminatedOn))
		} else {
			f.add("Terminated on", a.date(e.TerminatedOn))
		}
		f.add("End reason", e.EndReason)
		f.add("Days per week", itoa(e.DaysPerWeek))
		f.add("Day rate", a.money(e.DayRate))
		f.add("Manager's day fee", a.money(e.ManagerDayFee))
		f.add("Fee", a.money(e.Fee))
		if e.Kind == domain.KindInterim {
			f.add("Margin", a.marginText(e.Margin()))
		}
		if e.NoticeDays != 0 {
			f.add("Notice period", a.sprintf("%d days", e.NoticeDays))
		}
		f.add("Notes", e.Notes)
		return f.flush()
	})
}
