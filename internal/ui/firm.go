package ui

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// firmScreen is the firm's profile: the legal mentions on every document,
// the logo, the brand colour and the defaults of new proposals.
//
// It is built from what it uses, not from the App: the widget parts, the
// firm and clause services, and the window's hooks (firmHooks).
type firmScreen struct {
	parts   widgetParts
	firms   domain.FirmService
	library domain.ClauseLibrary
	hooks   firmHooks

	ed   *editor
	pane *detailPane
	root fyne.CanvasObject

	legalName, legalForm                   *textField
	street, postcode, city                 *textField
	country                                *widget.Select
	companyNumber, rprCourt                *textField
	vat, iban, bic, email, phone, website  *textField
	brandColour                            *textField
	swatch                                 *canvas.Rectangle
	vatRate, paymentDays, validity, prefix *textField
	margin                                 *firmMarginFields
	language                               *widget.Select
	screenLanguage                         *languageChoice
	clauses                                *widget.Button // opens the contract clause editor
	companyNumberItem, rprItem             *widget.FormItem
	logoPreview                            *canvas.Image
	logoNone                               *widget.Label
	chooseLogo, removeLogo                 *widget.Button
	logo                                   []byte
	logoHash                               string
	loaded                                 *domain.Firm
	isNew                                  bool // no profile saved yet
}

// firmHooks are what the firm screen asks of the window.
type firmHooks struct {
	// firm is the saved firm profile, nil before it is set up.
	firm func() *domain.Firm
	// setFirm keeps a saved profile and applies its accent.
	setFirm func(*domain.Firm)
	// applyBrand previews a brand colour on the whole window.
	applyBrand func(hex string)
	// setLanguage changes the screen language (a preference, "" follows
	// the system) and rebuilds the window in it.
	setLanguage func(pref string)
}

func newFirmScreen(parts widgetParts, firms domain.FirmService, library domain.ClauseLibrary, hooks firmHooks) *firmScreen {
	s := &firmScreen{parts: parts, firms: firms, library: library, hooks: hooks}
	s.build()
	return s
}

func (s *firmScreen) name() string               { return screenFirm }
func (s *firmScreen) title() string              { return lang.L("Firm settings") }
func (s *firmScreen) content() fyne.CanvasObject { return s.root }
func (s *firmScreen) editor() *editor            { return s.ed }
func (s *firmScreen) focusSearch()               {}
func (s *firmScreen) newRecord()                 {}
func (s *firmScreen) generate() {
	showInfo(s.parts.win, lang.L("Not available yet"), lang.L("The firm settings have no document; select a proposal or an engagement and press Ctrl+P."))
}

// shown reads the profile again unless the user is editing it.
func (s *firmScreen) shown() {
	if !s.ed.dirty() {
		s.reload()
	}
}

