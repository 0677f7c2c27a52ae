package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// clientsScreen lists the firm's clients beside the form of the selected one.
// It is built from what it uses, not from the App: the widget parts, the
// client service, the broadcast of changes and the firm profile.
type clientsScreen struct {
	parts   widgetParts
	clients domain.ClientService
	changes *changes
	// firm is the saved firm profile, nil before it is set up; a new
	// client takes its country and language.
	firm func() *domain.Firm

	list *listView[*domain.Client]
	ed   *editor
	pane *detailPane
	root fyne.CanvasObject

	showArchived *widget.Check

	legalName, tradeName, vat, companyNumber *textField
	street, postcode, city, country          *textField
	sector                                   *textField
	contactName, contactRole                 *textField
	contactEmail, contactPhone               *textField
	language                                 *widget.Select
	notes                                    *textField
	companyNumberItem                        *widget.FormItem
	archiveBtn, deleteBtn                    *widget.Button

	loaded *domain.Client
	// story lists the client's proposals and engagements (record_story.go).
	story *recordStory
}

func newClientsScreen(parts widgetParts, clients domain.ClientService, ch *changes, firm func() *domain.Firm) *clientsScreen {
	s := &clientsScreen{parts: parts, clients: clients, changes: ch, firm: firm}
	s.build()
	ch.subscribe(s.name(), s.heard)
	return s
}

func (s *clientsScreen) name() string               { return screenClients }
func (s *clientsScreen) title() string              { return lang.L("Clients") }
func (s *clientsScreen) content() fyne.CanvasObject { return s.root }
func (s *clientsScreen) editor() *editor            { return s.ed }
func (s *clientsScreen) focusSearch()               { s.parts.win.Canvas().Focus(s.list.search) }
func (s *clientsScreen) reload()                    { s.list.reload() }
func (s *clientsScreen) generate() {
	showInfo(s.parts.win, lang.L("Not available yet"), lang.L("Clients have no document; select a proposal or an engagement and press Ctrl+P."))
}

func (s *clientsScreen) shown() {
	if s.list.pager.gen == 0 {
		s.reload()
	}
}

func (s *clientsScreen) build() {
	// Where a client is goes under its name, so the name and a Dutch VAT
	// number (NL123456789B01) are read whole in half the window.
	cols := []column[*domain.Client]{
		{title: lang.L("Name"), weight: 1, sort: "name", value: func(c *domain.Client) string { return c.DisplayName() },
			detail: clientPlace},
		{title: lang.L("VAT number"), fit: vatSamples(), value: func(c *domain.Client) string { return c.VATID }},
		{title: lang.L("Language"), fit: languageCodeSamples(), value: func(c *domain.Client) string { return string(c.Language) }},
	}
	s.list = newListView(s.parts, screenClients, cols, "name", s.query,
		func(c *domain.Client) int64 { return c.ID },
		func(n int) string { return countText("count.clients", "{{.Count}} clients", n) })
	s.list.onSelect = func(c *domain.Client) { s.open(c.ID) }
	s.showArchived = widget.NewCheck(lang.L("Show archived"), func(bool) { s.list.reload() })
	s.buildForm()
	s.root = listDetail(s.list.content(s.showArchived, s.newRecord), s.pane.root)
}

func (s *clientsScreen) query(search, sort string, offset, limit int) func(context.Context) ([]*domain.Client, int, error) {
	f := domain.ClientFilter{Query: search, Sort: sort, IncludeArchived: s.showArchived.Checked,
		Page: domain.Page{Offset: offset, Limit: limit}}
	return func(ctx context.Context) ([]*domain.Client, int, error) {
		return s.clients.FindClients(ctx, f)
	}
}

