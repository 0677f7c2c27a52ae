package sqlite

import (
	"context"
	"slices"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ImportManagers imports lines of managers in one transaction: a line whose
// e-mail address (ignoring capitals) is on the roster updates that manager,
// any other line adds one; each is validated by Manager.Validate. With
// opt.DryRun nothing is written and the report says what would happen.
// Without opt.SkipInvalid the first refused line stops the import with
// EINVALID and nothing is written; with it, refused lines are left out.
// The report lists every line judged, also when an error is returned.
// EINVALID also when the disk is full or read-only, when the rows end in
// an error, or when ctx ends.
func (db *DB) ImportManagers(ctx context.Context, rows domain.ImportRows[domain.Manager], opt domain.ImportOptions) (*domain.ImportReport, error) {
	return importRows(ctx, db, &managerImport, rows, opt)
}

var managerImport = importSpec[domain.Manager]{
	noun:      "managers",
	one:       "manager",
	keyLabel:  "E-mail",
	key:       func(m *domain.Manager) string { return emailKey(m.Email) },
	keyOf:     emailKey,
	loadKeys:  `SELECT id, email FROM managers WHERE email <> ''`,
	loadNames: `SELECT id, name FROM managers`,
	normalize: (*domain.Manager).Normalize,
	validate:  (*domain.Manager).Validate,
	name:      func(m *domain.Manager) string { return m.Name },
	diff:      managerChanges,
	fill: `INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv, notes)
		SELECT id, name, headline, skills, sectors, languages, cv, notes FROM managers WHERE id >= ?`,
	checked: []string{"managers", "manager_tags", "events"},
	table:   &managerTable,
}

// emailKey folds an address the way the unique index on managers.email
// does (COLLATE NOCASE): ASCII capitals only.
func emailKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// managerChanges names the fields an update changes, in the form's order.
func managerChanges(a, b *domain.Manager) []string {
	var c changes
	c.add("Name", a.Name != b.Name)
	c.add("E-mail", a.Email != b.Email)
	c.add("Phone", a.Phone != b.Phone)
	c.add("City", a.City != b.City)
	c.add("Headline", a.Headline != b.Headline)
	c.add("Skills", !slices.Equal(a.Skills, b.Skills))
	c.add("Sectors", !slices.Equal(a.Sectors, b.Sectors))
	c.add("Languages", !slices.Equal(a.Languages, b.Languages))
	c.add("Day rate", a.DayRate != b.DayRate)
	c.add("Available from", a.AvailableFrom != b.AvailableFrom)
	c.add("Days per week", a.MaxDaysPerWeek != b.MaxDaysPerWeek)
	c.add("CV", a.CV != b.CV)
	c.add("Company", a.Company.Name != b.Company.Name)
	c.add("Company VAT number", a.Company.VATID != b.Company.VATID)
	c.add("Company IBAN", a.Company.IBAN != b.Company.IBAN)
	c.add("Company seat", a.Company.Seat != b.Company.Seat)
	c.add("Company number", a.Company.CompanyNumber != b.Company.CompanyNumber)
	c.add("Active", a.Active != b.Active)
	c.add("Notes", a.Notes != b.Notes)
	return c
}

// changes collects the labels of changed fields.
type changes []string

func (c *changes) add(label string, changed bool) {
	if changed {
		*c = append(*c, label)
	}
}
