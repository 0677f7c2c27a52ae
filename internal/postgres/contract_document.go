package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The contract's document as the SQLite store assembles it
// (internal/sqlite/contract_document.go): the same data, so a contract
// frozen by either prints the same and reads back the same.

// contractShortHashLen is how many hex digits of the document's SHA-256
// the printed contract shows (SQLite's shortHashLen).
const contractShortHashLen = 8

// ContractDocument assembles the client's contract: ContractDocumentFor
// the client.
func (db *DB) ContractDocument(ctx context.Context, engagementID int64, on domain.Date) (*domain.ContractDocument, error) {
	return db.ContractDocumentFor(ctx, engagementID, domain.PartyClient, on)
}

// ContractDocumentFor assembles one party's agreement of the engagement's
// current state as it would print on day on (today when zero), with the
// clause library as it stands: Version 0, the engagement's contract number
// once one of its agreements was printed. Without a firm profile the
// parties show the defaults of a new firm. ENOTFOUND; EINVALID for a
// manager agreement the engagement does not have.
func (db *DB) ContractDocumentFor(ctx context.Context, engagementID int64, party domain.ContractParty, on domain.Date) (*domain.ContractDocument, error) {
	if err := checkParty(party); err != nil {
		return nil, err
	}
	on = db.dayOr(on)
	var doc *domain.ContractDocument
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		if doc, err = buildContract(ctx, tx, engagementID, party, on, false); err != nil {
			return err
		}
		doc.Number, err = contractNumber(ctx, tx, engagementID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// buildContract gathers what party's agreement of an engagement shows on
// day on: the firm, the client, the manager of a mandate, the engagement,
// its terms, the proposal version it came from and the clause texts, then
// leaves out what the other side may not read (domain.KeepOwnSide).
// Number and Version are the caller's. needFirm refuses a database without
// a firm profile, as a contract to sign must name the firm.
func buildContract(ctx context.Context, tx *sql.Tx, engagementID int64, party domain.ContractParty, on domain.Date, needFirm bool) (*domain.ContractDocument, error) {
	// The engagement first: no such engagement is ENOTFOUND, whether or
	// not the firm has its profile, as in the SQLite store.
	e, err := findEngagement(ctx, tx, engagementID)
	if err != nil {
		return nil, err
	}
	firm, err := findFirm(ctx, tx)
	switch {
	case domain.ErrorCode(err) == domain.ENOTFOUND && needFirm:
		return nil, domain.Errorf(domain.EINVALID,
			"Set up the firm profile first: a contract names the firm, its seat and its registration.")
	case domain.ErrorCode(err) == domain.ENOTFOUND:
		firm = domain.NewFirm()
	case err != nil:
		return nil, err
	}
	settings, err := contractSettings(ctx, tx)
	if err != nil {
		return nil, err
	}
	if party == domain.PartyManager && !domain.HasManagerAgreement(e, settings) {
		return nil, errNoManagerAgreement(e, settings)
	}
	c, err := findClient(ctx, tx, e.ClientID)
	if err != nil {
		return nil, err
	}
	signed, err := contractSignedVersion(ctx, tx, e)
	if err != nil {
		return nil, err
	}
	terms, err := termsFor(ctx, tx, e, signed)
	if err != nil {
		return nil, err
	}
	var m *domain.Manager
	if e.Kind == domain.KindInterim && e.ManagerID != 0 {
		if m, err = findManager(ctx, tx, e.ManagerID); err != nil {
			return nil, err
		}
	}
	j, lang := domain.JurisdictionOf(firm), domain.ContractLanguage(c, firm)
	if party == domain.PartyManager {
		lang = domain.ManagerAgreementLanguage(m, c, firm)
	}
	threeParty := settings.ThreeParty && e.Kind == domain.KindInterim && party == domain.PartyClient
	clauses, err := contractClauses(ctx, tx, j, lang, domain.AgreementClauses(e.Kind, party, threeParty))
	if err != nil {
		return nil, err
	}
	// Only what the page shows goes into the document: no notes, row
	// versions or timestamps, so that a reissue is refused when nothing a
	// party would read has changed.
	firm.Rev = 0
	c.Notes, c.Rev, c.CreatedAt, c.UpdatedAt = "", 0, time.Time{}, time.Time{}
	e.Notes, e.Rev, e.CreatedAt, e.UpdatedAt = "", 0, time.Time{}, time.Time{}
	terms.Rev = 0
	doc := &domain.ContractDocument{
		Party: party, ThreeParty: threeParty,
		Date: on, Lang: lang, Jurisdiction: j,
		Firm: *firm, Client: *c, Engagement: *e, Terms: *terms, Clauses: clauses,
		VATRate: firm.DefaultVATRate,
		// Services to a business in another member state are reverse charged.
		ReverseCharge: c.Country() != firm.Country() && domain.IsEUCountry(c.Country()),
	}
	if party == domain.PartyClient {
		doc.Party = "" // as frozen before there were two agreements
	}
	doc.Manager = domain.ManagerForContract(m)
	if signed != nil {
		p := &signed.Proposal
		doc.Proposal = &domain.ProposalRef{ID: p.ID, Number: signed.Number, Version: signed.Version, IssuedOn: signed.Date, Title: p.Title}
		doc.VATRate, doc.ReverseCharge = p.VATRate, p.ReverseCharge
		if e.Kind == domain.KindConsulting {
			doc.Phases = p.Consulting.Phases
		}
	}
	if party == domain.PartyManager {
		// The manager's company invoices the firm: the VAT of the firm's
		// country, or reverse charge from another member state.
		co := domain.CompanyCountry(&m.Company)
		doc.VATRate = firm.DefaultVATRate
		doc.ReverseCharge = co != "" && co != firm.Country() && domain.IsEUCountry(co)
		doc.ManagerPayment = &domain.ManagerPayment{Days: settings.ManagerPaymentDays, After: settings.ManagerPaymentAfter}
	}
	doc.KeepOwnSide()
	return doc, nil
}

// errNoManagerAgreement says why an engagement has no manager agreement.
func errNoManagerAgreement(e *domain.Engagement, s domain.ContractSettings) error {
	switch {
	case e.Kind != domain.KindInterim:
		return domain.Invalidf("Party", "engagement %d is a consulting assignment; it has no manager agreement.", e.ID)
	case e.ManagerID == 0:
		return domain.Invalidf("Party", "engagement %d has no manager yet; choose the manager before printing the manager agreement.", e.ID)
	}
	return domain.Invalidf("Party", "the firm signs one three-party contract (a contract setting); engagement %d has no separate manager agreement.", e.ID)
}

// frozenData is the JSON a printed contract keeps: the document without
// the logo image (its SHA-256 stands in for it) and with its short hash.
// It sets doc.LogoSHA256 and doc.ShortHash, which the PDF prints.
func frozenData(doc *domain.ContractDocument) ([]byte, error) {
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
	doc.ShortHash = hex.EncodeToString(sum[:])[:contractShortHashLen]
	d.ShortHash = doc.ShortHash
	if b, err = json.Marshal(&d); err != nil {
		return nil, fmt.Errorf("encode contract document: %w", err)
	}
	return b, nil
}

// sameContent reports whether frozen data and a new document print the
// same contract but for its number, version, date and hash.
func sameContent(frozen []byte, doc *domain.ContractDocument) (bool, error) {
	var old domain.ContractDocument
	if err := json.Unmarshal(frozen, &old); err != nil {
		return false, fmt.Errorf("read frozen contract: %w", err)
	}
	a, err := contentJSON(&old)
	if err != nil {
		return false, err
	}
	b, err := contentJSON(doc)
	if err != nil {
		return false, err
	}
	return string(a) == string(b), nil
}

// contentJSON is the JSON of what a document prints, leaving out what
// every version has of its own.
func contentJSON(doc *domain.ContractDocument) ([]byte, error) {
	d := *doc
	d.Number, d.Version, d.Date, d.ShortHash = "", 0, domain.Date{}, ""
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
