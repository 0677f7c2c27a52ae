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

// FindManagerByID returns one manager with its status today; ENOTFOUND.
func (db *DB) FindManagerByID(ctx context.Context, id int64) (*domain.Manager, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return db.findManagerToday(ctx, tx, id)
}

// findManagerToday reads one manager with the status the roster shows
// today, which every read of a single manager owes its caller.
func (db *DB) findManagerToday(ctx context.Context, tx *sql.Tx, id int64) (*domain.Manager, error) {
	m, err := findManager(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if err := fillStatus(ctx, tx, []*domain.Manager{m}, db.today()); err != nil {
		return nil, err
	}
	return m, nil
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
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := createManager(ctx, tx, m, db.now()); err != nil {
			return err
		}
		return fillStatus(ctx, tx, []*domain.Manager{m}, db.today())
	})
}

// UpdateManager validates and saves; EINVALID, ENOTFOUND, ECONFLICT (saved
// elsewhere since it was read, or the e-mail address of another manager).
func (db *DB) UpdateManager(ctx context.Context, m *domain.Manager) error {
	if m == nil {
		return domain.Errorf(domain.EINVALID, "Manager: there is no manager to save.")
	}
	m.Normalize()
	if err := m.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := refuseErased(ctx, tx, m.ID); err != nil {
			return err
		}
		if err := updateManager(ctx, tx, m, db.now()); err != nil {
			return err
		}
		return fillStatus(ctx, tx, []*domain.Manager{m}, db.today())
	})
}

// SetManagerActive takes a manager off the roster or puts them back;
// ENOTFOUND, ECONFLICT for an erased manager. Managers are never deleted:
// proposals and engagements keep pointing at them.
func (db *DB) SetManagerActive(ctx context.Context, id int64, active bool) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		if err := refuseErased(ctx, tx, id); err != nil {
			return err
		}
		return setFlag(ctx, tx, activeFlag, id, active, db.now())
	})
}

// refuseErased is ECONFLICT for a manager whose personal data was erased
// (EraseManager): the record stays as the erasure left it, so that no
// edit, from any window or process, writes the person back into it.
func refuseErased(ctx context.Context, tx *sql.Tx, id int64) error {
	day, erased, err := erasedOn(ctx, tx, id)
	if err != nil || !erased {
		return err
	}
	return domain.Errorf(domain.ECONFLICT,
		"Manager %d: the personal data was erased on %s; an erased manager cannot be edited or made active again.", id, day)
}

// erasedOn reports whether manager id was erased, and the day. The
// erasure's entry in the history is the mark: it is written in the
// erasure's own transaction, travels with an export, and nothing removes
// it.
func erasedOn(ctx context.Context, tx *sql.Tx, id int64) (day string, erased bool, err error) {
	var at string
	err = tx.QueryRowContext(ctx, `SELECT at FROM events
		WHERE entity = 'manager' AND entity_id = ? AND what = 'erased' ORDER BY at LIMIT 1`, id).Scan(&at)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", false, nil
	case err != nil:
		return "", false, fmt.Errorf("read whether manager %d was erased: %w", id, err)
	}
	day = at
	if t, err := time.Parse(sqlcol.TimeLayout, at); err == nil {
		day = domain.DateOf(t).String()
	}
	return day, true, nil
}

