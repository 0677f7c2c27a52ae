package domain

import "strings"

// checkAgreementParties adds what blocks the two agreements of a mandate:
// the client agreement must name the manager who carries out the mandate;
// the manager agreement needs the manager's day fee and the company that
// signs it, with its seat and its registration number, as a contract
// names every company that signs it.
func checkAgreementParties(ps *Problems, d *ContractDocument) {
	if d.Engagement.Kind != KindInterim {
		return
	}
	if d.Manager == nil {
		if d.PartyOf() == PartyManager || !d.ThreeParty {
			ps.block(Invalidf("Manager", "is not chosen; the agreement names the manager who carries out the mandate."))
		}
		return
	}
	if d.PartyOf() != PartyManager {
		return
	}
	if d.Engagement.ManagerDayFee <= 0 {
		ps.block(Invalidf("Manager's day fee", "is missing; the manager agreement states what the firm pays the manager's company a day."))
	}
	co := &d.Manager.Company
	if strings.TrimSpace(co.Name) == "" {
		ps.block(Invalidf("Management company", "is missing; the manager agreement is signed by the manager's company (or the manager's own business)."))
	}
	if strings.TrimSpace(co.Seat.Street) == "" || strings.TrimSpace(co.Seat.City) == "" {
		ps.block(Invalidf("Company seat", "is missing; the manager agreement names the registered office of the manager's company."))
	}
	if strings.TrimSpace(co.CompanyNumber) == "" {
		ps.block(Invalidf("Company number", "is missing; the manager agreement names the enterprise number (KBO) or KvK number of the manager's company."))
	}
}
