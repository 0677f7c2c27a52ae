package domain

import (
	"strings"
	"testing"
)

var checkToday = NewDate(2026, 5, 9)

// checkDoc is a proposal that passes the check: a Belgian firm, a Belgian
// client, Dutch text, both offers complete.
func checkDoc() *ProposalDocument {
	p := Proposal{
		ClientID: 1, Title: "Interim CFO tijdens de herstructurering", Status: ProposalDraft, VATRate: 21, ValidityDays: 30,
		Situation: "De klant verloor zijn grootste klant en de CFO vertrekt op korte termijn.",
		Interim: InterimOffer{ManagerID: 3, Role: "CFO ad interim", Start: checkToday.AddDays(14), Weeks: 26, DaysPerWeek: 4,
			DayRate: Euros(1500), ManagerDayFee: Euros(1200), Objectives: "Kasplan opzetten en wekelijks opvolgen", ExitCriteria: "Vaste CFO aangeworven"},
		Consulting: ConsultingOffer{Approach: "Wij analyseren de kasstromen en schrijven een plan met het management.",
			Phases: []Phase{{Name: "Diagnose", Weeks: 3, Fee: Euros(21000)}}},
	}
	firm := NewFirm()
	client := Client{ID: 1, LegalName: "Vandewalle", VATID: "BE0656734540", Address: Address{Country: "BE"}, Language: LangNL}
	return &ProposalDocument{Firm: *firm, Client: client, Proposal: p, Lang: LangNL, Date: checkToday,
		Manager: &Manager{ID: 3, Name: "An", DayRate: Euros(1250), CV: "Twintig jaar ervaring als CFO in de industrie."}}
}

