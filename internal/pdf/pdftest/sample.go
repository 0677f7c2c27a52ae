// Package pdftest builds realistic documents for the tests and benchmarks of
// internal/pdf and of the programs that print through it: a Belgian firm's
// three-page proposal to a brewery, with a manager, five objectives, four
// exit criteria, three consulting phases and a permanent hire to compare.
package pdftest

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Proposal returns the sample proposal as issued version 2, in lang. Each
// call returns a fresh document that the caller may change.
func Proposal(lang domain.Lang) *domain.ProposalDocument {
	firm := domain.Firm{
		LegalName:     "Van Damme & Partners",
		LegalForm:     "BV",
		Address:       domain.Address{Street: "Kortrijksesteenweg 1120", Postcode: "9051", City: "Gent", Country: "BE"},
		CompanyNumber: "0403170701",
		RPRCourt:      "Gent, afdeling Gent",
		VATID:         "BE0403170701",
		IBAN:          "BE68539007547034",
		BIC:           "GKCCBEBB",
		Email:         "info@vandamme-partners.be",
		Phone:         "+32 9 123 45 67",
		Website:       "www.vandamme-partners.be",
		Logo:          Logo(),
		BrandColour:   "#1F3A5F",

		DefaultVATRate:       21,
		PaymentTermsDays:     30,
		ProposalValidityDays: 30,
		ProposalPrefix:       "OFF",
		DefaultLanguage:      domain.LangNL,
	}
	client := domain.Client{
		ID:            7,
		LegalName:     "Brouwerij De Kroon NV",
		VATID:         "BE0466701048",
		CompanyNumber: "0466701048",
		Address:       domain.Address{Street: "Stationsstraat 12", Postcode: "8500", City: "Kortrijk", Country: "BE"},
		Sector:        "Food & beverage",
		Contact:       domain.Contact{Name: "Zoë Vercruyssen", Role: "CEO", Email: "zoe.vercruyssen@dekroon.be"},
		Language:      lang,
	}
	manager := &domain.Manager{
		ID:             3,
		Name:           "François Dubois-Müller",
		Headline:       "Interim CFO",
		City:           "Gent",
		Skills:         []string{"Financial restructuring", "Cash management", "ERP migration", "M&A"},
		Sectors:        []string{"Food & beverage", "Manufacturing"},
		Languages:      []string{"nl", "fr", "en", "de"},
		DayRate:        domain.Euros(1250),
		MaxDaysPerWeek: 4,
		CV: "François has led the finance function of four mid-sized producers through a turnaround. At a " +
			"Walloon dairy co-operative he brought the monthly close down to five working days, renegotiated " +
			"€ 12 million of bank facilities and replaced a failing ERP within nine months. He coaches controllers " +
			"rather than replacing them, and hands over once the team runs the numbers on its own.",
		Active: true,
	}
	p := domain.Proposal{
		ID:       11,
		ClientID: client.ID,
		Title:    "Restoring financial control at Brouwerij De Kroon",
		Situation: "Brouwerij De Kroon has grown from a regional brewery into a supplier of supermarkets in Belgium, " +
			"the Netherlands and the north of France. Turnover doubled in four years, to € 38 million, but the finance " +
			"function did not grow with it: the monthly close takes three weeks, margins per product line are known " +
			"once a year, and the bank’s request for a thirteen-week cash-flow forecast went unanswered.\n\n" +
			"Your finance director left in April. The two controllers know the business – “every barrel by name”, as " +
			"you put it – but have never run a closing or a bank meeting on their own, and the new ERP project has " +
			"stalled for want of decisions only a finance lead can take. Your board wants a naïve-proof answer: how to " +
			"regain control over cash and margins before the covenant test at year end, and whether to hire a new " +
			"finance director now or first put the function in order.",
		Interim: domain.InterimOffer{
			ManagerID: manager.ID,
			Role:      "Interim Chief Financial Officer, reporting to the CEO",
			Objectives: "Close the books within eight working days of month end by September\n" +
				"Deliver a thirteen-week cash-flow forecast to the bank every week from the first month\n" +
				"Report margins per product line and per customer every month\n" +
				"Take the open ERP design decisions and bring the project back on schedule\n" +
				"Pass the year-end covenant test with headroom",
			ExitCriteria: "Two consecutive monthly closes delivered on time by the controllers without help\n" +
				"The cash-flow forecast is owned and presented by your own team\n" +
				"The new ERP runs the finance processes in production\n" +
				"A permanent finance director has been recruited and introduced",
			Start:       domain.NewDate(2026, 6, 1),
			Weeks:       26,
			DaysPerWeek: 4,
			DayRate:     domain.Euros(1250),
		},
		Consulting: domain.ConsultingOffer{
			Approach: "A senior consultant and an analyst work with your controllers for ten weeks: a diagnosis of " +
				"closing, cash and costing, recommendations with a business case, and an implementation plan your own " +
				"team can carry out.",
			Deliverables: "Diagnosis report on closing, cash and costing\n" +
				"Recommendations with a business case for each\n" +
				"Implementation plan with owners, milestones and a budget\n" +
				"Profile and job description for a permanent finance director",
			Phases: []domain.Phase{
				{Name: "Diagnosis", Weeks: 3, Fee: domain.Euros(18500)},
				{Name: "Recommendations and business case", Weeks: 4, Fee: domain.Euros(24000)},
				{Name: "Implementation plan", Weeks: 3, Fee: domain.Euros(16500)},
			},
		},
		Permanent: &domain.PermanentHire{
			AnnualSalary:      domain.Euros(120000),
			EmployerCostPct:   32,
			RecruitmentFeePct: 25,
			NoticeMonths:      0, // the notice of Belgian law for 26 weeks of service
		},
		Recommended: domain.KindInterim,
		Recommendation: "Your bank and your covenant leave no room for a study first and action later. An interim " +
			"CFO takes the stalled ERP decisions in the first week, gives the bank its forecast and trains your " +
			"controllers along the way; recruiting the permanent finance director is part of the mandate.",
		Terms:        "Travel within Belgium is included in the day rate. Days are invoiced as worked; days not worked are not invoiced.",
		VATRate:      21,
		ValidityDays: 30,
		Status:       domain.ProposalIssued,
		Number:       "OFF-2026-0007",
		Version:      2,
		IssuedOn:     domain.NewDate(2026, 5, 9),
		Language:     lang,
	}
	return &domain.ProposalDocument{
		Firm:      firm,
		Client:    client,
		Manager:   manager,
		Proposal:  p,
		Totals:    p.TotalsFor(&client),
		Lang:      lang,
		Number:    p.Number,
		Version:   p.Version,
		Date:      p.IssuedOn,
		ShortHash: "3f9a1c7e",
	}
}