func (s *clientsScreen) buildForm() {
	ed := newEditor()
	s.ed = ed
	ed.reopener = s.reopener
	s.legalName = ed.entry("Legal name")
	s.tradeName = ed.entry("Trade name")
	s.vat = ed.entry("VAT number")
	s.vat.SetPlaceHolder("BE0123456749")
	s.companyNumber = ed.entry("Enterprise number", "KvK number", "Company number")
	s.street = ed.entry()
	s.postcode = ed.entry()
	s.city = ed.entry()
	s.country = ed.entry("Country")
	s.country.SetPlaceHolder("BE")
	s.sector = ed.entry()
	s.contactName = ed.entry()
	s.contactRole = ed.entry()
	s.contactEmail = ed.entry("Contact e-mail")
	s.contactPhone = ed.entry()
	s.language = ed.selectBox(langOptions())
	s.notes = ed.multiLine(3)
	// The company number is called what the country calls it.
	s.country.OnChanged = func(string) {
		s.relabelCompanyNumber()
		ed.changed()
	}

	ed.add(lang.L("Legal name"), s.legalName)
	ed.add(lang.L("Trade name"), s.tradeName)
	ed.add(lang.L("Country"), s.country)
	ed.add(lang.L("VAT number"), s.vat)
	s.companyNumberItem = widget.NewFormItem(lang.L("Company number"), s.companyNumber)
	ed.form.AppendItem(s.companyNumberItem)
	ed.add(lang.L("Street"), s.street)
	// Not container.NewBorder: it lists the centre first, and Tab follows
	// that order, jumping to the city before the postcode.
	postcode := sized(s.postcode, 110)
	ed.add(lang.L("Postcode and city"), container.New(layout.NewBorderLayout(nil, nil, postcode, nil), postcode, s.city))
	ed.add(lang.L("Sector"), s.sector)
	ed.add(lang.L("Contact"), s.contactName)
	ed.add(lang.L("Contact role"), s.contactRole)
	ed.add(lang.L("Contact e-mail"), s.contactEmail)
	ed.add(lang.L("Contact phone"), s.contactPhone)
	ed.addHint(lang.L("Document language"), lang.L("The language of the proposals and contracts this client receives"), s.language)
	ed.add(lang.L("Notes"), s.notes)

	ed.validate = func() error {
		c := s.read()
		return c.Validate()
	}
	ed.save = s.save
	ed.discard = func() { s.show(s.loaded) }
	s.archiveBtn = widget.NewButton(lang.L("Archive"), s.toggleArchived)
	s.story = newRecordStory(s.parts, lang.L("Proposals and engagements"))
	s.deleteBtn = s.newDeleteButton()
	s.pane = newDetailPane(ed, lang.L("Choose a client on the left, or press Ctrl+N to add one."), container.NewVBox(ed.form, s.story.root), s.deleteBtn, s.archiveBtn)
}

func (s *clientsScreen) relabelCompanyNumber() {
	label := lang.L("Company number")
	switch strings.ToUpper(strings.TrimSpace(s.country.Text)) {
	case "BE":
		label = lang.L("Enterprise number")
	case "NL":
		label = lang.L("KvK number")
	}
	if s.companyNumberItem.Text != label {
		s.companyNumberItem.Text = label
		s.ed.form.Refresh()
	}
}

// read builds the client from the form on top of the loaded record.
func (s *clientsScreen) read() *domain.Client {
	c := *s.loaded
	c.LegalName = s.legalName.Text
	c.TradeName = s.tradeName.Text
	c.VATID = s.vat.Text
	c.CompanyNumber = s.companyNumber.Text
	c.Address = domain.Address{Street: s.street.Text, Postcode: s.postcode.Text, City: s.city.Text, Country: s.country.Text}
	c.Sector = s.sector.Text
	c.Contact = domain.Contact{Name: s.contactName.Text, Role: s.contactRole.Text, Email: s.contactEmail.Text, Phone: s.contactPhone.Text}
	c.Language = langFromOption(s.language.Selected)
	c.Notes = s.notes.Text
	c.Normalize()
	return &c
}

func (s *clientsScreen) show(c *domain.Client) {
	s.loaded = c
	s.ed.fill(func() {
		s.legalName.SetText(c.LegalName)
		s.tradeName.SetText(c.TradeName)
		s.vat.SetText(c.VATID)
		s.companyNumber.SetText(c.CompanyNumber)
		s.street.SetText(c.Address.Street)
		s.postcode.SetText(c.Address.Postcode)
		s.city.SetText(c.Address.City)
		s.country.SetText(c.Address.Country)
		s.sector.SetText(c.Sector)
		s.contactName.SetText(c.Contact.Name)
		s.contactRole.SetText(c.Contact.Role)
		s.contactEmail.SetText(c.Contact.Email)
		s.contactPhone.SetText(c.Contact.Phone)
		s.language.SetSelected(langOption(c.Language))
		s.notes.SetText(c.Notes)
	})
	s.relabelCompanyNumber()
	s.story.load(c.ID)
	if c.ID == 0 {
		s.archiveBtn.Hide()
		s.deleteBtn.Hide()
		s.pane.open(c.ID, lang.L("New client"))
		return
	}
	s.archiveBtn.Show()
	s.deleteBtn.Show()
	if c.Archived {
		s.archiveBtn.SetText(lang.L("Restore"))
		s.pane.open(c.ID, lang.X("client.archived.heading", "{{.Name}} (archived)", map[string]any{"Name": c.DisplayName()}))
	} else {
		s.archiveBtn.SetText(lang.L("Archive"))
		s.pane.open(c.ID, c.DisplayName())
	}
}

