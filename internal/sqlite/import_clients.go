package sqlite

import (
	"context"

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
	diff:      clientChanges,
	fill: `INSERT INTO clients_fts (rowid, legal_name, trade_name, vat_id, city, sector, contact_name)
		SELECT id, legal_name, trade_name, vat_id, city, sector, contact_name FROM clients WHERE id >= ?`,
	checked: []string{"clients", "events"},
	table:   &clientTable,
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
