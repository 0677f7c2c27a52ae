package domain

import (
	"strings"
	"time"
)

// ManagementCompany is the company through which a self-employed manager invoices.
type ManagementCompany struct {
	Name  string `json:"name"`
	VATID string `json:"vat_id"`
	IBAN  string `json:"iban"`
	// Seat and CompanyNumber (enterprise number in Belgium, KvK number in
	// the Netherlands) identify the company in the contracts it signs.
	Seat          Address `json:"seat"`
	CompanyNumber string  `json:"company_number"`
}

// Manager is an interim manager on the firm's roster.
type Manager struct {
	ID             int64             `json:"id"`
	Name           string            `json:"name"`
	Email          string            `json:"email"`
	Phone          string            `json:"phone"`
	City           string            `json:"city"`
	Headline       string            `json:"headline"` // "Interim CFO"
	Skills         []string          `json:"skills"`
	Sectors        []string          `json:"sectors"`
	Languages      []string          `json:"languages"` // ISO 639-1 codes: "nl", "fr", "de"
	DayRate        Money             `json:"day_rate"`
	AvailableFrom  Date              `json:"available_from"`
	MaxDaysPerWeek int               `json:"max_days_per_week"`
	CV             string            `json:"cv"`
	Company        ManagementCompany `json:"company"`
	Active         bool              `json:"active"`
	Notes          string            `json:"notes"`
	Rev            int64             `json:"rev"`
	CreatedAt      time.Time         `json:"created_at"`
	UpdatedAt      time.Time         `json:"updated_at"`

	// Status is derived by the store from the engagements when the manager is
	// read; it is never saved.
	Status ManagerStatus `json:"status"`
}

// Normalize tidies lists and identifiers before validation.
func (m *Manager) Normalize() {
	m.Name = strings.TrimSpace(m.Name)
	m.Email = strings.TrimSpace(m.Email)
	m.Phone = NormalizePhone(m.Phone, "")
	m.Headline = strings.TrimSpace(m.Headline)
	m.Skills = CleanList(m.Skills)
	m.Sectors = CleanList(m.Sectors)
	m.Languages = CleanList(m.Languages)
	for i, l := range m.Languages {
		m.Languages[i] = strings.ToLower(l)
	}
	m.Company.VATID = NormalizeVATID(m.Company.VATID)
	m.Company.normalize()
	m.Company.IBAN = NormalizeIBAN(m.Company.IBAN)
	m.CV = NormalizeLineEnds(m.CV)
	m.Notes = NormalizeLineEnds(m.Notes)
}

// CleanList trims items, drops empty ones and duplicates (ignoring case), and
// keeps the order people typed them in.
func CleanList(items []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, it := range items {
		it = strings.TrimSpace(it)
		k := strings.ToLower(it)
		if it == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, it)
	}
	return out
}

// SplitList reads "finance, turnaround;  M&A" into its items.
func SplitList(s string) []string {
	return CleanList(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }))
}

// MaxNotes bounds the notes of a client or a manager: pages of text, not
// a pasted database.
const MaxNotes = 20000

// MaxDayRate is the highest day rate the roster accepts: a typo guard, not a
// market opinion.
const MaxDayRate = Money(10000_00)

// Validate checks the manager in the order the form shows its fields.
func (m *Manager) Validate() error {
	return firstError(
		oneLine("Name", m.Name),
		oneLine("E-mail", m.Email),
		oneLine("Phone", m.Phone),
		oneLine("City", m.City),
		oneLine("Headline", m.Headline),
		oneLineList("Skills", m.Skills),
		oneLineList("Sectors", m.Sectors),
		oneLineList("Languages", m.Languages),
		oneLine("Company", m.Company.Name),
		oneLine("Company VAT number", m.Company.VATID),
		oneLine("Company IBAN", m.Company.IBAN),
		required("Name", m.Name),
		maxLen("Name", m.Name, 200),
		validateEmail("E-mail", m.Email),
		validatePhone("Phone", m.Phone),
		maxLen("City", m.City, 100),
		maxLen("Headline", m.Headline, 120),
		func() error {
			for _, l := range m.Languages {
				if !IsLanguageCode(l) {
					return Invalidf("Languages", "%q is not a two-letter language code; write nl, fr, en, de and so on.", l)
				}
			}
			return nil
		}(),
		func() error {
			if m.DayRate < 0 {
				return Invalidf("Day rate", "cannot be negative.")
			}
			if m.DayRate > MaxDayRate {
				return Invalidf("Day rate", "must not exceed %s.", MaxDayRate.InSentence())
			}
			return nil
		}(),
		func() error {
			if m.MaxDaysPerWeek < 1 || m.MaxDaysPerWeek > 5 {
				return Invalidf("Days per week", "must be between 1 and 5.")
			}
			return nil
		}(),
		validateDate("Available from", m.AvailableFrom),
		multiLine("CV", m.CV),
		maxLen("CV", m.CV, 20000),
		validateVAT("Company VAT number", m.Company.VATID),
		validateIBAN("Company IBAN", m.Company.IBAN),
		maxLen("Company", m.Company.Name, 200),
		m.Company.validateSeat(),
		multiLine("Notes", m.Notes),
		maxLen("Notes", m.Notes, MaxNotes),
	)
}
