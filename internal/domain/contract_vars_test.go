package domain

import (
	"strings"
	"testing"
	"time"
)

// contractDoc is a mandate's three-party contract under Belgian law, in
// lang, with the default clauses.
func contractDoc(lang Lang) *ContractDocument {
	d := &ContractDocument{
		Lang: lang, Jurisdiction: JurisdictionBE, VATRate: 21, ThreeParty: true,
		Firm: Firm{LegalName: "Van Damme & Partners", LegalForm: "BV", RPRCourt: "Gent, afdeling Gent",
			Address: Address{City: "Gent", Country: "BE"}, PaymentTermsDays: 30},
		Client:  Client{LegalName: "Brouwerij De Kroon NV"},
		Manager: &Manager{Name: "François Dubois", Company: ManagementCompany{Name: "FD Management BV"}},
		Engagement: Engagement{ID: 12, Kind: KindInterim, Role: "Interim CFO", Start: NewDate(2026, time.June, 1),
			End: NewDate(2026, time.November, 29), DaysPerWeek: 4, DayRate: Euros(1250), NoticeDays: 30},
		Terms:    ContractTerms{NonSolicitMonths: 12, LiabilityCapMonths: 6},
		Proposal: &ProposalRef{Number: "OFF-2026-0007", Version: 2},
	}
	for _, k := range ContractClauses(KindInterim) {
		c, _ := DefaultClause(d.Jurisdiction, lang, k)
		d.Clauses = append(d.Clauses, c)
	}
	return d
}

