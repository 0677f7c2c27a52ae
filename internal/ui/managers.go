package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// managersScreen is the roster: the managers with their status, filters to
// find the right one for a mandate, and the form of the selected one.
//
// It is built from what it uses, not from the App: the widget parts, the
// manager service, the broadcast of changes, the clock, and the personal
// data dialog (data_privacy.go).
type managersScreen struct {
	parts    widgetParts
	managers domain.ManagerService
	changes  *changes
	today    func() domain.Date
	// personalData opens the export and erasure of a stored manager.
	personalData func(*domain.Manager)

	list *listView[*domain.Manager]
	ed   *editor
	pane *detailPane
	root fyne.CanvasObject

	// The filters, which the planning board shares (roster_filters.go).
	*rosterFilters

	// form
	fullName, email, phone, city, headline *textField
	skills, sectors, languages             *textField
	dayRate, availableFrom, maxDays        *textField
	cv, notes                              *textField
	company, companyVAT, companyIBAN       *textField
	seat                                   *companySeatFields
	status                                 *widget.Label
	activeBtn                              *widget.Button
	personalBtn                            *widget.Button // export or erase personal data
	erased                                 *widget.Label  // says when the personal data was erased

	loaded *domain.Manager // the record as read from the store, or a new one
	// story lists the manager's engagements and proposals (record_story.go).
	story *recordStory
}

func newManagersScreen(parts widgetParts, managers domain.ManagerService, ch *changes, today func() domain.Date, personalData func(*domain.Manager)) *managersScreen {
	s := &managersScreen{parts: parts, managers: managers, changes: ch, today: today, personalData: personalData}
	s.build()
	ch.subscribe(s.name(), s.heard)
	return s
}

func (s *managersScreen) name() string               { return screenManagers }
func (s *managersScreen) title() string              { return lang.L("Managers") }
func (s *managersScreen) content() fyne.CanvasObject { return s.root }
func (s *managersScreen) editor() *editor            { return s.ed }
func (s *managersScreen) focusSearch()               { s.parts.win.Canvas().Focus(s.list.search) }
func (s *managersScreen) reload()                    { s.loadSectors(); s.list.reload() }
func (s *managersScreen) generate() {
	showInfo(s.parts.win, lang.L("Not available yet"), lang.L("Managers have no document; select a proposal or an engagement and press Ctrl+P."))
}

func (s *managersScreen) build() {
	// The headline goes under the name rather than in a column of its own:
	// "Interim Quality & Regulatory Director" beside a long name does not
	// fit half a laptop screen, and a roster is read by name and role.
	cols := []column[*domain.Manager]{
		{title: lang.L("Name"), weight: 1, sort: "name", value: managerName,
			detail: func(m *domain.Manager) string { return m.Headline }},
		{title: lang.L("Day fee"), fit: dayRateSamples(), sort: "rate", value: func(m *domain.Manager) string { return formatMoney(m.DayRate) }},
		{title: lang.L("Languages"), fit: rosterLanguageSamples(), value: func(m *domain.Manager) string { return joinList(m.Languages) }},
		{title: lang.L("Status"), fit: managerStatusSamples(), sort: "available", value: func(m *domain.Manager) string { return managerStatusShort(m.Status) }},
	}
	s.list = newListView(s.parts, screenManagers, cols, "name", s.query,
		func(m *domain.Manager) int64 { return m.ID },
		func(n int) string { return countText("count.managers", "{{.Count}} managers", n) })
	s.list.countsUpTo(moreManagersText)
	s.list.onSelect = func(m *domain.Manager) { s.open(m.ID) }
	// A search lists the best matches first (a word in the headline
	// before one in the CV) until a column is clicked.
	s.list.searchSort = "relevance"
	s.list.showSort()

	s.rosterFilters = newRosterFilters(s.today, func() { s.list.debounce.trigger(s.list.reload) })
	s.buildForm()
	split := container.NewHSplit(s.list.content(s.filtersBox(), s.newRecord), s.pane.root)
	split.Offset = 0.58 // the roster has the most columns
	s.root = split
}

