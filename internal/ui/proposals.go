package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalsScreen is the pipeline: the proposals, and the form that sets an
// interim mandate beside a consulting offer with their totals.
//
// It is built from what it uses, not from the App: the widget parts, the
// services, the broadcast of changes, the document output (out), the clock and
// the firm profile.
type proposalsScreen struct {
	parts   widgetParts
	svc     domain.Services
	changes *changes
	out     *docOutput
	// today is the current date by the window's clock.
	today func() domain.Date
	// firm is the saved firm profile, nil before it is set up; a new
	// proposal takes its defaults.
	firm func() *domain.Firm

	list *listView[*domain.Proposal]
	ed   *editor
	pane *detailPane
	root fyne.CanvasObject

	statusFilter *widget.Select
	clientNames  *nameCache

	// general
	number, status *widget.Label
	client         *picker[*domain.Client]
	titleEntry     *textField
	situation      *textField
	language       *widget.Select
	vatRate        *textField
	reverseCharge  *widget.Check
	validity       *textField

	// interim mandate
	manager                      *picker[*domain.Manager]
	matches                      *matchPicker // the manager picker opens on the ranking (proposal_match_picker.go)
	role, objectives, exit       *textField
	start, weeks, daysPerWeek    *textField
	dayRate                      *textField
	approach, deliverables       *textField
	phases                       *phasesEditor
	consultingFee                *consultingFee // the consulting offer's manager (proposal_consulting_fee.go)
	comparePermanent             *widget.Check
	salary, employerCost         *textField
	recruitmentFee, noticeMonths *textField
	permanentBox                 *fyne.Container
	recommended                  *widget.Select
	recommendation, terms        *textField

	totals   *totalsPanel
	margin   *proposalMargin
	docs     *proposalDocs
	promised *proposalTerms  // the notice and the VAT reason (proposal_terms.go)
	lock     *proposalLock   // read-only once issued (proposal_readonly.go)
	deletion *proposalDelete // Delete draft… (proposal_delete.go)

	loaded     *domain.Proposal
	clientInfo *domain.Client // the chosen client, for reverse charge

	refs *proposalReferences // the manager's mandates to print (proposal_references.go)
}

func newProposalsScreen(parts widgetParts, svc domain.Services, ch *changes, out *docOutput, today func() domain.Date, firm func() *domain.Firm) *proposalsScreen {
	s := &proposalsScreen{parts: parts, svc: svc, changes: ch, out: out, today: today, firm: firm}
	s.build()
	ch.subscribe(s.name(), s.heard)
	return s
}

func (s *proposalsScreen) name() string               { return screenProposals }
func (s *proposalsScreen) title() string              { return lang.L("Proposals") }
func (s *proposalsScreen) content() fyne.CanvasObject { return s.root }
func (s *proposalsScreen) editor() *editor            { return s.ed }
func (s *proposalsScreen) focusSearch()               { s.parts.win.Canvas().Focus(s.list.search) }
func (s *proposalsScreen) reload()                    { s.list.reload() }

func (s *proposalsScreen) shown() {
	if s.list.pager.gen == 0 {
		s.reload()
	}
}

func (s *proposalsScreen) build() {
	s.clientNames = newClientNames(s.parts, s.svc.Clients, func() { s.list.list.Refresh() })
	// The client goes under the title: side by side in the narrow list,
	// both were cut off after a word.
	cols := []column[*domain.Proposal]{
		{title: lang.L("Number"), fit: proposalNumberSamples(), sort: "number", value: func(p *domain.Proposal) string { return proposalNumber(p) }},
		{title: lang.L("Title"), weight: 1, sort: "title", value: func(p *domain.Proposal) string { return p.Title },
			detail: func(p *domain.Proposal) string { return s.clientNames.name(p.ClientID) }},
		{title: lang.L("Status"), fit: proposalStatusSamples(), sort: "status", value: func(p *domain.Proposal) string { return proposalStatusText(p.Status) }},
	}
	s.list = newListView(s.parts, screenProposals, cols, "", s.query,
		func(p *domain.Proposal) int64 { return p.ID },
		func(n int) string { return countText("count.proposals", "{{.Count}} proposals", n) })
	s.list.onSelect = func(p *domain.Proposal) { s.open(p.ID) }
	opts := []string{lang.L("All statuses")}
	for _, st := range domain.ProposalStatuses {
		opts = append(opts, proposalStatusText(st))
	}
	s.statusFilter = widget.NewSelect(opts, func(string) { s.list.reload() })
	s.statusFilter.SetSelectedIndex(0)
	s.buildForm()
	openMargin := newOpenMarginFooter()
	s.list.onRefreshed = func() { refreshOpenMargin(s.parts, s.svc.Proposals, openMargin) }
	split := container.NewHSplit(s.list.content(container.NewVBox(s.statusFilter, openMargin), s.newRecord), s.pane.root)
	// The form holds two offers side by side; give it the room.
	split.Offset = 0.4
	s.root = split
}

