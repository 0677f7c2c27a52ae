package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// Firm returns the firm profile; ENOTFOUND before it has been set up.
func (db *DB) Firm(ctx context.Context) (*domain.Firm, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findFirm(ctx, tx)
}

// SaveFirm validates the profile and saves it; EINVALID, ECONFLICT when it
// was saved elsewhere since f was read (f.Rev is not the stored rev; 0 means
// "there was no profile yet"). On success f.Rev is the new rev.
func (db *DB) SaveFirm(ctx context.Context, f *domain.Firm) error {
	if f == nil {
		return domain.Errorf(domain.EINVALID, "Firm: there is no profile to save.")
	}
	if err := f.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := saveFirm(ctx, tx, f, db.now()); err != nil {
			return err
		}
		return saveMarginFloor(ctx, tx, f.MarginFloor)
	})
}

const firmColumns = `legal_name, legal_form, street, postcode, city, country,
	company_number, rpr_court, vat_id, iban, bic, email, phone, website, logo,
	brand_colour, default_vat_rate, payment_terms_days, proposal_validity_days,
	proposal_prefix, default_language, rev`

func findFirm(ctx context.Context, tx *sql.Tx) (*domain.Firm, error) {
	var f domain.Firm
	a := &f.Address
	err := tx.QueryRowContext(ctx, `SELECT `+firmColumns+` FROM firm WHERE id = 1`).Scan(
		&f.LegalName, &f.LegalForm, &a.Street, &a.Postcode, &a.City, &a.Country,
		&f.CompanyNumber, &f.RPRCourt, &f.VATID, &f.IBAN, &f.BIC, &f.Email, &f.Phone, &f.Website, &f.Logo,
		&f.BrandColour, &f.DefaultVATRate, &f.PaymentTermsDays, &f.ProposalValidityDays,
		&f.ProposalPrefix, &f.DefaultLanguage, &f.Rev)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "The firm profile has not been set up yet; fill it in under Settings.")
	} else if err != nil {
		return nil, fmt.Errorf("read firm: %w", err)
	}
	if f.MarginFloor, err = marginFloor(ctx, tx); err != nil {
		return nil, err
	}
	return &f, nil
}

// saveFirm inserts the single firm row or replaces its values, keeping
// created_at and counting rev up, but only when the stored rev is the one
// f was read at: a profile saved in another window or process since is
// not overwritten silently.
func saveFirm(ctx context.Context, tx *sql.Tx, f *domain.Firm, now time.Time) error {
	a := f.Address
	ts := sqlcol.TimeText(now)
	var rev int64
	err := tx.QueryRowContext(ctx, `INSERT INTO firm (id, `+firmColumns+`, created_at, updated_at)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			legal_name = excluded.legal_name, legal_form = excluded.legal_form,
			street = excluded.street, postcode = excluded.postcode, city = excluded.city,
			country = excluded.country, company_number = excluded.company_number,
			rpr_court = excluded.rpr_court, vat_id = excluded.vat_id, iban = excluded.iban,
			bic = excluded.bic, email = excluded.email, phone = excluded.phone,
			website = excluded.website, logo = excluded.logo, brand_colour = excluded.brand_colour,
			default_vat_rate = excluded.default_vat_rate,
			payment_terms_days = excluded.payment_terms_days,
			proposal_validity_days = excluded.proposal_validity_days,
			proposal_prefix = excluded.proposal_prefix,
			default_language = excluded.default_language,
			rev = rev + 1, updated_at = excluded.updated_at
		WHERE rev = ?
		RETURNING rev`,
		f.LegalName, f.LegalForm, a.Street, a.Postcode, a.City, a.Country,
		f.CompanyNumber, f.RPRCourt, f.VATID, f.IBAN, f.BIC, f.Email, f.Phone, f.Website, nilIfEmpty(f.Logo),
		f.BrandColour, f.DefaultVATRate, f.PaymentTermsDays, f.ProposalValidityDays,
		f.ProposalPrefix, string(f.DefaultLanguage), ts, ts, f.Rev).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		// The row exists at another rev: the upsert's WHERE kept it.
		return errStale("The firm profile")
	} else if err != nil {
		return fmt.Errorf("save firm: %w", err)
	}
	f.Rev = rev
	return nil
}

// nilIfEmpty stores an empty BLOB as NULL, so that "no logo" reads back as nil.
func nilIfEmpty(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}
