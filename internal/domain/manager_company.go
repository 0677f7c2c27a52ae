package domain

import "strings"

// The management company signs the manager agreement: its seat and its
// company number are printed there, checked as a client's are.

// normalizeCompany tidies the company's seat and number before validation.
func (co *ManagementCompany) normalize() {
	co.Name = strings.TrimSpace(co.Name)
	co.Seat.Street = strings.TrimSpace(co.Seat.Street)
	co.Seat.City = strings.TrimSpace(co.Seat.City)
	co.Seat.Country = strings.ToUpper(strings.TrimSpace(co.Seat.Country))
	co.Seat.Postcode = NormalizePostcode(co.Seat.Postcode, co.Seat.Country)
	co.CompanyNumber = strings.TrimSpace(co.CompanyNumber)
}

// CompanyNumberOfCompanyLabel names the management company's number as
// people in the seat's country do.
func CompanyNumberOfCompanyLabel(country string) string {
	switch country {
	case "BE":
		return "Company enterprise number"
	case "NL":
		return "Company KvK number"
	}
	return "Company registration number"
}

// validateSeat checks the company's seat and number: the number by the
// seat's country, like a client's.
func (co *ManagementCompany) validateSeat() error {
	s := co.Seat
	numberLabel := CompanyNumberOfCompanyLabel(s.Country)
	return firstError(
		oneLine("Company street", s.Street),
		oneLine("Company postcode", s.Postcode),
		oneLine("Company city", s.City),
		oneLine("Company country", s.Country),
		oneLine(numberLabel, co.CompanyNumber),
		maxLen("Company street", s.Street, 200),
		maxLen("Company city", s.City, 100),
		func() error {
			if s.Country != "" && !validCountry(s.Country) {
				return Invalidf("Company country", "must be a two-letter country code such as BE or NL; %q is not.", s.Country)
			}
			if s.Country == "" && co.CompanyNumber != "" {
				return Invalidf("Company country", "is required with a company number: the number is checked by the country of the seat.")
			}
			return nil
		}(),
		validatePostcode("Company postcode", s.Country, s.Postcode),
		validateCompanyNumber(numberLabel, s.Country, co.CompanyNumber),
		maxLen(numberLabel, co.CompanyNumber, 40),
	)
}