func (s *proposalsScreen) query(search, sort string, offset, limit int) func(context.Context) ([]*domain.Proposal, int, error) {
	f := domain.ProposalFilter{Query: search, Sort: sort, Page: domain.Page{Offset: offset, Limit: limit}}
	if i := s.statusFilter.SelectedIndex(); i > 0 {
		f.Status = domain.ProposalStatuses[i-1]
	}
	return func(ctx context.Context) ([]*domain.Proposal, int, error) {
		return s.svc.Proposals.FindProposals(ctx, f)
	}
}

func (s *proposalsScreen) buildForm() {
	ed := newEditor()
	s.ed = ed
	ed.reopener = s.reopener
	s.number = widget.NewLabel("")
	s.status = widget.NewLabel("")
	s.client = newClientPicker(s.parts, s.svc.Clients)
	s.client.onPick = func(c *domain.Client, ok bool) {
		s.clientInfo = nil
		if ok {
			s.clientInfo = c
			s.suggestReverseCharge()
		}
		ed.changed()
	}
	ed.track(s.client.value)
	s.titleEntry = ed.entry("Title")
	s.situation = ed.multiLine(4, "Situation")
	s.situation.SetPlaceHolder(lang.L("The client's question, in their words"))
	s.language = ed.selectBox(append([]string{lang.L("The client's language")}, langOptions()...))
	s.vatRate = ed.entry("VAT rate")
	s.reverseCharge = ed.check(lang.L("Reverse charge (EU client abroad)"))
	s.validity = ed.entry("Validity")
	s.promised = newProposalTerms(ed)

	s.manager = newManagerPicker(s.parts, s.svc.Managers)
	s.manager.onPick = func(m *domain.Manager, ok bool) {
		if ok {
			// The roster's rate is the manager's own day fee, not the
			// client's rate; the title is the usual starting point.
			s.margin.pickManager(m)
			if s.role.Text == "" {
				s.role.SetText(m.Headline)
			}
		}
		s.refs.setManager(s.manager.id)
		ed.changed()
	}
	ed.track(s.manager.value)
	s.refs = newProposalReferences(s.parts, s.svc, ed)
	s.matches = newMatchPicker(s.parts, s.svc, s.manager, s.matchCriteria)
	s.role = ed.entry("Role")
	s.objectives = ed.multiLine(3)
	s.objectives.SetPlaceHolder(lang.L("One per line"))
	s.exit = ed.multiLine(3)
	s.exit.SetPlaceHolder(lang.L("One per line"))
	s.start = ed.entry("Start")
	s.start.SetPlaceHolder(dateHint())
	s.weeks = ed.entry("Weeks")
	s.daysPerWeek = ed.entry("Days per week")
	s.dayRate = ed.entry("Day rate")
	s.dayRate.SetPlaceHolder(formatMoneyInput(domain.Euros(1250)))
	s.margin = newProposalMargin(ed)

	s.approach = ed.multiLine(3)
	s.deliverables = ed.multiLine(3)
	s.deliverables.SetPlaceHolder(lang.L("One per line"))
	s.phases = newPhasesEditor(ed)
	s.consultingFee = newConsultingFee(s.parts, s.svc.Managers, ed, s.phases)

	s.comparePermanent = ed.check(lang.L("Compare with a permanent hire"))
	s.salary = ed.entry("Annual salary")
	// Real starting values (domain.NewPermanentHire), not grey
	// placeholders: a placeholder left as it is counts as 0 %.
	s.employerCost = ed.entry("Employer cost")
	s.recruitmentFee = ed.entry("Recruitment fee")
	s.noticeMonths = ed.entry("Notice period")
	s.recommended = ed.selectBox([]string{lang.L("No recommendation"), lang.L("Interim mandate"), lang.L("Consulting offer")})
	s.recommendation = ed.multiLine(3)
	s.terms = ed.multiLine(3)
	s.totals = newTotalsPanel()

	general := widget.NewForm(
		widget.NewFormItem(lang.L("Number"), s.number),
		widget.NewFormItem(lang.L("Status"), s.status),
		widget.NewFormItem(lang.L("Client"), s.client.box),
		widget.NewFormItem(lang.L("Title"), s.titleEntry),
		widget.NewFormItem(lang.L("Situation"), s.situation),
		widget.NewFormItem(lang.L("Document language"), s.language),
		widget.NewFormItem(lang.L("VAT rate (%)"), s.vatRate),
		widget.NewFormItem("", s.reverseCharge),
		widget.NewFormItem(lang.L("Valid for (days)"), s.validity),
		widget.NewFormItem(lang.L("Notice (days)"), s.promised.notice),
	)
	// The two offers stand side by side, so their labels go above the
	// fields: beside them, two columns would not fit a laptop screen.
	interim := stackedForm(
		widget.NewFormItem(lang.L("Manager"), s.manager.box),
		widget.NewFormItem("", s.refs.root),
		widget.NewFormItem(lang.L("Role"), s.role),
		widget.NewFormItem(lang.L("Objectives"), s.objectives),
		widget.NewFormItem(lang.L("Exit criteria"), s.exit),
		widget.NewFormItem(lang.L("Start"), s.start),
		widget.NewFormItem("", container.NewGridWithColumns(2,
			labelled(lang.L("Weeks"), s.weeks), labelled(lang.L("Days per week"), s.daysPerWeek))),
		widget.NewFormItem(lang.L("Client's day rate"), s.dayRate),
		widget.NewFormItem(lang.L("Manager's day fee"), s.margin.fee),
	)
	consulting := stackedForm(append([]*widget.FormItem{
		widget.NewFormItem(lang.L("Approach"), s.approach),
		widget.NewFormItem(lang.L("Deliverables"), s.deliverables),
		widget.NewFormItem(lang.L("Phases"), s.phases.root),
	}, s.consultingFee.items()...)...)
	s.permanentBox = container.NewVBox(widget.NewForm(
		widget.NewFormItem(lang.L("Annual salary"), s.salary),
		widget.NewFormItem(lang.L("Employer cost (%)"), s.employerCost),
		widget.NewFormItem(lang.L("Recruitment fee (%)"), s.recruitmentFee),
		widget.NewFormItem(lang.L("Notice (months)"), s.noticeMonths),
	))
	closing := widget.NewForm(
		widget.NewFormItem(lang.L("Recommended"), s.recommended),
		widget.NewFormItem(lang.L("Recommendation"), s.recommendation),
		widget.NewFormItem(lang.L("Extra terms"), s.terms),
	)
	offers := container.NewGridWithColumns(2,
		section(lang.L("Interim mandate"), lang.L("A manager takes the position and answers for results."), interim),
		section(lang.L("Consulting offer"), lang.L("The firm advises; the client decides."), consulting),
	)
	s.docs = newProposalDocs(s)
	form := s.formBody(general, offers, closing)

	ed.validate = func() error {
		p, err := s.read()
		if err != nil {
			return err
		}
		return p.Validate()
	}
	ed.after = s.updateTotals
	ed.save = s.save
	ed.discard = func() { s.show(s.loaded, s.clientInfo, nil) }
	s.deletion = newProposalDelete(s)
	buttons := []fyne.CanvasObject{s.deletion.button}
	for _, b := range s.docs.buttons() {
		buttons = append(buttons, b)
	}
	s.pane = newDetailPane(ed, lang.L("Choose a proposal on the left, or press Ctrl+N to draft one."), form, buttons...)
	s.lock = newProposalLock(s)
	s.buildFooter()
}