func TestCheckProposal(t *testing.T) {
	tests := []struct {
		name   string
		modify func(d *ProposalDocument)
		blocks bool
		field  string // of the one problem; "" when none
	}{
		{"a complete proposal passes", nil, false, ""},
		{"neither offer", func(d *ProposalDocument) {
			d.Proposal.Interim, d.Proposal.Consulting, d.Manager = InterimOffer{}, ConsultingOffer{}, nil
		}, true, "Offers"},
		{"interim without role", func(d *ProposalDocument) { d.Proposal.Interim.Role = "" }, true, "Role"},
		{"interim of 0 weeks", func(d *ProposalDocument) { d.Proposal.Interim.Weeks = 0 }, true, "Weeks"},
		{"interim of 0 days", func(d *ProposalDocument) { d.Proposal.Interim.DaysPerWeek = 0 }, true, "Days per week"},
		{"interim at € 0", func(d *ProposalDocument) { d.Proposal.Interim.DayRate = 0 }, true, "Day rate"},
		{"consulting without phases", func(d *ProposalDocument) { d.Proposal.Consulting.Phases = nil }, true, "Phases"},
		{"a phase of 0 weeks", func(d *ProposalDocument) { d.Proposal.Consulting.Phases[0].Weeks = 0 }, true, "Phases"},
		{"a phase at € 0", func(d *ProposalDocument) { d.Proposal.Consulting.Phases[0].Fee = 0 }, true, "Phases"},
		{"reverse charge in the firm's own country", func(d *ProposalDocument) { d.Proposal.ReverseCharge = true }, true, "VAT treatment"},
		{"reverse charge in the firm's own country, with a reason", func(d *ProposalDocument) {
			d.Proposal.ReverseCharge, d.Proposal.VATReason = true, "Agreed with the tax office in ruling 2026/17."
		}, false, ""},
		{"21 % for a business client in another EU country", func(d *ProposalDocument) {
			d.Client.Address.Country, d.Client.VATID = "NL", "NL251729114B01"
		}, true, "VAT treatment"},
		{"reverse charge for a business client in another EU country", func(d *ProposalDocument) {
			d.Client.Address.Country, d.Client.VATID, d.Proposal.ReverseCharge = "NL", "NL251729114B01", true
		}, false, ""},
		{"VAT for a client outside the EU", func(d *ProposalDocument) {
			d.Client.Address.Country, d.Client.VATID = "CH", ""
		}, true, "VAT treatment"},
		{"no VAT for a client outside the EU", func(d *ProposalDocument) {
			d.Client.Address.Country, d.Client.VATID, d.Proposal.VATRate = "CH", "", 0
		}, false, ""},
		{"start date in the past", func(d *ProposalDocument) { d.Proposal.Interim.Start = checkToday.AddDays(-1) }, false, "Start date"},
		{"validity already past", func(d *ProposalDocument) { d.Date = checkToday.AddDays(-40) }, false, "Validity"},
		{"an English CV in a Dutch proposal", func(d *ProposalDocument) {
			d.Manager.CV = "Twenty years as a CFO in the chemical industry, with two turnarounds and the sale of a family company."
		}, false, "CV"},
		{"a Dutch title under an English frame", func(d *ProposalDocument) {
			d.Lang = LangEN
			p := &d.Proposal
			p.Situation, p.Interim.Objectives, p.Interim.ExitCriteria = "", "", ""
			p.Consulting.Approach, d.Manager.CV = "", ""
			p.Title = "Interim CFO voor de herstructurering van het bedrijf"
		}, false, "Title"},
		{"a fee a little below the manager's own", func(d *ProposalDocument) { d.Manager.DayRate = Euros(1450) }, false, ""},
		{"a fee far below the manager's own", func(d *ProposalDocument) { d.Manager.DayRate = Euros(1600) }, false, "Manager's day fee"},
		{"a fee far above the manager's own", func(d *ProposalDocument) { d.Manager.DayRate = Euros(700) }, false, "Manager's day fee"},
		{"a manager without a fee", func(d *ProposalDocument) { d.Proposal.Interim.ManagerDayFee = 0 }, true, "Manager's day fee"},
		{"no margin", func(d *ProposalDocument) { d.Proposal.Interim.ManagerDayFee = Euros(1500) }, true, "Manager's day fee"},
		{"no margin, with a reason", func(d *ProposalDocument) {
			d.Proposal.Interim.ManagerDayFee, d.Proposal.MarginReason = Euros(1500), "Door opener: the client's group has four more sites."
		}, false, ""},
		{"a margin below the firm's minimum percentage", func(d *ProposalDocument) { d.MarginFloor.PercentBP = 2500 }, false, "Manager's day fee"},
		{"a margin at the firm's minimum percentage", func(d *ProposalDocument) { d.MarginFloor.PercentBP = 2000 }, false, ""},
		{"a margin below the firm's minimum a day", func(d *ProposalDocument) { d.MarginFloor.PerDay = Euros(400) }, false, "Manager's day fee"},
		{"a consulting offer whose manager costs its fee", func(d *ProposalDocument) {
			c := &d.Proposal.Consulting
			c.ManagerID, c.ManagerDayFee, c.ManagerDays = 3, Euros(1000), 21
		}, true, "Manager's day fee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := checkDoc()
			if tt.modify != nil {
				tt.modify(d)
			}
			ps := CheckProposal(d, checkToday)
			if tt.field == "" {
				if len(ps) != 0 {
					t.Fatalf("problems: %v", messages(ps))
				}
				return
			}
			if len(ps) != 1 || ps[0].Err.Field != tt.field || ps[0].Blocks != tt.blocks || ps.Blocking() != tt.blocks {
				t.Fatalf("problems %v, want one about %s (blocks %v)", messages(ps), tt.field, tt.blocks)
			}
			if !strings.HasPrefix(ps[0].Err.Message, tt.field+": ") {
				t.Errorf("%q does not name the field", ps[0].Err.Message)
			}
			if (ps.Err() != nil) != tt.blocks || len(ps.Warnings()) != map[bool]int{true: 0, false: 1}[tt.blocks] {
				t.Errorf("Err %v, warnings %v", ps.Err(), messages(ps.Warnings()))
			}
		})
	}
}

func messages(ps Problems) []string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Err.Message)
	}
	return s
}

