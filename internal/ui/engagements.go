package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// engagementsScreen lists the running and past mandates and assignments.
// The figures agreed with the client are read-only: the dates and the
// status change only through the life-cycle steps (engagements_steps.go),
// which check the status rules and the manager's capacity and write the
// engagement's history; the form edits only the role and the notes. Under
// the figures are the contract and its printed versions (contract.go).
//
// It is built from what it uses, not from the App: the widget parts, the
// services, the broadcast of changes, the document output (out), the
// clock and the window's batch print.
type engagementsScreen struct {
	parts   widgetParts
	svc     domain.Services
	changes *changes
	out     *docOutput
	// today is the current date by the window's clock.
	today func() domain.Date
	// printContracts prints the contracts of the running engagements
	// (contract_batch.go).
	printContracts func()

	list *listView[*domain.Engagement]
	ed   *editor
	pane *detailPane
	root fyne.CanvasObject

	statusFilter *widget.Select
	printAll     *widget.Button // "Print contracts…" under the list
	clientNames  *nameCache
	managerNames *nameCache

	kind, manager, proposal, period      *widget.Label
	terms, notice, status, endReason     *widget.Label
	role, notes                          *textField
	outcome, reference                   *textField // the track record (engagements_outcome.go)
	steps                                *engagementSteps
	contract                             *contractDocs
	margin                               *engagementMargin
	loaded                               *domain.Engagement
	clientName, managerName, proposalRef string
}

func newEngagementsScreen(parts widgetParts, svc domain.Services, ch *changes, out *docOutput, today func() domain.Date, printContracts func()) *engagementsScreen {
	s := &engagementsScreen{parts: parts, svc: svc, changes: ch, out: out, today: today, printContracts: printContracts}
	s.build()
	ch.subscribe(s.name(), s.heard)
	return s
}

func (s *engagementsScreen) name() string               { return screenEngagements }
func (s *engagementsScreen) title() string              { return lang.L("Engagements") }
func (s *engagementsScreen) content() fyne.CanvasObject { return s.root }
func (s *engagementsScreen) editor() *editor            { return s.ed }
func (s *engagementsScreen) focusSearch()               { s.parts.win.Canvas().Focus(s.list.search) }
func (s *engagementsScreen) reload()                    { s.list.reload() }

// reloadContract reads the printed versions of the engagement in the form
// again, after a batch froze some.
func (s *engagementsScreen) reloadContract() {
	if s.loaded != nil {
		s.contract.load(s.loaded)
	}
}

func (s *engagementsScreen) shown() {
	if s.list.pager.gen == 0 {
		s.reload()
	}
}

// newRecord enters an engagement by hand (Ctrl+N), for work the client
// agreed without a proposal.
func (s *engagementsScreen) newRecord() {
	d := newNewEngagementDialog(s)
	s.parts.rec.shown(d)
	d.dialog.Show()
}

