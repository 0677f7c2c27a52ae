package storetest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

var managerSearchTests = []test{
	{"filters, search and order", func(t *testing.T, e *env) {
		r := newRoster(t, e)
		june := domain.NewDate(2026, time.June, 15)
		august := domain.NewDate(2026, time.August, 3)
		for _, tc := range []struct {
			name string
			f    domain.ManagerFilter
			want []*domain.Manager
		}{
			{"active by name", domain.ManagerFilter{}, []*domain.Manager{r.bo, r.cy, r.an}},
			{"with inactive", domain.ManagerFilter{IncludeInactive: true}, []*domain.Manager{r.bo, r.cy, r.di, r.an}},
			{"accent-insensitive name", domain.ManagerFilter{Query: "gerard"}, []*domain.Manager{r.an}},
			{"accent-insensitive CV", domain.ManagerFilter{Query: "geinteresseerd"}, []*domain.Manager{r.an}},
			{"accents in the query", domain.ManagerFilter{Query: "GEÏNTERESSEERD"}, []*domain.Manager{r.an}},
			{"notes", domain.ManagerFilter{Query: "oost-vlaanderen"}, []*domain.Manager{r.bo, r.cy, r.an}},
			{"prefix", domain.ManagerFilter{Query: "cf"}, []*domain.Manager{r.an}},
			{"prefix of the last word only", domain.ManagerFilter{Query: "interim co"}, []*domain.Manager{r.bo}},
			{"skills", domain.ManagerFilter{Query: "operations"}, []*domain.Manager{r.bo}},
			{"a skill with a sign", domain.ManagerFilter{Query: "m&a"}, []*domain.Manager{r.cy, r.an}},
			{"inactive managers searched on request", domain.ManagerFilter{Query: "retail", IncludeInactive: true}, []*domain.Manager{r.di}},
			{"sector, folded", domain.ManagerFilter{Sector: "SANTE"}, []*domain.Manager{r.cy, r.an}},
			{"sector, accented", domain.ManagerFilter{Sector: "Santé"}, []*domain.Manager{r.cy, r.an}},
			{"language", domain.ManagerFilter{Language: "de"}, []*domain.Manager{r.bo}},
			{"max day rate", domain.ManagerFilter{MaxDayRate: domain.Euros(1100)}, []*domain.Manager{r.bo, r.cy}},
			{"by rate", domain.ManagerFilter{Sort: "rate"}, []*domain.Manager{r.bo, r.cy, r.an}},
			{"by rate descending", domain.ManagerFilter{Sort: "-rate"}, []*domain.Manager{r.an, r.cy, r.bo}},
			{"by availability", domain.ManagerFilter{Sort: "available"}, []*domain.Manager{r.bo, r.an, r.cy}},
			// An has 4 days, 3 booked until 31 July: 1 free day in June.
			{"one free day in June", domain.ManagerFilter{AvailableOn: june}, []*domain.Manager{r.bo, r.an}},
			{"two free days in June", domain.ManagerFilter{AvailableOn: june, MinFreeDays: 2}, []*domain.Manager{r.bo}},
			{"two free days after the mandate", domain.ManagerFilter{AvailableOn: august, MinFreeDays: 2}, []*domain.Manager{r.bo, r.an}},
			{"free today", domain.ManagerFilter{MinFreeDays: 2}, []*domain.Manager{r.bo}},
			{"available in September", domain.ManagerFilter{AvailableOn: domain.NewDate(2026, time.September, 1)}, []*domain.Manager{r.bo, r.cy, r.an}},
			{"availability never includes the inactive", domain.ManagerFilter{AvailableOn: august, IncludeInactive: true}, []*domain.Manager{r.bo, r.an}},
			{"combined", domain.ManagerFilter{Sector: "sante", Language: "fr", MaxDayRate: domain.Euros(1300), AvailableOn: june, Query: "interim"}, []*domain.Manager{r.an}},
			{"page", domain.ManagerFilter{Page: domain.Page{Offset: 1, Limit: 1}}, []*domain.Manager{r.cy}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, n, err := e.Managers.FindManagers(e.ctx, tc.f)
				must(t, err)
				if g, w := managerNames(got), managerNames(tc.want); !reflect.DeepEqual(g, w) {
					t.Errorf("got %q, want %q", g, w)
				}
				if tc.f.Page == (domain.Page{}) && n != len(tc.want) {
					t.Errorf("total = %d, want %d", n, len(tc.want))
				}
			})
		}
		for _, f := range []domain.ManagerFilter{{Sort: "age"}, {MinFreeDays: 6}, {MinFreeDays: -1}, {MaxDayRate: -1}, {Page: domain.Page{Offset: -1}}} {
			_, _, err := e.Managers.FindManagers(e.ctx, f)
			wantCode(t, err, domain.EINVALID)
		}
	}},
	{"free on a later day shows the status of that day", func(t *testing.T, e *env) {
		r := newRoster(t, e)
		list, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{AvailableOn: domain.NewDate(2026, time.June, 15)})
		must(t, err)
		for _, m := range list {
			if m.ID == r.an.ID && (m.Status.DaysBooked != 3 || m.Status.MaxDays != 4) {
				t.Errorf("An on 15 June: %+v, want 3 of 4 days booked", m.Status)
			}
		}
	}},
	{"by relevance", func(t *testing.T, e *env) {
		add := func(name, email, headline, cv string, active bool) *domain.Manager {
			m := testManager(name, email)
			m.Headline, m.CV, m.Skills, m.Notes = headline, cv, nil, ""
			must(t, e.Managers.CreateManager(e.ctx, m))
			if !active {
				must(t, e.Managers.SetManagerActive(e.ctx, m.ID, false))
			}
			return m
		}
		cvOnly := add("Aline Aerts", "aline@example.be", "Interim COO", "Once worked with the finance team.", true)
		headline := add("Zeno Zegers", "zeno@example.be", "Interim finance director", "Restructurings.", true)
		add("Yves Ys", "yves@example.be", "Finance finance finance", "Finance.", false) // inactive
		add("Bart Bos", "bart@example.be", "Interim HR director", "People.", true)      // no match

		list, total, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: "finance", Sort: "relevance"})
		must(t, err)
		if total != 2 || len(list) != 2 {
			t.Fatalf("%d of %d managers found, want 2: %v", len(list), total, managerNames(list))
		}
		if list[0].ID != headline.ID || list[1].ID != cvOnly.ID {
			t.Errorf("by relevance: %v; want the headline's match first", managerNames(list))
		}
		byName, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: "finance"})
		must(t, err)
		if byName[0].ID != cvOnly.ID {
			t.Errorf("by name: %v; want Aline first", managerNames(byName))
		}
		// One a page: the pages follow the same order and do not overlap.
		for i, want := range []int64{headline.ID, cvOnly.ID} {
			page, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: "finance", Sort: "relevance",
				Page: domain.Page{Offset: i, Limit: 1}})
			must(t, err)
			if len(page) != 1 || page[0].ID != want {
				t.Errorf("page %d: %v", i, managerNames(page))
			}
		}
		// Without words there is nothing to rank: the name order.
		all, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Sort: "relevance"})
		must(t, err)
		if len(all) != 3 || all[0].ID != cvOnly.ID {
			t.Errorf("relevance without words: %v", managerNames(all))
		}
		// A match in the name alone ranks nothing: such managers follow by name.
		named := add("Finance Fons", "fons@example.be", "Interim CEO", "Retail.", true)
		list, _, err = e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: "finance", Sort: "relevance"})
		must(t, err)
		if len(list) != 3 || list[2].ID != named.ID {
			t.Errorf("with a name match: %v; want Finance Fons last", managerNames(list))
		}
	}},
	{"best match first by tier", func(t *testing.T, e *env) {
		add := func(name, headline string, skills, sectors []string, cv string, active bool) {
			m := testManager(name, strings.ToLower(strings.ReplaceAll(name, " ", "."))+"@example.be")
			m.Headline, m.Skills, m.Sectors, m.CV, m.Notes = headline, skills, sectors, cv, ""
			must(t, e.Managers.CreateManager(e.ctx, m))
			if !active {
				must(t, e.Managers.SetManagerActive(e.ctx, m.ID, false))
			}
		}
		add("Zora Zeel", "Interim COO", []string{"Logistics"}, nil, "Lean.", true)
		add("Hanne Hoofd", "Interim logistics director", nil, nil, "Ports.", true)
		add("Carl Claes", "Interim CEO", []string{"Strategy"}, []string{"Retail"}, "Led a logistics turnaround.", true)
		add("Anna Apart", "Interim logistics manager", []string{"Logistics"}, nil, "Warehousing.", true)
		add("Bram Baert", "Interim CFO", []string{"Finance"}, []string{"Logistiek"}, "Audit.", true)
		add("Els Logistra", "Interim CHRO", []string{"People"}, nil, "Unions.", true)
		add("Anke Aerts", "Interim COO", []string{"Logistics", "Lean"}, nil, "Plants.", true)
		add("Yves Ys", "Logistics", nil, nil, "Trucks.", false)
		add("Dirk Dewit", "Interim CIO", []string{"IT"}, nil, "Systems.", true)

		find := func(f domain.ManagerFilter) ([]string, int) {
			t.Helper()
			f.Sort = "relevance"
			list, total, err := e.Managers.FindManagers(e.ctx, f)
			must(t, err)
			return managerNames(list), total
		}
		// The headline, then the skills, then the sectors, then the rest
		// (CV, name); each tier by name, a manager in one tier only.
		want := []string{"Anna Apart", "Hanne Hoofd", "Anke Aerts", "Zora Zeel", "Bram Baert", "Carl Claes", "Els Logistra"}
		got, total := find(domain.ManagerFilter{Query: "logist"})
		if !reflect.DeepEqual(got, want) || total != len(want) {
			t.Errorf("logist: %q of %d, want %q", got, total, want)
		}
		// Pages of two follow the same order, across the tiers.
		var paged []string
		for off := 0; off < len(want)+2; off += 2 {
			page, _ := find(domain.ManagerFilter{Query: "logist", Page: domain.Page{Offset: off, Limit: 2}})
			paged = append(paged, page...)
		}
		if !reflect.DeepEqual(paged, want) {
			t.Errorf("in pages of two: %q", paged)
		}
		// The inactive, when asked for, take their place in their tier.
		got, _ = find(domain.ManagerFilter{Query: "logist", IncludeInactive: true})
		if len(got) != 8 || got[2] != "Yves Ys" {
			t.Errorf("with the inactive: %q", got)
		}
		// The other filters still hold.
		got, _ = find(domain.ManagerFilter{Query: "logist", Sector: "logistiek"})
		if !reflect.DeepEqual(got, []string{"Bram Baert"}) {
			t.Errorf("logist in the sector logistiek: %q", got)
		}
		// Several words: all of them in one list first, then one of them
		// in a list, then the rest; every word is still found somewhere.
		want = []string{"Anna Apart", "Hanne Hoofd", "Anke Aerts", "Bram Baert", "Carl Claes", "Els Logistra", "Zora Zeel"}
		got, _ = find(domain.ManagerFilter{Query: "interim logist"})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("interim logist: %q, want %q", got, want)
		}
		got, _ = find(domain.ManagerFilter{Query: "lean logist"})
		if want := []string{"Anke Aerts", "Zora Zeel"}; !reflect.DeepEqual(got, want) {
			t.Errorf("lean logist: %q, want %q", got, want)
		}
	}},
	{"search follows updates", func(t *testing.T, e *env) {
		m := testManager("An", "an@example.be")
		must(t, e.Managers.CreateManager(e.ctx, m))
		m.Headline, m.Sectors, m.Notes = "Interim CHRO", []string{"Onderwijs"}, "Geïnteresseerd in een mandaat in Brussel."
		must(t, e.Managers.UpdateManager(e.ctx, m))
		for _, tc := range []struct {
			f    domain.ManagerFilter
			want int
		}{
			{domain.ManagerFilter{Query: "chro"}, 1},
			{domain.ManagerFilter{Query: "cfo"}, 0},
			{domain.ManagerFilter{Query: "geinteresseerd brussel"}, 1},
			{domain.ManagerFilter{Query: "oost"}, 0},
			{domain.ManagerFilter{Sector: "onderwijs"}, 1},
			{domain.ManagerFilter{Sector: "logistiek"}, 0},
		} {
			if _, n, err := e.Managers.FindManagers(e.ctx, tc.f); err != nil || n != tc.want {
				t.Errorf("%+v: %d matches, %v; want %d", tc.f, n, err, tc.want)
			}
		}
	}},
	{"pages and totals", func(t *testing.T, e *env) {
		var want []string
		for i := range 7 {
			m := testManager(fmt.Sprintf("Manager %d", i+1), fmt.Sprintf("m%d@example.be", i+1))
			must(t, e.Managers.CreateManager(e.ctx, m))
			want = append(want, m.Name)
		}
		var got []string
		for offset := 0; offset < 9; offset += 3 {
			page, n, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: "interim", Page: domain.Page{Offset: offset, Limit: 3}})
			must(t, err)
			if n != 7 {
				t.Errorf("total at offset %d = %d, want 7", offset, n)
			}
			got = append(got, managerNames(page)...)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("pages %q, want %q", got, want)
		}
	}},
	{"a search in name order, page by page, for common, clustered and rare words", func(t *testing.T, e *env) {
		// Enough managers that PostgreSQL walks the roster in name order
		// for a common word and looks a rare or clustered one up
		// (managerPage): either way, the same pages.
		want := map[string][]string{}
		for i := 1; i <= 300; i++ {
			m := testManager(fmt.Sprintf("Manager %03d", i), fmt.Sprintf("m%03d@example.be", i))
			m.CV = "Ervaring."
			if i%3 == 0 {
				m.CV += " Alpha."
			}
			if i >= 120 && i < 140 {
				m.CV += " Midrange."
			}
			if i == 290 || i == 295 || i == 299 {
				m.CV += " Omega."
			}
			m.Active = i != 6
			must(t, e.Managers.CreateManager(e.ctx, m))
			for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(m.CV, ".", ""))) {
				if m.Active && w != "ervaring" {
					want[w] = append(want[w], m.Name)
				}
			}
		}
		for word, names := range want {
			var got []string
			for offset := 0; offset < 300; offset += 50 {
				page, n, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{Query: word, Page: domain.Page{Offset: offset, Limit: 50}})
				must(t, err)
				if n != len(names) {
					t.Errorf("%s at offset %d: total %d, want %d", word, offset, n, len(names))
				}
				got = append(got, managerNames(page)...)
			}
			if !reflect.DeepEqual(got, names) {
				t.Errorf("%s: pages %q, want %q", word, got, names)
			}
		}
	}},
	{"a search counts to the next thousand past its page, the roster whole", func(t *testing.T, e *env) {
		var ms []*domain.Manager
		for i := 1; i <= 2150; i++ {
			m := testManager(fmt.Sprintf("Manager %04d", i), fmt.Sprintf("m%04d@example.be", i))
			m.CV = "Ervaring."
			if i%1000 == 7 {
				m.CV += " Omega."
			}
			ms = append(ms, m)
		}
		rep, err := e.Data.ImportManagers(e.ctx, managerRows(ms...), domain.ImportOptions{})
		must(t, err)
		if rep.Added != len(ms) {
			t.Fatalf("%d managers added, want %d", rep.Added, len(ms))
		}
		for _, tc := range []struct {
			f     domain.ManagerFilter
			total int
			first string // the page's first manager
		}{
			{domain.ManagerFilter{Page: domain.Page{Limit: 50}}, 2150, "Manager 0001"},
			{domain.ManagerFilter{Sector: "logistiek", Page: domain.Page{Limit: 50}}, 2150, "Manager 0001"},
			{domain.ManagerFilter{Query: "ervaring", Page: domain.Page{Limit: 50}}, 1001, "Manager 0001"},
			{domain.ManagerFilter{Query: "ervaring", Sort: "relevance", Page: domain.Page{Limit: 50}}, 1001, "Manager 0001"},
			{domain.ManagerFilter{Query: "ervaring", Sort: "-rate", Page: domain.Page{Limit: 100}}, 1001, "Manager 0001"},
			{domain.ManagerFilter{Query: "ervaring", Page: domain.Page{Offset: 950, Limit: 100}}, 2001, "Manager 0951"},
			{domain.ManagerFilter{Query: "ervaring", Page: domain.Page{Offset: 1000, Limit: 50}}, 2001, "Manager 1001"},
			{domain.ManagerFilter{Query: "ervaring", Page: domain.Page{Offset: 2100, Limit: 100}}, 2150, "Manager 2101"},
			{domain.ManagerFilter{Query: "omega", Page: domain.Page{Limit: 50}}, 3, "Manager 0007"},
		} {
			page, n, err := e.Managers.FindManagers(e.ctx, tc.f)
			must(t, err)
			if n != tc.total || len(page) == 0 || page[0].Name != tc.first {
				first := ""
				if len(page) > 0 {
					first = page[0].Name
				}
				t.Errorf("%+v: total %d from %q, want %d from %q", tc.f, n, first, tc.total, tc.first)
			}
		}
	}},
	{"names sort as NOCASE does", func(t *testing.T, e *env) {
		for _, name := range []string{"Émile", "zoë", "Bert", "Zoe", "anna", "Anna"} {
			must(t, e.Managers.CreateManager(e.ctx, testManager(name, "")))
		}
		list, _, err := e.Managers.FindManagers(e.ctx, domain.ManagerFilter{})
		must(t, err)
		if got, want := managerNames(list), []string{"anna", "Anna", "Bert", "Zoe", "zoë", "Émile"}; !reflect.DeepEqual(got, want) {
			t.Errorf("order %q, want %q", got, want)
		}
	}},
}