// rosterLanguages are the languages offered as a filter; the form accepts
// any two-letter code.
var rosterLanguages = []string{"nl", "fr", "en", "de"}

// languageName names a roster language in the filter: "French".
func languageName(code string) string {
	switch code {
	case "nl":
		return lang.L("Dutch")
	case "fr":
		return lang.L("French")
	case "en":
		return lang.L("English")
	case "de":
		return lang.L("German")
	}
	return code
}

func (s *managersScreen) query(search, sort string, offset, limit int) func(context.Context) ([]*domain.Manager, int, error) {
	f := s.filter(search, sort, offset, limit)
	return func(ctx context.Context) ([]*domain.Manager, int, error) {
		return s.managers.FindManagers(ctx, f)
	}
}

func (s *managersScreen) buildForm() {
	ed := newEditor()
	s.ed = ed
	ed.reopener = s.reopener
	s.fullName = ed.entry("Name")
	s.email = ed.entry("E-mail")
	s.phone = ed.entry()
	s.city = ed.entry()
	s.headline = ed.entry("Headline")
	s.headline.SetPlaceHolder(lang.L("Interim CFO"))
	s.skills = ed.entry()
	s.skills.SetPlaceHolder(lang.L("finance, turnaround, M&A"))
	s.sectors = ed.entry()
	s.sectors.SetPlaceHolder(lang.L("manufacturing, retail"))
	s.languages = ed.entry("Languages")
	s.languages.SetPlaceHolder("nl, fr, en")
	s.dayRate = ed.entry("Day rate")
	s.dayRate.SetPlaceHolder(formatMoneyInput(domain.Euros(1250)))
	s.availableFrom = ed.entry("Available from")
	s.availableFrom.SetPlaceHolder(dateHint())
	s.maxDays = ed.entry("Days per week")
	s.cv = ed.multiLine(6, "CV")
	s.company = ed.entry()
	s.companyVAT = ed.entry("Company VAT number")
	s.companyIBAN = ed.entry("Company IBAN")
	s.seat = newCompanySeatFields(ed)
	s.notes = ed.multiLine(3)
	s.status = widget.NewLabel("")

	ed.add(lang.L("Name"), s.fullName)
	ed.add(lang.L("Status"), s.status)
	ed.add(lang.L("Headline"), s.headline)
	ed.add(lang.L("E-mail"), s.email)
	ed.add(lang.L("Phone"), s.phone)
	ed.add(lang.L("City"), s.city)
	ed.addHint(lang.L("Skills"), lang.L("Separated by commas"), s.skills)
	ed.addHint(lang.L("Sectors"), lang.L("Separated by commas"), s.sectors)
	ed.addHint(lang.L("Languages"), lang.L("Two-letter codes separated by commas"), s.languages)
	// The roster's rate is the manager's own fee, never the client's.
	ed.addHint(lang.L("Own day fee"), lang.L("What the firm pays the manager's company a day"), s.dayRate)
	ed.add(lang.L("Available from"), s.availableFrom)
	ed.addHint(lang.L("Days per week"), lang.L("At most, from 1 to 5"), s.maxDays)
	ed.add(lang.L("CV"), s.cv)
	ed.add(lang.L("Management company"), s.company)
	ed.add(lang.L("Company VAT number"), s.companyVAT)
	ed.add(lang.L("Company IBAN"), s.companyIBAN)
	s.seat.add(ed)
	ed.add(lang.L("Notes"), s.notes)

	ed.validate = func() error {
		m, err := s.read()
		if err != nil {
			return err
		}
		return m.Validate()
	}
	ed.save = s.save
	ed.discard = func() { s.show(s.loaded) }

	s.activeBtn = widget.NewButton(lang.L("Mark inactive"), s.toggleActive)
	s.personalBtn = widget.NewButton(lang.L("Personal data…"), func() { s.personalData(s.loaded) })
	s.personalBtn.Hide()
	s.erased = widget.NewLabel("")
	s.erased.Wrapping = fyne.TextWrapWord
	s.erased.Importance = widget.WarningImportance
	s.erased.Hide()
	s.story = newRecordStory(s.parts, lang.L("Engagements and proposals"))
	s.pane = newDetailPane(ed, lang.L("Choose a manager on the left, or press Ctrl+N to add one."), container.NewVBox(ed.form, s.story.root), s.personalBtn, s.activeBtn)
	s.pane.footer.Add(s.erased)
}

