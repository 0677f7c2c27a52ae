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

// FindClientByID returns one client; ENOTFOUND.
func (db *DB) FindClientByID(ctx context.Context, id int64) (*domain.Client, error) {
	var c *domain.Client
	err := db.read(ctx, func(tx *sql.Tx) (err error) {
		c, err = findClient(ctx, tx, id)
		return err
	})
	return c, err
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
		w.add(`NOT archived`)
	}
	if f.Country != "" {
		w.add(`country = ` + w.arg(f.Country))
	}
	if terms := searchTerms(f.Query); terms != nil {
		w.add(matchCond("search", w.arg(terms)))
	}
	var out []*domain.Client
	var total int
	err = db.read(ctx, func(tx *sql.Tx) (err error) {
		out, total, err = findPage(ctx, tx, clientColumns, sqlcol.Plain("clients"), &w, order, limit, offset, scanClient)
		return err
	})
	return out, total, err
}

// clientOrder is the ORDER BY of a sort name. The name order is the
// expression of the clients_display_name index, so it is read in order.
func clientOrder(sort string) (string, error) {
	switch sort {
	case "", "name":
		return `nocase(CASE WHEN trade_name <> '' THEN trade_name ELSE legal_name END) COLLATE "C", id`, nil
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
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error { return createClient(ctx, tx, c, now) })
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
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error { return updateClient(ctx, tx, c, now) })
}

// ArchiveClient archives a client or brings it back; ENOTFOUND.
func (db *DB) ArchiveClient(ctx context.Context, id int64, archived bool) error {
	now := db.now()
	return db.write(ctx, func(tx *sql.Tx) error { return setFlag(ctx, tx, archivedFlag, id, archived, now) })
}

// DeleteClient removes a client no proposal or engagement names; one that
// is named is refused with the counts and the advice to archive it.
// ENOTFOUND, ECONFLICT.
func (db *DB) DeleteClient(ctx context.Context, id int64) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		// FOR UPDATE: a proposal created for the client meanwhile waits
		// for this transaction (its foreign key locks the client's row),
		// so it cannot name a client being deleted.
		c, err := findClientFor(ctx, tx, id, " FOR UPDATE")
		if err != nil {
			return err
		}
		var proposals, engagements int
		err = tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM proposals WHERE client_id = $1),
			(SELECT count(*) FROM engagements WHERE client_id = $1)`, id).Scan(&proposals, &engagements)
		if err != nil {
			return fmt.Errorf("references to client %d: %w", id, err)
		}
		if proposals+engagements > 0 {
			return domain.Errorf(domain.ECONFLICT,
				"Proposals or engagements name %s (%d in all), so it is kept; archive it instead.",
				c.DisplayName(), proposals+engagements)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE entity = 'client' AND entity_id = $1`, id); err != nil {
			return fmt.Errorf("delete the history of client %d: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM clients WHERE id = $1`, id); err != nil {
			return fmt.Errorf("delete client %d: %w", id, err)
		}
		return nil
	})
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
	return findClientFor(ctx, tx, id, "")
}

// findClientFor reads a client with a locking clause (" FOR UPDATE") or none.
func findClientFor(ctx context.Context, tx *sql.Tx, id int64, lock string) (*domain.Client, error) {
	c, err := scanClient(tx.QueryRowContext(ctx, `SELECT `+clientColumns+` FROM clients WHERE id = $1`+lock, byKey(id)...))
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
	if err := refuseSameVATID(ctx, tx, c); err != nil {
		return err
	}
	a, k := c.Address, c.Contact
	ts := sqlcol.TimeText(now)
	err := tx.QueryRowContext(ctx, `INSERT INTO clients (legal_name, trade_name, vat_id, company_number,
			street, postcode, city, country, sector, contact_name, contact_role, contact_email,
			contact_phone, language, notes, archived, cannot_deduct_vat, rev, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 1, $18, $18) RETURNING id`,
		c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street, a.Postcode, a.City, a.Country,
		c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes, c.Archived, c.CannotDeductVAT, ts,
	).Scan(&c.ID)
	if err != nil {
		return clientWriteError(c, err)
	}
	c.Rev, c.CreatedAt, c.UpdatedAt = 1, now, now
	return nil
}

func updateClient(ctx context.Context, tx *sql.Tx, c *domain.Client, now time.Time) error {
	if err := refuseSameVATID(ctx, tx, c); err != nil {
		return err
	}
	a, k := c.Address, c.Contact
	var rev int64
	var created time.Time
	err := tx.QueryRowContext(ctx, `UPDATE clients SET legal_name = $1, trade_name = $2, vat_id = $3,
			company_number = $4, street = $5, postcode = $6, city = $7, country = $8, sector = $9,
			contact_name = $10, contact_role = $11, contact_email = $12, contact_phone = $13, language = $14,
			notes = $15, archived = $16, cannot_deduct_vat = $17, rev = rev + 1, updated_at = $18
		WHERE id = $19 AND rev = $20 RETURNING rev, created_at`,
		c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street, a.Postcode, a.City, a.Country,
		c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes, c.Archived, c.CannotDeductVAT,
		sqlcol.TimeText(now), c.ID, c.Rev,
	).Scan(&rev, sqlcol.Time{T: &created})
	if errors.Is(err, sql.ErrNoRows) {
		return staleOrMissing(ctx, tx, "clients", c.ID, fmt.Sprintf("Client %q", c.LegalName), errClientNotFound(c.ID))
	} else if err != nil {
		return clientWriteError(c, err)
	}
	c.Rev, c.CreatedAt, c.UpdatedAt = rev, created, now
	return nil
}

// refuseSameVATID names the client that already has c's VAT id. It asks
// before writing because a failed statement aborts a PostgreSQL
// transaction: after the unique violation nothing more can be read in it.
// A client saved with the same VAT id in between is still refused by the
// index, then without its name (clientWriteError).
func refuseSameVATID(ctx context.Context, tx *sql.Tx, c *domain.Client) error {
	if c.VATID == "" {
		return nil
	}
	var name string
	err := tx.QueryRowContext(ctx, `SELECT legal_name FROM clients WHERE vat_id = $1 AND id <> $2 LIMIT 1`,
		c.VATID, c.ID).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return fmt.Errorf("look up VAT number %s: %w", c.VATID, err)
	}
	return errSameVATID(c, partf("client %q", name))
}

// clientWriteError explains a failed insert or update: the only unique
// rule on clients is the VAT id.
func clientWriteError(c *domain.Client, err error) error {
	if !isUniqueViolation(err) {
		return fmt.Errorf("save client: %w", err)
	}
	return errSameVATID(c, partf("another client"))
}

func errSameVATID(c *domain.Client, other domain.Sentence) error {
	return conflictf("VAT number", "VAT number: %s is already the VAT number of %s; a VAT number belongs to one client only.", c.VATID, other)
}