// read builds the proposal from the form. When a number cannot be read it
// still returns the proposal, with that number as 0, so the totals stay
// visible, together with the error about it.
func (s *proposalsScreen) read() (*domain.Proposal, error) {
	p := *s.loaded
	var firstErr error
	keep := func(err error) {
		if firstErr == nil {
			firstErr = err
		}
	}
	num := func(field string, e *textField) int {
		n, err := parseIntField(field, e.Text)
		keep(err)
		return n
	}
	money := func(field string, e *textField) domain.Money {
		m, err := parseMoneyField(field, e.Text)
		keep(err)
		return m
	}
	p.ClientID = s.client.id
	p.Title = s.titleEntry.Text
	p.Situation = s.situation.Text
	p.Language = langFromOption(s.language.Selected)
	p.VATRate = num("VAT rate", s.vatRate)
	p.ReverseCharge = s.reverseCharge.Checked
	p.ValidityDays = num("Validity", s.validity)
	s.readTerms(&p, num)

	in := &p.Interim
	in.ManagerID = s.manager.id
	s.refs.read(in)
	in.Role = s.role.Text
	in.Objectives = s.objectives.Text
	in.ExitCriteria = s.exit.Text
	start, err := parseDateField("Start", s.start.Text)
	keep(err)
	in.Start = start
	in.Weeks = num("Weeks", s.weeks)
	in.DaysPerWeek = num("Days per week", s.daysPerWeek)
	in.DayRate = money("Day rate", s.dayRate)
	in.ManagerDayFee = money("Manager's day fee", s.margin.fee)
	p.MarginReason = s.margin.reason.Text

	p.Consulting.Approach = s.approach.Text
	p.Consulting.Deliverables = s.deliverables.Text
	phases, err := s.phases.read()
	keep(err)
	p.Consulting.Phases = phases
	s.consultingFee.read(&p.Consulting, keep)

	p.Permanent = nil
	if s.comparePermanent.Checked {
		p.Permanent = &domain.PermanentHire{
			AnnualSalary:      money("Annual salary", s.salary),
			EmployerCostPct:   num("Employer cost", s.employerCost),
			RecruitmentFeePct: num("Recruitment fee", s.recruitmentFee),
			NoticeMonths:      num("Notice period", s.noticeMonths),
		}
	}
	switch s.recommended.SelectedIndex() {
	case 1:
		p.Recommended = domain.KindInterim
	case 2:
		p.Recommended = domain.KindConsulting
	default:
		p.Recommended = ""
	}
	p.Recommendation = s.recommendation.Text
	p.Terms = s.terms.Text
	return &p, firstErr
}

