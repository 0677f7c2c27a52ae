package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The contract settings in the settings table; a firm that never saved
// them has domain.DefaultContractSettings.
const (
	settingThreeParty          = "contract_three_party"
	settingManagerPaymentDays  = "manager_payment_days"
	settingManagerPaymentAfter = "manager_payment_after"
)

// ContractSettings returns the firm's choices about a mandate's contracts.
func (db *DB) ContractSettings(ctx context.Context) (*domain.ContractSettings, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	s, err := contractSettings(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// SaveContractSettings validates and saves them; EINVALID. Printed
// contracts keep what they were printed with.
func (db *DB) SaveContractSettings(ctx context.Context, s *domain.ContractSettings) error {
	if s == nil {
		return domain.Errorf(domain.EINVALID, "Contract settings: there are no settings to save.")
	}
	if err := s.Validate(); err != nil {
		return err
	}
	three := "0"
	if s.ThreeParty {
		three = "1"
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		for _, kv := range [][2]string{
			{settingThreeParty, three},
			{settingManagerPaymentDays, strconv.Itoa(s.ManagerPaymentDays)},
			{settingManagerPaymentAfter, string(s.ManagerPaymentAfter)},
		} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value`, kv[0], kv[1]); err != nil {
				return fmt.Errorf("save setting %s: %w", kv[0], err)
			}
		}
		return logEvent(ctx, tx, "settings", 0, db.now(), "saved", "contract settings")
	})
}

// contractSettings reads the settings inside tx, so a contract is built
// from one consistent state. A value edited by hand into something
// invalid falls back to its default rather than stopping every print.
func contractSettings(ctx context.Context, tx *sql.Tx) (domain.ContractSettings, error) {
	s := domain.DefaultContractSettings()
	read := func(key string) (string, bool, error) {
		var v string
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			return "", false, nil
		} else if err != nil {
			return "", false, fmt.Errorf("read setting %s: %w", key, err)
		}
		return v, true, nil
	}
	if v, ok, err := read(settingThreeParty); err != nil {
		return s, err
	} else if ok {
		s.ThreeParty = v == "1"
	}
	if v, ok, err := read(settingManagerPaymentDays); err != nil {
		return s, err
	} else if n, convErr := strconv.Atoi(v); ok && convErr == nil && n >= 0 && n <= domain.MaxManagerPaymentDays {
		s.ManagerPaymentDays = n
	}
	if v, ok, err := read(settingManagerPaymentAfter); err != nil {
		return s, err
	} else if b := domain.PaymentBasis(v); ok && (b == domain.PayAfterInvoice || b == domain.PayAfterClient) {
		s.ManagerPaymentAfter = b
	}
	return s, nil
}

// ContractParties lists the agreements the engagement prints, the
// client's first: a mandate with a manager has two unless the firm signs
// one three-party contract. ENOTFOUND.
func (db *DB) ContractParties(ctx context.Context, engagementID int64) ([]domain.ContractParty, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	e, err := findEngagement(ctx, tx, engagementID)
	if err != nil {
		return nil, err
	}
	s, err := contractSettings(ctx, tx)
	if err != nil {
		return nil, err
	}
	return domain.PartiesOf(e, s), nil
}
