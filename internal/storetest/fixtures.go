package storetest

import (
	"fmt"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// beVAT makes a valid Belgian VAT number from an eight-digit base: the last
// two digits are 97 minus the base modulo 97.
func beVAT(base int) string {
	return fmt.Sprintf("BE%08d%02d", base, 97-base%97)
}

func testFirm() *domain.Firm {
	f := domain.NewFirm()
	f.LegalName = "Van Damme & Partners"
	f.LegalForm = "BV"
	f.Address = domain.Address{Street: "Kouter 1", Postcode: "9000", City: "Gent", Country: "BE"}
	f.CompanyNumber = "0123.456.749"
	f.RPRCourt = "Gent, afdeling Gent"
	f.VATID = "BE0123456749"
	f.IBAN = "BE68539007547034"
	f.BIC = "GEBABEBB"
	f.Email = "info@vandamme.example"
	f.Phone = "+32 9 123 45 67"
	f.Website = "https://vandamme.example"
	f.Logo = []byte("\x89PNG\r\n\x1a\nnot really an image")
	f.ProposalPrefix = "OFF"
	f.MarginFloor = domain.MarginFloor{PercentBP: 1500, PerDay: domain.Euros(150)}
	return f
}

func testClient(name string, vatBase int) *domain.Client {
	c := &domain.Client{
		LegalName: name + " NV",
		TradeName: name,
		Address:   domain.Address{Street: "Meir 10", Postcode: "2000", City: "Antwerpen", Country: "BE"},
		Sector:    "Logistiek",
		Contact:   domain.Contact{Name: "Gérard Peeters", Role: "CEO", Email: "gerard@example.be", Phone: "+32 3 000 00 00"},
		Language:  domain.LangNL,
		Notes:     "Met interesse voor een interim-CFO.",
	}
	if vatBase > 0 {
		c.VATID = beVAT(vatBase)
	}
	return c
}

func testManager(name, email string) *domain.Manager {
	return &domain.Manager{
		Name:           name,
		Email:          email,
		Phone:          "+32 470 00 00 00",
		City:           "Gent",
		Headline:       "Interim CFO",
		Skills:         []string{"Finance", "Turnaround", "M&A"},
		Sectors:        []string{"Logistiek", "Santé"},
		Languages:      []string{"nl", "fr", "en"},
		DayRate:        domain.Euros(1250),
		AvailableFrom:  domain.NewDate(2026, time.May, 1),
		MaxDaysPerWeek: 4,
		CV:             "Twintig jaar financiële leiding; geïnteresseerd in herstructureringen.",
		Company: domain.ManagementCompany{Name: name + " Management BV", VATID: beVAT(4_000_000), IBAN: "BE68539007547034",
			Seat:          domain.Address{Street: "Veldstraat 2", Postcode: "9000", City: "Gent", Country: "BE"},
			CompanyNumber: beVAT(4_000_000)[2:]},
		Active: true,
		Notes:  "Voorkeur voor Oost-Vlaanderen.",
	}
}

// engagement books managerID for clientID from start to end (zero: open
// ended), days a week, with status.
func engagement(clientID, managerID int64, start, end domain.Date, days int, status domain.EngagementStatus) *domain.Engagement {
	e := &domain.Engagement{
		ClientID: clientID, Kind: domain.KindInterim, ManagerID: managerID, Role: "CFO a.i.",
		Start: start, End: end, DaysPerWeek: days, DayRate: domain.Euros(1250), ManagerDayFee: domain.Euros(1000),
		NoticeDays: 30, Status: status,
	}
	if status == domain.EngagementTerminated {
		e.TerminatedOn = start
	}
	return e
}

func clientNames(cs []*domain.Client) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.LegalName)
	}
	return out
}

func managerNames(ms []*domain.Manager) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.Name)
	}
	return out
}
