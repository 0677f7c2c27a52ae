package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// FindManagerByID returns one manager with its status today; ENOTFOUND.
func (db *DB) FindManagerByID(ctx context.Context, id int64) (*domain.Manager, error) {
	today := db.today()
	var m *domain.Manager
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		if m, err = findManager(ctx, tx, id); err != nil {
			return err
		}
		return fillStatus(ctx, tx, []*domain.Manager{m}, today)
	})
	return m, err
}

// CreateManager validates and inserts; EINVALID, ECONFLICT (the e-mail
// address of another manager).
func (db *DB) CreateManager(ctx context.Context, m *domain.Manager) error {
	if m == nil {
		return domain.Errorf(domain.EINVALID, "Manager: there is no manager to save.")
	}
	m.Normalize()
	if err := m.Validate(); err != nil {
		return err
	}
	now, today := db.now(), db.today()
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := createManager(ctx, tx, m, now); err != nil {
			return err
		}
		return fillStatus(ctx, tx, []*domain.Manager{m}, today)
	})
}

// UpdateManager validates and saves; EINVALID, ENOTFOUND, ECONFLICT (saved
// elsewhere since it was read, the e-mail address of another manager, or
// an erased manager).
func (db *DB) UpdateManager(ctx context.Context, m *domain.Manager) error {
	if m == nil {
		return domain.Errorf(domain.EINVALID, "Manager: there is no manager to save.")
	}
	m.Normalize()
	if err := m.Validate(); err != nil {
		return err
	}
	now, today := db.now(), db.today()
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := refuseErased(ctx, tx, m.ID); err != nil {
			return err
		}
		if err := updateManager(ctx, tx, m, now); err != nil {
			return err
		}
		return fillStatus(ctx, tx, []*domain.Manager{m}, today)
	})
}

// SetManagerActive takes a manager off the roster or puts them back;
// ENOTFOUND, ECONFLICT for an erased manager.
func (db *DB) SetManagerActive(ctx context.Context, id int64, active bool) error {
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := refuseErased(ctx, tx, id); err != nil {
			return err
		}
		return setFlag(ctx, tx, activeFlag, id, active, now)
	})
}

// refuseErased is ECONFLICT for a manager whose personal data was erased:
// the record stays as the erasure left it. The erasure's entry in the
// history is the mark, as in the SQLite store.
func refuseErased(ctx context.Context, tx *sql.Tx, id int64) error {
	var at string
	err := tx.QueryRowContext(ctx, `SELECT at FROM events
		WHERE entity = 'manager' AND entity_id = $1 AND what = 'erased' ORDER BY at LIMIT 1`, id).Scan(&at)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("read whether manager %d was erased: %w", id, err)
	}
	day := at
	if t, err := time.Parse(sqlcol.TimeLayout, at); err == nil {
		day = domain.DateOf(t).String()
	}
	return domain.Errorf(domain.ECONFLICT,
		"Manager %d: the personal data was erased on %s; an erased manager cannot be edited or made active again.", id, day)
}

