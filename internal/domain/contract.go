package domain

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Jurisdiction is the law a contract is written under: the firm's country.
// A Dutch firm signs an overeenkomst van opdracht (art. 7:400 BW), a Belgian
// firm a managementovereenkomst.
type Jurisdiction string

const (
	JurisdictionNL Jurisdiction = "NL"
	JurisdictionBE Jurisdiction = "BE"
)

// Jurisdictions lists the contract templates there are.
var Jurisdictions = []Jurisdiction{JurisdictionBE, JurisdictionNL}

// Valid reports whether j has a contract template.
func (j Jurisdiction) Valid() bool { return j == JurisdictionNL || j == JurisdictionBE }

// JurisdictionOf is the law of the firm's contracts: its country's.
func JurisdictionOf(f *Firm) Jurisdiction {
	if f != nil && f.Country() == "NL" {
		return JurisdictionNL
	}
	return JurisdictionBE
}

// ParseJurisdiction reads "be", "NL" and the like.
func ParseJurisdiction(s string) (Jurisdiction, error) {
	j := Jurisdiction(strings.ToUpper(strings.TrimSpace(s)))
	if !j.Valid() {
		return "", Invalidf("Country", "%q has no contract template; use BE or NL.", s)
	}
	return j, nil
}

// ContractLanguage is the language a contract is written in: the client's,
// else the firm's default, else English.
func ContractLanguage(c *Client, f *Firm) Lang {
	switch {
	case c != nil && c.Language.Valid():
		return c.Language
	case f != nil && f.DefaultLanguage.Valid():
		return f.DefaultLanguage
	}
	return LangEN
}

// Defaults of the contract terms, as interim agreements in the Low
// Countries usually set them.
const (
	DefaultNonSolicitMonths   = 12
	DefaultLiabilityCapMonths = 6
)

// ContractTerms are what a contract says beyond the engagement's figures:
// what the assignment is, the authority the manager gets, and the months of
// non-solicitation and of fees that cap liability. An engagement has them
// from the start: the assignment, exit criteria and deliverables of the
// signed proposal and the defaults above, until someone edits them.
type ContractTerms struct {
	EngagementID int64 `json:"engagement_id"`
	// Assignment is what the manager or the firm is to achieve: the
	// objectives of a mandate or the scope of a study, one per line.
	Assignment string `json:"assignment"`
	// ExitCriteria end a mandate once met, one per line.
	ExitCriteria string `json:"exit_criteria"`
	// Authority lists the powers the client delegates to the manager, one
	// per line ("Signs payments up to € 50.000"); a mandate only.
	Authority string `json:"authority"`
	// Deliverables are what a consulting assignment hands over, one per line.
	Deliverables string `json:"deliverables"`
	// NonSolicitMonths is how long after the end the client may not hire
	// the manager (or the firm's consultants) directly.
	NonSolicitMonths int `json:"non_solicit_months"`
	// LiabilityCapMonths caps the liability of a mandate at the fees of that
	// many months; a consulting assignment's cap is its fee.
	LiabilityCapMonths int `json:"liability_cap_months"`
	// Rev is the row version; 0 while the terms are the defaults, never saved.
	Rev int64 `json:"rev"`
}

// Validate checks the terms in the order the form shows them.
func (t *ContractTerms) Validate() error {
	return firstError(
		maxLen("Assignment", t.Assignment, 10000),
		maxLen("Exit criteria", t.ExitCriteria, 5000),
		maxLen("Authority", t.Authority, 5000),
		maxLen("Deliverables", t.Deliverables, 5000),
		func() error {
			if t.NonSolicitMonths < 0 || t.NonSolicitMonths > 36 {
				return Invalidf("Non-solicitation", "must be between 0 and 36 months.")
			}
			if t.LiabilityCapMonths < 1 || t.LiabilityCapMonths > 36 {
				return Invalidf("Liability cap", "must be between 1 and 36 months of fees.")
			}
			return nil
		}(),
	)
}

// DefaultContractTerms are the terms of an engagement nobody edited: what
// the signed proposal version doc (nil for an engagement entered by hand)
// said the assignment was, and the default months.
func DefaultContractTerms(e *Engagement, doc *ProposalDocument) ContractTerms {
	t := ContractTerms{
		EngagementID:       e.ID,
		NonSolicitMonths:   DefaultNonSolicitMonths,
		LiabilityCapMonths: DefaultLiabilityCapMonths,
	}
	if doc == nil {
		return t
	}
	if e.Kind == KindInterim {
		t.Assignment = doc.Proposal.Interim.Objectives
		t.ExitCriteria = doc.Proposal.Interim.ExitCriteria
	} else {
		t.Assignment = doc.Proposal.Consulting.Approach
		t.Deliverables = doc.Proposal.Consulting.Deliverables
	}
	return t
}

