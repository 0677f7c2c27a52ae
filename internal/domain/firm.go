package domain

import (
	"regexp"
	"strings"
)

// Firm is the advisory firm that uses the application: one per database. Its
// legal mentions go on the letterhead of every document.
type Firm struct {
	LegalName     string  `json:"legal_name"`
	LegalForm     string  `json:"legal_form"` // "BV", "NV", "SRL", ...
	Address       Address `json:"address"`
	CompanyNumber string  `json:"company_number"` // enterprise number (BE) or KvK number (NL)
	RPRCourt      string  `json:"rpr_court"`      // BE only: "Gent, afdeling Gent"
	VATID         string  `json:"vat_id"`
	IBAN          string  `json:"iban"`
	BIC           string  `json:"bic"`
	Email         string  `json:"email"`
	Phone         string  `json:"phone"`
	Website       string  `json:"website"`
	Logo          []byte  `json:"logo,omitempty"` // PNG
	BrandColour   string  `json:"brand_colour"`   // "#1F3A5F"

	DefaultVATRate       int    `json:"default_vat_rate"` // whole percent, 21
	PaymentTermsDays     int    `json:"payment_terms_days"`
	ProposalValidityDays int    `json:"proposal_validity_days"`
	ProposalPrefix       string `json:"proposal_prefix"` // "OFF" gives OFF-2026-0007
	DefaultLanguage      Lang   `json:"default_language"`

	// MarginFloor is the firm's minimum margin, which the proposal check
	// compares with. It is kept in the settings (and exported with them),
	// never in a document: the client does not see it.
	MarginFloor MarginFloor `json:"-"`

	Rev int64 `json:"rev"` // row version for optimistic locking; 0 before the first save
}

// Country is the firm's country, the one whose legal mentions apply.
func (f *Firm) Country() string { return f.Address.Country }

var (
	colourRe = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)
	prefixRe = regexp.MustCompile(`^[A-Z0-9]{1,8}$`)
)

// pngMagic is the signature every PNG file starts with.
const pngMagic = "\x89PNG\r\n\x1a\n"

// Validate checks the firm profile in the order the settings form shows it.
func (f *Firm) Validate() error {
	c := f.Address.Country
	return firstError(
		f.MarginFloor.Validate(),
		oneLine("Legal name", f.LegalName),
		oneLine("Legal form", f.LegalForm),
		oneLine("Street", f.Address.Street),
		oneLine("Postcode", f.Address.Postcode),
		oneLine("City", f.Address.City),
		oneLine("Country", c),
		oneLine(CompanyNumberLabel(c), f.CompanyNumber),
		oneLine("RPR court", f.RPRCourt),
		oneLine("VAT number", f.VATID),
		oneLine("IBAN", f.IBAN),
		oneLine("BIC", f.BIC),
		oneLine("E-mail", f.Email),
		oneLine("Phone", f.Phone),
		oneLine("Website", f.Website),
		oneLine("Proposal number prefix", f.ProposalPrefix),
		required("Legal name", f.LegalName),
		maxLen("Legal name", f.LegalName, 200),
		required("Country", c),
		func() error {
			if c != "" && c != "BE" && c != "NL" {
				return Invalidf("Country", "must be BE (Belgium) or NL (the Netherlands); %q is neither.", c)
			}
			return nil
		}(),
		validatePostcode("Postcode", c, f.Address.Postcode),
		validateCompanyNumber(CompanyNumberLabel(c), c, f.CompanyNumber),
		validateVAT("VAT number", f.VATID),
		validateIBAN("IBAN", f.IBAN),
		func() error {
			if f.BIC == "" {
				return nil
			}
			if err := CheckBIC(f.BIC); err != nil {
				return Invalidf("BIC", "%s.", err)
			}
			return nil
		}(),
		validateEmail("E-mail", f.Email),
		validatePhone("Phone", f.Phone),
		func() error {
			if len(f.Logo) > 0 && !strings.HasPrefix(string(f.Logo), pngMagic) {
				return Invalidf("Logo", "must be a PNG image.")
			}
			if len(f.Logo) > 2<<20 {
				return Invalidf("Logo", "is larger than 2 MB; use a smaller PNG.")
			}
			return nil
		}(),
		func() error {
			if f.BrandColour != "" && !colourRe.MatchString(f.BrandColour) {
				return Invalidf("Brand colour", "must be written as #RRGGBB, for example #1F3A5F.")
			}
			return nil
		}(),
		validateVATRate("Default VAT rate", f.DefaultVATRate),
		func() error {
			if f.PaymentTermsDays < 0 || f.PaymentTermsDays > 120 {
				return Invalidf("Payment terms", "must be between 0 and 120 days.")
			}
			return nil
		}(),
		func() error {
			if f.ProposalValidityDays < 1 || f.ProposalValidityDays > 365 {
				return Invalidf("Proposal validity", "must be between 1 and 365 days.")
			}
			return nil
		}(),
		func() error {
			if !prefixRe.MatchString(f.ProposalPrefix) {
				return Invalidf("Proposal number prefix", "must be 1 to 8 capital letters or digits, for example OFF.")
			}
			return nil
		}(),
		func() error {
			if !f.DefaultLanguage.Valid() {
				return Invalidf("Default document language", "must be nl, en or fr.")
			}
			return nil
		}(),
	)
}

// CompanyNumberLabel names the company number as people in that country do.
func CompanyNumberLabel(country string) string {
	switch country {
	case "BE":
		return "Enterprise number"
	case "NL":
		return "KvK number"
	}
	return "Company number"
}

func validateVATRate(field string, pct int) error {
	if pct < 0 || pct > 30 {
		return Invalidf(field, "must be a whole percentage between 0 and 30.")
	}
	return nil
}

// NewFirm returns a firm profile with the defaults a new firm starts from.
func NewFirm() *Firm {
	return &Firm{
		Address:              Address{Country: "BE"},
		BrandColour:          "#1F3A5F",
		DefaultVATRate:       21,
		PaymentTermsDays:     30,
		ProposalValidityDays: 30,
		ProposalPrefix:       "OFF",
		DefaultLanguage:      LangNL,
	}
}