// Sectors returns the distinct sectors of the roster, sorted, one spelling
// for each: the filter choices of the roster screen. Byte order, as in
// SQLite, whatever the database's collation.
func (db *DB) Sectors(ctx context.Context) ([]string, error) {
	out := []string{}
	err := db.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT min(value COLLATE "C") FROM manager_tags
			WHERE kind = 'sector' GROUP BY key ORDER BY key COLLATE "C"`)
		if err != nil {
			return fmt.Errorf("list sectors: %w", err)
		}
		list, err := scanAll(rows, func(s scanner) (v string, err error) { return v, s.Scan(&v) })
		if err != nil {
			return fmt.Errorf("list sectors: %w", err)
		}
		out = append(out, list...)
		return nil
	})
	return out, err
}

const managerColumns = `m.id, m.name, m.email, m.phone, m.city, m.headline, m.skills, m.sectors,
	m.languages, m.day_rate, m.available_from, m.max_days_per_week, m.cv, m.company_name,
	m.company_vat_id, m.company_iban, m.active, m.notes, m.rev, m.created_at, m.updated_at,
	m.company_street, m.company_postcode, m.company_city, m.company_country, m.company_number`

func scanManager(s scanner) (*domain.Manager, error) {
	var m domain.Manager
	co := &m.Company
	err := s.Scan(&m.ID, &m.Name, &m.Email, &m.Phone, &m.City, &m.Headline,
		sqlcol.JSON{V: &m.Skills}, sqlcol.JSON{V: &m.Sectors}, sqlcol.JSON{V: &m.Languages},
		&m.DayRate, sqlcol.Date{D: &m.AvailableFrom}, &m.MaxDaysPerWeek, &m.CV, &co.Name,
		&co.VATID, &co.IBAN, &m.Active, &m.Notes, &m.Rev, sqlcol.Time{T: &m.CreatedAt}, sqlcol.Time{T: &m.UpdatedAt},
		&co.Seat.Street, &co.Seat.Postcode, &co.Seat.City, &co.Seat.Country, &co.CompanyNumber)
	if err != nil {
		return nil, err
	}
	return &m, nil
}

func findManager(ctx context.Context, tx *sql.Tx, id int64) (*domain.Manager, error) {
	return findManagerFor(ctx, tx, id, "")
}

// findManagerFor reads a manager with a locking clause (" FOR UPDATE") or none.
func findManagerFor(ctx context.Context, tx *sql.Tx, id int64, lock string) (*domain.Manager, error) {
	m, err := scanManager(tx.QueryRowContext(ctx, `SELECT `+managerColumns+` FROM managers m WHERE m.id = $1`+lock, byKey(id)...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errManagerNotFound(id)
	} else if err != nil {
		return nil, fmt.Errorf("read manager %d: %w", id, err)
	}
	return m, nil
}

func errManagerNotFound(id int64) error {
	return domain.Errorf(domain.ENOTFOUND, "There is no manager with number %d; it may have been removed.", id)
}

// managerLists are the JSON texts of the three lists.
func managerLists(m *domain.Manager) (skills, sectors, languages string, err error) {
	if skills, err = sqlcol.JSONText(m.Skills); err != nil {
		return
	}
	if sectors, err = sqlcol.JSONText(m.Sectors); err != nil {
		return
	}
	languages, err = sqlcol.JSONText(m.Languages)
	return
}

func createManager(ctx context.Context, tx *sql.Tx, m *domain.Manager, now time.Time) error {
	if err := refuseSameEmail(ctx, tx, m); err != nil {
		return err
	}
	skills, sectors, languages, err := managerLists(m)
	if err != nil {
		return err
	}
	co := m.Company
	err = tx.QueryRowContext(ctx, `INSERT INTO managers (name, email, phone, city, headline, skills,
			sectors, languages, day_rate, available_from, max_days_per_week, cv, company_name,
			company_vat_id, company_iban, active, notes, rev, created_at, updated_at,
			company_street, company_postcode, company_city, company_country, company_number)
		VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8::text::jsonb, $9, $10, $11, $12, $13,
			$14, $15, $16, $17, 1, $18, $18, $19, $20, $21, $22, $23) RETURNING id`,
		m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors, languages,
		int64(m.DayRate), sqlcol.DateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name,
		co.VATID, co.IBAN, m.Active, m.Notes, sqlcol.TimeText(now),
		co.Seat.Street, co.Seat.Postcode, co.Seat.City, co.Seat.Country, co.CompanyNumber,
	).Scan(&m.ID)
	if err != nil {
		return managerWriteError(m, err)
	}
	if err := saveManagerTags(ctx, tx, m); err != nil {
		return err
	}
	m.Rev, m.CreatedAt, m.UpdatedAt = 1, now, now
	return nil
}

func updateManager(ctx context.Context, tx *sql.Tx, m *domain.Manager, now time.Time) error {
	if err := refuseSameEmail(ctx, tx, m); err != nil {
		return err
	}
	skills, sectors, languages, err := managerLists(m)
	if err != nil {
		return err
	}
	co := m.Company
	var rev int64
	var created time.Time
	err = tx.QueryRowContext(ctx, `UPDATE managers SET name = $1, email = $2, phone = $3, city = $4,
			headline = $5, skills = $6::text::jsonb, sectors = $7::text::jsonb, languages = $8::text::jsonb,
			day_rate = $9, available_from = $10, max_days_per_week = $11, cv = $12, company_name = $13,
			company_vat_id = $14, company_iban = $15, active = $16, notes = $17, company_street = $18,
			company_postcode = $19, company_city = $20, company_country = $21, company_number = $22,
			rev = rev + 1, updated_at = $23
		WHERE id = $24 AND rev = $25 RETURNING rev, created_at`,
		m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors, languages,
		int64(m.DayRate), sqlcol.DateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name,
		co.VATID, co.IBAN, m.Active, m.Notes, co.Seat.Street, co.Seat.Postcode, co.Seat.City,
		co.Seat.Country, co.CompanyNumber, sqlcol.TimeText(now), m.ID, m.Rev,
	).Scan(&rev, sqlcol.Time{T: &created})
	if errors.Is(err, sql.ErrNoRows) {
		return staleOrMissing(ctx, tx, "managers", m.ID, fmt.Sprintf("Manager %q", m.Name), errManagerNotFound(m.ID))
	} else if err != nil {
		return managerWriteError(m, err)
	}
	if err := saveManagerTags(ctx, tx, m); err != nil {
		return err
	}
	m.Rev, m.CreatedAt, m.UpdatedAt = rev, created, now
	return nil
}

// saveManagerTags rewrites the sector and language rows of a manager, in
// the transaction that saves the manager, so filters never see a half.
func saveManagerTags(ctx context.Context, tx *sql.Tx, m *domain.Manager) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM manager_tags WHERE manager_id = $1`, m.ID); err != nil {
		return fmt.Errorf("save tags of manager %d: %w", m.ID, err)
	}
	for _, kv := range []struct {
		kind   string
		values []string
	}{{"sector", m.Sectors}, {"language", m.Languages}} {
		for _, v := range kv.values {
			// "Santé" and "Sante" fold to one key; one row is enough.
			if _, err := tx.ExecContext(ctx, `INSERT INTO manager_tags (manager_id, kind, key, value)
				VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, m.ID, kv.kind, sqlcol.Fold(v), v); err != nil {
				return fmt.Errorf("save tags of manager %d: %w", m.ID, err)
			}
		}
	}
	return nil
}

// refuseSameEmail names the manager who already has m's address, before
// writing: after a unique violation the transaction is aborted.
func refuseSameEmail(ctx context.Context, tx *sql.Tx, m *domain.Manager) error {
	if m.Email == "" {
		return nil
	}
	var name string
	err := tx.QueryRowContext(ctx, `SELECT name FROM managers WHERE nocase(email) = nocase($1) AND email <> '' AND id <> $2 LIMIT 1`,
		m.Email, m.ID).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("look up e-mail %s: %w", m.Email, err)
	}
	return errSameEmail(m, partf("manager %q", name))
}

// managerWriteError explains a failed insert or update: the only unique
// rule on managers is the e-mail address.
func managerWriteError(m *domain.Manager, err error) error {
	if !isUniqueViolation(err) {
		return fmt.Errorf("save manager: %w", err)
	}
	return errSameEmail(m, partf("another manager"))
}

func errSameEmail(m *domain.Manager, other domain.Sentence) error {
	return conflictf("E-mail", "E-mail: %s is already the address of %s; every manager needs an address of their own.", m.Email, other)
}
