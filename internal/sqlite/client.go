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

// FindClientByID returns one client; ENOTFOUND.
func (db *DB) FindClientByID(ctx context.Context, id int64) (*domain.Client, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findClient(ctx, tx, id)
}

// FindClients returns one page of clients and the number of all matches.
// Query searches names, VAT id, city, sector and contact, ignoring accents;
// EINVALID for an unknown sort order or a negative page.
func (db *DB) FindClients(ctx context.Context, f domain.ClientFilter) ([]*domain.Client, int, error) {
	limit, offset, err := pageBounds(f.Page)
	if err != nil {
		return nil, 0, err
	}
	order, err := clientOrder(f.Sort)
	if err != nil {
		return nil, 0, err
	}
	var w where
	if !f.IncludeArchived {
		w.add(`archived = 0`)
	}
	if f.Country != "" {
		w.add(`country = ?`, f.Country)
	}
	if q := matchQuery(f.Query); q != "" {
		w.add(`id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)`, q)
	}

	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return findPage(ctx, tx, clientColumns, sqlcol.Plain("clients"), &w, order, limit, offset, scanClient)
}

// clientOrder is the ORDER BY of a sort name. The name order is the
// expression of the clients_display_name index, so it is read in order.
func clientOrder(sort string) (string, error) {
	switch sort {
	case "", "name":
		return `(CASE WHEN trade_name <> '' THEN trade_name ELSE legal_name END) COLLATE NOCASE, id`, nil
	case "-updated":
		return `updated_at DESC, id DESC`, nil
	}
	return "", domain.Invalidf("Sort", "%q is not a sort order for clients; use name or -updated.", sort)
}

// CreateClient validates and inserts; EINVALID, ECONFLICT (same VAT id as
// another client).
func (db *DB) CreateClient(ctx context.Context, c *domain.Client) error {
	if c == nil {
		return domain.Errorf(domain.EINVALID, "Client: there is no client to save.")
	}
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error { return createClient(ctx, tx, c, db.now()) })
}

// UpdateClient validates and saves; EINVALID, ENOTFOUND, ECONFLICT (saved
// elsewhere since it was read, or the VAT id of another client).
func (db *DB) UpdateClient(ctx context.Context, c *domain.Client) error {
	if c == nil {
		return domain.Errorf(domain.EINVALID, "Client: there is no client to save.")
	}
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error { return updateClient(ctx, tx, c, db.now()) })
}

// ArchiveClient archives a client or brings it back; ENOTFOUND. Clients are
// never deleted: their proposals and engagements keep pointing at them.
func (db *DB) ArchiveClient(ctx context.Context, id int64, archived bool) error {
	return db.write(ctx, func(tx *sql.Tx) error { return setFlag(ctx, tx, archivedFlag, id, archived, db.now()) })
}

const clientColumns = `id, legal_name, trade_name, vat_id, company_number, street, postcode, city,
	country, sector, contact_name, contact_role, contact_email, contact_phone, language, notes,
	archived, rev, created_at, updated_at, cannot_deduct_vat`

func scanClient(s scanner) (*domain.Client, error) {
	var c domain.Client
	a, k := &c.Address, &c.Contact
	err := s.Scan(&c.ID, &c.LegalName, &c.TradeName, &c.VATID, &c.CompanyNumber, &a.Street, &a.Postcode, &a.City,
		&a.Country, &c.Sector, &k.Name, &k.Role, &k.Email, &k.Phone, &c.Language, &c.Notes,
		&c.Archived, &c.Rev, sqlcol.Time{T: &c.CreatedAt}, sqlcol.Time{T: &c.UpdatedAt}, &c.CannotDeductVAT)
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func findClient(ctx context.Context, tx *sql.Tx, id int64) (*domain.Client, error) {
	c, err := scanClient(tx.QueryRowContext(ctx, `SELECT `+clientColumns+` FROM clients WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errClientNotFound(id)
	} else if err != nil {
		return nil, fmt.Errorf("read client %d: %w", id, err)
	}
	return c, nil
}

func errClientNotFound(id int64) error {
	return domain.Errorf(domain.ENOTFOUND, "There is no client with number %d; it may have been removed.", id)
}

func createClient(ctx context.Context, tx *sql.Tx, c *domain.Client, now time.Time) error {
	a, k := c.Address, c.Contact
	ts := sqlcol.TimeText(now)
	err := tx.QueryRowContext(ctx, `INSERT INTO clients (legal_name, trade_name, vat_id, company_number,
			street, postcode, city, country, sector, contact_name, contact_role, contact_email,
			contact_phone, language, notes, archived, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id`,
		c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street, a.Postcode, a.City, a.Country,
		c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes, c.Archived, ts, ts,
	).Scan(&c.ID)
	if err != nil {
		return clientWriteError(ctx, tx, c, err)
	}
	// Set apart, so that the tests that write a client into an older
	// schema (before 0005) still can.
	if c.CannotDeductVAT {
		if _, err := tx.ExecContext(ctx, `UPDATE clients SET cannot_deduct_vat = 1 WHERE id = ?`, c.ID); err != nil {
			return fmt.Errorf("save client: %w", err)
		}
	}
	c.Rev, c.CreatedAt, c.UpdatedAt = 1, now, now
	return nil
}

func updateClient(ctx context.Context, tx *sql.Tx, c *domain.Client, now time.Time) error {
	a, k := c.Address, c.Contact
	var rev int64
	var created time.Time
	err := tx.QueryRowContext(ctx, `UPDATE clients SET legal_name = ?, trade_name = ?, vat_id = ?,
			company_number = ?, street = ?, postcode = ?, city = ?, country = ?, sector = ?,
			contact_name = ?, contact_role = ?, contact_email = ?, contact_phone = ?, language = ?,
			notes = ?, archived = ?, cannot_deduct_vat = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? AND rev = ? RETURNING rev, created_at`,
		c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street, a.Postcode, a.City, a.Country,
		c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes, c.Archived, c.CannotDeductVAT,
		sqlcol.TimeText(now), c.ID, c.Rev,
	).Scan(&rev, sqlcol.Time{T: &created})
	if errors.Is(err, sql.ErrNoRows) {
		return staleOrMissing(ctx, tx, "clients", c.ID, fmt.Sprintf("Client %q", c.LegalName), errClientNotFound(c.ID))
	} else if err != nil {
		return clientWriteError(ctx, tx, c, err)
	}
	c.Rev, c.CreatedAt, c.UpdatedAt = rev, created, now
	return nil
}

// clientWriteError explains a failed insert or update: the only unique
// rule on clients is the VAT id, so a unique violation names the client
// that already has it.
func clientWriteError(ctx context.Context, tx *sql.Tx, c *domain.Client, err error) error {
	if !isUniqueViolation(err) {
		return fmt.Errorf("save client: %w", err)
	}
	var name string
	var other any = partf("another client")
	if e := tx.QueryRowContext(ctx, `SELECT legal_name FROM clients WHERE vat_id = ? AND id <> ?`,
		c.VATID, c.ID).Scan(&name); e == nil {
		other = partf("client %q", name)
	}
	return conflictf("VAT number", "VAT number: %s is already the VAT number of %s; a VAT number belongs to one client only.", c.VATID, other)
}