func (s *engagementsScreen) build() {
	s.clientNames = newClientNames(s.parts, s.svc.Clients, func() { s.list.list.Refresh() })
	s.managerNames = newManagerNames(s.parts, s.svc.Managers, func() { s.list.list.Refresh() })
	cols := []column[*domain.Engagement]{
		// The manager goes under the client, so neither name is cut off; a
		// consulting assignment has no manager and shows its own name.
		{title: lang.L("Client"), weight: 1, sort: "client", value: func(e *domain.Engagement) string { return s.clientNames.name(e.ClientID) },
			detail: s.listDetail},
		{title: lang.L("Kind"), fit: kindSamples(), sort: "kind", value: func(e *domain.Engagement) string { return kindText(e.Kind) }},
		{title: lang.L("Start"), fit: dateSamples(), sort: "start", value: func(e *domain.Engagement) string { return formatShortDate(e.Start) }},
		{title: lang.L("End"), fit: dateSamples(), sort: "end", value: func(e *domain.Engagement) string { return formatShortDate(e.End) }},
		{title: lang.L("Status"), fit: engagementStatusSamples(), sort: "status", value: func(e *domain.Engagement) string { return engagementStatusText(e.Status) }},
		{title: lang.L("Margin"), width: 80, value: marginColumn},
	}
	s.list = newListView(s.parts, screenEngagements, cols, "", s.query,
		func(e *domain.Engagement) int64 { return e.ID },
		func(n int) string { return countText("count.engagements", "{{.Count}} engagements", n) })
	// The search finds a client, a role or a manager; the status filter
	// narrows further.
	s.list.search.SetPlaceHolder(lang.L("Search client, role or manager"))
	s.list.onSelect = func(e *domain.Engagement) { s.open(e.ID) }
	opts := []string{lang.L("All statuses")}
	for _, st := range domain.EngagementStatuses {
		opts = append(opts, engagementStatusText(st))
	}
	s.statusFilter = widget.NewSelect(opts, func(string) { s.list.reload() })
	s.statusFilter.SetSelectedIndex(0)
	s.printAll = widget.NewButtonWithIcon(lang.L("Print contracts…"), theme.DocumentPrintIcon(), s.printContracts)
	s.buildForm()
	filters := container.NewVBox(container.NewBorder(nil, nil, nil, s.printAll, s.statusFilter), s.margin.footer)
	s.list.onRefreshed = func() { s.margin.refreshFooter(s.parts, s.svc.Engagements) }
	split := container.NewHSplit(s.list.content(filters, s.newRecord), s.pane.root)
	split.Offset = 0.55 // five columns; the detail needs room for its buttons
	s.root = split
}

func (s *engagementsScreen) query(search, sort string, offset, limit int) func(context.Context) ([]*domain.Engagement, int, error) {
	f := s.listFilter()
	f.Query, f.Sort = search, sort
	f.Page = domain.Page{Offset: offset, Limit: limit}
	return func(ctx context.Context) ([]*domain.Engagement, int, error) {
		return s.svc.Engagements.FindEngagements(ctx, f)
	}
}

// listFilter is what the list's filters and search choose, without the
// page.
func (s *engagementsScreen) listFilter() domain.EngagementFilter {
	f := domain.EngagementFilter{Query: strings.TrimSpace(s.list.search.Text)}
	if i := s.statusFilter.SelectedIndex(); i > 0 {
		f.Status = domain.EngagementStatuses[i-1]
	}
	return f
}

// filterText says what the list shows: its status filter and search.
func (s *engagementsScreen) filterText() string {
	if q := strings.TrimSpace(s.list.search.Text); q != "" {
		return s.statusFilter.Selected + ", “" + q + "”"
	}
	return s.statusFilter.Selected
}

func (s *engagementsScreen) buildForm() {
	ed := newEditor()
	s.ed = ed
	ed.reopener = s.reopener
	label := func() *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	s.kind, s.manager, s.proposal, s.period = label(), label(), label(), label()
	s.terms, s.notice, s.status, s.endReason = label(), label(), label(), label()
	asHint(s.endReason)
	s.role = ed.entry("Role")
	s.notes = ed.multiLine(3)

	// The client is the heading; the figures are read-only, and the
	// steps above them are the only way to change the dates and status.
	ed.add(lang.L("Kind"), s.kind)
	ed.add(lang.L("Manager"), s.manager)
	ed.add(lang.L("Proposal"), s.proposal)
	ed.add(lang.L("Period"), s.period)
	ed.add(lang.L("Terms"), s.terms)
	ed.add(lang.L("Notice period"), s.notice)
	s.margin = newEngagementMargin(ed)
	// Why it ended early goes under the status, when there is a reason.
	ed.add(lang.L("Status"), container.NewVBox(s.status, s.endReason))
	ed.add(lang.L("Role"), s.role)
	s.addOutcome(ed)
	ed.add(lang.L("Notes"), s.notes)

	ed.validate = func() error {
		e := s.read()
		if s.margin.parseErr != nil {
			return s.margin.parseErr
		}
		return e.Validate()
	}
	ed.save = s.save
	ed.discard = func() { s.show(s.loaded) }

	s.steps = newEngagementSteps(s)
	s.contract = newContractDocs(s)
	body := container.NewVBox(s.steps.root, s.contract.actions, ed.form, s.contract.history)
	s.pane = newDetailPane(ed, lang.L("Choose an engagement on the left."), body)
	s.contract.relayout = func() { relayoutScrolled(s.pane.scroll, body) }
}

