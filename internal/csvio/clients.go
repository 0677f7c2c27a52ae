package csvio

import (
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ReadClients reads a file of clients. Lines are matched to stored clients
// by VAT number later, by the store; here every line becomes a Client with
// the values its cells hold. EINVALID when the file as a whole cannot be
// read: then there are no rows at all.
func ReadClients(r io.Reader, opt Options) (*File[domain.Client], error) {
	return read(&clientEntity, r, opt)
}

// ScanClients reads the header of a file of clients and returns the Stream of
// its lines, for an import that reads them as it goes. EINVALID when the
// file as a whole cannot be read.
func ScanClients(r io.Reader, opt Options) (*Stream[domain.Client], error) {
	return scan(&clientEntity, r, opt)
}

// WriteClients writes clients with every column ReadClients knows, under
// their English headers.
func WriteClients(w io.Writer, clients []*domain.Client, wo WriteOptions) error {
	return write(w, &clientEntity, clients, wo)
}

// ClientColumns are the headers of an exported client file, in order.
func ClientColumns() []string { return headers(clientEntity.columns) }

func headers[T any](cols []column[T]) []string {
	out := make([]string, len(cols))
	for i := range cols {
		out[i] = cols[i].header
	}
	return out
}

// text is a column of plain text held at *field(rec).
func text[T any](header string, field func(*T) *string, aliases ...string) column[T] {
	return column[T]{
		header:  header,
		aliases: aliases,
		read:    func(rec *T, cell string, _ Options) error { *field(rec) = cell; return nil },
		write:   func(rec *T, _ WriteOptions) string { return *field(rec) },
		copy:    func(dst, src *T) { *field(dst) = *field(src) },
		free:    true,
	}
}

// withAlts gives a column second-choice headers (contacts.go).
func withAlts[T any](c column[T], alts ...string) column[T] {
	c.alts = alts
	return c
}

// longText is text kept with its line breaks and spaces: a CV, notes.
func longText[T any](header string, field func(*T) *string, aliases ...string) column[T] {
	c := text(header, field, aliases...)
	c.raw = true
	return c
}

var clientEntity = entity[domain.Client]{
	noun:   "clients",
	person: "Contact name",
	fresh: func(opt Options) domain.Client {
		return domain.Client{Language: opt.defaultLanguage()}
	},
	columns: []column[domain.Client]{
		func() column[domain.Client] {
			c := text("Legal name", func(c *domain.Client) *string { return &c.LegalName },
				"name", "naam", "company", "company name", "bedrijf", "bedrijfsnaam", "organisation", "organization",
				"organisatie", "client", "client name", "klant", "klantnaam", "juridische naam", "officiële naam",
				"maatschappelijke naam", "firma", "firmanaam", "organization name", "organisation name")
			c.required = true
			return c
		}(),
		text("Trade name", func(c *domain.Client) *string { return &c.TradeName },
			"handelsnaam", "commerciële naam", "display name", "roepnaam"),
		text("VAT number", func(c *domain.Client) *string { return &c.VATID },
			"vat", "vat id", "vat no", "vat nr", "btw", "btw-nummer", "btw nr", "btw-nr", "tax id"),
		text("Company number", func(c *domain.Client) *string { return &c.CompanyNumber },
			"enterprise number", "registration number", "kvk", "kvk-nummer", "kvk nr", "ondernemingsnummer",
			"kbo", "kbo-nummer", "chamber of commerce"),
		text("Street", func(c *domain.Client) *string { return &c.Address.Street },
			"address", "street and number", "straat", "adres", "straat en nummer", "straat + nr",
			"business street", "address 1 - street"),
		text("Postcode", func(c *domain.Client) *string { return &c.Address.Postcode },
			"postal code", "post code", "zip", "zip code", "postnummer", "business postal code", "address 1 - postal code"),
		text("City", func(c *domain.Client) *string { return &c.Address.City },
			"town", "place", "plaats", "stad", "gemeente", "woonplaats", "vestigingsplaats",
			"business city", "address 1 - city"),
		func() column[domain.Client] {
			c := text("Country", func(c *domain.Client) *string { return &c.Address.Country },
				"country code", "land", "landcode", "business country/region", "business country", "address 1 - country")
			c.read = func(c *domain.Client, cell string, _ Options) error {
				c.Address.Country = countryCode(cell)
				return nil
			}
			c.fill = func(c *domain.Client, opt Options) bool {
				c.Address.Country = countryCode(opt.DefaultCountry)
				return c.Address.Country != ""
			}
			c.required = true
			return c
		}(),
		text("Sector", func(c *domain.Client) *string { return &c.Sector }, "industry", "branche", "branch"),
		text("Contact name", func(c *domain.Client) *string { return &c.Contact.Name },
			"contact", "contact person", "contactpersoon", "naam contactpersoon"),
		text("Contact role", func(c *domain.Client) *string { return &c.Contact.Role },
			"role", "function", "job title", "functie", "rol", "functie contactpersoon", "position", "organization title", "organisation title"),
		withAlts(text("Contact e-mail", func(c *domain.Client) *string { return &c.Contact.Email },
			"e-mail", "email address", "mail", "e-mailadres", "mailadres", "e-mail contactpersoon", "e-mail 1 - value"),
			"e-mail 2 - value", "e-mail 2 address", "e-mail 3 address"),
		withAlts(text("Contact phone", func(c *domain.Client) *string { return &c.Contact.Phone },
			"phone", "telephone", "phone number", "tel", "telefoon", "telefoonnummer", "gsm", "mobiel", "mobile",
			"business phone", "telefoon op werk", "phone 1 - value"),
			"mobile phone", "mobiele telefoon", "company main phone", "phone 2 - value"),
		{
			header:  "Document language",
			aliases: []string{"language", "taal", "documenttaal", "correspondentietaal"},
			read: func(c *domain.Client, cell string, opt Options) (err error) {
				c.Language, err = parseDocLang("Document language", cell, opt.defaultLanguage())
				return err
			},
			write: func(c *domain.Client, _ WriteOptions) string { return string(c.Language) },
			copy:  func(dst, src *domain.Client) { dst.Language = src.Language },
		},
		{
			// Hospitals, public bodies and many non-profits pay VAT they
			// cannot recover; their proposals compare the options VAT
			// included, so the flag travels with the client.
			header:  "Cannot deduct VAT",
			aliases: []string{"no vat deduction", "vat not deductible", "geen btw-aftrek", "btw niet aftrekbaar", "pas de déduction de tva", "tva non déductible"},
			read: func(c *domain.Client, cell string, _ Options) (err error) {
				c.CannotDeductVAT, err = parseBool("Cannot deduct VAT", cell, false)
				return err
			},
			write: func(c *domain.Client, _ WriteOptions) string { return formatBool(c.CannotDeductVAT) },
			copy:  func(dst, src *domain.Client) { dst.CannotDeductVAT = src.CannotDeductVAT },
		},
		longText("Notes", func(c *domain.Client) *string { return &c.Notes },
			"note", "remarks", "comments", "opmerkingen", "opmerking", "notities"),
		{
			header:  "Archived",
			aliases: []string{"gearchiveerd", "archief"},
			read: func(c *domain.Client, cell string, _ Options) (err error) {
				c.Archived, err = parseBool("Archived", cell, false)
				return err
			},
			write: func(c *domain.Client, _ WriteOptions) string { return formatBool(c.Archived) },
			copy:  func(dst, src *domain.Client) { dst.Archived = src.Archived },
		},
	},
}
