package demo

import (
	"context"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// clientSeed is a sample client and the key other seeds use for it.
type clientSeed struct {
	key      string
	archived bool
	c        domain.Client
}

// clientSeeds mixes Flemish, Walloon and Dutch organisations so that every
// document language and both home countries appear. Belgian VAT numbers pass
// the mod 97 check; the Dutch ones pass the eleven-test on their nine digits.
func clientSeeds() []clientSeed {
	return []clientSeed{
		{key: "vandewalle", c: domain.Client{
			LegalName: "Vandewalle Kunststoffen NV", TradeName: "Vandewalle Plastics",
			VATID: "BE0656734540", CompanyNumber: "0656.734.540",
			Address:  domain.Address{Street: "Kortrijkstraat 212", Postcode: "8500", City: "Kortrijk", Country: "BE"},
			Sector:   "manufacturing",
			Contact:  domain.Contact{Name: "Els Vanhoutte", Role: "CEO", Email: "els.vanhoutte@vandewalle-plastics.be", Phone: "+32 56 21 44 10"},
			Language: domain.LangNL,
			Notes:    "Family business, third generation. Bank covenants under pressure since the loss of an automotive customer.",
		}},
		{key: "clinique", c: domain.Client{
			LegalName: "Clinique Sainte-Élisabeth ASBL",
			VATID:     "BE0641269671", CompanyNumber: "0641.269.671",
			Address:         domain.Address{Street: "Place Louise Godin 15", Postcode: "5000", City: "Namur", Country: "BE"},
			Sector:          "healthcare",
			Contact:         domain.Contact{Name: "Françoise Lemaître", Role: "Directrice générale", Email: "f.lemaitre@clinique-ste-elisabeth.be", Phone: "+32 81 72 04 11"},
			Language:        domain.LangFR,
			CannotDeductVAT: true, // a hospital: its care is exempt, it cannot deduct VAT
		}},
		{key: "meuse", c: domain.Client{
			LegalName: "Logistique Meuse SA",
			VATID:     "BE0483458292", CompanyNumber: "0483.458.292",
			Address:  domain.Address{Street: "Rue de l'Aéroport 44", Postcode: "4460", City: "Grâce-Hollogne", Country: "BE"},
			Sector:   "logistics",
			Contact:  domain.Contact{Name: "Jean-Benoît Collard", Role: "Administrateur délégué", Email: "jb.collard@logistique-meuse.be", Phone: "+32 4 239 18 70"},
			Language: domain.LangFR,
		}},
		{key: "zuivel", c: domain.Client{
			LegalName: "Brabantse Zuivel B.V.",
			VATID:     "NL251729114B01", CompanyNumber: "13302508",
			Address:  domain.Address{Street: "Ringbaan-Oost 310", Postcode: "5013 CD", City: "Tilburg", Country: "NL"},
			Sector:   "food",
			Contact:  domain.Contact{Name: "Marloes van Dijk", Role: "Algemeen directeur", Email: "m.vandijk@brabantsezuivel.nl", Phone: "+31 13 543 21 90"},
			Language: domain.LangNL,
		}},
		{key: "noordzee", c: domain.Client{
			LegalName: "Noordzee Offshore Services B.V.",
			VATID:     "NL407044929B01", CompanyNumber: "61967469",
			Address:  domain.Address{Street: "Havenweg 8", Postcode: "1781 AA", City: "Den Helder", Country: "NL"},
			Sector:   "energy",
			Contact:  domain.Contact{Name: "Pieter-Jan Bakker", Role: "Chairman of the Supervisory Board", Email: "pj.bakker@noordzee-offshore.nl", Phone: "+31 223 61 50 00"},
			Language: domain.LangEN,
			Notes:    "Board meetings are held in English: two of the five board members are Norwegian.",
		}},
		{key: "scheldevallei", c: domain.Client{
			LegalName: "Intercommunale Scheldevallei", TradeName: "ISV",
			VATID: "BE0496187266", CompanyNumber: "0496.187.266",
			Address:  domain.Address{Street: "Noordlaan 20", Postcode: "9200", City: "Dendermonde", Country: "BE"},
			Sector:   "public sector",
			Contact:  domain.Contact{Name: "Tom De Smedt", Role: "Algemeen directeur", Email: "tom.desmedt@isv.be", Phone: "+32 52 25 61 00"},
			Language: domain.LangNL,
			Notes:    "Public procurement rules apply above the negotiated-procedure threshold; keep proposals under it or expect a tender.",
		}},
		{key: "antwerppharma", c: domain.Client{
			LegalName: "Antwerp Pharma Solutions NV",
			VATID:     "BE0461269543", CompanyNumber: "0461.269.543",
			Address:  domain.Address{Street: "Haven 1025, Scheldedijk 30", Postcode: "2070", City: "Zwijndrecht", Country: "BE"},
			Sector:   "pharma",
			Contact:  domain.Contact{Name: "Dr. Sarah O'Connor", Role: "Site Director", Email: "sarah.oconnor@antwerppharma.com", Phone: "+32 3 250 77 00"},
			Language: domain.LangEN,
		}},
		{key: "dekroon", c: domain.Client{
			LegalName: "Retailgroep De Kroon B.V.", TradeName: "De Kroon",
			VATID: "NL147632626B01", CompanyNumber: "26098449",
			Address:  domain.Address{Street: "Databankweg 26", Postcode: "3821 AL", City: "Amersfoort", Country: "NL"},
			Sector:   "retail",
			Contact:  domain.Contact{Name: "Joost Hendriks", Role: "CFO", Email: "joost.hendriks@dekroon.nl", Phone: "+31 33 450 12 12"},
			Language: domain.LangNL,
		}},
		{key: "peeters", c: domain.Client{
			LegalName: "Bakkerij Peeters & Zonen BV", TradeName: "Peeters Bakery",
			VATID: "BE0405726353", CompanyNumber: "0405.726.353",
			Address:  domain.Address{Street: "Industrieweg 7", Postcode: "2800", City: "Mechelen", Country: "BE"},
			Sector:   "food",
			Contact:  domain.Contact{Name: "Katrien Peeters", Role: "Zaakvoerder", Email: "katrien@peeters-bakery.be", Phone: "+32 15 41 22 80"},
			Language: domain.LangNL,
		}},
		{key: "delta", c: domain.Client{
			LegalName: "Delta Chemicals Europe B.V.",
			VATID:     "NL733080157B01", CompanyNumber: "94263586",
			Address:  domain.Address{Street: "Botlekweg 130", Postcode: "3197 KA", City: "Rotterdam", Country: "NL"},
			Sector:   "manufacturing",
			Contact:  domain.Contact{Name: "Henrik Larsen", Role: "Managing Director", Email: "henrik.larsen@deltachemicals.eu", Phone: "+31 10 295 40 00"},
			Language: domain.LangEN,
			Notes:    "Acquired a Belgian competitor last year; integration lags behind plan.",
		}},
		{key: "vanacker", archived: true, c: domain.Client{
			LegalName: "Drukkerij Van Acker BV",
			VATID:     "BE0649735890", CompanyNumber: "0649.735.890",
			Address:  domain.Address{Street: "Oostendse Steenweg 95", Postcode: "8000", City: "Brugge", Country: "BE"},
			Sector:   "manufacturing",
			Contact:  domain.Contact{Name: "Hans Van Acker", Role: "Bestuurder", Email: "hans@drukkerijvanacker.be", Phone: "+32 50 31 08 08"},
			Language: domain.LangNL,
			Notes:    "The printing business was sold and closed; archived rather than deleted so its history stays.",
		}},
	}
}

func (l *loader) loadClients(ctx context.Context) error {
	for _, seed := range clientSeeds() {
		c := seed.c
		if err := l.s.Clients.CreateClient(ctx, &c); err != nil {
			return fmt.Errorf("demo client %s: %w", c.LegalName, err)
		}
		if seed.archived {
			if err := l.s.Clients.ArchiveClient(ctx, c.ID, true); err != nil {
				return fmt.Errorf("demo client %s: %w", c.LegalName, err)
			}
		}
		l.clients[seed.key] = c.ID
	}
	return nil
}