// show fills the form with p; c and m are its client and manager, when known.
func (s *proposalsScreen) show(p *domain.Proposal, c *domain.Client, m *domain.Manager) {
	s.loaded = p
	s.clientInfo = c
	s.ed.fill(func() {
		s.number.SetText(proposalNumber(p))
		s.status.SetText(proposalStatusLine(p))
		if c != nil {
			s.client.set(c.ID, c.DisplayName())
		} else if p.ClientID == 0 {
			s.client.set(0, "")
		}
		s.titleEntry.SetText(p.Title)
		s.situation.SetText(p.Situation)
		if p.Language == "" {
			s.language.SetSelectedIndex(0)
		} else {
			s.language.SetSelected(langOption(p.Language))
		}
		s.vatRate.SetText(formatIntInput(p.VATRate, false))
		s.reverseCharge.SetChecked(p.ReverseCharge)
		s.validity.SetText(formatIntInput(p.ValidityDays, false))
		s.showTerms(p)
		in := p.Interim
		if m != nil {
			s.manager.set(m.ID, m.Name)
		} else if in.ManagerID == 0 {
			s.manager.set(0, "")
		}
		s.refs.show(in)
		s.role.SetText(in.Role)
		s.objectives.SetText(in.Objectives)
		s.exit.SetText(in.ExitCriteria)
		s.start.SetText(formatDateInput(in.Start))
		s.weeks.SetText(formatIntInput(in.Weeks, true))
		s.daysPerWeek.SetText(formatIntInput(in.DaysPerWeek, true))
		s.dayRate.SetText(formatMoneyInput(in.DayRate))
		s.margin.fee.SetText(formatMoneyInput(in.ManagerDayFee))
		s.margin.reason.SetText(p.MarginReason)
		s.approach.SetText(p.Consulting.Approach)
		s.deliverables.SetText(p.Consulting.Deliverables)
		s.phases.set(p.Consulting.Phases)
		s.consultingFee.show(p)
		h := p.Permanent
		s.comparePermanent.SetChecked(h != nil)
		if h == nil {
			h = domain.NewPermanentHire()
		}
		s.salary.SetText(formatMoneyInput(h.AnnualSalary))
		s.employerCost.SetText(formatIntInput(h.EmployerCostPct, true))
		s.recruitmentFee.SetText(formatIntInput(h.RecruitmentFeePct, true))
		s.noticeMonths.SetText(formatIntInput(h.NoticeMonths, true))
		switch p.Recommended {
		case domain.KindInterim:
			s.recommended.SetSelectedIndex(1)
		case domain.KindConsulting:
			s.recommended.SetSelectedIndex(2)
		default:
			s.recommended.SetSelectedIndex(0)
		}
		s.recommendation.SetText(p.Recommendation)
		s.terms.SetText(p.Terms)
	})
	s.lock.apply(p)
	s.docs.update(p)
	s.deletion.update(p)
	if p.ID == 0 {
		s.pane.open(p.ID, lang.L("New proposal"))
		return
	}
	s.pane.open(p.ID, p.Title)
}

