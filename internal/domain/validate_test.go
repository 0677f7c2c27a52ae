package domain

import (
	"strings"
	"testing"
	"time"
)

// wantInvalid checks that err is EINVALID about field and its sentence names it.
func wantInvalid(t *testing.T, err error, field string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	if ErrorCode(err) != EINVALID || ErrorField(err) != field {
		t.Fatalf("got %v (code %q field %q), want invalid %q", err, ErrorCode(err), ErrorField(err), field)
	}
	if !strings.HasPrefix(ErrorMessage(err), field+": ") {
		t.Errorf("message %q does not start with the field", ErrorMessage(err))
	}
}

func validClient() *Client {
	return &Client{LegalName: "Brouwerij De Klok NV", VATID: "BE0403170701",
		Address: Address{Street: "Markt 1", Postcode: "9000", City: "Gent", Country: "BE"},
		Contact: Contact{Name: "Els Peeters", Email: "els@deklok.be"}, Language: LangNL}
}

func TestClientValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(c *Client)
		field  string
	}{
		{"valid", func(*Client) {}, ""},
		{"no name", func(c *Client) { c.LegalName = "  " }, "Legal name"},
		{"Belgian VAT with a wrong check", func(c *Client) { c.VATID = "BE0123456788" }, "VAT number"},
		{"VAT of another country", func(c *Client) { c.VATID = "NL123456782B01" }, "VAT number"},
		{"bad e-mail", func(c *Client) { c.Contact.Email = "els@" }, "Contact e-mail"},
		{"no language", func(c *Client) { c.Language = "de" }, "Document language"},
		{"country not a code", func(c *Client) { c.Address.Country = "Belgium" }, "Country"},
		{"enterprise number with a wrong check", func(c *Client) { c.CompanyNumber = "0403.170.702" }, "Enterprise number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validClient()
			tt.modify(c)
			c.Normalize()
			wantInvalid(t, c.Validate(), tt.field)
		})
	}
}

func validManager() *Manager {
	return &Manager{Name: "Joëlle Dubois", Email: "joelle@dubois.be", Headline: "Interim CFO",
		Skills: []string{"finance"}, Languages: []string{"nl", "fr"}, DayRate: Euros(1250),
		MaxDaysPerWeek: 4, Active: true,
		Company: ManagementCompany{Name: "JD Management BV", VATID: "BE0123456749", IBAN: "BE71 0961 2345 6769"}}
}

func TestManagerValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(m *Manager)
		field  string
	}{
		{"valid", func(*Manager) {}, ""},
		{"no name", func(m *Manager) { m.Name = "" }, "Name"},
		{"negative day rate", func(m *Manager) { m.DayRate = -100 }, "Day rate"},
		{"absurd day rate", func(m *Manager) { m.DayRate = Euros(25000) }, "Day rate"},
		{"six days a week", func(m *Manager) { m.MaxDaysPerWeek = 6 }, "Days per week"},
		{"zero days a week", func(m *Manager) { m.MaxDaysPerWeek = 0 }, "Days per week"},
		{"language name instead of code", func(m *Manager) { m.Languages = []string{"French"} }, "Languages"},
		{"IBAN with a typo", func(m *Manager) { m.Company.IBAN = "BE71 0961 2345 6768" }, "Company IBAN"},
		{"company VAT with a wrong check", func(m *Manager) { m.Company.VATID = "BE0123456788" }, "Company VAT number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validManager()
			tt.modify(m)
			m.Normalize()
			wantInvalid(t, m.Validate(), tt.field)
		})
	}
}

func TestManagerNormalize(t *testing.T) {
	m := &Manager{Skills: SplitList(" finance, Turnaround;finance ,, M&A"), Languages: []string{" NL", "fr"}}
	m.Normalize()
	if got := strings.Join(m.Skills, "|"); got != "finance|Turnaround|M&A" {
		t.Errorf("skills = %q", got)
	}
	if got := strings.Join(m.Languages, "|"); got != "nl|fr" {
		t.Errorf("languages = %q", got)
	}
}

