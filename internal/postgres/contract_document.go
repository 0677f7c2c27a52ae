package postgres

import (
	"context"
	"database/sql"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The contract's document from the records as the SQLite store reads them
// (internal/sqlite/contract_document.go), assembled by the domain's
// AssembleContract for both, so a contract frozen by either prints the
// same and reads back the same.

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
	// not the firm has its profile, in both stores.
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
		return nil, domain.ErrNoManagerAgreement(e, settings)
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
	parts := &domain.ContractParts{Firm: firm, Engagement: e, Settings: settings, Client: c, Signed: signed, Terms: terms, Manager: m}
	j, lang, keys, _ := domain.ContractTemplateOf(parts, party)
	clauses, err := contractClauses(ctx, tx, j, lang, keys)
	if err != nil {
		return nil, err
	}
	return domain.AssembleContract(parts, party, on, clauses), nil
}
