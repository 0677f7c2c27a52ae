package csvio

import (
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ReadManagers reads a file of managers. Lines are matched to the roster by
// e-mail address later, by the store. A new manager is active and works up
// to 5 days a week unless the file says otherwise. EINVALID when the file
// as a whole cannot be read: then there are no rows at all.
func ReadManagers(r io.Reader, opt Options) (*File[domain.Manager], error) {
	return read(&managerEntity, r, opt)
}

// ScanManagers reads the header of a file of managers and returns the Stream of
// its lines, for an import that reads them as it goes. EINVALID when the
// file as a whole cannot be read.
func ScanManagers(r io.Reader, opt Options) (*Stream[domain.Manager], error) {
	return scan(&managerEntity, r, opt)
}

// WriteManagers writes managers with every column ReadManagers knows, under
// their English headers. The derived status is not written: it follows from
// the engagements.
func WriteManagers(w io.Writer, managers []*domain.Manager, wo WriteOptions) error {
	return write(w, &managerEntity, managers, wo)
}

// ManagerColumns are the headers of an exported manager file, in order.
func ManagerColumns() []string { return headers(managerEntity.columns) }

// list is a column of items held at *field(m): "finance, turnaround".
func list(header string, field func(*domain.Manager) *[]string, aliases ...string) column[domain.Manager] {
	return column[domain.Manager]{
		header:  header,
		aliases: aliases,
		read:    func(m *domain.Manager, cell string, _ Options) error { *field(m) = splitList(cell); return nil },
		write:   func(m *domain.Manager, _ WriteOptions) string { return joinList(*field(m)) },
		copy:    func(dst, src *domain.Manager) { *field(dst) = append([]string(nil), *field(src)...) },
		free:    true,
	}
}

var managerEntity = entity[domain.Manager]{
	noun:   "managers",
	person: "Name",
	fresh: func(Options) domain.Manager {
		return domain.Manager{MaxDaysPerWeek: 5, Active: true}
	},
	columns: []column[domain.Manager]{
		func() column[domain.Manager] {
			c := text("Name", func(m *domain.Manager) *string { return &m.Name },
				"full name", "naam", "volledige naam", "manager", "interim manager", "voornaam en naam")
			c.required = true
			return c
		}(),
		withAlts(text("E-mail", func(m *domain.Manager) *string { return &m.Email },
			"email address", "mail", "e-mailadres", "mailadres", "e-mail 1 - value"),
			"e-mail 2 - value", "e-mail 2 address", "e-mail 3 address"),
		withAlts(text("Phone", func(m *domain.Manager) *string { return &m.Phone },
			"telephone", "phone number", "tel", "telefoon", "telefoonnummer", "gsm", "mobiel", "mobile",
			"mobile phone", "mobiele telefoon", "phone 1 - value"),
			"home phone", "business phone", "phone 2 - value", "telefoon thuis", "telefoon op werk"),
		withAlts(text("City", func(m *domain.Manager) *string { return &m.City },
			"town", "place", "plaats", "woonplaats", "stad", "gemeente", "home city", "address 1 - city"),
			"business city", "other city", "address 2 - city"),
		text("Headline", func(m *domain.Manager) *string { return &m.Headline },
			"job title", "position", "role", "functie", "rol", "organization title", "organisation title"),
		list("Skills", func(m *domain.Manager) *[]string { return &m.Skills },
			"expertise", "expertises", "competences", "competencies", "vaardigheden", "competenties"),
		list("Sectors", func(m *domain.Manager) *[]string { return &m.Sectors },
			"sector", "industries", "industry", "sectoren", "branches", "branche"),
		func() column[domain.Manager] {
			c := list("Languages", func(m *domain.Manager) *[]string { return &m.Languages },
				"language", "talen", "taal")
			c.read = func(m *domain.Manager, cell string, _ Options) error {
				m.Languages = splitList(cell)
				for i, l := range m.Languages {
					m.Languages[i] = languageCode(l)
				}
				return nil
			}
			return c
		}(),
		{
			// The roster's rate is the manager's own day fee: what the firm
			// pays the manager's company. A file's rate column always meant
			// that, and keeps meaning it; the report says so.
			header:  "Day rate",
			aliases: []string{"rate", "daily rate", "day rate eur", "tariff", "dagtarief", "tarief", "dagprijs", "day fee", "dagvergoeding"},
			ownFee:  true,
			read: func(m *domain.Manager, cell string, _ Options) (err error) {
				m.DayRate, err = parseAmount("Day rate", cell)
				return err
			},
			write: func(m *domain.Manager, wo WriteOptions) string { return formatAmount(m.DayRate, wo) },
			copy:  func(dst, src *domain.Manager) { dst.DayRate = src.DayRate },
		},
		{
			header:  "Available from",
			aliases: []string{"available", "availability", "beschikbaar vanaf", "beschikbaar", "beschikbaarheid"},
			read: func(m *domain.Manager, cell string, _ Options) (err error) {
				m.AvailableFrom, err = parseDateCell("Available from", cell)
				return err
			},
			write: func(m *domain.Manager, _ WriteOptions) string { return formatDate(m.AvailableFrom) },
			copy:  func(dst, src *domain.Manager) { dst.AvailableFrom = src.AvailableFrom },
		},
		{
			header:  "Days per week",
			aliases: []string{"max days per week", "days", "dagen per week", "max dagen per week", "dagen"},
			read: func(m *domain.Manager, cell string, _ Options) (err error) {
				m.MaxDaysPerWeek, err = parseDays("Days per week", cell, 5)
				return err
			},
			write: func(m *domain.Manager, _ WriteOptions) string { return itoa(m.MaxDaysPerWeek) },
			copy:  func(dst, src *domain.Manager) { dst.MaxDaysPerWeek = src.MaxDaysPerWeek },
		},
		longText("CV", func(m *domain.Manager) *string { return &m.CV },
			"resume", "résumé", "profile", "bio", "profiel", "curriculum vitae"),
		text("Company", func(m *domain.Manager) *string { return &m.Company.Name },
			"company name", "management company", "bedrijf", "bedrijfsnaam", "vennootschap", "managementvennootschap",
			"organization name", "organisation name"),
		text("Company VAT number", func(m *domain.Manager) *string { return &m.Company.VATID },
			"company vat", "vat", "vat number", "vat id", "btw", "btw-nummer", "btw nr"),
		text("Company IBAN", func(m *domain.Manager) *string { return &m.Company.IBAN },
			"iban", "bank account", "account number", "rekeningnummer", "rekening", "bankrekening"),
		// The seat and number the agreements print (issue 12): without
		// them in the file, a roster moved by CSV lost them.
		text("Company street", func(m *domain.Manager) *string { return &m.Company.Seat.Street }, "straat vennootschap", "rue de la société"),
		text("Company postcode", func(m *domain.Manager) *string { return &m.Company.Seat.Postcode }, "postcode vennootschap", "code postal de la société"),
		text("Company city", func(m *domain.Manager) *string { return &m.Company.Seat.City }, "gemeente vennootschap", "localité de la société"),
		text("Company country", func(m *domain.Manager) *string { return &m.Company.Seat.Country }, "land vennootschap", "pays de la société"),
		text("Company number", func(m *domain.Manager) *string { return &m.Company.CompanyNumber },
			"kbo", "kvk", "kvk-nummer", "ondernemingsnummer", "company registration number", "numéro d'entreprise"),
		{
			header:  "Active",
			aliases: []string{"actief"},
			read: func(m *domain.Manager, cell string, _ Options) (err error) {
				m.Active, err = parseBool("Active", cell, true)
				return err
			},
			write: func(m *domain.Manager, _ WriteOptions) string { return formatBool(m.Active) },
			copy:  func(dst, src *domain.Manager) { dst.Active = src.Active },
		},
		longText("Notes", func(m *domain.Manager) *string { return &m.Notes },
			"note", "remarks", "comments", "opmerkingen", "opmerking", "notities"),
	},
}