func TestFirmValidate(t *testing.T) {
	valid := func() *Firm {
		f := NewFirm()
		f.LegalName, f.LegalForm = "Brugge Interim & Advies", "BV"
		f.CompanyNumber, f.VATID = "0403.170.701", "BE0403170701"
		f.IBAN = "BE71096123456769"
		return f
	}
	tests := []struct {
		name   string
		modify func(f *Firm)
		field  string
	}{
		{"valid", func(*Firm) {}, ""},
		{"German firm", func(f *Firm) { f.Address.Country = "DE" }, "Country"},
		{"Dutch firm with a 7-digit KvK", func(f *Firm) { f.Address.Country = "NL"; f.CompanyNumber = "1234567" }, "KvK number"},
		{"logo not a PNG", func(f *Firm) { f.Logo = []byte("GIF89a") }, "Logo"},
		{"colour by name", func(f *Firm) { f.BrandColour = "navy" }, "Brand colour"},
		{"prefix with a dash", func(f *Firm) { f.ProposalPrefix = "OF-" }, "Proposal number prefix"},
		{"validity zero", func(f *Firm) { f.ProposalValidityDays = 0 }, "Proposal validity"},
		{"VAT 50%", func(f *Firm) { f.DefaultVATRate = 50 }, "Default VAT rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := valid()
			tt.modify(f)
			wantInvalid(t, f.Validate(), tt.field)
		})
	}
}

func TestProposalValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(p *Proposal)
		field  string
	}{
		{"valid", func(*Proposal) {}, ""},
		{"no client", func(p *Proposal) { p.ClientID = 0 }, "Client"},
		{"no title", func(p *Proposal) { p.Title = "" }, "Title"},
		{"weeks without days", func(p *Proposal) { p.Interim.DaysPerWeek = 0 }, "Days per week"},
		{"negative day rate", func(p *Proposal) { p.Interim.DayRate = -1 }, "Day rate"},
		{"unnamed phase", func(p *Proposal) { p.Consulting.Phases[1].Name = " " }, "Phases"},
		{"negative phase fee", func(p *Proposal) { p.Consulting.Phases[0].Fee = -5 }, "Phases"},
		{"employer cost 150%", func(p *Proposal) { p.Permanent = &PermanentHire{AnnualSalary: 1, EmployerCostPct: 150} }, "Employer cost"},
		{"accepted without option", func(p *Proposal) { p.Status = ProposalAccepted }, "Accepted option"},
		{"language de", func(p *Proposal) { p.Language = "de" }, "Document language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := sampleProposal()
			tt.modify(p)
			wantInvalid(t, p.Validate(), tt.field)
		})
	}
}

func TestEngagementValidate(t *testing.T) {
	valid := func() *Engagement {
		return &Engagement{ClientID: 1, Kind: KindInterim, ManagerID: 2, Role: "Interim CFO",
			Start: NewDate(2026, time.January, 5), End: NewDate(2026, time.June, 30),
			DaysPerWeek: 4, DayRate: Euros(1250), NoticeDays: 30, Status: EngagementActive}
	}
	tests := []struct {
		name   string
		modify func(e *Engagement)
		field  string
	}{
		{"valid", func(*Engagement) {}, ""},
		{"end before start", func(e *Engagement) { e.End = NewDate(2025, time.December, 31) }, "End date"},
		{"interim without manager", func(e *Engagement) { e.ManagerID = 0 }, "Manager"},
		{"consulting without manager or days", func(e *Engagement) {
			e.Kind, e.ManagerID, e.DaysPerWeek, e.DayRate, e.Fee = KindConsulting, 0, 0, 0, Euros(48000)
		}, ""},
		{"consulting without fee", func(e *Engagement) { e.Kind, e.ManagerID, e.DaysPerWeek, e.DayRate = KindConsulting, 0, 0, 0 }, "Fee"},
		{"negative day rate", func(e *Engagement) { e.DayRate = -125000 }, "Day rate"},
		{"interim at no day rate", func(e *Engagement) { e.DayRate = 0 }, "Day rate"},
		{"no start", func(e *Engagement) { e.Start = Date{} }, "Start date"},
		{"terminated without date", func(e *Engagement) { e.Status = EngagementTerminated }, "Termination date"},
		{"unknown kind", func(e *Engagement) { e.Kind = "permanent" }, "Kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := valid()
			tt.modify(e)
			wantInvalid(t, e.Validate(), tt.field)
		})
	}
}

func TestDocumentLanguage(t *testing.T) {
	f := &Firm{DefaultLanguage: LangNL}
	c := &Client{Language: LangFR}
	if got := (&Proposal{}).DocumentLanguage(c, f); got != LangFR {
		t.Errorf("client language not used: %s", got)
	}
	if got := (&Proposal{Language: LangEN}).DocumentLanguage(c, f); got != LangEN {
		t.Errorf("override not used: %s", got)
	}
	if got := (&Proposal{}).DocumentLanguage(&Client{}, f); got != LangNL {
		t.Errorf("firm default not used: %s", got)
	}
}
