package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// What both stores do with the records they read for a contract: one
// function, so that a contract assembled, frozen or compared by either
// prints the same and reads back the same.

// ContractParts are the records one agreement of an engagement is made
// of, as a store read them in one snapshot.
type ContractParts struct {
	Firm       *Firm
	Engagement *Engagement
	Settings   ContractSettings
	Client     *Client
	// Signed is the frozen proposal version the engagement came from,
	// nil for an engagement entered by hand.
	Signed *ProposalDocument
	Terms  *ContractTerms
	// Manager is the mandate's manager, nil for consulting or before one
	// was chosen.
	Manager *Manager
}

// ContractTemplateOf is the template and language party's agreement is
// printed in, and whether it is the three-party contract: what the store
// reads the clause texts for.
func ContractTemplateOf(p *ContractParts, party ContractParty) (Jurisdiction, Lang, []ClauseKey, bool) {
	j, lang := JurisdictionOf(p.Firm), ContractLanguage(p.Client, p.Firm)
	if party == PartyManager {
		lang = ManagerAgreementLanguage(p.Manager, p.Client, p.Firm)
	}
	e := p.Engagement
	threeParty := p.Settings.ThreeParty && e.Kind == KindInterim && party == PartyClient
	return j, lang, AgreementClauses(e.Kind, party, threeParty), threeParty
}

// AssembleContract makes party's agreement as it prints on day on, from
// its parts and clause texts, and leaves out what the other side may not
// read (KeepOwnSide). Number and Version are the caller's. It changes the
// parts' records: a store passes copies it read for this document.
func AssembleContract(p *ContractParts, party ContractParty, on Date, clauses []Clause) *ContractDocument {
	firm, c, e, terms, m := p.Firm, p.Client, p.Engagement, p.Terms, p.Manager
	j, lang, _, threeParty := ContractTemplateOf(p, party)
	// Only what the page shows goes into the document: no notes, row
	// versions or timestamps, so that a reissue is refused when nothing a
	// party would read has changed.
	firm.Rev = 0
	c.Notes, c.Rev, c.CreatedAt, c.UpdatedAt = "", 0, time.Time{}, time.Time{}
	e.Notes, e.Rev, e.CreatedAt, e.UpdatedAt = "", 0, time.Time{}, time.Time{}
	terms.Rev = 0
	doc := &ContractDocument{
		Party: party, ThreeParty: threeParty,
		Date: on, Lang: lang, Jurisdiction: j,
		Firm: *firm, Client: *c, Engagement: *e, Terms: *terms, Clauses: clauses,
		VATRate: firm.DefaultVATRate,
		// Services to a business in another member state are reverse charged.
		ReverseCharge: c.Country() != firm.Country() && IsEUCountry(c.Country()),
	}
	if party == PartyClient {
		doc.Party = "" // as frozen before there were two agreements
	}
	doc.Manager = ManagerForContract(m)
	if signed := p.Signed; signed != nil {
		sp := &signed.Proposal
		doc.Proposal = &ProposalRef{ID: sp.ID, Number: signed.Number, Version: signed.Version, IssuedOn: signed.Date, Title: sp.Title}
		doc.VATRate, doc.ReverseCharge = sp.VATRate, sp.ReverseCharge
		if e.Kind == KindConsulting {
			doc.Phases = sp.Consulting.Phases
		}
	}
	if party == PartyManager {
		// The manager's company invoices the firm: the VAT of the firm's
		// country, or reverse charge from another member state.
		co := CompanyCountry(&m.Company)
		doc.VATRate = firm.DefaultVATRate
		doc.ReverseCharge = co != "" && co != firm.Country() && IsEUCountry(co)
		doc.ManagerPayment = &ManagerPayment{Days: p.Settings.ManagerPaymentDays, After: p.Settings.ManagerPaymentAfter}
	}
	doc.KeepOwnSide()
	return doc
}

// ErrNoManagerAgreement says why an engagement has no manager agreement.
func ErrNoManagerAgreement(e *Engagement, s ContractSettings) error {
	switch {
	case e.Kind != KindInterim:
		return Invalidf("Party", "engagement %d is a consulting assignment; it has no manager agreement.", e.ID)
	case e.ManagerID == 0:
		return Invalidf("Party", "engagement %d has no manager yet; choose the manager before printing the manager agreement.", e.ID)
	}
	return Invalidf("Party", "the firm signs one three-party contract (a contract setting); engagement %d has no separate manager agreement.", e.ID)
}

// ShortHashLen is how many hex digits of a document's SHA-256 its footer
// prints.
const ShortHashLen = 8

// FreezeContract is the JSON a printed contract keeps: the document
// without the logo image (its SHA-256 stands in for it) and with its
// short hash. It sets doc.LogoSHA256 and doc.ShortHash, which the PDF
// prints.
func FreezeContract(doc *ContractDocument) ([]byte, error) {
	doc.LogoSHA256, doc.ShortHash = "", ""
	if len(doc.Firm.Logo) > 0 {
		sum := sha256.Sum256(doc.Firm.Logo)
		doc.LogoSHA256 = hex.EncodeToString(sum[:])
	}
	d := *doc
	d.Firm.Logo = nil
	b, err := json.Marshal(&d)
	if err != nil {
		return nil, fmt.Errorf("encode contract document: %w", err)
	}
	sum := sha256.Sum256(b)
	doc.ShortHash = hex.EncodeToString(sum[:])[:ShortHashLen]
	d.ShortHash = doc.ShortHash
	if b, err = json.Marshal(&d); err != nil {
		return nil, fmt.Errorf("encode contract document: %w", err)
	}
	return b, nil
}

// SameContract reports whether a frozen contract's data and a new
// document print the same but for their number, version, date and hash:
// a reissue that would print the same is refused.
func SameContract(frozen []byte, doc *ContractDocument) (bool, error) {
	var old ContractDocument
	if err := json.Unmarshal(frozen, &old); err != nil {
		return false, fmt.Errorf("read frozen contract: %w", err)
	}
	a, err := contractContentJSON(&old)
	if err != nil {
		return false, err
	}
	b, err := contractContentJSON(doc)
	if err != nil {
		return false, err
	}
	return string(a) == string(b), nil
}

// contractContentJSON is the JSON of what a document prints, leaving out
// what every version has of its own.
func contractContentJSON(doc *ContractDocument) ([]byte, error) {
	d := *doc
	d.Number, d.Version, d.Date, d.ShortHash = "", 0, Date{}, ""
	d.Firm.Logo = nil
	if len(doc.Firm.Logo) > 0 {
		sum := sha256.Sum256(doc.Firm.Logo)
		d.LogoSHA256 = hex.EncodeToString(sum[:])
	}
	b, err := json.Marshal(&d)
	if err != nil {
		return nil, fmt.Errorf("encode contract document: %w", err)
	}
	return b, nil
}

// ProposalShortHash is the short hash an issued proposal's footer prints:
// the first hex digits of the SHA-256 of its document's JSON without it.
// Anyone holding the stored data can recompute it; the PDF cannot carry a
// hash of itself.
func ProposalShortHash(doc *ProposalDocument) (string, error) {
	d := *doc
	d.ShortHash = ""
	b, err := json.Marshal(&d)
	if err != nil {
		return "", fmt.Errorf("encode proposal document: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])[:ShortHashLen], nil
}