// read is the loaded engagement with the role and notes of the form: the
// only fields a person edits directly.
func (s *engagementsScreen) read() *domain.Engagement {
	e := *s.loaded
	e.Role = s.role.Text
	e.Notes = s.notes.Text
	e.Outcome, e.Reference = s.outcome.Text, s.reference.Text
	s.margin.read(&e)
	return &e
}

func (s *engagementsScreen) show(e *domain.Engagement) {
	s.loaded = e
	s.ed.fill(func() {
		s.kind.SetText(kindText(e.Kind))
		s.manager.SetText(s.managerName)
		s.proposal.SetText(s.proposalRef)
		s.period.SetText(engagementPeriod(e))
		s.terms.SetText(engagementTerms(e))
		s.notice.SetText(lang.X("totals.days", "{{.Days}} days", map[string]any{"Days": e.NoticeDays}))
		s.status.SetText(engagementStatusLine(e))
		showLine(s.endReason, e.EndReason)
		s.role.SetText(e.Role)
		s.notes.SetText(e.Notes)
		s.outcome.SetText(e.Outcome)
		s.reference.SetText(e.Reference)
		s.margin.show(e)
	})
	s.steps.update(e)
	s.contract.load(e)
	heading := s.clientName
	if heading == "" {
		heading = lang.L("Engagement")
	}
	s.pane.open(e.ID, heading)
}

func (s *engagementsScreen) open(id int64) {
	openRecord(s.parts, func(ctx context.Context) (*engagementView, error) {
		return s.readView(ctx, id)
	}, func(v *engagementView) {
		s.list.selectedID = v.e.ID
		s.list.reselect()
		s.clientName, s.managerName, s.proposalRef = v.client, v.manager, v.proposal
		s.show(v.e)
	})
}

// changed shows an engagement a step or the store just changed, and
// refreshes what depends on it: the list, and the roster, whose
// availability follows from the engagements.
func (s *engagementsScreen) changed(id int64) {
	s.list.reload()
	s.changes.publish(screenEngagements, recordChanged{engagementRecord, id})
	s.open(id)
}

// engagementView is an engagement with the names its form shows.
type engagementView struct {
	e                         *domain.Engagement
	client, manager, proposal string
}

// readView reads engagement id and the names of its client, manager and
// proposal. It runs in the background.
func (s *engagementsScreen) readView(ctx context.Context, id int64) (*engagementView, error) {
	e, err := s.svc.Engagements.FindEngagementByID(ctx, id)
	if err != nil {
		return nil, err
	}
	c, err := s.svc.Clients.FindClientByID(ctx, e.ClientID)
	if err != nil {
		return nil, err
	}
	v := &engagementView{e: e, client: c.DisplayName(), proposal: lang.L("Entered by hand")}
	if e.ManagerID != 0 {
		m, err := s.svc.Managers.FindManagerByID(ctx, e.ManagerID)
		if err != nil {
			return nil, err
		}
		v.manager = m.Name
	}
	if e.ProposalID != 0 {
		p, err := s.svc.Proposals.FindProposalByID(ctx, e.ProposalID)
		if err != nil {
			return nil, err
		}
		v.proposal = lang.X("engagement.proposal", "{{.Number}}, version {{.Version}}",
			map[string]any{"Number": p.Number, "Version": e.ProposalVersion})
	}
	return v, nil
}