// Sectors returns the distinct sectors of the roster, sorted, one spelling
// for each: the filter choices of the roster screen.
func (db *DB) Sectors(ctx context.Context) ([]string, error) {
	rows, err := db.db.QueryContext(ctx,
		`SELECT min(value) FROM manager_tags WHERE kind = 'sector' GROUP BY key ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("list sectors: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("list sectors: %w", err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list sectors: %w", err)
	}
	return out, nil
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
	m, err := scanManager(tx.QueryRowContext(ctx, `SELECT `+managerColumns+` FROM managers m WHERE m.id = ?`, id))
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
	skills, sectors, languages, err := managerLists(m)
	if err != nil {
		return err
	}
	co := m.Company
	ts := sqlcol.TimeText(now)
	err = tx.QueryRowContext(ctx, `INSERT INTO managers (name, email, phone, city, headline, skills,
			sectors, languages, day_rate, available_from, max_days_per_week, cv, company_name,
			company_vat_id, company_iban, active, notes, rev, created_at, updated_at,
			company_street, company_postcode, company_city, company_country, company_number)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors, languages,
		int64(m.DayRate), sqlcol.DateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name,
		co.VATID, co.IBAN, m.Active, m.Notes, ts, ts,
		co.Seat.Street, co.Seat.Postcode, co.Seat.City, co.Seat.Country, co.CompanyNumber,
	).Scan(&m.ID)
	if err != nil {
		return managerWriteError(ctx, tx, m, err)
	}
	if err := saveManagerTags(ctx, tx, m); err != nil {
		return err
	}
	m.Rev, m.CreatedAt, m.UpdatedAt = 1, now, now
	return nil
}

func updateManager(ctx context.Context, tx *sql.Tx, m *domain.Manager, now time.Time) error {
	skills, sectors, languages, err := managerLists(m)
	if err != nil {
		return err
	}
	co := m.Company
	var rev int64
	var created time.Time
	err = tx.QueryRowContext(ctx, `UPDATE managers SET name = ?, email = ?, phone = ?, city = ?,
			headline = ?, skills = ?, sectors = ?, languages = ?, day_rate = ?, available_from = ?,
			max_days_per_week = ?, cv = ?, company_name = ?, company_vat_id = ?, company_iban = ?,
			active = ?, notes = ?, company_street = ?, company_postcode = ?, company_city = ?,
			company_country = ?, company_number = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? AND rev = ? RETURNING rev, created_at`,
		m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors, languages,
		int64(m.DayRate), sqlcol.DateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name,
		co.VATID, co.IBAN, m.Active, m.Notes, co.Seat.Street, co.Seat.Postcode, co.Seat.City,
		co.Seat.Country, co.CompanyNumber, sqlcol.TimeText(now), m.ID, m.Rev,
	).Scan(&rev, sqlcol.Time{T: &created})
	if errors.Is(err, sql.ErrNoRows) {
		return staleOrMissing(ctx, tx, "managers", m.ID, fmt.Sprintf("Manager %q", m.Name), errManagerNotFound(m.ID))
	} else if err != nil {
		return managerWriteError(ctx, tx, m, err)
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
	if _, err := tx.ExecContext(ctx, `DELETE FROM manager_tags WHERE manager_id = ?`, m.ID); err != nil {
		return fmt.Errorf("save tags of manager %d: %w", m.ID, err)
	}
	for _, kv := range []struct {
		kind   string
		values []string
	}{{"sector", m.Sectors}, {"language", m.Languages}} {
		for _, v := range kv.values {
			// OR IGNORE: "Santé" and "Sante" fold to one key; one row is enough.
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value)
				VALUES (?, ?, ?, ?)`, m.ID, kv.kind, sqlcol.Fold(v), v); err != nil {
				return fmt.Errorf("save tags of manager %d: %w", m.ID, err)
			}
		}
	}
	return nil
}

// managerWriteError explains a failed insert or update: the only unique
// rule on managers is the e-mail address, so a unique violation names the
// manager who already has it.
func managerWriteError(ctx context.Context, tx *sql.Tx, m *domain.Manager, err error) error {
	if !isUniqueViolation(err) {
		return fmt.Errorf("save manager: %w", err)
	}
	var name string
	var other any = partf("another manager")
	if e := tx.QueryRowContext(ctx, `SELECT name FROM managers WHERE email = ? COLLATE NOCASE AND id <> ?`,
		m.Email, m.ID).Scan(&name); e == nil {
		other = partf("manager %q", name)
	}
	return conflictf("E-mail", "E-mail: %s is already the address of %s; every manager needs an address of their own.", m.Email, other)
}
