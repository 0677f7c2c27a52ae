package domain

import "strings"

// VATTreatment is how VAT is charged on a proposal's services.
type VATTreatment string

const (
	// VATCharged: the firm charges its country's VAT (a client in the same
	// country, or a private or non-business client in the EU).
	VATCharged VATTreatment = "charged"
	// VATReverseCharged: a business client in another EU country accounts
	// for the VAT itself (art. 196 VAT Directive).
	VATReverseCharged VATTreatment = "reverse_charge"
	// VATOutsideScope: a client outside the EU pays no Belgian or Dutch VAT.
	VATOutsideScope VATTreatment = "outside_eu"
)

// VATTreatment reads the treatment from the proposal's rate and reverse
// charge flag: reverse charged, no VAT at 0 %, else charged.
func (p *Proposal) VATTreatment() VATTreatment {
	switch {
	case p.ReverseCharge:
		return VATReverseCharged
	case p.VATRate == 0:
		return VATOutsideScope
	}
	return VATCharged
}

// ExpectedVATTreatment is the treatment that follows from the countries
// (art. 44 VAT Directive): the firm's own country charges VAT, a business
// client elsewhere in the EU reverse charges it (a client there without a
// VAT number is charged), a client outside the EU pays none.
func ExpectedVATTreatment(firmCountry string, c *Client) VATTreatment {
	country := strings.ToUpper(c.Country())
	switch {
	case country == strings.ToUpper(firmCountry) || country == "":
		return VATCharged
	case !IsEUCountry(country):
		return VATOutsideScope
	case strings.TrimSpace(c.VATID) == "":
		return VATCharged
	}
	return VATReverseCharged
}

// ApplyVATTreatment sets the rate and reverse charge flag of p for
// treatment vt, the rate charged being rate.
func (p *Proposal) ApplyVATTreatment(vt VATTreatment, rate int) {
	switch vt {
	case VATReverseCharged:
		p.VATRate, p.ReverseCharge = rate, true
	case VATOutsideScope:
		p.VATRate, p.ReverseCharge = 0, false
	default:
		p.VATRate, p.ReverseCharge = rate, false
	}
}