func (s *firmScreen) build() {
	ed := newEditor()
	s.ed = ed
	// One firm: a profile set up elsewhere meanwhile is the one to show.
	ed.reopener = func() func() { return s.reload }
	s.legalName = ed.entry("Legal name")
	s.legalForm = ed.entry()
	s.legalForm.SetPlaceHolder("BV, NV, SRL")
	s.street = ed.entry()
	s.postcode = ed.entry()
	s.city = ed.entry()
	s.country = ed.selectBox([]string{"BE", "NL"})
	s.companyNumber = ed.entry("Enterprise number", "KvK number", "Company number")
	s.rprCourt = ed.entry()
	s.rprCourt.SetPlaceHolder(lang.L("Gent, afdeling Gent"))
	s.vat = ed.entry("VAT number")
	s.iban = ed.entry("IBAN")
	s.bic = ed.entry("BIC")
	s.email = ed.entry("E-mail")
	s.phone = ed.entry()
	s.website = ed.entry()
	s.brandColour = ed.entry("Brand colour")
	s.brandColour.SetPlaceHolder("#1F3A5F")
	s.swatch = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	s.swatch.SetMinSize(fyne.NewSize(36, 36))
	s.swatch.CornerRadius = 4
	s.vatRate = ed.entry("Default VAT rate")
	s.paymentDays = ed.entry("Payment terms")
	s.validity = ed.entry("Proposal validity")
	s.prefix = ed.entry("Proposal number prefix")
	s.language = ed.selectBox(langOptions())

	s.logoPreview = canvas.NewImageFromResource(nil)
	s.logoPreview.FillMode = canvas.ImageFillContain
	s.logoPreview.SetMinSize(fyne.NewSize(200, 80))
	s.logoNone = widget.NewLabel(lang.L("No logo"))
	s.chooseLogo = widget.NewButtonWithIcon(lang.L("Choose logo…"), theme.FolderOpenIcon(), s.pickLogo)
	s.removeLogo = widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), func() {
		s.setLogo(nil)
		ed.changed()
	})
	ed.track(func() string { return s.logoHash })

	s.country.OnChanged = func(string) {
		s.relabel()
		ed.changed()
	}
	s.brandColour.OnChanged = func(string) {
		s.previewColour()
		ed.changed()
	}

	ed.add(lang.L("Legal name"), s.legalName)
	ed.add(lang.L("Legal form"), s.legalForm)
	ed.add(lang.L("Street"), s.street)
	ed.add(lang.L("Postcode and city"), container.NewBorder(nil, nil, sized(s.postcode, 110), nil, s.city))
	ed.add(lang.L("Country"), s.country)
	s.companyNumberItem = widget.NewFormItem(lang.L("Enterprise number"), s.companyNumber)
	ed.form.AppendItem(s.companyNumberItem)
	s.rprItem = &widget.FormItem{Text: lang.L("RPR court"), Widget: s.rprCourt,
		HintText: lang.L("Belgian companies print RPR with the court of their seat")}
	ed.form.AppendItem(s.rprItem)
	ed.add(lang.L("VAT number"), s.vat)
	ed.add(lang.L("IBAN"), s.iban)
	ed.add(lang.L("BIC"), s.bic)
	ed.add(lang.L("E-mail"), s.email)
	ed.add(lang.L("Phone"), s.phone)
	ed.add(lang.L("Website"), s.website)
	ed.addHint(lang.L("Logo"), lang.L("A PNG image of at most 2 MB; it goes on the letterhead"),
		container.NewVBox(
			// A fixed box on the left, as the logo will sit on the letterhead.
			container.NewHBox(container.NewStack(s.logoNone, container.NewGridWrap(fyne.NewSize(200, 80), s.logoPreview))),
			container.NewHBox(s.chooseLogo, s.removeLogo)))
	ed.addHint(lang.L("Brand colour"), lang.L("The accent of the window and the documents, as #RRGGBB"),
		container.NewBorder(nil, nil, nil, s.swatch, s.brandColour))
	ed.add(lang.L("Default VAT rate (%)"), s.vatRate)
	ed.add(lang.L("Payment terms (days)"), s.paymentDays)
	ed.add(lang.L("Proposal validity (days)"), s.validity)
	s.margin = newFirmMarginFields(ed)
	s.margin.add(ed)
	ed.addHint(lang.L("Proposal number prefix"), lang.L("OFF gives numbers like OFF-2026-0007"), s.prefix)
	ed.add(lang.L("Default document language"), s.language)
	// The drop-down is on this screen, so leaving the screen means
	// leaving this form.
	s.screenLanguage = newLanguageChoice(s.parts.prefs, s.parts.leaveThen, s.hooks.setLanguage)
	ed.addHint(lang.L("Screen language"), lang.L("For these screens on this computer; documents keep each client's language"), s.screenLanguage.sel)
	s.clauses = widget.NewButtonWithIcon(lang.L("Contract clauses…"), theme.DocumentIcon(), func() {
		s.parts.rec.shown(showClauseEditor(s.parts, s.library, s.hooks.firm()))
	})
	ed.addHint(lang.L("Contracts"), lang.L("The articles of the engagement contracts, per country and language"),
		container.NewHBox(s.clauses))

	ed.validate = func() error {
		f, err := s.read()
		if err != nil {
			return err
		}
		return f.Validate()
	}
	ed.save = s.save
	ed.discard = func() { s.show(s.loaded, s.isNew) }
	s.pane = newDetailPane(ed, lang.L("Loading the firm's profile…"), ed.form)
	s.root = s.pane.root
}

func (s *firmScreen) relabel() {
	label := lang.L("Company number")
	switch s.country.Selected {
	case "BE":
		label = lang.L("Enterprise number")
		s.rprCourt.Enable()
	case "NL":
		label = lang.L("KvK number")
		s.rprCourt.Disable()
	}
	if s.companyNumberItem.Text != label {
		s.companyNumberItem.Text = label
		s.ed.form.Refresh()
	}
}

// previewColour shows the brand colour on the swatch and, when it is a
// valid colour, on the whole window at once.
func (s *firmScreen) previewColour() {
	hex := strings.TrimSpace(s.brandColour.Text)
	if c, ok := parseHexColour(hex); ok {
		s.swatch.FillColor = c
		s.hooks.applyBrand(hex)
	} else {
		s.swatch.FillColor = theme.Color(theme.ColorNameDisabled)
	}
	s.swatch.Refresh()
}

func (s *firmScreen) read() (*domain.Firm, error) {
	f := *s.loaded
	f.LegalName = strings.TrimSpace(s.legalName.Text)
	f.LegalForm = strings.TrimSpace(s.legalForm.Text)
	f.Address = domain.Address{Street: s.street.Text, Postcode: s.postcode.Text, City: s.city.Text, Country: s.country.Selected}
	f.CompanyNumber = strings.TrimSpace(s.companyNumber.Text)
	f.RPRCourt = strings.TrimSpace(s.rprCourt.Text)
	f.VATID = domain.NormalizeVATID(s.vat.Text)
	f.IBAN = domain.NormalizeIBAN(s.iban.Text)
	f.BIC = strings.ToUpper(strings.TrimSpace(s.bic.Text))
	f.Email = strings.TrimSpace(s.email.Text)
	f.Phone = s.phone.Text
	f.Website = strings.TrimSpace(s.website.Text)
	f.Logo = s.logo
	f.BrandColour = strings.TrimSpace(s.brandColour.Text)
	f.ProposalPrefix = strings.ToUpper(strings.TrimSpace(s.prefix.Text))
	f.DefaultLanguage = langFromOption(s.language.Selected)
	var err error
	if f.DefaultVATRate, err = parseIntField("Default VAT rate", s.vatRate.Text); err != nil {
		return nil, err
	}
	if f.PaymentTermsDays, err = parseIntField("Payment terms", s.paymentDays.Text); err != nil {
		return nil, err
	}
	if f.ProposalValidityDays, err = parseIntField("Proposal validity", s.validity.Text); err != nil {
		return nil, err
	}
	if err := s.margin.read(&f.MarginFloor); err != nil {
		return nil, err
	}
	return &f, nil
}

