package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The contract settings in the settings table, under the SQLite store's
// keys; a firm that never saved them has domain.DefaultContractSettings.
const (
	settingThreeParty          = "contract_three_party"
	settingManagerPaymentDays  = "manager_payment_days"
	settingManagerPaymentAfter = "manager_payment_after"
)

// ContractSettings returns the firm's choices about a mandate's contracts.
func (db *DB) ContractSettings(ctx context.Context) (*domain.ContractSettings, error) {
	var s domain.ContractSettings
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		s, err = contractSettings(ctx, tx)
		return err
	})
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
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error {
		for _, kv := range [][2]string{
			{settingThreeParty, three},
			{settingManagerPaymentDays, strconv.Itoa(s.ManagerPaymentDays)},
			{settingManagerPaymentAfter, string(s.ManagerPaymentAfter)},
		} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ($1, $2)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value`, kv[0], kv[1]); err != nil {
				return fmt.Errorf("save setting %s: %w", kv[0], err)
			}
		}
		return logEvent(ctx, tx, "settings", 0, now, "saved", "contract settings")
	})
}

// contractSettings reads the settings inside tx, so a contract is built
// from one consistent state. A value edited by hand into something
// invalid falls back to its default rather than stopping every print.
func contractSettings(ctx context.Context, tx *sql.Tx) (domain.ContractSettings, error) {
	s := domain.DefaultContractSettings()
	rows, err := tx.QueryContext(ctx, `SELECT key, value FROM settings WHERE key IN ($1, $2, $3)`,
		byKey(settingThreeParty, settingManagerPaymentDays, settingManagerPaymentAfter)...)
	if err != nil {
		return s, fmt.Errorf("read the contract settings: %w", err)
	}
	kvs, err := scanAll(rows, func(r scanner) (kv [2]string, err error) {
		err = r.Scan(&kv[0], &kv[1])
		return kv, err
	})
	if err != nil {
		return s, fmt.Errorf("read the contract settings: %w", err)
	}
	for _, kv := range kvs {
		switch v := kv[1]; kv[0] {
		case settingThreeParty:
			s.ThreeParty = v == "1"
		case settingManagerPaymentDays:
			if n, err := strconv.Atoi(v); err == nil && n >= 0 && n <= domain.MaxManagerPaymentDays {
				s.ManagerPaymentDays = n
			}
		case settingManagerPaymentAfter:
			if b := domain.PaymentBasis(v); b == domain.PayAfterInvoice || b == domain.PayAfterClient {
				s.ManagerPaymentAfter = b
			}
		}
	}
	return s, nil
}

// ContractParties lists the agreements the engagement prints, the
// client's first: a mandate with a manager has two unless the firm signs
// one three-party contract. ENOTFOUND.
//
// One statement, its own snapshot: a batch asks this of every engagement
// before it prints, and a transaction around two reads was four round
// trips to the server each.
func (db *DB) ContractParties(ctx context.Context, engagementID int64) ([]domain.ContractParty, error) {
	var e domain.Engagement
	var manager sql.NullInt64
	var three sql.NullString
	err := db.db.QueryRowContext(ctx, `SELECT e.kind, e.manager_id,
			(SELECT value FROM settings WHERE key = $2)
		FROM engagements e WHERE e.id = $1`, byKey(engagementID, settingThreeParty)...).Scan(&e.Kind, &manager, &three)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errEngagementNotFound(engagementID)
	} else if err != nil {
		return nil, fmt.Errorf("read the parties of engagement %d: %w", engagementID, err)
	}
	e.ManagerID = manager.Int64
	s := domain.DefaultContractSettings()
	if three.Valid {
		s.ThreeParty = three.String == "1"
	}
	return domain.PartiesOf(&e, s), nil
}
