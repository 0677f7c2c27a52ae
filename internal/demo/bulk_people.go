package demo

import (
	"fmt"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Names of the generated people: Flemish, Walloon, Brussels and Dutch, so
// a search for a common name finds hundreds, as in a real roster.
var (
	firstNames = strings.Fields(`Anneliese Joëlle Gérard Inge Daniël Zoë Hélène Maarten Sofie Thijs Chloé Bart
		Renée Koen Noor Frédéric Lotte Wim Ingrid Raphaël Eline Jeroen Aurélie Stijn Mireille Pieter Annelies
		Tom Els Jan Marc Sarah Pieter-Jan Katrien Hans Hanne Lucas Emma Louis Lies Nathalie Philippe Isabelle
		Bram Fleur Sander Marloes Ruben Sanne Julien Camille Nicolas Manon Wouter Griet Dirk Veerle Yasmine Mehdi`)
	lastNames = strings.Fields(`Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De-Smet
		Dubois Lambert Dupont Martin Leclercq Lejeune Renard Simon Laurent Hermans Desmet Vermeulen Verbruggen
		De-Vries Jansen Bakker Visser Smit Meijer Mulder Bos Vos Hendriks Dekker Van-Dijk Van-den-Berg Hoekstra
		Claeys Lefèvre Dumont Smits Bosman Hendrickx Verhoeven Dewulf Van-Damme El-Amrani Yilmaz Coppens Michiels`)
	companyWords = map[domain.Lang][]string{
		domain.LangNL: strings.Fields("Kunststoffen Logistiek Bouw Voeding Techniek Zorggroep Metaal Transport Distributie Energie"),
		domain.LangFR: strings.Fields("Logistique Construction Alimentation Technique Santé Métal Transports Distribution Énergie Services"),
		domain.LangEN: strings.Fields("Chemicals Solutions Services Pharma Offshore Logistics Foods Systems Engineering Holdings"),
	}
	// extraSectors widen the sectors of the generated managers beyond
	// those of their template, so the sector filter has a spread.
	extraSectors = strings.Fields("banking insurance telecom construction chemicals automotive education media agriculture transport")
	mailHosts    = strings.Fields("gmail.com outlook.com telenet.be skynet.be proximus.be ziggo.nl kpnmail.nl hotmail.com")
)

// person is a first and last name, the last with its spaces back.
func (g *bulk) person() (first, last string) {
	return firstNames[g.rnd.IntN(len(firstNames))], strings.ReplaceAll(lastNames[g.rnd.IntN(len(lastNames))], "-", " ")
}

// mailPart folds a name into the ASCII letters an address is made of.
func mailPart(s string) string {
	s = strings.NewReplacer("é", "e", "è", "e", "ë", "e", "ï", "i", "ö", "o", "ü", "u", "ç", "c", "É", "e", "ô", "o").Replace(s)
	return strings.ToLower(strings.NewReplacer(" ", "", "-", "", "'", "").Replace(s))
}

// belgianNumber is a valid Belgian enterprise number, unique per n: eight
// digits and 97 minus their remainder modulo 97.
func belgianNumber(n int) string {
	base := 4_000_000 + n*13 // 0400 0000 upwards: starts with 0
	return fmt.Sprintf("%08d%02d", base, 97-base%97)
}

// dutchVAT is a Dutch VAT number passing the eleven-test, unique per n.
func dutchVAT(n int) string {
	for base := 10_000_000 + n*17; ; base++ {
		d := fmt.Sprintf("%08d", base)
		sum := 0
		for i := range 8 {
			sum += int(d[i]-'0') * (9 - i)
		}
		if c := sum % 11; c < 10 {
			return fmt.Sprintf("NL%s%dB01", d, c)
		}
	}
}

// makeClients clones the sample's clients: the same kinds of organisation,
// languages, countries and sectors, each with a name and numbers of its own.
func (g *bulk) makeClients(n int) {
	seeds := clientSeeds()
	for i := range n {
		s := seeds[i%len(seeds)]
		c := s.c
		c.ID = int64(i + 1)
		first, last := g.person()
		words := companyWords[c.Language]
		c.TradeName = ""
		switch c.Address.Country {
		case "BE":
			num := belgianNumber(i)
			c.VATID = "BE" + num
			c.CompanyNumber = num[:4] + "." + num[4:7] + "." + num[7:]
			form := "NV"
			if c.Language == domain.LangFR {
				form = "SA"
			}
			c.LegalName = fmt.Sprintf("%s %s %s", last, words[g.rnd.IntN(len(words))], form)
		default:
			c.VATID = dutchVAT(i)
			c.CompanyNumber = ""
			c.LegalName = fmt.Sprintf("%s %s B.V.", last, words[g.rnd.IntN(len(words))])
		}
		c.Contact.Name = first + " " + last
		c.Contact.Email = fmt.Sprintf("%s.%s@client%d.example", mailPart(first), mailPart(last), i+1)
		c.Archived = g.chance(3)
		c.Notes = ""
		c.Rev, c.CreatedAt, c.UpdatedAt = 1, g.stamp(g.day(-g.between(30, 900))), g.at
		g.clients = append(g.clients, &c)
	}
}

// makeManagers clones the sample's managers: headline, skills, CV and
// languages of a template (so texts read naturally), a name, address,
// rate, days and sectors of their own.
func (g *bulk) makeManagers(n int) {
	var seeds []managerSeed
	for _, s := range managerSeeds() {
		if !s.inactive {
			seeds = append(seeds, s)
		}
	}
	g.templateOf = make([]int, 0, n)
	for i := range n {
		t := g.rnd.IntN(len(seeds))
		m := seeds[t].m
		m.ID = int64(i + 1)
		first, last := g.person()
		m.Name = first + " " + last
		m.Email = fmt.Sprintf("%s.%s.%d@%s", mailPart(first), mailPart(last), i+1, mailHosts[g.rnd.IntN(len(mailHosts))])
		if strings.HasPrefix(m.Phone, "+31") {
			m.Phone = fmt.Sprintf("+31 6 %04d %04d", g.rnd.IntN(10000), g.rnd.IntN(10000))
		} else {
			m.Phone = fmt.Sprintf("+32 47%d %02d %02d %02d", g.rnd.IntN(10), g.rnd.IntN(100), g.rnd.IntN(100), g.rnd.IntN(100))
		}
		m.Sectors = append([]string(nil), m.Sectors...)
		if g.chance(40) {
			m.Sectors = domain.CleanList(append(m.Sectors, extraSectors[g.rnd.IntN(len(extraSectors))]))
		}
		m.DayRate = max(domain.Euros(600), m.DayRate+domain.Euros(int64(50*g.between(-4, 4))))
		m.MaxDaysPerWeek = g.between(2, 5)
		m.Company = domain.ManagementCompany{}
		if g.chance(80) {
			m.Company.Name = last + " Management"
		}
		m.Active = !g.chance(4)
		m.AvailableFrom = g.day(g.between(-120, 200))
		m.Rev, m.CreatedAt, m.UpdatedAt = 1, g.stamp(g.day(-g.between(30, 1500))), g.at
		g.managers = append(g.managers, &m)
		g.templateOf = append(g.templateOf, t)
	}
	g.managerSeeds = seeds
}