// read builds the manager from the form, on top of the loaded record so
// that its id, version and active flag are kept.
func (s *managersScreen) read() (*domain.Manager, error) {
	m := *s.loaded
	m.Name = s.fullName.Text
	m.Email = s.email.Text
	m.Phone = s.phone.Text
	m.City = s.city.Text
	m.Headline = s.headline.Text
	m.Skills = domain.SplitList(s.skills.Text)
	m.Sectors = domain.SplitList(s.sectors.Text)
	m.Languages = domain.SplitList(s.languages.Text)
	m.CV = s.cv.Text
	m.Company = domain.ManagementCompany{Name: s.company.Text, VATID: s.companyVAT.Text, IBAN: s.companyIBAN.Text}
	s.seat.read(&m.Company)
	m.Notes = s.notes.Text
	var err error
	if m.DayRate, err = parseMoneyField("Day rate", s.dayRate.Text); err != nil {
		return nil, err
	}
	if m.AvailableFrom, err = parseDateField("Available from", s.availableFrom.Text); err != nil {
		return nil, err
	}
	if m.MaxDaysPerWeek, err = parseIntField("Days per week", s.maxDays.Text); err != nil {
		return nil, err
	}
	m.Normalize()
	return &m, nil
}

// show fills the form with m.
func (s *managersScreen) show(m *domain.Manager) {
	s.loaded = m
	s.story.load(m.ID)
	s.ed.fill(func() {
		s.fullName.SetText(managerName(m))
		s.email.SetText(m.Email)
		s.phone.SetText(m.Phone)
		s.city.SetText(m.City)
		s.headline.SetText(m.Headline)
		s.skills.SetText(joinList(m.Skills))
		s.sectors.SetText(joinList(m.Sectors))
		s.languages.SetText(joinList(m.Languages))
		s.dayRate.SetText(formatMoneyInput(m.DayRate))
		s.availableFrom.SetText(formatDateInput(m.AvailableFrom))
		s.maxDays.SetText(formatIntInput(m.MaxDaysPerWeek, true))
		s.cv.SetText(m.CV)
		s.company.SetText(m.Company.Name)
		s.companyVAT.SetText(m.Company.VATID)
		s.companyIBAN.SetText(m.Company.IBAN)
		s.seat.show(m.Company)
		s.notes.SetText(m.Notes)
	})
	// An erased record is what is left of a person who asked to be
	// forgotten: making it active again, editing it or exporting its
	// "personal data" would turn it back into somebody.
	erased := isErased(m)
	s.ed.setReadOnly(erased)
	s.erased.Hide()
	if m.ID == 0 {
		s.status.SetText(lang.L("New; not saved yet"))
		s.activeBtn.Hide()
		s.personalBtn.Hide()
		s.pane.open(m.ID, lang.L("New manager"))
		return
	}
	s.status.SetText(managerStatusText(m.Status))
	if erased {
		s.activeBtn.Hide()
		s.personalBtn.Hide()
		s.erased.SetText(erasedText(m))
		s.erased.Show()
		s.pane.open(m.ID, managerName(m))
		return
	}
	s.activeBtn.Show()
	s.personalBtn.Show()
	if m.Active {
		s.activeBtn.SetText(lang.L("Mark inactive"))
	} else {
		s.activeBtn.SetText(lang.L("Make active again"))
	}
	s.pane.open(m.ID, m.Name)
}