func (s *clientsScreen) open(id int64) {
	openRecord(s.parts, func(ctx context.Context) (*domain.Client, error) {
		return s.clients.FindClientByID(ctx, id)
	}, func(c *domain.Client) {
		s.list.selectedID = c.ID
		s.list.reselect()
		s.show(c)
	})
}

func (s *clientsScreen) newRecord() {
	s.list.clearSelection()
	c := &domain.Client{Address: domain.Address{Country: "BE"}, Language: domain.LangNL}
	if f := s.firm(); f != nil {
		c.Address.Country = f.Country()
		c.Language = f.DefaultLanguage
	}
	s.show(c)
	s.parts.win.Canvas().Focus(s.legalName)
}

func (s *clientsScreen) save(done func(bool)) {
	c := s.read()
	saveRecord(s.parts, s.ed, func(ctx context.Context) (*domain.Client, error) {
		var err error
		if c.ID == 0 {
			err = s.clients.CreateClient(ctx, c)
		} else {
			err = s.clients.UpdateClient(ctx, c)
		}
		if err != nil {
			return nil, err
		}
		return s.clients.FindClientByID(ctx, c.ID)
	}, func(stored *domain.Client) {
		s.list.selectedID = stored.ID
		s.show(stored)
		s.list.reload()
		// Lists elsewhere show the client's name; it may have changed.
		s.changes.publish(screenClients, recordChanged{clientRecord, stored.ID})
	}, done)
}

// toggleArchived archives the client after asking, or restores it.
func (s *clientsScreen) toggleArchived() {
	c := s.loaded
	if c == nil || c.ID == 0 {
		return
	}
	var ask *question
	if !c.Archived {
		ask = &question{lang.L("Archive client"),
			lang.L("{{.Name}} will be hidden from the list unless you show archived clients. Its proposals and engagements are kept.", map[string]any{"Name": c.DisplayName()}),
			lang.L("Archive")}
	}
	setFlag(s.parts, ask, func(ctx context.Context) error {
		return s.clients.ArchiveClient(ctx, c.ID, !c.Archived)
	}, func() {
		s.open(c.ID)
		s.list.reload()
	})
}

// langOptions are the document languages as a drop-down shows them.
func langOptions() []string {
	var out []string
	for _, l := range domain.Langs {
		out = append(out, langOption(l))
	}
	return out
}

// langOption names a document language: "Dutch (nl)".
func langOption(l domain.Lang) string {
	switch l {
	case domain.LangNL:
		return lang.L("Dutch (nl)")
	case domain.LangEN:
		return lang.L("English (en)")
	case domain.LangFR:
		return lang.L("French (fr)")
	}
	return ""
}

// langFromOption reads langOption back; "" for no choice.
func langFromOption(s string) domain.Lang {
	for _, l := range domain.Langs {
		if s != "" && s == langOption(l) {
			return l
		}
	}
	return ""
}

// sized gives an object a minimum width inside a border layout.
func sized(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(width, o.MinSize().Height), o)
}

// clientPlace is where a client is seated: "Kortrijk, BE".
func clientPlace(c *domain.Client) string {
	switch {
	case c.Address.City == "":
		return c.Address.Country
	case c.Address.Country == "":
		return c.Address.City
	}
	return c.Address.City + ", " + c.Address.Country
}

// heard follows changes made elsewhere: an import changes clients.
func (s *clientsScreen) heard(c recordChanged) {
	if c.kind == clientRecord {
		refreshAfterImport(s, s.ed)
	}
}

// reopener reads the record in the form again, and the list beside it,
// whose row may be as outdated: after a conflict or an import.
func (s *clientsScreen) reopener() func() {
	if c := s.loaded; c != nil && c.ID != 0 {
		return func() { s.open(c.ID); s.list.reload() }
	}
	return nil
}
