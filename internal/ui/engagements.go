package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// engagementsScreen lists the running and past mandates and assignments.
// The terms agreed with the client are shown read-only; what changes while
// an engagement runs (its end, status and notes) can be edited. The full
// life cycle (start, notice, termination) comes with its own screen work.
type engagementsScreen struct {
	app  *App
	list *listView[*domain.Engagement]
	ed   *editor
	pane *detailPane
	root fyne.CanvasObject

	statusFilter *widget.Select
	clientNames  *nameCache
	managerNames *nameCache

	kind, client, manager, start, terms *widget.Label
	role, end, notice                   *widget.Entry
	status                              *widget.Select
	terminatedOn, endReason, notes      *widget.Entry

	loaded                  *domain.Engagement
	clientName, managerName string
}

func newEngagementsScreen(app *App) *engagementsScreen {
	s := &engagementsScreen{app: app}
	s.build()
	return s
}

func (s *engagementsScreen) name() string               { return screenEngagements }
func (s *engagementsScreen) title() string              { return lang.L("Engagements") }
func (s *engagementsScreen) content() fyne.CanvasObject { return s.root }
func (s *engagementsScreen) editor() *editor            { return s.ed }
func (s *engagementsScreen) focusSearch()               { s.app.win.Canvas().Focus(s.list.search) }
func (s *engagementsScreen) reload()                    { s.list.reload() }

func (s *engagementsScreen) shown() {
	if s.list.pager.gen == 0 {
		s.reload()
	}
}

func (s *engagementsScreen) newRecord() {
	showInfo(s.app.win, lang.L("New engagement"),
		lang.L("An engagement starts from an accepted proposal: open the proposal, record the client's acceptance, and the engagement appears here."))
}

func (s *engagementsScreen) build() {
	s.clientNames = newClientNames(s.app, func() { s.list.list.Refresh() })
	s.managerNames = newManagerNames(s.app, func() { s.list.list.Refresh() })
	cols := []column[*domain.Engagement]{
		{title: lang.L("Client"), weight: 3, value: func(e *domain.Engagement) string { return s.clientNames.name(e.ClientID) }},
		{title: lang.L("Kind"), width: 95, value: func(e *domain.Engagement) string { return kindText(e.Kind) }},
		{title: lang.L("Manager"), weight: 2.5, value: func(e *domain.Engagement) string { return s.managerNames.name(e.ManagerID) }},
		{title: lang.L("Start"), width: 100, value: func(e *domain.Engagement) string { return formatShortDate(e.Start) }},
		{title: lang.L("End"), width: 100, value: func(e *domain.Engagement) string { return formatShortDate(e.End) }},
		{title: lang.L("Status"), width: 95, value: func(e *domain.Engagement) string { return engagementStatusText(e.Status) }},
	}
	s.list = newListView(s.app, screenEngagements, cols, "", s.query,
		func(e *domain.Engagement) int64 { return e.ID },
		func(n int) string { return countText("count.engagements", "{{.Count}} engagements", n) })
	// The store has no full-text search over engagements; the status
	// filter is the way to narrow the list.
	s.list.search.Hide()
	s.list.onSelect = func(e *domain.Engagement) { s.open(e.ID) }
	opts := []string{lang.L("All statuses")}
	for _, st := range domain.EngagementStatuses {
		opts = append(opts, engagementStatusText(st))
	}
	s.statusFilter = widget.NewSelect(opts, func(string) { s.list.reload() })
	s.statusFilter.SetSelectedIndex(0)
	s.buildForm()
	split := container.NewHSplit(s.list.content(s.statusFilter), s.pane.root)
	split.Offset = 0.58 // six columns; the form is short
	s.root = split
}

func (s *engagementsScreen) query(_, _ string, offset, limit int) func(context.Context) ([]*domain.Engagement, int, error) {
	f := domain.EngagementFilter{Page: domain.Page{Offset: offset, Limit: limit}}
	if i := s.statusFilter.SelectedIndex(); i > 0 {
		f.Status = domain.EngagementStatuses[i-1]
	}
	return func(ctx context.Context) ([]*domain.Engagement, int, error) {
		return s.app.svc.Engagements.FindEngagements(ctx, f)
	}
}

func (s *engagementsScreen) buildForm() {
	ed := newEditor(s.app)
	s.ed = ed
	s.kind, s.client, s.manager = widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")
	s.start, s.terms = widget.NewLabel(""), widget.NewLabel("")
	s.role = ed.entry("Role")
	s.end = ed.entry("End date")
	s.end.SetPlaceHolder(lang.L("YYYY-MM-DD or D-M-YYYY"))
	s.notice = ed.entry("Notice period")
	var statusOpts []string
	for _, st := range domain.EngagementStatuses {
		statusOpts = append(statusOpts, engagementStatusText(st))
	}
	s.status = ed.selectBox(statusOpts)
	s.terminatedOn = ed.entry("Termination date")
	s.terminatedOn.SetPlaceHolder(lang.L("YYYY-MM-DD or D-M-YYYY"))
	s.endReason = ed.entry()
	s.notes = ed.multiLine(4)

	ed.add(lang.L("Kind"), s.kind)
	ed.add(lang.L("Client"), s.client)
	ed.add(lang.L("Manager"), s.manager)
	ed.add(lang.L("Start"), s.start)
	ed.add(lang.L("Terms"), s.terms)
	ed.add(lang.L("Role"), s.role)
	ed.add(lang.L("End"), s.end)
	ed.addHint(lang.L("Notice (days)"), lang.L("Days of notice either party gives to end early"), s.notice)
	ed.add(lang.L("Status"), s.status)
	ed.add(lang.L("Terminated on"), s.terminatedOn)
	ed.add(lang.L("Reason for ending"), s.endReason)
	ed.add(lang.L("Notes"), s.notes)

	ed.validate = func() error {
		e, err := s.read()
		if err != nil {
			return err
		}
		return e.Validate()
	}
	ed.save = s.save
	ed.discard = func() { s.show(s.loaded) }
	s.pane = newDetailPane(ed, lang.L("Choose an engagement on the left."), ed.form)
}

