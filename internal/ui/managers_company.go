package ui

import (
	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// companySeatFields are the management company's seat and number, which
// the manager agreement prints. The number is checked by the seat's
// country, so its refusal may name it any of three ways.
type companySeatFields struct {
	street, postcode, city, country, number *textField
}

func newCompanySeatFields(ed *editor) *companySeatFields {
	c := &companySeatFields{
		street:   ed.entry("Company street"),
		postcode: ed.entry("Company postcode"),
		city:     ed.entry("Company city"),
		country:  ed.entry("Company country"),
		number:   ed.entry(domain.CompanyNumberOfCompanyLabel("BE"), domain.CompanyNumberOfCompanyLabel("NL"), domain.CompanyNumberOfCompanyLabel("")),
	}
	c.country.SetPlaceHolder("BE")
	c.number.SetPlaceHolder("0123.456.749")
	return c
}

// add puts the fields on the form, after the company's other fields.
func (c *companySeatFields) add(ed *editor) {
	ed.add(lang.L("Company street"), c.street)
	ed.add(lang.L("Company postcode"), c.postcode)
	ed.add(lang.L("Company city"), c.city)
	ed.addHint(lang.L("Company country"), lang.L("Two-letter code: BE, NL"), c.country)
	ed.addHint(lang.L("Company number"), lang.L("Enterprise number (BE) or KvK number (NL)"), c.number)
}

func (c *companySeatFields) read(co *domain.ManagementCompany) {
	co.Seat = domain.Address{Street: c.street.Text, Postcode: c.postcode.Text, City: c.city.Text, Country: c.country.Text}
	co.CompanyNumber = c.number.Text
}

func (c *companySeatFields) show(co domain.ManagementCompany) {
	c.street.SetText(co.Seat.Street)
	c.postcode.SetText(co.Seat.Postcode)
	c.city.SetText(co.Seat.City)
	c.country.SetText(co.Seat.Country)
	c.number.SetText(co.CompanyNumber)
}