func TestContractVars(t *testing.T) {
	nb := func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }
	for _, tc := range []struct {
		name string
		doc  func() *ContractDocument
		want map[string]string
	}{
		{"mandate in English", func() *ContractDocument { return contractDoc(LangEN) }, map[string]string{
			"firm": "Van Damme & Partners BV", "client": "Brouwerij De Kroon NV", "manager": "François Dubois",
			"manager_company": "FD Management BV", "role": "Interim CFO",
			"period":        "from " + nb("1 June 2026") + " up to and including " + nb("29 November 2026"),
			"duration":      nb("26 weeks"),
			"days_per_week": nb("4 days a week"), "day_rate": "€1,250.00", "monthly": "€21,666.67", "total": "€130,000.00",
			"vat": "21%", "payment_term": "within 30 days of the invoice date", "notice_period": nb("30 days"),
			"non_solicitation_period": nb("12 months"), "liability_period": nb("6 months"),
			"court": "Ghent, division Ghent", "firm_city": "Ghent", "originals": "three originals", "proposal": "OFF-2026-0007 (version 2)",
			"art_parties": "1", "art_notice": "9", "art_confidentiality": "10", "art_ip": "11", "art_law": "15", "art_final": "16",
		}},
		{"mandate in Dutch", func() *ContractDocument { return contractDoc(LangNL) }, map[string]string{
			"period":        "van " + nb("1 juni 2026") + " tot en met " + nb("29 november 2026"),
			"days_per_week": nb("4 dagen per week"), "day_rate": nb("€ 1.250,00"), "originals": "drie exemplaren",
			"proposal": "OFF-2026-0007 (versie 2)", "notice_period": nb("30 dagen"),
			"court": "Gent, afdeling Gent",
		}},
		{"open-ended, one day, in French, paid on receipt", func() *ContractDocument {
			d := contractDoc(LangFR)
			d.Engagement.End, d.Engagement.DaysPerWeek, d.Firm.PaymentTermsDays = Date{}, 1, 0
			d.Terms.NonSolicitMonths = 1
			return d
		}, map[string]string{
			"period": "à partir du 1er\u00a0juin\u00a02026 pour une durée indéterminée", "duration": "", "end": "", "total": "0,00\u00a0€", "day_rate": "1\u00a0250,00\u00a0€",
			"court": "Gand, division Gand", "firm_city": "Gand",
			"days_per_week": nb("1 jour par semaine"), "payment_term": "à réception", "vat": "21\u00a0%",
			"non_solicitation_period": nb("1 mois"),
		}},
		{"consulting under Dutch law", func() *ContractDocument {
			d := contractDoc(LangEN)
			d.Jurisdiction, d.Firm.Address = JurisdictionNL, Address{City: "Utrecht", Country: "NL"}
			d.Engagement.Kind, d.Engagement.Fee, d.Engagement.DayRate, d.Engagement.DaysPerWeek = KindConsulting, Euros(42500), 0, 0
			d.Manager, d.Proposal = nil, nil
			return d
		}, map[string]string{
			"fee": "€42,500.00", "total": "€42,500.00", "monthly": "€0.00", "court": "Utrecht", "originals": "two originals",
			"manager": "", "manager_company": "", "proposal": "",
		}},
		{"client agreement: two originals, the client's rate", func() *ContractDocument {
			d := contractDoc(LangEN)
			d.ThreeParty, d.Engagement.ManagerDayFee = false, Euros(1000)
			return d
		}, map[string]string{"originals": "two originals", "day_rate": "€1,250.00", "total": "€130,000.00", "manager": "François Dubois"}},
		{"manager agreement: the manager's fee and payment term", func() *ContractDocument {
			d := contractDoc(LangNL)
			d.ThreeParty, d.Party, d.Engagement.ManagerDayFee = false, PartyManager, Euros(1000)
			d.ManagerPayment = &ManagerPayment{Days: 10, After: PayAfterClient}
			return d
		}, map[string]string{"originals": "twee exemplaren", "day_rate": nb("€ 1.000,00"), "monthly": nb("€ 17.333,33"), "total": nb("€ 104.000,00"),
			"payment_term": "binnen 10 dagen nadat de Opdrachtgever het Bureau voor dezelfde dagen heeft betaald"}},
		{"manager agreement paid after the invoice, in French", func() *ContractDocument {
			d := contractDoc(LangFR)
			d.Party, d.Engagement.ManagerDayFee = PartyManager, Euros(1000)
			d.ManagerPayment = &ManagerPayment{Days: 30, After: PayAfterInvoice}
			return d
		}, map[string]string{"day_rate": "1\u00a0000,00\u00a0€", "payment_term": "dans les 30 jours de la date de facture"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.doc().Vars()
			for k, want := range tc.want {
				if v[k] != want {
					t.Errorf("{%s} = %q, want %q", k, v[k], want)
				}
			}
			for _, p := range ContractPlaceholders {
				if _, ok := v[p.Name]; !ok && tc.want[p.Name] != "" {
					t.Errorf("{%s} has no value", p.Name)
				}
			}
		})
	}
}