// open reads manager id from the store and shows it.
func (s *managersScreen) open(id int64) {
	openRecord(s.parts, func(ctx context.Context) (*domain.Manager, error) {
		return s.managers.FindManagerByID(ctx, id)
	}, func(m *domain.Manager) {
		s.list.selectedID = m.ID
		s.list.reselect()
		s.show(m)
	})
}

func (s *managersScreen) newRecord() {
	s.list.clearSelection()
	s.show(&domain.Manager{Active: true, MaxDaysPerWeek: 5, AvailableFrom: s.today()})
	s.parts.win.Canvas().Focus(s.fullName)
}

func (s *managersScreen) shown() {
	if s.list.pager.gen == 0 {
		s.reload()
	}
}

// save creates or updates the manager, then shows it as stored. An erased
// record is never written: the form is locked, and this is the last guard.
func (s *managersScreen) save(done func(bool)) {
	m, err := s.read()
	if err != nil || isErased(s.loaded) {
		done(false)
		return
	}
	saveRecord(s.parts, s.ed, func(ctx context.Context) (*domain.Manager, error) {
		if m.ID == 0 {
			err = s.managers.CreateManager(ctx, m)
		} else {
			err = s.managers.UpdateManager(ctx, m)
		}
		if err != nil {
			return nil, err
		}
		return s.managers.FindManagerByID(ctx, m.ID)
	}, func(stored *domain.Manager) {
		s.list.selectedID = stored.ID
		s.show(stored)
		s.list.reload()
		s.loadSectors()
		s.changes.publish(screenManagers, recordChanged{managerRecord, stored.ID})
	}, done)
}

// toggleActive marks the manager inactive (after asking) or active again.
func (s *managersScreen) toggleActive() {
	m := s.loaded
	if m == nil || m.ID == 0 || isErased(m) {
		return
	}
	var ask *question
	if m.Active {
		ask = &question{lang.L("Mark inactive"),
			lang.L("{{.Name}} will no longer appear on the roster unless you show inactive managers. Proposals and engagements keep their manager.", map[string]any{"Name": m.Name}),
			lang.L("Mark inactive")}
	}
	setFlag(s.parts, ask, func(ctx context.Context) error {
		return s.managers.SetManagerActive(ctx, m.ID, !m.Active)
	}, func() {
		s.open(m.ID)
		s.list.reload()
	})
}

// isErased reports whether m is what erasing a manager's personal data
// leaves: the name the domain gives an erased manager, and no e-mail or CV
// (the store's own test in PlanErasure). The store keeps no flag of its
// own for it.
func isErased(m *domain.Manager) bool {
	return m != nil && m.ID != 0 && m.Name == domain.ErasedManagerName(m.ID) && m.Email == "" && m.CV == ""
}

// managerName is the name to show: an erased manager's stored name is
// the domain's English "Erased manager 12", said here in the screen
// language.
func managerName(m *domain.Manager) string {
	if isErased(m) {
		return lang.L("Erased manager {{.ID}}", map[string]any{"ID": m.ID})
	}
	return m.Name
}

// erasedText says when an erased manager was erased and what was kept.
// The store keeps no date of erasure on the record; the erasure is its
// last change, and the screens change an erased record no more, so the
// day it was last changed is the day it was erased.
func erasedText(m *domain.Manager) string {
	return lang.X("manager.erased", "Personal data erased on {{.Date}}. Issued proposals and signed contracts that name this manager are kept as they were issued.",
		map[string]any{"Date": formatDate(domain.DateOf(m.UpdatedAt.Local()))})
}

// loadSectors fills the sector filter with the sectors on the roster.
func (s *managersScreen) loadSectors() { s.rosterFilters.loadSectors(s.parts, s.managers.Sectors) }