// updateTotals recomputes the totals from the form, on every keystroke.
func (s *proposalsScreen) updateTotals() {
	if s.loaded == nil {
		return
	}
	s.enablePermanent()
	p, _ := s.read()
	// The client's country sets the permanent hire's notice, and a client
	// that cannot deduct VAT compares VAT included: as the document does.
	t := p.TotalsFor(s.clientInfo)
	s.totals.show(t)
	if note := totalsNote(t); note != "" {
		s.totals.vatNote.SetText(s.totals.vatNote.Text + " " + note)
	}
	s.updateVATReason(p)
	s.margin.show(p)
}

// suggestReverseCharge ticks reverse charge for a client in another EU
// country than the firm, which is what the law asks; the user can untick it.
func (s *proposalsScreen) suggestReverseCharge() {
	f, c := s.firm(), s.clientInfo
	if f == nil || c == nil {
		return
	}
	other := c.Country() != f.Country() && domain.IsEUCountry(c.Country())
	s.reverseCharge.SetChecked(other)
}

// open reads the proposal, its client and its manager, then shows them.
func (s *proposalsScreen) open(id int64) {
	openRecord(s.parts, func(ctx context.Context) (*proposalView, error) {
		return s.readView(ctx, id, nil)
	}, s.showView)
}

// proposalView is a proposal with the client and manager its form names.
type proposalView struct {
	p *domain.Proposal
	c *domain.Client
	m *domain.Manager
}