// show fills the form. A firm that was never saved is shown with the
// defaults and counts as changed, so Save is offered once it is valid.
func (s *firmScreen) show(f *domain.Firm, isNew bool) {
	s.loaded, s.isNew = f, isNew
	s.ed.fill(func() {
		s.legalName.SetText(f.LegalName)
		s.legalForm.SetText(f.LegalForm)
		s.street.SetText(f.Address.Street)
		s.postcode.SetText(f.Address.Postcode)
		s.city.SetText(f.Address.City)
		s.country.SetSelected(f.Address.Country)
		s.companyNumber.SetText(f.CompanyNumber)
		s.rprCourt.SetText(f.RPRCourt)
		s.vat.SetText(f.VATID)
		s.iban.SetText(domain.FormatIBAN(f.IBAN))
		s.bic.SetText(f.BIC)
		s.email.SetText(f.Email)
		s.phone.SetText(f.Phone)
		s.website.SetText(f.Website)
		s.setLogo(f.Logo)
		s.brandColour.SetText(f.BrandColour)
		s.vatRate.SetText(formatIntInput(f.DefaultVATRate, false))
		s.paymentDays.SetText(formatIntInput(f.PaymentTermsDays, false))
		s.validity.SetText(formatIntInput(f.ProposalValidityDays, false))
		s.margin.show(f.MarginFloor)
		s.prefix.SetText(f.ProposalPrefix)
		s.language.SetSelected(langOption(f.DefaultLanguage))
	})
	s.relabel()
	s.previewColour()
	if isNew {
		s.pane.open(0, lang.L("Set up your firm"))
		return
	}
	s.pane.open(1, f.LegalName) // one firm: it is always the same record
}

func (s *firmScreen) reload() {
	s.parts.work.background(func(ctx context.Context) func() {
		f, err := s.firms.Firm(ctx)
		return func() {
			switch {
			case domain.ErrorCode(err) == domain.ENOTFOUND:
				s.show(domain.NewFirm(), true)
			case err != nil:
				s.parts.showError(err)
			default:
				s.show(f, false)
			}
		}
	})
}

func (s *firmScreen) save(done func(bool)) {
	f, err := s.read()
	if err != nil {
		done(false)
		return
	}
	saveRecord(s.parts, s.ed, func(ctx context.Context) (*domain.Firm, error) {
		if err := s.firms.SaveFirm(ctx, f); err != nil {
			return nil, err
		}
		return s.firms.Firm(ctx)
	}, func(stored *domain.Firm) {
		s.hooks.setFirm(stored)
		s.show(stored, false)
	}, done)
}

// pickLogo opens the file dialog for a PNG.
func (s *firmScreen) pickLogo() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.parts.showError(err)
			return
		}
		if r == nil {
			return // the user cancelled
		}
		s.readLogo(r)
	}, s.parts.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".PNG"}))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// readLogo reads the chosen file off the UI goroutine and previews it. A
// file that is not a PNG or is too large is refused by the firm's Validate,
// which says so under the form.
func (s *firmScreen) readLogo(r fyne.URIReadCloser) {
	s.parts.work.background(func(context.Context) func() {
		defer r.Close()
		// Read a little more than the limit, so a huge file is refused
		// without reading all of it.
		data, err := io.ReadAll(io.LimitReader(r, 2<<20+1))
		return func() {
			if err != nil {
				s.parts.showError(domain.Errorf(domain.EINTERNAL, "reading logo %s: %v", r.URI(), err))
				return
			}
			s.setLogo(data)
			s.ed.changed()
		}
	})
}

// setLogo keeps the logo bytes and shows them.
func (s *firmScreen) setLogo(data []byte) {
	s.logo = data
	if len(data) == 0 {
		s.logoHash = ""
		s.logoPreview.Resource = nil
		s.logoPreview.Hide()
		s.logoNone.Show()
		s.removeLogo.Disable()
	} else {
		sum := sha256.Sum256(data)
		s.logoHash = hex.EncodeToString(sum[:])
		s.logoPreview.Resource = fyne.NewStaticResource("logo.png", data)
		s.logoPreview.Show()
		s.logoNone.Hide()
		s.removeLogo.Enable()
	}
	s.logoPreview.Refresh()
}