// managerStatusShort is the status for a list column, short enough to be
// read whole: "Until 30/06/2026". The form says the whole sentence.
func managerStatusShort(st domain.ManagerStatus) string {
	partly := st.DaysBooked > 0 && st.DaysBooked < st.MaxDays
	switch {
	case st.Availability == domain.OnMandate && partly:
		return lang.X("manager.status.booked.short", "{{.Days}}/{{.Max}} days", map[string]any{"Days": st.DaysBooked, "Max": st.MaxDays})
	case st.Availability == domain.OnMandate && !st.Until.IsZero():
		return lang.X("manager.status.until.short", "Until {{.Date}}", map[string]any{"Date": formatShortDate(st.Until)})
	case st.Availability == domain.BookedFrom:
		return lang.X("manager.status.bookedfrom.short", "Booked from {{.Date}}", map[string]any{"Date": formatShortDate(st.From)})
	case st.Availability == domain.AvailableFrom:
		return lang.X("manager.status.from.short", "From {{.Date}}", map[string]any{"Date": formatShortDate(st.Until)})
	}
	// The proposals naming the manager are for the form's sentence: in
	// the column they pushed the status out of its width.
	return managerBookingText(st)
}

// managerStatusText says whether a manager is free: "Available", "On
// mandate until 30 Jun 2026", "Booked 4 of 5 days until 4 July 2027",
// "1 day a week free from 4 January 2027" or "Inactive", and the issued
// proposals that name the manager apart.
func managerStatusText(st domain.ManagerStatus) string {
	t := managerBookingText(st)
	if st.ProposedDays > 0 {
		t += " · " + lang.X("manager.status.proposed", "proposed {{.Days}} days a week from {{.Date}}",
			map[string]any{"Days": st.ProposedDays, "Date": formatDate(st.ProposedFrom)})
	}
	return t
}

func managerBookingText(st domain.ManagerStatus) string {
	partly := st.DaysBooked > 0 && st.DaysBooked < st.MaxDays
	switch st.Availability {
	case domain.OnMandate:
		switch {
		case partly:
			return lang.X("manager.status.booked", "Booked {{.Days}} of {{.Max}} days until {{.Date}}",
				map[string]any{"Days": st.DaysBooked, "Max": st.MaxDays, "Date": formatDate(st.Until)})
		case st.Until.IsZero():
			return lang.L("On mandate")
		}
		return lang.X("manager.status.until", "On mandate until {{.Date}}", map[string]any{"Date": formatDate(st.Until)})
	case domain.BookedFrom:
		if partly {
			return pluralText("manager.status.freefrom", "{{.Count}} days a week free from {{.Date}}", st.FreeDays(),
				map[string]any{"Count": st.FreeDays(), "Date": formatDate(st.From)})
		}
		return lang.X("manager.status.bookedfrom", "Booked from {{.Date}}", map[string]any{"Date": formatDate(st.From)})
	case domain.AvailableFrom:
		return lang.X("manager.status.from", "Available from {{.Date}}", map[string]any{"Date": formatDate(st.Until)})
	case domain.Inactive:
		return lang.L("Inactive")
	}
	return lang.L("Available")
}

// heard follows changes made elsewhere: the roster's availability follows
// from the engagements, and an import or an erasure changes managers.
func (s *managersScreen) heard(c recordChanged) {
	switch {
	case c.kind == engagementRecord:
		s.reload()
	case c.kind == managerRecord && c.id == 0:
		refreshAfterImport(s, s.ed)
	case c.kind == managerRecord:
		if m := s.loaded; m != nil && m.ID == c.id {
			s.open(c.id)
		}
		s.reload()
	}
}

// reopener reads the record in the form again, and the list beside it,
// whose row may be as outdated: after a conflict or an import.
func (s *managersScreen) reopener() func() {
	if m := s.loaded; m != nil && m.ID != 0 {
		return func() { s.open(m.ID); s.list.reload() }
	}
	return nil
}
