package pdftest

import (
	"github.com/interimdesk/interimdesk/internal/domain"
)

// Contract returns the three-party contract of the sample proposal's
// interim mandate as printed version 1, under Belgian law, in lang, with
// the default clauses: the Belgian firm, the brewery, and the manager
// through a management company. Each call returns a fresh document that
// the caller may change.
func Contract(lang domain.Lang) *domain.ContractDocument {
	p := Proposal(lang)
	in := &p.Proposal.Interim
	e := domain.Engagement{
		ID: 12, ClientID: p.Client.ID, ProposalID: p.Proposal.ID, ProposalVersion: p.Version,
		Kind: domain.KindInterim, ManagerID: p.Manager.ID, Role: in.Role,
		Start: in.Start, End: in.Start.AddDays(in.Weeks*7 - 1), DaysPerWeek: in.DaysPerWeek, DayRate: in.DayRate,
		NoticeDays: 30, Status: domain.EngagementPlanned, ManagerDayFee: ManagerDayFee,
	}
	m := domain.ManagerForContract(p.Manager)
	m.Company = domain.ManagementCompany{Name: "FDM Management BV", VATID: "BE0476925343", CompanyNumber: "0476925343",
		Seat: domain.Address{Street: "Kouter 7", Postcode: "9000", City: "Gent", Country: "BE"}}
	terms := domain.DefaultContractTerms(&e, p)
	terms.Authority = "Signs payments and commitments up to € 50.000 per transaction\n" +
		"Hires and dismisses staff of the finance department\n" +
		"Represents the company before its banks, jointly with the CEO"
	d := &domain.ContractDocument{
		Number: "CTR-2026-0012", Version: 1, Date: domain.NewDate(2026, 5, 20), Lang: lang,
		Jurisdiction: domain.JurisdictionBE, ThreeParty: true,
		Firm: p.Firm, Client: p.Client, Manager: m, Engagement: e, Terms: terms,
		Proposal: &domain.ProposalRef{ID: p.Proposal.ID, Number: p.Number, Version: p.Version, IssuedOn: p.Date, Title: p.Proposal.Title},
		VATRate:  p.Proposal.VATRate,
	}
	d.Clauses = DefaultClauses(d.Jurisdiction, lang, e.Kind)
	d.ShortHash = "5be0c2d4"
	d.KeepOwnSide()
	return d
}

// ManagerDayFee is what the sample firm pays the manager's company a day:
// a figure no client document may show.
const ManagerDayFee = domain.Money(98_765_00)

// ClientAgreement returns the sample mandate's client agreement: the firm
// and the client, the manager named, the client's day rate.
func ClientAgreement(lang domain.Lang) *domain.ContractDocument {
	d := Contract(lang)
	d.ThreeParty = false
	d.Clauses = AgreementClausesOf(d)
	return d
}

// ManagerAgreement returns the sample mandate's manager agreement: the
// firm and the manager's company, the manager's fee, paid 30 days after
// the invoice.
func ManagerAgreement(lang domain.Lang) *domain.ContractDocument {
	d := Contract(lang)
	d.ThreeParty, d.Party = false, domain.PartyManager
	d.Engagement.ManagerDayFee = ManagerDayFee
	d.ManagerPayment = &domain.ManagerPayment{Days: 30, After: domain.PayAfterInvoice}
	d.Clauses = AgreementClausesOf(d)
	d.KeepOwnSide()
	return d
}

// AgreementClausesOf are the shipped texts of the agreement d is, in
// article order.
func AgreementClausesOf(d *domain.ContractDocument) []domain.Clause {
	var out []domain.Clause
	for _, k := range domain.AgreementClauses(d.Engagement.Kind, d.PartyOf(), d.ThreeParty) {
		c, _ := domain.DefaultClause(d.Jurisdiction, d.Lang, k)
		out = append(out, c)
	}
	return out
}

// ConsultingContract returns the contract of the sample proposal's
// consulting offer, in lang: no manager, the phases and their fees.
func ConsultingContract(lang domain.Lang) *domain.ContractDocument {
	d := Contract(lang)
	p := Proposal(lang)
	e := &d.Engagement
	e.Kind, e.ManagerID, e.DaysPerWeek, e.DayRate = domain.KindConsulting, 0, 0, 0
	e.Role, e.Fee = p.Proposal.Title, p.Totals.ConsultingNet
	e.Start = domain.NewDate(2026, 6, 15)
	e.End = e.Start.AddDays(p.Totals.ConsultingWeeks*7 - 1)
	d.Manager = nil
	d.Terms = domain.DefaultContractTerms(e, p)
	d.Phases = p.Proposal.Consulting.Phases
	d.Clauses = DefaultClauses(d.Jurisdiction, lang, e.Kind)
	return d
}

// Dutch turns a sample contract into one of a Dutch firm in Amsterdam,
// under Dutch law.
func Dutch(d *domain.ContractDocument) *domain.ContractDocument {
	f := &d.Firm
	f.LegalName, f.LegalForm = "De Vries Interim Management", "B.V."
	f.Address = domain.Address{Street: "Herengracht 420", Postcode: "1017 BZ", City: "Amsterdam", Country: "NL"}
	f.CompanyNumber, f.RPRCourt, f.VATID = "34123456", "", "NL123456782B01"
	f.IBAN, f.BIC = "NL91ABNA0417164300", "ABNANL2A"
	f.Email, f.Website = "info@devries-interim.nl", "www.devries-interim.nl"
	d.Jurisdiction = domain.JurisdictionNL
	// A Dutch firm's Belgian client buys across the border: reverse charge.
	d.ReverseCharge = true
	d.Clauses = AgreementClausesOf(d)
	return d
}

// DefaultClauses are the shipped texts of a template, in article order.
func DefaultClauses(j domain.Jurisdiction, lang domain.Lang, kind domain.OfferKind) []domain.Clause {
	var out []domain.Clause
	for _, k := range domain.ContractClauses(kind) {
		c, _ := domain.DefaultClause(j, lang, k)
		out = append(out, c)
	}
	return out
}