func TestExpandClause(t *testing.T) {
	vars := map[string]string{"notice_period": "30 days", "art_fee": "7", "empty": ""}
	for _, tc := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"Notice of {notice_period}, see article {art_fee}.", "Notice of 30 days, see article 7."},
		{"{notice_period}{notice_period}", "30 days30 days"},
		{"Nothing: {empty}.", "Nothing: ."},
		{"Unknown {stays} as written.", "Unknown {stays} as written."},
		{"Open { brace", "Open { brace"},
		{"Close } brace {notice_period}", "Close } brace 30 days"},
	} {
		if got := ExpandClause(tc.in, vars); got != tc.want {
			t.Errorf("ExpandClause(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDefaultClausesExpand fills every default text of every template and
// language and finds no placeholder left over.
func TestDefaultClausesExpand(t *testing.T) {
	for _, j := range Jurisdictions {
		for _, l := range Langs {
			for _, tc := range []struct {
				kind       OfferKind
				party      ContractParty
				threeParty bool
			}{{KindInterim, PartyClient, true}, {KindInterim, PartyClient, false}, {KindInterim, PartyManager, false}, {KindConsulting, PartyClient, false}} {
				d := contractDoc(l)
				d.Jurisdiction, d.Engagement.Kind, d.Clauses = j, tc.kind, nil
				d.Party, d.ThreeParty, d.Engagement.ManagerDayFee = tc.party, tc.threeParty, Euros(1000)
				for _, k := range AgreementClauses(tc.kind, tc.party, tc.threeParty) {
					c, _ := DefaultClause(j, l, k)
					d.Clauses = append(d.Clauses, c)
				}
				v := d.Vars()
				for _, c := range d.Clauses {
					if out := ExpandClause(c.Title+" "+c.Body, v); strings.ContainsAny(out, "{}") {
						t.Errorf("%s %s %s/%s %s: %q", j, l, tc.kind, tc.party, c.Key, out)
					}
				}
			}
		}
	}
}

// FuzzClauseText feeds what a person may type into the settings screen:
// Validate never panics, and a text it accepts expands without a
// placeholder left over.
func FuzzClauseText(f *testing.F) {
	for _, s := range []string{"Within {notice_period}.", "{art_notice}", "{", "}", "{x}", "{{notice_period}}", "é{notice_period}\n{court}", ""} {
		f.Add(s)
	}
	vars := contractDoc(LangEN).Vars()
	f.Fuzz(func(t *testing.T, body string) {
		c := ClauseText{Jurisdiction: JurisdictionNL, Lang: LangEN, Clause: Clause{Key: ClauseExpenses, Title: "Expenses", Body: body}}
		if c.Validate() != nil {
			return
		}
		if out := ExpandClause(body, vars); strings.Contains(out, "{") && strings.Count(body, "{") > 0 && !strings.Contains(body, "{{") {
			// Every { of an accepted text opens a known placeholder, which
			// is filled; only a value that itself holds a brace remains.
			for name, v := range vars {
				if strings.Contains(v, "{") {
					t.Skipf("{%s} holds a brace", name)
				}
			}
			t.Errorf("accepted %q expands to %q", body, out)
		}
	})
}

// TestPlaceName: courts and towns in the document's language, whichever
// name they were typed in.
func TestPlaceName(t *testing.T) {
	for _, tc := range []struct {
		name, country string
		nl, fr, en    string
	}{
		{"Gent", "BE", "Gent", "Gand", "Ghent"},
		{"Gand", "BE", "Gent", "Gand", "Ghent"},
		{"Brussel", "BE", "Brussel", "Bruxelles", "Brussels"},
		{"Antwerpen", "BE", "Antwerpen", "Anvers", "Antwerp"},
		{"Leuven", "BE", "Leuven", "Louvain", "Leuven"},
		{"Liège", "BE", "Luik", "Liège", "Liège"},
		{"Mons", "BE", "Bergen", "Mons", "Mons"},
		{"Kortrijk", "BE", "Kortrijk", "Courtrai", "Kortrijk"},
		{"Antwerpen, afdeling Mechelen", "BE", "Antwerpen, afdeling Mechelen", "Anvers, division Malines", "Antwerp, division Mechelen"},
		{"Bergen", "NL", "Bergen", "Bergen", "Bergen"}, // Bergen (NH) is not Mons
		{"Den Haag", "NL", "Den Haag", "La Haye", "The Hague"},
		{"Utrecht", "NL", "Utrecht", "Utrecht", "Utrecht"},
	} {
		for l, want := range map[Lang]string{LangNL: tc.nl, LangFR: tc.fr, LangEN: tc.en} {
			if got := PlaceName(tc.name, tc.country, l); got != want {
				t.Errorf("PlaceName(%q, %s, %s) = %q, want %q", tc.name, tc.country, l, got, want)
			}
		}
	}
}

// TestRoleAnyText: a role with a reporting line and a full stop still
// ends the sentence of the assignment article once.
func TestRoleAnyText(t *testing.T) {
	d := contractDoc(LangNL)
	d.Engagement.Role = "Programmamanager, rapporteert aan de algemeen directeur. "
	c, _ := DefaultClause(JurisdictionBE, LangNL, ClauseAssignmentInterim)
	got := ExpandClause(c.Body, d.Vars())
	if want := "de volgende functie: Programmamanager, rapporteert aan de algemeen directeur.\n\nDe Manager"; !strings.Contains(got, want) {
		t.Errorf("assignment reads\n%s\nwant it to contain %q", got, want)
	}
}