// ProposalRef names the proposal version an engagement came from, as a
// contract refers to it.
type ProposalRef struct {
	ID       int64  `json:"id"`
	Number   string `json:"number"`
	Version  int    `json:"version"`
	IssuedOn Date   `json:"issued_on"`
	Title    string `json:"title"`
}

// ContractDocument is everything a contract shows. When a contract is
// printed the first time it is frozen as JSON with the clause texts it used,
// so a reprint is identical even after the engagement, the parties or the
// clause library changed.
type ContractDocument struct {
	Number  string `json:"number"`  // CTR-2026-0012
	Version int    `json:"version"` // 0 for a preview
	// Party is which agreement this is; empty in data frozen before there
	// were two, which is the client's (PartyOf).
	Party ContractParty `json:"party,omitempty"`
	// ThreeParty is set on a mandate's client contract that the manager's
	// company signs too (a firm setting).
	ThreeParty   bool         `json:"three_party,omitempty"`
	Date         Date         `json:"date"` // the day it was printed
	Lang         Lang         `json:"lang"`
	Jurisdiction Jurisdiction `json:"jurisdiction"`

	Firm       Firm          `json:"firm"`
	Client     Client        `json:"client"`
	Manager    *Manager      `json:"manager,omitempty"` // a mandate's manager, without CV or notes
	Engagement Engagement    `json:"engagement"`
	Terms      ContractTerms `json:"terms"`
	Proposal   *ProposalRef  `json:"proposal,omitempty"`
	// Phases are the consulting phases of the signed proposal, to invoice by.
	Phases        []Phase `json:"phases,omitempty"`
	VATRate       int     `json:"vat_rate"`
	ReverseCharge bool    `json:"reverse_charge"`
	// ManagerPayment is when the firm pays the manager's company; the
	// manager agreement's only.
	ManagerPayment *ManagerPayment `json:"manager_payment,omitempty"`

	// Clauses are the article texts in the order they are printed, as the
	// library held them when the contract was printed.
	Clauses []Clause `json:"clauses"`

	// LogoSHA256 stands for the firm's logo in the frozen data, which
	// leaves the image itself out: it is in the PDF, and a thousand copies
	// of it would only fill the database.
	LogoSHA256 string `json:"logo_sha256,omitempty"`
	// ShortHash is printed in the footer: the first hex digits of the
	// SHA-256 of the frozen data.
	ShortHash string `json:"short_hash"`
}

// ContractNumber is the number a contract of an engagement carries: the
// year of its first print and the engagement's number, so it needs no
// sequence of its own and stays the same in every version.
func ContractNumber(engagementID int64, firstPrinted Date) string {
	return fmt.Sprintf("CTR-%04d-%04d", firstPrinted.Year(), engagementID)
}

// ManagerForContract keeps what a contract shows of a manager (name,
// contact, management company) and drops the rest (CV, notes, rates), so
// the frozen data holds no more personal data than the printed page.
func ManagerForContract(m *Manager) *Manager {
	if m == nil {
		return nil
	}
	return &Manager{
		ID: m.ID, Name: m.Name, Email: m.Email, Phone: m.Phone, City: m.City,
		Headline: m.Headline, Company: ManagementCompany{Name: m.Company.Name, VATID: m.Company.VATID,
			Seat: m.Company.Seat, CompanyNumber: m.Company.CompanyNumber},
		MaxDaysPerWeek: m.MaxDaysPerWeek, Active: m.Active,
	}
}

// ContractVersion is a printed, frozen contract: kept so that it can be
// reprinted byte for byte.
type ContractVersion struct {
	EngagementID int64         `json:"engagement_id"`
	Party        ContractParty `json:"party"`
	Version      int           `json:"version"`
	Number       string        `json:"number"`
	IssuedOn     Date          `json:"issued_on"`
	Language     Lang          `json:"language"`
	Jurisdiction Jurisdiction  `json:"jurisdiction"`
	Data         []byte        `json:"-"` // JSON of the ContractDocument
	PDF          []byte        `json:"-"`
	SHA256       string        `json:"sha256"` // hex of PDF
	CreatedAt    time.Time     `json:"created_at"`
}

// ContractRenderer turns a contract document into PDF bytes. The store calls
// it when a contract is printed the first time; cmd/ wires in internal/pdf.
type ContractRenderer func(ctx context.Context, d *ContractDocument) ([]byte, error)
