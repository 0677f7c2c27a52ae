package demo

import (
	"slices"
	"strings"
	"testing"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// These tests check the seed tables on their own, without a store: every
// record passes the domain's validation, and the sample has the spread the
// demo is meant to show.

func TestSeedsAreValid(t *testing.T) {
	today := domain.NewDate(2026, 5, 9)
	t.Run("firm", func(t *testing.T) {
		f := firm()
		if err := f.Validate(); err != nil {
			t.Fatal(err)
		}
		if err := domain.CheckBelgianEnterpriseNumber(f.CompanyNumber); err != nil {
			t.Errorf("enterprise number: %v", err)
		}
		if domain.NormalizeVATID(f.VATID) != "BE"+domain.NormalizeID(f.CompanyNumber) {
			t.Errorf("VAT %s is not BE + enterprise number %s", f.VATID, f.CompanyNumber)
		}
		if f.Address.City != "Gent" || f.LegalForm != "BV" || f.RPRCourt == "" || f.IBAN == "" || f.BIC == "" || f.Website == "" {
			t.Errorf("incomplete firm profile: %+v", f)
		}
	})
	for _, s := range clientSeeds() {
		t.Run("client "+s.key, func(t *testing.T) {
			c := s.c
			c.Normalize()
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			if c.VATID == "" || c.Contact.Name == "" || c.Contact.Email == "" || c.Sector == "" {
				t.Errorf("incomplete client: %+v", c)
			}
		})
	}
	for _, s := range managerSeeds() {
		t.Run("manager "+s.key, func(t *testing.T) {
			m := s.m
			m.AvailableFrom = today.AddDays(s.availableIn)
			m.Active = true
			m.Normalize()
			if err := m.Validate(); err != nil {
				t.Fatal(err)
			}
			if m.DayRate < domain.Euros(850) || m.DayRate > domain.Euros(1650) {
				t.Errorf("day rate %s outside 850–1,650", m.DayRate.Format(domain.LangEN))
			}
			if m.MaxDaysPerWeek < 3 || m.MaxDaysPerWeek > 5 {
				t.Errorf("days per week %d outside 3–5", m.MaxDaysPerWeek)
			}
			if n := strings.Count(m.CV, ". ") + 1; n < 2 || n > 4 {
				t.Errorf("CV has %d sentences, want 2 to 4: %q", n, m.CV)
			}
			if m.Email == "" || m.Headline == "" || len(m.Skills) == 0 || len(m.Sectors) == 0 || len(m.Languages) == 0 {
				t.Errorf("incomplete manager: %+v", m)
			}
		})
	}
	for _, s := range proposalSeeds() {
		t.Run("proposal "+s.key, func(t *testing.T) {
			p := s.p
			p.ClientID, p.Status = 1, domain.ProposalDraft
			if err := p.Validate(); err != nil {
				t.Fatal(err)
			}
			if len(p.Consulting.Phases) != 3 {
				t.Errorf("%d consulting phases, want 3", len(p.Consulting.Phases))
			}
			for _, field := range []string{p.Interim.Objectives, p.Interim.ExitCriteria, p.Consulting.Deliverables} {
				if !strings.Contains(field, "\n") {
					t.Errorf("want one item per line, got %q", field)
				}
			}
			tot := p.Totals()
			if tot.InterimNet <= 0 || tot.ConsultingNet <= 0 {
				t.Errorf("an offer is empty: %+v", tot)
			}
		})
	}
}

func TestSeedsSpread(t *testing.T) {
	clients := clientSeeds()
	if len(clients) < 8 {
		t.Errorf("%d clients, want at least 8", len(clients))
	}
	langs, countries, vats := map[domain.Lang]int{}, map[string]int{}, map[string]bool{}
	for _, s := range clients {
		langs[s.c.Language]++
		countries[s.c.Address.Country]++
		if vats[s.c.VATID] {
			t.Errorf("VAT %s used twice", s.c.VATID)
		}
		vats[s.c.VATID] = true
	}
	for _, l := range domain.Langs {
		if langs[l] == 0 {
			t.Errorf("no client reads %s", l)
		}
	}
	if countries["BE"] == 0 || countries["NL"] == 0 {
		t.Errorf("clients by country %v, want both BE and NL", countries)
	}

	managers := managerSeeds()
	if len(managers) < 25 {
		t.Errorf("%d managers, want at least 25", len(managers))
	}
	emails, frenchCFOs, accented, inactive, withCompany := map[string]bool{}, 0, 0, 0, 0
	for _, s := range managers {
		m := s.m
		if emails[m.Email] {
			t.Errorf("e-mail %s used twice", m.Email)
		}
		emails[m.Email] = true
		if m.Company.VATID != "" {
			if vats[m.Company.VATID] {
				t.Errorf("VAT %s of %s is also another party's", m.Company.VATID, m.Name)
			}
			vats[m.Company.VATID] = true
			withCompany++
		}
		if strings.Contains(m.Headline, "CFO") && slices.Contains(m.Languages, "fr") {
			frenchCFOs++
		}
		if strings.ContainsAny(m.Name, "ëéèÿçêïüöä") {
			accented++
		}
		if s.inactive {
			inactive++
		}
	}
	if frenchCFOs < 3 {
		t.Errorf("%d French-speaking CFOs, want several", frenchCFOs)
	}
	if accented < 5 {
		t.Errorf("%d names with accents, want the roster to exercise them", accented)
	}
	if inactive < 2 {
		t.Errorf("%d inactive managers, want a couple", inactive)
	}
	if withCompany*2 <= len(managers) {
		t.Errorf("%d of %d managers have a management company, want most", withCompany, len(managers))
	}

	if n := len(proposalSeeds()); n < 6 {
		t.Errorf("%d proposals, want at least 6", n)
	}
	statuses := map[domain.EngagementStatus]bool{}
	for _, s := range engagementSeeds() {
		statuses[s.e.Status] = true
	}
	for _, st := range domain.EngagementStatuses {
		if !statuses[st] {
			t.Errorf("no %s engagement", st)
		}
	}
}
