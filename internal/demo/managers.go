package demo

import (
	"context"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// managerSeed is a sample manager. availableIn is the first free day counted
// from today; when the manager is booked on a live sample engagement,
// loadManagers moves it to the day after that engagement ends, so the roster
// never shows someone free while the sample has them on a mandate.
type managerSeed struct {
	key         string
	availableIn int
	inactive    bool
	m           domain.Manager
}

// list keeps the seed table below readable.
func list(items ...string) []string { return items }

// company is a management company with a VAT number and IBAN that pass
// their checks: Belgian ones mod 97, Dutch ones the eleven-test or, for the
// sole proprietors registered since 2020, ISO 7064 mod 97-10.
func company(name, vat, iban string) domain.ManagementCompany {
	return domain.ManagementCompany{Name: name, VATID: vat, IBAN: iban}
}

// managerSeeds is the roster: Flemish, Walloon, Brussels and Dutch managers
// with the spread of functions a small firm places, several French-speaking
// CFOs among them, day rates from 850 to 1,650 euros and two who are no
// longer active.
func managerSeeds() []managerSeed {
	return []managerSeed{
		{key: "verbruggen", availableIn: 14, m: domain.Manager{
			Name: "Anneliese Verbruggen", Email: "anneliese@verbruggenfinance.be", Phone: "+32 475 21 33 90", City: "Antwerpen",
			Headline: "Interim CFO", Skills: list("finance", "turnaround", "cash management", "bank negotiations"),
			Sectors: list("manufacturing", "retail"), Languages: list("nl", "en", "de"),
			DayRate: domain.Euros(1350), MaxDaysPerWeek: 4,
			CV:      "Former CFO of a listed Antwerp distribution group. Led three refinancings with bank syndicates and a 13-week cash programme that kept a manufacturer out of court protection. Works in Dutch, English and German.",
			Company: company("Verbruggen Finance BV", "BE0823764382", "BE21 1438 7891 6903"),
		}},
		{key: "dubois", availableIn: 0, m: domain.Manager{
			Name: "Joëlle Dubois", Email: "joelle.dubois@dubois-conseil.be", Phone: "+32 478 55 12 04", City: "Bruxelles",
			Headline: "Interim CFO", Skills: list("finance", "IFRS", "M&A", "reporting"),
			Sectors: list("pharma", "healthcare"), Languages: list("fr", "nl", "en"),
			DayRate: domain.Euros(1450), MaxDaysPerWeek: 5,
			CV:      "Directrice financière de transition depuis 2012. Ancienne CFO d'une biotech cotée et d'un réseau hospitalier bruxellois. Specialist in IFRS conversions and carve-outs; trilingual.",
			Company: company("Dubois Conseil SRL", "BE0604901896", "BE86 1433 3926 2150"),
		}},
		{key: "vandenbossche", availableIn: 30, m: domain.Manager{
			Name: "Gérard Van den Bossche", Email: "gerard@vdbossche.be", Phone: "+32 496 40 18 77", City: "Gent",
			Headline: "Interim CFO", Skills: list("finance", "turnaround", "restructuring", "controlling"),
			Sectors: list("manufacturing", "logistics"), Languages: list("nl", "fr", "en"),
			DayRate: domain.Euros(1550), MaxDaysPerWeek: 4,
			CV:      "Twintig jaar herstelfinanciering in de Vlaamse en Waalse industrie. Loodste twee familiale producenten door een gerechtelijke reorganisatie (WCO/PRJ) en terug naar bankfinanciering. Is voorzitter van het auditcomité van een logistieke coöperatie.",
			Company: company("GVDB Management BV", "BE0792430018", "BE15 0636 3932 6530"),
		}},
		{key: "claeys", availableIn: 7, m: domain.Manager{
			Name: "Inge Claeÿs", Email: "inge.claeys@claeys-hr.be", Phone: "+32 473 90 81 12", City: "Brugge",
			Headline: "Interim HR-directeur", Skills: list("HR", "change management", "social dialogue", "reorganisation"),
			Sectors: list("healthcare", "public sector"), Languages: list("nl", "fr", "en"),
			DayRate: domain.Euros(1050), MaxDaysPerWeek: 3,
			CV:      "HR-directeur ad interim in ziekenhuizen en lokale besturen. Onderhandelde twee herstructureringen met de vakbonden zonder één stakingsdag. Sterk in het opbouwen van een HR-team dat na haar vertrek zelfstandig verder kan.",
			Company: company("Claeÿs HR Consult BV", "BE0698408314", "BE53 9799 1296 8853"),
		}},
		{key: "devries", availableIn: 21, m: domain.Manager{
			Name: "Daniël de Vries", Email: "daniel@devries-operations.nl", Phone: "+31 6 2418 7730", City: "Utrecht",
			Headline: "Interim COO", Skills: list("operations", "lean", "supply chain", "S&OP"),
			Sectors: list("food", "manufacturing"), Languages: list("nl", "en", "de"),
			DayRate: domain.Euros(1250), MaxDaysPerWeek: 4,
			CV:      "Operationeel directeur in de voedingsindustrie, twaalf jaar interim. Bracht de OEE van een zuivelfabriek van 61 naar 78 procent in negen maanden. Werkt graag met ploegleiders op de vloer.",
			Company: company("De Vries Operations", "NL447712782B52", "NL70 TRIO 9375 1058 14"),
		}},
		{key: "maes", availableIn: 45, m: domain.Manager{
			Name: "Zoë Maes", Email: "zoe.maes@maes-digital.be", Phone: "+32 479 66 02 35", City: "Leuven",
			Headline: "Interim CIO", Skills: list("IT", "ERP", "digital transformation", "cybersecurity"),
			Sectors: list("retail", "logistics"), Languages: list("nl", "en"),
			DayRate: domain.Euros(1300), MaxDaysPerWeek: 4,
			CV:      "CIO ad interim for retailers and 3PLs. Replaced a failing ERP roll-out at a fashion chain within budget and set up its first security operations centre. Translates IT to the board without jargon.",
			Company: company("Maes Digital BV", "BE0612223319", "BE04 9793 7034 8631"),
		}},
		{key: "lambert", availableIn: 60, m: domain.Manager{
			Name: "Hélène Lambert", Email: "helene.lambert@lambert-finance.be", Phone: "+32 477 32 64 50", City: "Namur",
			Headline: "Interim CFO", Skills: list("finance", "treasury", "IFRS", "fundraising"),
			Sectors: list("energy", "public sector"), Languages: list("fr", "en"),
			DayRate: domain.Euros(1400), MaxDaysPerWeek: 5,
			CV:      "CFO de transition dans l'énergie et les intercommunales wallonnes. Raised 140 million euros of green project finance for a wind developer. Known for building a finance team and leaving it stronger.",
			Company: company("Lambert Finance SRL", "BE0887965318", "BE79 7511 5789 5933"),
		}},
		{key: "jansen", availableIn: 10, m: domain.Manager{
			Name: "Maarten Jansen", Email: "maarten@jansenprogrammas.nl", Phone: "+31 6 5120 3344", City: "Amersfoort",
			Headline: "Programmamanager", Skills: list("programme management", "ERP", "PMO", "stakeholder management"),
			Sectors: list("energy", "public sector"), Languages: list("nl", "en"),
			DayRate: domain.Euros(1100), MaxDaysPerWeek: 5,
			CV:      "Programmamanager voor grote veranderprogramma's bij netbeheerders en gemeenten. Leidde de samenvoeging van drie belastingkantoren tot één uitvoeringsorganisatie. Prince2 en MSP gecertificeerd.",
			Company: company("Jansen Programmamanagement B.V.", "NL205064310B01", "NL55 INGB 6790 8310 96"),
		}},
		{key: "wouters", availableIn: 0, m: domain.Manager{
			Name: "Sofie Wouters", Email: "sofie@wouters-supplychain.be", Phone: "+32 486 71 29 03", City: "Mechelen",
			Headline: "Interim Supply Chain Director", Skills: list("supply chain", "procurement", "S&OP", "inventory"),
			Sectors: list("food", "retail"), Languages: list("nl", "en", "fr"),
			DayRate: domain.Euros(1150), MaxDaysPerWeek: 4,
			CV:      "Supply chain director in vers voedsel en retail. Verlaagde de voorraad van een bakkerijgroep met een derde en bracht tegelijk de servicegraad naar 98,5 procent. Voerde S&OP in bij vier bedrijven.",
			Company: company("Wouters Supply Chain BV", "BE0740897579", "BE64 1434 0474 7052"),
		}},
		{key: "hoekstra", availableIn: 90, m: domain.Manager{
			Name: "Thijs Hoekstra", Email: "thijs@hoekstra-interim.nl", Phone: "+31 6 1170 9921", City: "Groningen",
			Headline: "Interim CEO", Skills: list("general management", "turnaround", "M&A"),
			Sectors: list("manufacturing", "energy"), Languages: list("nl", "en", "de"),
			DayRate: domain.Euros(1650), MaxDaysPerWeek: 5,
			CV:      "Interim CEO for industrial companies in crisis, often at the request of banks or shareholders. Sold or refinanced five companies after turnaround. German-speaking, regularly works for DACH owners.",
			Company: company("Hoekstra Interim Management B.V.", "NL875798718B01", "NL58 TRIO 7861 7828 40"),
		}},
		{key: "lefevre", availableIn: 120, m: domain.Manager{
			Name: "Chloé Lefèvre", Email: "chloe.lefevre@lefevre-ops.be", Phone: "+32 472 18 44 61", City: "Wavre",
			Headline: "Interim COO", Skills: list("operations", "quality", "GMP", "lean"),
			Sectors: list("pharma", "healthcare"), Languages: list("fr", "en", "nl"),
			DayRate: domain.Euros(1350), MaxDaysPerWeek: 5,
			CV:      "Directrice des opérations ad interim dans l'industrie pharmaceutique. Prepared two sites for FDA inspections with zero critical findings. Fluent in French, English and Dutch.",
			Company: company("Lefèvre Operations SRL", "BE0830773029", "BE34 0019 1400 3390"),
		}},
		{key: "desmet", availableIn: 35, m: domain.Manager{
			Name: "Bart Desmet", Email: "bart.desmet@desmet-plant.be", Phone: "+32 495 04 77 18", City: "Kortrijk",
			Headline: "Interim Plant Manager", Skills: list("operations", "lean six sigma", "maintenance", "safety"),
			Sectors: list("manufacturing", "food"), Languages: list("nl", "fr"),
			DayRate: domain.Euros(1000), MaxDaysPerWeek: 5,
			CV:      "Plantmanager in kunststofverwerking en voeding. Halveerde het aantal arbeidsongevallen in twee jaar en voerde TPM in op drie sites. Tweetalig Nederlands-Frans.",
			Company: company("Desmet Plant Management BV", "BE0767424111", "BE16 0687 8822 6774"),
		}},
		{key: "vermeulen", availableIn: 5, m: domain.Manager{
			Name: "Renée Vermeulen", Email: "renee@vermeulenfinance.nl", Phone: "+31 6 4092 1187", City: "Rotterdam",
			Headline: "Interim Finance Manager", Skills: list("finance", "controlling", "closing", "consolidation"),
			Sectors: list("retail", "logistics"), Languages: list("nl", "en"),
			DayRate: domain.Euros(900), MaxDaysPerWeek: 4,
			CV:      "Finance manager voor snelgroeiende retailers. Bracht de maandafsluiting terug van vijftien naar vijf werkdagen. Houdt van schone balansen en korte rapportages.",
			Company: company("Vermeulen Finance B.V.", "NL814449505B01", "NL22 KNAB 2189 4650 79"),
		}},
		{key: "peeters", availableIn: 75, m: domain.Manager{
			Name: "Koen Peeters", Email: "koen.peeters@kp-corporatefinance.be", Phone: "+32 475 88 13 20", City: "Antwerpen",
			Headline: "Interim M&A Director", Skills: list("M&A", "due diligence", "post-merger integration", "finance"),
			Sectors: list("pharma", "manufacturing"), Languages: list("nl", "en", "fr"),
			DayRate: domain.Euros(1600), MaxDaysPerWeek: 3,
			CV:      "Former head of corporate development at a Belgian pharma group. Led eleven acquisitions and their integration, from letter of intent to the last system migration. Works three days a week so he can stay close to the deal team.",
			Company: company("KP Corporate Finance BV", "BE0820332661", "BE42 0018 2248 9954"),
		}},
		{key: "elamrani", availableIn: 14, m: domain.Manager{
			Name: "Noor El Amrani", Email: "noor.elamrani@gmail.com", Phone: "+31 6 3377 5012", City: "Den Haag",
			Headline: "Interim HR Director", Skills: list("HR", "talent", "payroll", "labour law"),
			Sectors: list("logistics", "retail"), Languages: list("nl", "en", "fr", "ar"),
			DayRate: domain.Euros(1050), MaxDaysPerWeek: 4,
			CV: "HR director for logistics companies with large seasonal workforces. Rebuilt payroll after a failed outsourcing and brought absenteeism down by a third. Works through a payroll company rather than her own BV.",
		}},
		{key: "dumont", availableIn: 21, m: domain.Manager{
			Name: "Frédéric Dumont", Email: "frederic.dumont@dumont-finance.be", Phone: "+32 471 20 93 45", City: "Charleroi",
			Headline: "Interim CFO", Skills: list("finance", "cash management", "restructuring", "PRJ"),
			Sectors: list("food", "manufacturing"), Languages: list("fr", "nl"),
			DayRate: domain.Euros(1300), MaxDaysPerWeek: 5,
			CV:      "CFO de crise pour des PME wallonnes. A mené trois procédures de réorganisation judiciaire jusqu'à l'homologation du plan. Understands Flemish banks as well as Walloon ones.",
			Company: company("Dumont Finance SRL", "BE0764553703", "BE38 0683 0224 6872"),
		}},
		{key: "smits", availableIn: 40, m: domain.Manager{
			Name: "Lotte Smits", Email: "lotte.smits@outlook.com", Phone: "+31 6 2255 6801", City: "Eindhoven",
			Headline: "Interim Procurement Director", Skills: list("procurement", "supply chain", "contract management", "tendering"),
			Sectors: list("public sector", "healthcare"), Languages: list("nl", "en"),
			DayRate: domain.Euros(950), MaxDaysPerWeek: 3,
			CV: "Inkoopdirecteur in zorg en overheid. Zette Europese aanbestedingen op voor ziekenhuisapparatuur ter waarde van 60 miljoen euro. Werkt via een payrollconstructie.",
		}},
		{key: "goossens", availableIn: 100, m: domain.Manager{
			Name: "Wim Goossens", Email: "wim@goossens-it.be", Phone: "+32 476 14 52 88", City: "Hasselt",
			Headline: "Interim CIO", Skills: list("IT", "infrastructure", "outsourcing", "cybersecurity"),
			Sectors: list("public sector", "energy"), Languages: list("nl", "en"),
			DayRate: domain.Euros(1200), MaxDaysPerWeek: 5,
			CV:      "CIO ad interim bij steden, intercommunales en een distributienetbeheerder. Stuurde een ransomware-herstel en de heronderhandeling van een outsourcingcontract van tien jaar. Rustig onder druk.",
			Company: company("Goossens IT Advies BV", "BE0889536817", "BE70 0881 7544 6925"),
		}},
		{key: "bosman", availableIn: 50, m: domain.Manager{
			Name: "Ingrid Bosman", Email: "ingrid@bosmanzorg.nl", Phone: "+31 6 4810 2290", City: "Zwolle",
			Headline: "Interim Bestuurder Zorg", Skills: list("governance", "change management", "quality", "general management"),
			Sectors: list("healthcare"), Languages: list("nl"),
			DayRate: domain.Euros(1150), MaxDaysPerWeek: 4,
			CV:      "Interim bestuurder in de ouderenzorg en de gehandicaptenzorg. Bracht twee organisaties onder verscherpt toezicht van de inspectie terug naar regulier toezicht. Werkt vanuit de vraag van cliënten en medewerkers.",
			Company: company("Bosman Zorgadvies B.V.", "NL899752664B01", "NL03 SNSB 3079 4544 48"),
		}},
		{key: "mertens", availableIn: 28, m: domain.Manager{
			Name: "Raphaël Mertens", Email: "raphael.mertens@mertens-projects.be", Phone: "+32 487 63 01 74", City: "Eupen",
			Headline: "Interim Project Director", Skills: list("programme management", "capex", "construction", "contracting"),
			Sectors: list("energy", "manufacturing"), Languages: list("de", "fr", "nl", "en"),
			DayRate: domain.Euros(1250), MaxDaysPerWeek: 5,
			CV:      "Project director for capital projects from 20 to 300 million euros: a biomass plant, two production lines, a distribution centre. Grew up in the German-speaking Community and works in four languages.",
			Company: company("Mertens Projects BV", "BE0762234017", "BE52 0687 7994 6109"),
		}},
		{key: "vandamme", availableIn: 18, m: domain.Manager{
			Name: "Eline Van Damme", Email: "eline@vandamme-commercial.be", Phone: "+32 494 27 70 31", City: "Gent",
			Headline: "Interim Commercieel Directeur", Skills: list("sales", "pricing", "marketing", "e-commerce"),
			Sectors: list("retail", "food"), Languages: list("nl", "en", "fr"),
			DayRate: domain.Euros(1000), MaxDaysPerWeek: 4,
			CV:      "Commercieel directeur in retail en voeding. Herzag de prijszetting van een bakkerijketen en won zo vier procentpunt brutomarge terug. Bouwde twee webshops van nul tot tien procent van de omzet.",
			Company: company("Van Damme Commercial BV", "BE0636612978", "BE86 3106 4128 2850"),
		}},
		{key: "mulder", availableIn: 3, m: domain.Manager{
			Name: "Jeroen Mulder", Email: "jeroen@mulderlogistiek.nl", Phone: "+31 6 5566 0123", City: "Venlo",
			Headline: "Interim Logistics Manager", Skills: list("logistics", "warehousing", "transport", "supply chain"),
			Sectors: list("logistics", "retail"), Languages: list("nl", "en", "de"),
			DayRate: domain.Euros(850), MaxDaysPerWeek: 5,
			CV:      "Logistiek manager voor distributiecentra in de regio Venlo en het Ruhrgebied. Startte drie nieuwe DC's op binnen planning. Spreekt vloeiend Duits.",
			Company: company("Mulder Logistiek Advies", "NL261973069B15", "NL63 ABNA 3839 4628 35"),
		}},
		{key: "hendrickx", availableIn: 65, m: domain.Manager{
			Name: "Aurélie Hendrickx", Email: "aurelie@hendrickx-qa.be", Phone: "+32 479 45 10 62", City: "Bruxelles",
			Headline: "Interim Quality & Regulatory Director", Skills: list("quality", "regulatory affairs", "GMP", "validation"),
			Sectors: list("pharma"), Languages: list("fr", "en", "nl"),
			DayRate: domain.Euros(1300), MaxDaysPerWeek: 5,
			CV:      "Qualified Person and head of quality at three sterile manufacturing sites. Closed out an FDA warning letter in eleven months. Builds quality systems people actually use.",
			Company: company("Hendrickx Quality SRL", "BE0789480228", "BE02 3632 0096 4640"),
		}},
		{key: "verhoeven", availableIn: 8, m: domain.Manager{
			Name: "Stijn Verhoeven", Email: "stijn.verhoeven@telenet.be", Phone: "+32 497 11 46 29", City: "Mechelen",
			Headline: "Interim Controller", Skills: list("controlling", "budgeting", "reporting", "BI"),
			Sectors: list("public sector", "healthcare"), Languages: list("nl", "en"),
			DayRate: domain.Euros(875), MaxDaysPerWeek: 5,
			CV: "Controller bij OCMW's, woonzorgcentra en een intercommunale. Voerde de BBC-rapportering in en bouwde dashboards die de raad van bestuur echt leest.",
		}},
		{key: "dewulf", availableIn: 150, m: domain.Manager{
			Name: "Mireille Dewulf", Email: "mireille@dewulf-hr.be", Phone: "+32 478 09 81 56", City: "Roeselare",
			Headline: "Interim HR-directeur", Skills: list("HR", "reorganisation", "collective bargaining", "Renault procedure"),
			Sectors: list("manufacturing"), Languages: list("nl", "fr"),
			DayRate: domain.Euros(1100), MaxDaysPerWeek: 4,
			CV:      "HR-directeur ad interim bij industriële bedrijven in herstructurering. Begeleidde vier Renault-procedures van aankondiging tot sociaal plan. Kent het Paritair Comité 111 en 116 van binnenuit.",
			Company: company("Dewulf HR BV", "BE0656667729", "BE40 1438 4608 8463"),
		}},
		{key: "vandenberg", availableIn: 180, m: domain.Manager{
			Name: "Pieter van den Berg", Email: "pieter@vdberg-treasury.nl", Phone: "+31 6 2890 4415", City: "Amsterdam",
			Headline: "Interim Finance Director", Skills: list("treasury", "refinancing", "bank relations", "finance"),
			Sectors: list("energy", "logistics"), Languages: list("nl", "en", "de"),
			DayRate: domain.Euros(1350), MaxDaysPerWeek: 4,
			CV:      "Finance director en treasurer. Herfinancierde een rederij en een energiehandelaar midden in de renteschok. Denkt in scenario's en kasstromen.",
			Company: company("Van den Berg Treasury B.V.", "NL965637943B01", "NL33 ABNA 6270 0414 57"),
		}},
		{key: "jacobs", availableIn: 25, m: domain.Manager{
			Name: "Nathalie Jacobs", Email: "nathalie.jacobs@jacobs-transformation.be", Phone: "+32 470 62 35 08", City: "Brussel",
			Headline: "Programmamanager", Skills: list("transformation", "PMO", "agile", "change management"),
			Sectors: list("public sector", "healthcare"), Languages: list("nl", "fr", "en"),
			DayRate: domain.Euros(1050), MaxDaysPerWeek: 5,
			CV:      "Programmamanager voor digitale transformaties in Brusselse en federale overheden. Werkt vlot in het Nederlands en het Frans, ook in één vergadering.",
			Company: company("Jacobs Transformation BV", "BE0699988424", "BE50 0014 6612 7718"),
		}},
		{key: "vanhoecke", availableIn: 0, inactive: true, m: domain.Manager{
			Name: "Luc Van Hoecke", Email: "luc@vanhoecke-management.be", Phone: "+32 475 50 20 11", City: "Aalst",
			Headline: "Interim CEO", Skills: list("general management", "turnaround", "family business", "succession"),
			Sectors: list("food", "manufacturing"), Languages: list("nl", "fr", "en"),
			DayRate: domain.Euros(1500), MaxDaysPerWeek: 5,
			CV:      "Interim CEO in family businesses, often during a succession. Guided six families through the handover to the next generation or a sale.",
			Company: company("Van Hoecke Management BV", "BE0711467680", "BE33 3105 6944 4246"),
			Notes:   "On sabbatical; asked not to be proposed until further notice.",
		}},
		{key: "willems", availableIn: 0, inactive: true, m: domain.Manager{
			Name: "Geert Willems", Email: "geert.willems@skynet.be", Phone: "+32 476 33 90 74", City: "Genk",
			Headline: "Interim Plant Manager", Skills: list("operations", "maintenance", "safety"),
			Sectors: list("manufacturing", "energy"), Languages: list("nl", "en"),
			DayRate: domain.Euros(950), MaxDaysPerWeek: 5,
			CV:    "Plant manager in heavy industry and energy. Led the restart of a cogeneration plant after a fire.",
			Notes: "Accepted a permanent position with a former client.",
		}},
	}
}

func (l *loader) loadManagers(ctx context.Context) error {
	busyUntil := l.liveEngagementEnds()
	for _, seed := range managerSeeds() {
		m := seed.m
		m.AvailableFrom = l.day(seed.availableIn)
		if end, ok := busyUntil[seed.key]; ok && !m.AvailableFrom.After(end) {
			m.AvailableFrom = end.AddDays(1)
		}
		m.Active = true
		withSeat(seed.key, &m)
		if err := l.s.Managers.CreateManager(ctx, &m); err != nil {
			return fmt.Errorf("demo manager %s: %w", m.Name, err)
		}
		// Deactivating is its own service call, as in the app: a manager is
		// taken off the roster, never deleted.
		if seed.inactive {
			if err := l.s.Managers.SetManagerActive(ctx, m.ID, false); err != nil {
				return fmt.Errorf("demo manager %s: %w", m.Name, err)
			}
		}
		l.managers[seed.key] = m.ID
	}
	return nil
}