func (s *engagementsScreen) read() (*domain.Engagement, error) {
	e := *s.loaded
	e.Role = s.role.Text
	e.EndReason = s.endReason.Text
	e.Notes = s.notes.Text
	if i := s.status.SelectedIndex(); i >= 0 {
		e.Status = domain.EngagementStatuses[i]
	}
	var err error
	if e.End, err = parseDateField("End date", s.end.Text); err != nil {
		return nil, err
	}
	if e.NoticeDays, err = parseIntField("Notice period", s.notice.Text); err != nil {
		return nil, err
	}
	if e.TerminatedOn, err = parseDateField("Termination date", s.terminatedOn.Text); err != nil {
		return nil, err
	}
	return &e, nil
}

func (s *engagementsScreen) show(e *domain.Engagement) {
	s.loaded = e
	s.ed.fill(func() {
		s.kind.SetText(kindText(e.Kind))
		s.client.SetText(s.clientName)
		s.manager.SetText(s.managerName)
		s.start.SetText(formatDate(e.Start))
		s.terms.SetText(engagementTerms(e))
		s.role.SetText(e.Role)
		s.end.SetText(formatDateInput(e.End))
		s.notice.SetText(formatIntInput(e.NoticeDays, false))
		s.status.SetSelected(engagementStatusText(e.Status))
		s.terminatedOn.SetText(formatDateInput(e.TerminatedOn))
		s.endReason.SetText(e.EndReason)
		s.notes.SetText(e.Notes)
	})
	heading := s.clientName
	if heading == "" {
		heading = lang.L("Engagement")
	}
	s.pane.open(e.ID, heading)
}

func (s *engagementsScreen) open(id int64) {
	openRecord(s.app, func(ctx context.Context) (*engagementView, error) {
		return s.readView(ctx, id)
	}, func(v *engagementView) {
		s.list.selectedID = v.e.ID
		s.list.reselect()
		s.clientName, s.managerName = v.client, v.manager
		s.show(v.e)
	})
}

// engagementView is an engagement with the names its form shows.
type engagementView struct {
	e               *domain.Engagement
	client, manager string
}

// readView reads engagement id and the names of its client and manager. It
// runs in the background.
func (s *engagementsScreen) readView(ctx context.Context, id int64) (*engagementView, error) {
	e, err := s.app.svc.Engagements.FindEngagementByID(ctx, id)
	if err != nil {
		return nil, err
	}
	c, err := s.app.svc.Clients.FindClientByID(ctx, e.ClientID)
	if err != nil {
		return nil, err
	}
	v := &engagementView{e: e, client: c.DisplayName()}
	if e.ManagerID != 0 {
		m, err := s.app.svc.Managers.FindManagerByID(ctx, e.ManagerID)
		if err != nil {
			return nil, err
		}
		v.manager = m.Name
	}
	return v, nil
}

func (s *engagementsScreen) save(done func(bool)) {
	e, err := s.read()
	if err != nil {
		done(false)
		return
	}
	saveRecord(s.app, s.ed, func(ctx context.Context) (*domain.Engagement, error) {
		if err := s.app.svc.Engagements.UpdateEngagement(ctx, e); err != nil {
			return nil, err
		}
		return s.app.svc.Engagements.FindEngagementByID(ctx, e.ID)
	}, func(stored *domain.Engagement) {
		s.show(stored)
		s.list.reload()
	}, done)
}

// generate writes the contract of the engagement (Ctrl+P).
func (s *engagementsScreen) generate() {
	if s.app.opts.GenerateEngagement == nil {
		s.app.notAvailable(lang.L("Contracts come with the engagement contract document."))
		return
	}
	if s.loaded == nil {
		showInfo(s.app.win, lang.L("Generate document"), lang.L("Choose an engagement first."))
		return
	}
	id := s.loaded.ID
	s.app.leaveThen(func() {
		s.app.generateDocument(func(ctx context.Context) (string, error) {
			return s.app.opts.GenerateEngagement(ctx, id)
		})
	})
}

// engagementTerms is the price agreed: "5 days a week at €1,250.00 a day".
func engagementTerms(e *domain.Engagement) string {
	if e.Kind == domain.KindConsulting && e.Fee > 0 {
		return lang.X("engagement.terms.fee", "Fixed fee of {{.Fee}}", map[string]any{"Fee": formatMoney(e.Fee)})
	}
	return lang.X("engagement.terms.rate", "{{.Days}} days a week at {{.Rate}} a day",
		map[string]any{"Days": e.DaysPerWeek, "Rate": formatMoney(e.DayRate)})
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
