package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// matchRoster is a small roster whose right order for matchCriteria is
// known: every manager has the same text, so the rules decide.
//
//	Anne    zorg, fr nl, 1100, free, a past engagement in zorg: best
//	Gilles  zorg, fr, 1100, booked 4 of 5 days until 31 January: free 4 weeks late
//	Bert    industrie (no sector), fr, 1000, free
//	Chloé   zorg, fr, 1400: a margin of 6.7 %, below the firm's 15 %
//	Dirk    zorg, nl only: excluded, no common language
//	Els     zorg, fr, booked 5 of 5 days all of 2027: excluded, booked
//	Fien    zorg, fr, 1600: excluded, the fee leaves no margin
type matchRoster struct {
	db    *DB
	byKey map[string]*domain.Manager
}

var matchStart = domain.NewDate(2027, time.January, 4)

func matchCriteria() domain.MatchCriteria {
	return domain.MatchCriteria{Keywords: "finance", Sector: "Zorg", Languages: []string{"fr"},
		Start: matchStart, Weeks: 26, DaysPerWeek: 4, ClientDayRate: domain.Euros(1500)}
}

func newMatchRoster(t *testing.T) matchRoster {
	t.Helper()
	ctx := context.Background()
	db := openTestDB(t)
	must(t, db.SetMarginFloor(ctx, domain.MarginFloor{PercentBP: 1500}))
	c := testClient("Ziekenhuis Oost", 1111111)
	c.Sector = "zorg"
	must(t, db.CreateClient(ctx, c))
	r := matchRoster{db: db, byKey: map[string]*domain.Manager{}}
	for i, spec := range []struct {
		name, sector string
		langs        []string
		fee          int64
	}{
		{"Anne", "Zorg", []string{"fr", "nl"}, 1100},
		{"Gilles", "Zorg", []string{"fr"}, 1100},
		{"Bert", "Industrie", []string{"fr"}, 1000},
		{"Chloé", "Zorg", []string{"fr"}, 1400},
		{"Dirk", "Zorg", []string{"nl"}, 1100},
		{"Els", "Zorg", []string{"fr"}, 1100},
		{"Fien", "Zorg", []string{"fr"}, 1600},
	} {
		m := testManager(spec.name, fmt.Sprintf("m%d@example.be", i))
		m.Headline, m.Skills, m.CV, m.Notes = "Interim CFO", []string{"finance"}, "Twintig jaar leiding.", ""
		m.Sectors, m.Languages, m.DayRate, m.MaxDaysPerWeek = []string{spec.sector}, spec.langs, domain.Euros(spec.fee), 5
		must(t, db.CreateManager(ctx, m))
		r.byKey[spec.name] = m
	}
	book(t, db, c.ID, r.byKey["Anne"].ID, domain.NewDate(2025, time.January, 6), domain.NewDate(2025, time.June, 30), 3, domain.EngagementCompleted)
	book(t, db, c.ID, r.byKey["Gilles"].ID, domain.NewDate(2026, time.June, 1), domain.NewDate(2027, time.January, 31), 4, domain.EngagementActive)
	book(t, db, c.ID, r.byKey["Els"].ID, domain.NewDate(2026, time.December, 1), domain.NewDate(2027, time.December, 31), 5, domain.EngagementPlanned)
	return r
}

func TestMatchRanksByReadableRules(t *testing.T) {
	r := newMatchRoster(t)
	got, err := r.db.MatchManagers(context.Background(), matchCriteria())
	must(t, err)
	var order []string
	excluded := map[string]domain.ReasonKind{}
	for _, m := range got {
		if m.Excluded != nil {
			excluded[m.Name] = m.Excluded.Kind
			continue
		}
		order = append(order, m.Name)
	}
	if want := []string{"Anne", "Gilles", "Bert", "Chloé"}; !reflect.DeepEqual(order, want) {
		t.Errorf("order %q, want %q", order, want)
	}
	wantOut := map[string]domain.ReasonKind{"Dirk": domain.ExcludedLanguage, "Els": domain.ExcludedBooked, "Fien": domain.ExcludedNoMargin}
	if !reflect.DeepEqual(excluded, wantOut) {
		t.Errorf("excluded %v, want %v", excluded, wantOut)
	}
	kinds := func(m domain.Match) []domain.ReasonKind {
		var ks []domain.ReasonKind
		for _, r := range m.Reasons {
			ks = append(ks, r.Kind)
		}
		return ks
	}
	anne, gilles, chloe := got[0], got[1], got[3]
	if want := []domain.ReasonKind{domain.ReasonWords, domain.ReasonSector, domain.ReasonPast, domain.ReasonLanguages, domain.ReasonFree, domain.ReasonMargin}; !reflect.DeepEqual(kinds(anne), want) {
		t.Errorf("Anne's reasons %v, want %v", kinds(anne), want)
	}
	if !slices.Equal(anne.Reasons[0].Words, []string{"finance"}) {
		t.Errorf("matched words %q", anne.Reasons[0].Words)
	}
	if gilles.FreeFrom != domain.NewDate(2027, time.February, 1) {
		t.Errorf("Gilles free from %s, want 2027-02-01", gilles.FreeFrom)
	}
	if !slices.Contains(kinds(chloe), domain.ReasonLowMargin) {
		t.Errorf("Chloé's reasons %v lack the low margin", kinds(chloe))
	}
	if m := anne.Reasons[5].Margin; m.PerDay != domain.Euros(400) {
		t.Errorf("Anne's margin %+v, want € 400 a day", m)
	}

	// At most Limit of the included, the excluded after them.
	c := matchCriteria()
	c.Limit = 1
	got, err = r.db.MatchManagers(context.Background(), c)
	must(t, err)
	if len(got) != 2 || got[0].Name != "Anne" || got[1].Excluded == nil {
		t.Errorf("limit 1: %+v", got)
	}
	// A fee above the maximum leaves Anne out, with that reason.
	c = matchCriteria()
	c.MaxFee = domain.Euros(1050)
	got, err = r.db.MatchManagers(context.Background(), c)
	must(t, err)
	if got[0].Name != "Bert" {
		t.Errorf("max fee 1050: first is %s, want Bert", got[0].Name)
	}
	c.DaysPerWeek = 9
	_, err = r.db.MatchManagers(context.Background(), c)
	wantCode(t, err, domain.EINVALID)
}

// Issue #16: a note is found by its words without accents, by the roster
// search and by matching.
func TestNotesAreSearchedWithoutAccents(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	m := testManager("Nora Notes", "nora@example.be")
	m.Notes = "Geïnteresseerd in een mandaat in Brussel."
	must(t, db.CreateManager(ctx, m))
	found, n, err := db.FindManagers(ctx, domain.ManagerFilter{Query: "geinteresseerd"})
	must(t, err)
	if n != 1 || found[0].ID != m.ID {
		t.Fatalf("search found %d", n)
	}
	got, err := db.MatchManagers(ctx, domain.MatchCriteria{Keywords: "geinteresseerd Brussel"})
	must(t, err)
	if len(got) != 1 || !slices.Equal(got[0].Reasons[0].Words, []string{"geinteresseerd", "brussel"}) {
		t.Errorf("match %+v", got)
	}
}

func TestKeywordTermsDropLittleWords(t *testing.T) {
	got := keywordTerms("Financiële herstructurering van de groep, CFO a.i. et la santé")
	want := []string{"financiele", "herstructurering", "groep", "cfo", "sante"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