func TestCheckContract(t *testing.T) {
	ok := func() *ContractDocument {
		return &ContractDocument{Lang: LangFR, Engagement: Engagement{Kind: KindInterim, NoticeDays: 30, DayRate: Euros(1250), ManagerDayFee: Euros(1000)},
			Manager: &Manager{Name: "Marie Dupont", Company: ManagementCompany{Name: "MD Consult SRL", CompanyNumber: "0476925343",
				Seat: Address{Street: "Rue Haute 1", Postcode: "1000", City: "Bruxelles", Country: "BE"}}},
			Terms: ContractTerms{Assignment: "Clôturer les comptes annuels dans les délais", ExitCriteria: "Comptes approuvés par le conseil"}}
	}
	tests := []struct {
		name   string
		modify func(d *ContractDocument)
		blocks bool
		field  string
	}{
		{"complete", nil, false, ""},
		{"no objectives", func(d *ContractDocument) { d.Terms.Assignment = " " }, true, "Assignment"},
		{"no exit criteria", func(d *ContractDocument) { d.Terms.ExitCriteria = "" }, true, "Exit criteria"},
		{"consulting without deliverables", func(d *ContractDocument) { d.Engagement.Kind = KindConsulting }, true, "Deliverables"},
		{"consulting without scope", func(d *ContractDocument) {
			d.Engagement.Kind, d.Terms.Assignment, d.Terms.Deliverables = KindConsulting, "", "Rapport"
		}, true, "Assignment"},
		{"notice of 0 days", func(d *ContractDocument) { d.Engagement.NoticeDays = 0 }, true, "Notice period"},
		{"client agreement without a manager", func(d *ContractDocument) { d.Manager = nil }, true, "Manager"},
		{"three-party contract without a manager", func(d *ContractDocument) { d.Manager, d.ThreeParty = nil, true }, false, ""},
		{"manager agreement", func(d *ContractDocument) { d.Party = PartyManager }, false, ""},
		{"manager agreement without a fee", func(d *ContractDocument) { d.Party, d.Engagement.ManagerDayFee = PartyManager, 0 }, true, "Manager's day fee"},
		{"manager agreement without a company", func(d *ContractDocument) {
			d.Party, d.Manager.Company.Name = PartyManager, " "
		}, true, "Management company"},
		{"manager agreement without the company's seat", func(d *ContractDocument) {
			d.Party, d.Manager.Company.Seat = PartyManager, Address{Country: "BE"}
		}, true, "Company seat"},
		{"manager agreement without the company's number", func(d *ContractDocument) {
			d.Party, d.Manager.Company.CompanyNumber = PartyManager, ""
		}, true, "Company number"},
		{"manager agreement without a manager", func(d *ContractDocument) { d.Party, d.Manager = PartyManager, nil }, true, "Manager"},
		{"English authority in a French contract", func(d *ContractDocument) {
			d.Terms.Authority = "Signs payments up to 50,000 euros and hires the staff of the finance team."
		}, false, "Authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ok()
			if tt.modify != nil {
				tt.modify(d)
			}
			ps := CheckContract(d)
			if tt.field == "" {
				if len(ps) != 0 {
					t.Fatalf("problems: %v", messages(ps))
				}
				return
			}
			if len(ps) != 1 || ps[0].Err.Field != tt.field || ps[0].Blocks != tt.blocks {
				t.Fatalf("problems %v, want one about %s (blocks %v)", messages(ps), tt.field, tt.blocks)
			}
		})
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := []struct {
		text string
		want Lang
		ok   bool
	}{
		{"Wij raden het interimmandaat aan: de banken willen één aanspreekpunt.", LangNL, false},
		{"The integration needs an owner with authority across both companies.", LangNL, true},
		{"La clôture des comptes et le plan de redressement ne peuvent attendre.", LangEN, true},
		{"Interim CFO", LangFR, false},           // too short to say
		{"de en in is", LangFR, false},           // only words two languages share
		{"the plan and het plan", LangNL, false}, // mixed: not clearly another
	}
	for _, tt := range tests {
		if _, ok := GuessLanguage(tt.text, tt.want); ok != tt.ok {
			t.Errorf("GuessLanguage(%q, %s) ok = %v, want %v", tt.text, tt.want, ok, tt.ok)
		}
	}
}