// Draft returns the sample as an unissued preview: no number, version 0.
func Draft(lang domain.Lang) *domain.ProposalDocument {
	d := Proposal(lang)
	d.Number, d.Version, d.ShortHash = "", 0, ""
	d.Proposal.Number, d.Proposal.Version = "", 0
	d.Proposal.Status = domain.ProposalDraft
	return d
}

// Recompute refreshes the totals after a test changed the proposal, as the
// store does before it prints.
func Recompute(d *domain.ProposalDocument) *domain.ProposalDocument {
	d.Totals = d.Proposal.TotalsFor(&d.Client)
	return d
}

// Words returns n words of plausible text, for page-break tests; every word
// is numbered so a test can find each one in the printed text.
func Words(n int) string {
	var b strings.Builder
	stock := []string{"cash", "margin", "forecast", "closing", "covenant", "budget", "brewery", "controller"}
	for i := range n {
		if i > 0 {
			if i%60 == 0 {
				b.WriteString(".\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(stock[i%len(stock)])
		b.WriteString(strconv.Itoa(i))
	}
	return b.String()
}

// Logo returns the sample firm's logo: a 360×120 PNG with a transparent
// background, as logos usually are. It is a file rather than drawn on each
// call so that a process printing the sample spends no time on it;
// logo_test.go checks it still shows what drawLogo draws.
func Logo() []byte { return slices.Clone(logoPNG) }

//go:embed logo.png
var logoPNG []byte
