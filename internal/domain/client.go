package domain

import (
	"strings"
	"time"
)

// Contact is the person at a client who receives the documents.
type Contact struct {
	Name  string `json:"name"`
	Role  string `json:"role"`
	Email string `json:"email"`
	Phone string `json:"phone"`
}

// Client is an organisation that buys mandates or consulting work.
type Client struct {
	ID            int64     `json:"id"`
	LegalName     string    `json:"legal_name"`
	TradeName     string    `json:"trade_name"`
	VATID         string    `json:"vat_id"`
	CompanyNumber string    `json:"company_number"`
	Address       Address   `json:"address"`
	Sector        string    `json:"sector"`
	Contact       Contact   `json:"contact"`
	Language      Lang      `json:"language"`
	Notes         string    `json:"notes"`
	Archived      bool      `json:"archived"`
	Rev           int64     `json:"rev"` // row version for optimistic locking
	CreatedAt     time.Time `json:"created_at"`
	UpdatedAt     time.Time `json:"updated_at"`

	// CannotDeductVAT marks a client that cannot recover the VAT it pays (a
	// hospital, a public body, many non-profits): its proposals compare the
	// options VAT included, since that is what it pays.
	CannotDeductVAT bool `json:"cannot_deduct_vat"`
}

// DisplayName is the name people use: the trade name when there is one.
func (c *Client) DisplayName() string {
	if strings.TrimSpace(c.TradeName) != "" {
		return c.TradeName
	}
	return c.LegalName
}

// Country is the client's country code.
func (c *Client) Country() string { return c.Address.Country }

// Normalize tidies what people type before it is validated and stored.
func (c *Client) Normalize() {
	c.LegalName = strings.TrimSpace(c.LegalName)
	c.TradeName = strings.TrimSpace(c.TradeName)
	c.VATID = NormalizeVATID(c.VATID)
	c.CompanyNumber = strings.TrimSpace(c.CompanyNumber)
	c.Address.Country = strings.ToUpper(strings.TrimSpace(c.Address.Country))
	c.Contact.Email = strings.TrimSpace(c.Contact.Email)
	c.Address.Postcode = NormalizePostcode(c.Address.Postcode, c.Address.Country)
	c.Contact.Phone = NormalizePhone(c.Contact.Phone, c.Address.Country)
	c.Language = Lang(strings.ToLower(strings.TrimSpace(string(c.Language))))
	c.Notes = NormalizeLineEnds(c.Notes)
}

// Validate checks the client in the order the form shows its fields.
func (c *Client) Validate() error {
	country := c.Address.Country
	return firstError(
		oneLine("Legal name", c.LegalName),
		oneLine("Trade name", c.TradeName),
		oneLine("VAT number", c.VATID),
		oneLine(CompanyNumberLabel(country), c.CompanyNumber),
		oneLine("Street", c.Address.Street),
		oneLine("Postcode", c.Address.Postcode),
		oneLine("City", c.Address.City),
		oneLine("Country", c.Address.Country),
		oneLine("Sector", c.Sector),
		oneLine("Contact name", c.Contact.Name),
		oneLine("Contact role", c.Contact.Role),
		oneLine("Contact e-mail", c.Contact.Email),
		oneLine("Contact phone", c.Contact.Phone),
		oneLine("Document language", string(c.Language)),
		required("Legal name", c.LegalName),
		maxLen("Legal name", c.LegalName, 300),
		maxLen("Trade name", c.TradeName, 300),
		required("Country", country),
		func() error {
			if country != "" && !validCountry(country) {
				return Invalidf("Country", "must be a two-letter country code such as BE or NL; %q is not.", country)
			}
			return nil
		}(),
		validateVAT("VAT number", c.VATID),
		func() error {
			if c.VATID != "" && country != "" && len(c.VATID) >= 2 && vatCountry(c.VATID) != country {
				return Invalidf("VAT number", "starts with %s but the client's country is %s; check one of the two.", c.VATID[:2], country)
			}
			return nil
		}(),
		validateCompanyNumber(CompanyNumberLabel(country), country, c.CompanyNumber),
		maxLen("Street", c.Address.Street, 200),
		validatePostcode("Postcode", country, c.Address.Postcode),
		maxLen("City", c.Address.City, 100),
		maxLen("Sector", c.Sector, 100),
		maxLen("Contact name", c.Contact.Name, 200),
		maxLen("Contact role", c.Contact.Role, 200),
		validateEmail("Contact e-mail", c.Contact.Email),
		validatePhone("Contact phone", c.Contact.Phone),
		func() error {
			if !c.Language.Valid() {
				return Invalidf("Document language", "must be nl, en or fr.")
			}
			return nil
		}(),
		multiLine("Notes", c.Notes),
		maxLen("Notes", c.Notes, MaxNotes),
	)
}

// vatCountry returns the country a VAT id belongs to; Greece writes EL.
func vatCountry(vat string) string {
	p := strings.ToUpper(vat[:2])
	if p == "EL" {
		return "GR"
	}
	return p
}