func TestExpectedVATTreatment(t *testing.T) {
	for _, tt := range []struct {
		firm, country, vat string
		want               VATTreatment
	}{
		{"BE", "BE", "BE0656734540", VATCharged},
		{"BE", "NL", "NL251729114B01", VATReverseCharged},
		{"BE", "NL", "", VATCharged},
		{"NL", "BE", "BE0656734540", VATReverseCharged},
		{"BE", "CH", "", VATOutsideScope},
		{"BE", "US", "", VATOutsideScope},
	} {
		c := &Client{VATID: tt.vat, Address: Address{Country: tt.country}}
		if got := ExpectedVATTreatment(tt.firm, c); got != tt.want {
			t.Errorf("firm %s, client %s %q: %s, want %s", tt.firm, tt.country, tt.vat, got, tt.want)
		}
	}
}

func TestNewProposalStartingValues(t *testing.T) {
	p := NewProposal()
	if h := p.Permanent; h == nil || h.EmployerCostPct != 30 || h.RecruitmentFeePct != 25 {
		t.Fatalf("starting values %+v", p.Permanent)
	}
	if p.Totals().Permanent != nil {
		t.Error("a comparator without salary is compared")
	}
}

func TestContractSettingsAndParty(t *testing.T) {
	s := DefaultContractSettings()
	if s.ThreeParty || s.Validate() != nil {
		t.Fatalf("default %+v: %v", s, s.Validate())
	}
	for _, bad := range []ContractSettings{
		{ManagerPaymentDays: -1, ManagerPaymentAfter: PayAfterInvoice},
		{ManagerPaymentDays: 61, ManagerPaymentAfter: PayAfterClient},
		{ManagerPaymentDays: 30, ManagerPaymentAfter: "never"},
	} {
		if err := bad.Validate(); ErrorCode(err) != EINVALID {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	for in, want := range map[string]ContractParty{"": PartyClient, " Client": PartyClient, "MANAGER": PartyManager} {
		if p, err := ParseContractParty(in); err != nil || p != want {
			t.Errorf("%q: %q, %v", in, p, err)
		}
	}
	if _, err := ParseContractParty("both"); ErrorCode(err) != EINVALID {
		t.Errorf("both: %v", err)
	}
	e := &Engagement{Kind: KindInterim, ManagerID: 3}
	if got := PartiesOf(e, s); len(got) != 2 {
		t.Errorf("two agreements: %v", got)
	}
	if got := PartiesOf(e, ContractSettings{ThreeParty: true}); len(got) != 1 {
		t.Errorf("three-party: %v", got)
	}
	if got := PartiesOf(&Engagement{Kind: KindConsulting}, s); len(got) != 1 {
		t.Errorf("consulting: %v", got)
	}
}

// TestKeepOwnSide: what a document holds is only its own side's figure.
func TestKeepOwnSide(t *testing.T) {
	full := func(p ContractParty) *ContractDocument {
		return &ContractDocument{Party: p, Engagement: Engagement{Kind: KindInterim, DayRate: Euros(1250), ManagerDayFee: Euros(1000)},
			Proposal: &ProposalRef{Number: "OFF-2026-0001"}, ManagerPayment: &ManagerPayment{Days: 30}}
	}
	c := full(PartyClient)
	c.KeepOwnSide()
	if c.Engagement.ManagerDayFee != 0 || c.ManagerPayment != nil || c.DayFigure() != Euros(1250) {
		t.Errorf("client: %+v", c)
	}
	m := full(PartyManager)
	m.KeepOwnSide()
	if m.Engagement.DayRate != 0 || m.Proposal != nil || m.DayFigure() != Euros(1000) {
		t.Errorf("manager: %+v", m)
	}
}
