package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ImportClients imports lines of clients in one transaction: a line whose
// VAT number is a stored client's updates that client, any other line adds
// one; each is validated by Client.Validate. Options, report and errors
// are those of ImportManagers.
func (db *DB) ImportClients(ctx context.Context, rows domain.ImportRows[domain.Client], opt domain.ImportOptions) (*domain.ImportReport, error) {
	return importRows(ctx, db, &clientImport, rows, opt)
}

var clientImport = importSpec[domain.Client]{
	noun:      "clients",
	one:       "client",
	keyLabel:  "VAT number",
	key:       func(c *domain.Client) string { return c.VATID },
	keyOf:     func(s string) string { return s },
	loadKeys:  `SELECT id, vat_id FROM clients WHERE vat_id <> ''`,
	loadNames: `SELECT id, CASE WHEN trim(trade_name) <> '' THEN trade_name ELSE legal_name END FROM clients`, // DisplayName
	normalize: (*domain.Client).Normalize,
	validate:  (*domain.Client).Validate,
	name:      (*domain.Client).DisplayName,
	id:        func(c *domain.Client) *int64 { return &c.ID },
	diff:      clientChanges,
	bulk: bulkSpec{
		table:   "clients",
		indexed: []string{"clients"},
		trigger: "clients_fts_insert",
		fill: `INSERT INTO clients_fts (rowid, legal_name, trade_name, vat_id, city, sector, contact_name)
			SELECT id, legal_name, trade_name, vat_id, city, sector, contact_name FROM clients WHERE id >= ?`,
	},
	checked: []string{"clients", "events"},
	writer:  newClientWriter,
}

// clientChanges names the fields an update changes, in the form's order.
func clientChanges(a, b *domain.Client) []string {
	var c changes
	c.add("Legal name", a.LegalName != b.LegalName)
	c.add("Trade name", a.TradeName != b.TradeName)
	c.add("VAT number", a.VATID != b.VATID)
	c.add("Company number", a.CompanyNumber != b.CompanyNumber)
	c.add("Street", a.Address.Street != b.Address.Street)
	c.add("Postcode", a.Address.Postcode != b.Address.Postcode)
	c.add("City", a.Address.City != b.Address.City)
	c.add("Country", a.Address.Country != b.Address.Country)
	c.add("Sector", a.Sector != b.Sector)
	c.add("Contact name", a.Contact.Name != b.Contact.Name)
	c.add("Contact role", a.Contact.Role != b.Contact.Role)
	c.add("Contact e-mail", a.Contact.Email != b.Contact.Email)
	c.add("Contact phone", a.Contact.Phone != b.Contact.Phone)
	c.add("Document language", a.Language != b.Language)
	c.add("Cannot deduct VAT", a.CannotDeductVAT != b.CannotDeductVAT)
	c.add("Notes", a.Notes != b.Notes)
	c.add("Archived", a.Archived != b.Archived)
	return c
}

// clientWriter writes clients with prepared statements, one per row.
type clientWriter struct {
	now time.Time
	ts  string

	find1, insert1, update1 *sql.Stmt
}

func newClientWriter(ctx context.Context, tx *sql.Tx, now time.Time) (recordWriter[domain.Client], error) {
	w := &clientWriter{now: now, ts: timeText(now)}
	p := preparer{ctx: ctx, tx: tx}
	w.find1 = p.prepare(`SELECT ` + clientColumns + ` FROM clients WHERE id = ?`)
	w.insert1 = p.prepare(`INSERT INTO clients (id, legal_name, trade_name, vat_id, company_number,
			street, postcode, city, country, sector, contact_name, contact_role, contact_email,
			contact_phone, language, notes, archived, cannot_deduct_vat, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`)
	w.update1 = p.prepare(`UPDATE clients SET legal_name = ?, trade_name = ?, vat_id = ?,
			company_number = ?, street = ?, postcode = ?, city = ?, country = ?, sector = ?,
			contact_name = ?, contact_role = ?, contact_email = ?, contact_phone = ?, language = ?,
			notes = ?, archived = ?, cannot_deduct_vat = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? RETURNING rev`)
	if p.err != nil {
		w.close()
		return nil, fmt.Errorf("prepare the client import: %w", p.err)
	}
	return w, nil
}

func (w *clientWriter) close() { closeAll(w.find1, w.insert1, w.update1) }

func (w *clientWriter) find(ctx context.Context, id int64) (*domain.Client, error) {
	c, err := scanClient(w.find1.QueryRowContext(ctx, id))
	if err != nil {
		return nil, fmt.Errorf("read client %d: %w", id, err)
	}
	return c, nil
}

func (w *clientWriter) add(ctx context.Context, c *domain.Client) error {
	a, k := c.Address, c.Contact
	if _, err := w.insert1.ExecContext(ctx, c.ID, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street,
		a.Postcode, a.City, a.Country, c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes,
		c.Archived, c.CannotDeductVAT, w.ts, w.ts); err != nil {
		return fmt.Errorf("import client %q: %w", c.LegalName, err)
	}
	c.Rev, c.CreatedAt, c.UpdatedAt = 1, w.now, w.now
	return nil
}

func (w *clientWriter) flush(context.Context) error { return nil }

func (w *clientWriter) update(ctx context.Context, c *domain.Client) error {
	a, k := c.Address, c.Contact
	if err := w.update1.QueryRowContext(ctx, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street, a.Postcode,
		a.City, a.Country, c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes, c.Archived,
		c.CannotDeductVAT, timeText(w.now), c.ID).Scan(&c.Rev); err != nil {
		return fmt.Errorf("update client %d: %w", c.ID, err)
	}
	c.UpdatedAt = w.now
	return nil
}
