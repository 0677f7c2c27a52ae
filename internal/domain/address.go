package domain

import (
	"errors"
	"strings"
)

// Address is a postal address. Country is an ISO 3166 alpha-2 code ("BE", "NL").
type Address struct {
	Street   string `json:"street"`
	Postcode string `json:"postcode"`
	City     string `json:"city"`
	Country  string `json:"country"`
}

// Lines returns the address as printed on a letter, skipping empty parts.
func (a Address) Lines() []string {
	var out []string
	if s := strings.TrimSpace(a.Street); s != "" {
		out = append(out, s)
	}
	if s := strings.TrimSpace(strings.TrimSpace(a.Postcode) + " " + strings.TrimSpace(a.City)); s != "" {
		out = append(out, s)
	}
	return out
}

// OneLine returns the address on a single line, parts separated by commas.
func (a Address) OneLine() string { return strings.Join(a.Lines(), ", ") }

// euCountries are the member states whose VAT on services is reverse charged
// between businesses (plus the two home countries, which are not).
var euCountries = map[string]bool{
	"AT": true, "BE": true, "BG": true, "CY": true, "CZ": true, "DE": true, "DK": true,
	"EE": true, "GR": true, "ES": true, "FI": true, "FR": true, "HR": true, "HU": true,
	"IE": true, "IT": true, "LT": true, "LU": true, "LV": true, "MT": true, "NL": true,
	"PL": true, "PT": true, "RO": true, "SE": true, "SI": true, "SK": true,
}

// IsEUCountry reports whether code is an EU member state.
func IsEUCountry(code string) bool { return euCountries[strings.ToUpper(code)] }

// validCountry reports whether code is an ISO 3166 alpha-2 code.
func validCountry(code string) bool {
	return isoCountries[code]
}

// validateVAT checks a VAT id of a party; empty is allowed unless required.
func validateVAT(field, v string) error {
	if v == "" {
		return nil
	}
	if err := CheckVATID(v); err != nil {
		return Invalidf(field, "%s.", err)
	}
	return nil
}

// validateCompanyNumber checks an enterprise (BE) or KvK (NL) number by country.
func validateCompanyNumber(field, country, v string) error {
	if v == "" {
		return nil
	}
	var err error
	switch country {
	case "BE":
		err = CheckBelgianEnterpriseNumber(v)
	case "NL":
		err = CheckKvK(v)
	}
	if err != nil {
		return Invalidf(field, "%s.", err)
	}
	return nil
}

func validateEmail(field, v string) error {
	if v == "" {
		return nil
	}
	if err := CheckEmail(v); err != nil {
		return Invalidf(field, "%s.", err)
	}
	return nil
}

func validateIBAN(field, v string) error {
	if v == "" {
		return nil
	}
	if err := CheckIBAN(v); err != nil {
		return Invalidf(field, "%s.", err)
	}
	return nil
}

func required(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return Invalidf(field, "is required.")
	}
	return nil
}

func maxLen(field, v string, n int) error {
	if len([]rune(v)) > n {
		return Invalidf(field, "is longer than %d characters.", n)
	}
	return nil
}

// firstError returns the first problem, in the order the form shows its
// fields, carrying every later one in More: a form marks all its fields at
// once, while a caller that shows one sentence shows the first.
func firstError(errs ...error) error {
	var all []*Error
	seen := map[string]bool{}
	for _, err := range errs {
		if err == nil {
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			if len(all) == 0 {
				return err // a failure, not a sentence: nothing to gather
			}
			continue
		}
		// One problem per field: a second one about the same field
		// (a VAT number of the wrong country after a wrong check digit)
		// is usually the first's consequence.
		for _, p := range AllErrors(e) {
			if p.Field == "" || !seen[p.Field] {
				seen[p.Field] = true
				all = append(all, p)
			}
		}
	}
	if len(all) == 0 {
		return nil
	}
	first := *all[0]
	first.More = all[1:]
	return &first
}
