package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// Firm returns the firm profile; ENOTFOUND before it has been set up.
func (db *DB) Firm(ctx context.Context) (*domain.Firm, error) {
	var f *domain.Firm
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		f, err = findFirm(ctx, tx)
		return err
	})
	return f, err
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
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := saveFirm(ctx, tx, f, now); err != nil {
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
	var percent, perDay sql.NullString
	// The margin floor's two settings come with the row: every print and
	// issue reads the firm, and each statement is a round trip.
	err := tx.QueryRowContext(ctx, `SELECT `+firmColumns+`, `+marginFloorColumns+` FROM firm WHERE id = 1`,
		byKey(settingMarginPercentBP, settingMarginPerDay)...).Scan(
		&f.LegalName, &f.LegalForm, &a.Street, &a.Postcode, &a.City, &a.Country,
		&f.CompanyNumber, &f.RPRCourt, &f.VATID, &f.IBAN, &f.BIC, &f.Email, &f.Phone, &f.Website, &f.Logo,
		&f.BrandColour, &f.DefaultVATRate, &f.PaymentTermsDays, &f.ProposalValidityDays,
		&f.ProposalPrefix, &f.DefaultLanguage, &f.Rev, &percent, &perDay)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.ENOTFOUND, "The firm profile has not been set up yet; fill it in under Settings.")
	} else if err != nil {
		return nil, fmt.Errorf("read firm: %w", err)
	}
	f.MarginFloor = parseMarginFloor(percent, perDay)
	return &f, nil
}

// saveFirm inserts the single firm row or replaces its values, keeping
// created_at and counting rev up, but only when the stored rev is the one
// f was read at. Two first saves at once: the second waits for the first's
// row and then finds rev 1, not 0, and is refused as stale.
func saveFirm(ctx context.Context, tx *sql.Tx, f *domain.Firm, now time.Time) error {
	a := f.Address
	ts := sqlcol.TimeText(now)
	var rev int64
	err := tx.QueryRowContext(ctx, `INSERT INTO firm (id, `+firmColumns+`, created_at, updated_at)
		VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 1, $22, $22)
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
			rev = firm.rev + 1, updated_at = excluded.updated_at
		WHERE firm.rev = $23
		RETURNING rev`,
		f.LegalName, f.LegalForm, a.Street, a.Postcode, a.City, a.Country,
		f.CompanyNumber, f.RPRCourt, f.VATID, f.IBAN, f.BIC, f.Email, f.Phone, f.Website, nilIfEmpty(f.Logo),
		f.BrandColour, f.DefaultVATRate, f.PaymentTermsDays, f.ProposalValidityDays,
		f.ProposalPrefix, string(f.DefaultLanguage), ts, f.Rev).Scan(&rev)
	if errors.Is(err, sql.ErrNoRows) {
		// The row exists at another rev: the upsert's WHERE kept it.
		return errStale("The firm profile")
	} else if err != nil {
		return fmt.Errorf("save firm: %w", err)
	}
	f.Rev = rev
	return nil
}

// The firm's minimum margin, in the settings table as in SQLite: a missing
// row is no floor.
const (
	settingMarginPercentBP = "margin_floor_percent_bp"
	settingMarginPerDay    = "margin_floor_per_day"
)

// saveMarginFloor writes the floor in tx, with the rest of the profile.
func saveMarginFloor(ctx context.Context, tx *sql.Tx, f domain.MarginFloor) error {
	for key, v := range map[string]int64{settingMarginPercentBP: f.PercentBP, settingMarginPerDay: int64(f.PerDay)} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ($1, $2)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, strconv.FormatInt(v, 10)); err != nil {
			return fmt.Errorf("save setting %s: %w", key, err)
		}
	}
	return nil
}

// marginFloorColumns reads the floor's two settings as columns, their
// keys the statement's first two arguments; NULL when a row is missing.
const marginFloorColumns = `(SELECT value FROM settings WHERE key = $1), (SELECT value FROM settings WHERE key = $2)`

// marginFloor reads the floor in tx.
func marginFloor(ctx context.Context, tx *sql.Tx) (domain.MarginFloor, error) {
	var percent, perDay sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT `+marginFloorColumns, settingMarginPercentBP, settingMarginPerDay).Scan(&percent, &perDay)
	if err != nil {
		return domain.MarginFloor{}, fmt.Errorf("read the minimum margin: %w", err)
	}
	return parseMarginFloor(percent, perDay), nil
}

// parseMarginFloor makes the floor of its two settings. A missing row is
// no floor of that kind; a hand-edited value that is no number, or out of
// range, is no floor rather than a refusal to issue.
func parseMarginFloor(percent, perDay sql.NullString) domain.MarginFloor {
	var f domain.MarginFloor
	if n, err := strconv.ParseInt(percent.String, 10, 64); percent.Valid && err == nil {
		f.PercentBP = n
	}
	if n, err := strconv.ParseInt(perDay.String, 10, 64); perDay.Valid && err == nil {
		f.PerDay = domain.Money(n)
	}
	if f.Validate() != nil {
		return domain.MarginFloor{}
	}
	return f
}