// readView reads proposal id with its client (unless c already is it) and
// its manager. It runs in the background.
func (s *proposalsScreen) readView(ctx context.Context, id int64, c *domain.Client) (*proposalView, error) {
	p, err := s.svc.Proposals.FindProposalByID(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &proposalView{p: p, c: c}
	if p.ClientID != 0 && (c == nil || c.ID != p.ClientID) {
		if v.c, err = s.svc.Clients.FindClientByID(ctx, p.ClientID); err != nil {
			return nil, err
		}
	}
	if p.Interim.ManagerID != 0 {
		if v.m, err = s.svc.Managers.FindManagerByID(ctx, p.Interim.ManagerID); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// showView shows a proposal read from the store and selects it in the list.
func (s *proposalsScreen) showView(v *proposalView) {
	s.list.selectedID = v.p.ID
	s.list.reselect()
	s.show(v.p, v.c, v.m)
}

// newRecord drafts a proposal with the firm's defaults.
func (s *proposalsScreen) newRecord() {
	s.list.clearSelection()
	p := domain.NewProposal()
	p.VATRate, p.ValidityDays, p.Interim.DaysPerWeek = 21, 30, 5
	if f := s.firm(); f != nil {
		p.VATRate = f.DefaultVATRate
		p.ValidityDays = f.ProposalValidityDays
	}
	s.show(p, nil, nil)
	s.parts.win.Canvas().Focus(s.titleEntry)
}

func (s *proposalsScreen) save(done func(bool)) {
	p, err := s.read()
	if err != nil {
		done(false)
		return
	}
	c := s.clientInfo
	saveRecord(s.parts, s.ed, func(ctx context.Context) (*proposalView, error) {
		if p.ID == 0 {
			err = s.svc.Proposals.CreateProposal(ctx, p)
		} else {
			err = s.svc.Proposals.UpdateProposal(ctx, p)
		}
		if err != nil {
			return nil, err
		}
		return s.readView(ctx, p.ID, c)
	}, func(v *proposalView) {
		s.showView(v)
		s.list.reload()
	}, done)
}

// generate is Ctrl+P: a draft with changes is issued and opened, an
// issued proposal opens its latest version.
func (s *proposalsScreen) generate() {
	if s.loaded == nil {
		showInfo(s.parts.win, lang.L("Generate document"), lang.L("Choose a proposal first."))
		return
	}
	s.docs.generate()
}

// refresh reads proposal id again after its status or version changed
// behind the form (issued, answered), and the list with it.
func (s *proposalsScreen) refresh(id int64) {
	s.open(id)
	s.list.reload()
}

// proposalNumber is the number, or "Draft" before the first issue.
func proposalNumber(p *domain.Proposal) string {
	if p.Number == "" {
		return lang.L("Draft")
	}
	if p.Version > 1 {
		return lang.X("proposal.number.version", "{{.Number}} v{{.Version}}", map[string]any{"Number": p.Number, "Version": p.Version})
	}
	return p.Number
}

// proposalStatusLine is the status with its date: "Issued on 9 May 2026".
func proposalStatusLine(p *domain.Proposal) string {
	if p.ID == 0 {
		return lang.L("New; not saved yet")
	}
	if p.StatusDate.IsZero() {
		return proposalStatusText(p.Status)
	}
	if p.Status == domain.ProposalAccepted && p.AcceptedOption.Valid() {
		return lang.X("proposal.status.accepted.on", "Accepted ({{.Option}}) on {{.Date}}", map[string]any{
			"Option": offerName(p.AcceptedOption), "Date": formatDate(p.StatusDate)})
	}
	if p.Status == domain.ProposalDraft && p.Version > 0 {
		return lang.X("proposal.status.changed", "Draft of version {{.Next}}; version {{.Last}} was issued on {{.Date}}", map[string]any{
			"Next": p.Version + 1, "Last": p.Version, "Date": formatDate(p.IssuedOn)})
	}
	return lang.X("proposal.status.on", "{{.Status}} on {{.Date}}", map[string]any{
		"Status": proposalStatusText(p.Status), "Date": formatDate(p.StatusDate)})
}

func proposalStatusText(st domain.ProposalStatus) string {
	switch st {
	case domain.ProposalDraft:
		return lang.L("Draft")
	case domain.ProposalIssued:
		return lang.L("Issued")
	case domain.ProposalAccepted:
		return lang.L("Accepted")
	case domain.ProposalDeclined:
		return lang.L("Declined")
	case domain.ProposalExpired:
		return lang.L("Expired")
	}
	return string(st)
}

// offerName names an offer in a sentence: "interim mandate".
func offerName(k domain.OfferKind) string {
	if k == domain.KindConsulting {
		return lang.L("consulting offer")
	}
	return lang.L("interim mandate")
}

// heard follows changes made elsewhere: the list shows clients' names.
func (s *proposalsScreen) heard(c recordChanged) {
	switch {
	case c.kind == clientRecord:
		s.clientNames.forget(c.id)
	case c.kind == proposalRecord && c.id == 0:
		refreshAfterImport(s, s.ed)
	}
}

// reopener reads the record in the form again, and the list beside it,
// whose row may be as outdated: after a conflict or an import.
func (s *proposalsScreen) reopener() func() {
	if p := s.loaded; p != nil && p.ID != 0 {
		return func() { s.open(p.ID); s.list.reload() }
	}
	return nil
}