func (s *engagementsScreen) save(done func(bool)) {
	e := s.read()
	saveRecord(s.parts, s.ed, func(ctx context.Context) (*domain.Engagement, error) {
		if err := s.svc.Engagements.UpdateEngagement(ctx, e); err != nil {
			return nil, err
		}
		return s.svc.Engagements.FindEngagementByID(ctx, e.ID)
	}, func(stored *domain.Engagement) {
		s.show(stored)
		s.list.reload()
	}, done)
}

// generate is Ctrl+P: the contract of the engagement in the form, printed
// for the first time after the question, or opened as it was printed.
func (s *engagementsScreen) generate() {
	if s.loaded == nil {
		showInfo(s.parts.win, lang.L("Generate document"), lang.L("Choose an engagement first."))
		return
	}
	s.contract.openLatest()
}

// engagementTerms is the price agreed: "5 days a week at €1,250.00 a day".
func engagementTerms(e *domain.Engagement) string {
	if e.Kind == domain.KindConsulting && e.Fee > 0 {
		return lang.X("engagement.terms.fee", "Fixed fee of {{.Fee}}", map[string]any{"Fee": formatMoney(e.Fee)})
	}
	return lang.X("engagement.terms.daily", "{{.Days}} at {{.Rate}} a day",
		map[string]any{"Days": daysAWeek(e.DaysPerWeek), "Rate": formatMoney(e.DayRate)})
}

// engagementPeriod is "13 September 2026 to 13 March 2027", or the start
// alone for an engagement without a planned end.
func engagementPeriod(e *domain.Engagement) string {
	if e.End.IsZero() {
		return lang.X("engagement.period.open", "From {{.Start}}, without an end date", map[string]any{"Start": formatDate(e.Start)})
	}
	return lang.X("engagement.period", "{{.Start}} to {{.End}}", map[string]any{"Start": formatDate(e.Start), "End": formatDate(e.End)})
}

// engagementStatusLine is the status with what qualifies it: notice given
// and the last day, or the day it was terminated.
func engagementStatusLine(e *domain.Engagement) string {
	line := engagementStatusText(e.Status)
	switch {
	case e.Status == domain.EngagementTerminated && !e.TerminatedOn.IsZero():
		line = lang.X("engagement.status.terminated", "Terminated; the last day was {{.Date}}",
			map[string]any{"Date": formatDate(e.TerminatedOn)})
	case e.Status.Live() && !e.TerminatedOn.IsZero():
		line = lang.X("engagement.status.notice", "{{.Status}}, under notice; the last day is {{.Date}}",
			map[string]any{"Status": engagementStatusText(e.Status), "Date": formatDate(e.TerminatedOn)})
	}
	return line
}

func kindText(k domain.OfferKind) string {
	switch k {
	case domain.KindInterim:
		return lang.L("Interim")
	case domain.KindConsulting:
		return lang.L("Consulting")
	}
	return string(k)
}

func engagementStatusText(st domain.EngagementStatus) string {
	switch st {
	case domain.EngagementPlanned:
		return lang.L("Planned")
	case domain.EngagementActive:
		return lang.L("Active")
	case domain.EngagementCompleted:
		return lang.L("Completed")
	case domain.EngagementTerminated:
		return lang.L("Terminated")
	}
	return string(st)
}

// heard follows changes made elsewhere: the list shows clients' and
// managers' names, and an accepted proposal makes an engagement.
func (s *engagementsScreen) heard(c recordChanged) {
	switch c.kind {
	case clientRecord:
		s.clientNames.forget(c.id)
	case managerRecord:
		s.managerNames.forget(c.id)
	case engagementRecord:
		if c.id == 0 {
			refreshAfterImport(s, s.ed)
			return
		}
		s.reload()
	}
}

// reopener reads the record in the form again, and the list beside it,
// whose row may be as outdated: after a conflict or an import.
func (s *engagementsScreen) reopener() func() {
	if e := s.loaded; e != nil && e.ID != 0 {
		return func() { s.open(e.ID); s.list.reload() }
	}
	return nil
}
