package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestProposalManagerPicker_isTheRanking: on the sample roster, the
// interim offer's manager picker opens on the managers ranked for the
// proposal as typed (the store's own ranking, in its order), each with
// the reasons; those left out show with their reason when asked; "Use
// this manager" puts the manager and the roster's fee into the offer; and
// typing a name still searches the whole roster.
func TestProposalManagerPicker_isTheRanking(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, s := ew.u, ew.u.proposals
	ctx := context.Background()
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	pick(t, u, s.client, "Sainte-Élisabeth") // healthcare, French
	typeText(u, s.titleEntry, "Redressement financier")
	typeText(u, s.role, "Interim CFO")
	typeText(u, s.start, "2026-09-07")
	typeText(u, s.weeks, "15")
	typeText(u, s.daysPerWeek, "4")
	typeText(u, s.dayRate, "1.500")

	tap(u, s.manager.button)
	mp := s.matches
	p, _ := s.read()
	want, err := ew.svc.Matches.MatchManagers(ctx, domain.CriteriaFromProposal(p, s.clientInfo))
	if err != nil {
		t.Fatal(err)
	}
	var wantIn, wantOut []int64
	for _, m := range want {
		if m.Excluded == nil {
			wantIn = append(wantIn, m.ManagerID)
		} else {
			wantOut = append(wantOut, m.ManagerID)
		}
	}
	if len(wantIn) < 3 || len(wantOut) == 0 {
		t.Fatalf("the sample ranks %d and leaves out %d; the test needs both", len(wantIn), len(wantOut))
	}
	shown := func() (names []string, texts []string) {
		for _, o := range mp.rows.Objects {
			var b strings.Builder
			for _, x := range objects(o) {
				switch v := x.(type) {
				case *widget.RichText:
					b.WriteString(v.String() + "\n")
				case *widget.Label:
					b.WriteString(v.Text + "\n")
				}
			}
			texts = append(texts, b.String())
			names = append(names, strings.SplitN(b.String(), " — ", 2)[0])
		}
		return names, texts
	}
	names, texts := shown()
	if len(names) != len(wantIn) {
		t.Fatalf("%d managers shown, the store ranks %d: %q", len(names), len(wantIn), names)
	}
	for i, id := range wantIn {
		if m := matchOf(want, id); names[i] != m.Name {
			t.Errorf("row %d is %q, the store ranks %q there", i+1, names[i], m.Name)
		}
	}
	if !strings.Contains(mp.status.Text, "managers ranked for this proposal, best first") {
		t.Errorf("status %q", mp.status.Text)
	}
	joelle := rowOf(t, names, texts, "Joëlle Dubois")
	for _, reason := range []string{"matched words: interim, cfo", "works in the sector healthcare", "speaks fr",
		"4 days a week free from the start, 07/09/2026", "day fee €1,450.00, margin €50.00 a day"} {
		if !strings.Contains(joelle, reason) {
			t.Errorf("Joëlle Dubois's line does not say %q:\n%s", reason, joelle)
		}
	}
	// The matched words of the headline are in bold.
	if head := mp.rows.Objects[0].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*widget.RichText); !hasBold(head, "CFO") && !hasBold(head, "Interim") {
		t.Errorf("no matched word in bold in %q", head.String())
	}
	if strings.Contains(strings.Join(names, "\n"), "Anneliese Verbruggen") {
		t.Error("a manager who speaks no French is ranked for a French client")
	}
	mp.showExcluded.SetChecked(true)
	u.waitIdle()
	names, texts = shown()
	if len(names) != len(wantIn)+len(wantOut) {
		t.Errorf("%d rows with those left out, want %d", len(names), len(wantIn)+len(wantOut))
	}
	if got := rowOf(t, names, texts, "Anneliese Verbruggen"); !strings.Contains(got, "left out: speaks none of fr") {
		t.Errorf("Anneliese Verbruggen's line does not say why she is left out:\n%s", got)
	}

	var joelleID int64
	for _, m := range want {
		if m.Name == "Joëlle Dubois" {
			joelleID = m.ManagerID
		}
	}
	tap(u, mp.use[joelleID])
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after Use this manager")
	}
	if s.manager.id != joelleID || s.manager.button.Text != "Joëlle Dubois" || s.margin.fee.Text != "1,450.00" || s.margin.perDay.Text != "€50.00" {
		t.Errorf("after Use this manager: %d %q, fee %q, margin %q a day", s.manager.id, s.manager.button.Text, s.margin.fee.Text, s.margin.perDay.Text)
	}

	// A name typed searches the whole roster, the left-out too.
	pick(t, u, s.manager, "Verbruggen")
	if s.manager.button.Text != "Anneliese Verbruggen" || s.margin.fee.Text != "1,350.00" {
		t.Errorf("picked by name: %q, fee %q", s.manager.button.Text, s.margin.fee.Text)
	}
	press(u, fyne.KeyS)
	if s.loaded.ID == 0 || s.loaded.Interim.ManagerID != s.manager.id {
		t.Errorf("saved %+v: %q", s.loaded.Interim, s.ed.message.Text)
	}
}

// TestProposalManagerPicker_badCriteria: criteria the ranking cannot take
// are said in the dialog, whose search by name still works.
func TestProposalManagerPicker_badCriteria(t *testing.T) {
	ew := newEngWorld(t, engOptions{})
	u, s := ew.u, ew.u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	typeText(u, s.daysPerWeek, "7")
	tap(u, s.manager.button)
	if got := s.matches.status.Text; got != "Days per week: must be between 1 and 5." || len(s.matches.rows.Objects) != 0 {
		t.Errorf("status %q with %d rows", got, len(s.matches.rows.Objects))
	}
	typeText(u, s.manager.list.search, "Dumont")
	if !s.matches.byName.Visible() || s.matches.ranking.Visible() || s.manager.list.pager.count() != 1 {
		t.Fatalf("searching by name: list shown %v, %d found", s.matches.byName.Visible(), s.manager.list.pager.count())
	}
	s.manager.list.selectRow(0)
	u.waitIdle()
	if s.manager.button.Text != "Frédéric Dumont" {
		t.Errorf("picked %q", s.manager.button.Text)
	}
}

func matchOf(ms []domain.Match, id int64) domain.Match {
	for _, m := range ms {
		if m.ManagerID == id {
			return m
		}
	}
	return domain.Match{}
}

func rowOf(t *testing.T, names, texts []string, name string) string {
	t.Helper()
	for i, n := range names {
		if n == name {
			return texts[i]
		}
	}
	t.Fatalf("%s is not shown among %q", name, names)
	return ""
}

func hasBold(rt *widget.RichText, text string) bool {
	for _, sg := range rt.Segments {
		if ts, ok := sg.(*widget.TextSegment); ok && ts.Text == text && ts.Style.TextStyle.Bold {
			return true
		}
	}
	return false
}

// TestProposalManagerPicker_dutch: on a Dutch screen the ranking's lines,
// amounts, dates and percentages are Dutch.
func TestProposalManagerPicker_dutch(t *testing.T) {
	t.Cleanup(func() { useLanguage(domain.LangEN) })
	db := openStore(t)
	svc := servicesOf(db)
	if err := demo.Load(context.Background(), svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, string(domain.LangNL))
	u, _ := newTestUIOn(t, a, svc, Options{})
	s := u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	pick(t, u, s.client, "Sainte-Élisabeth")
	typeText(u, s.titleEntry, "Redressement financier")
	typeText(u, s.role, "Interim CFO")
	typeText(u, s.start, "7/09/2026")
	typeText(u, s.weeks, "15")
	typeText(u, s.daysPerWeek, "4")
	typeText(u, s.dayRate, "1.500")
	tap(u, s.manager.button)
	var all strings.Builder
	for _, o := range objects(s.matches.rows) {
		switch v := o.(type) {
		case *widget.Label:
			all.WriteString(v.Text + "\n")
		case *widget.Button:
			all.WriteString(v.Text + "\n")
		}
	}
	for _, want := range []string{"gevonden woorden: interim, cfo", "werkt in de sector healthcare", "spreekt fr",
		"dagvergoeding € 1.450,00, marge € 50,00 per dag (3,33 %)", "Deze manager voorstellen"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("the Dutch ranking does not say %q:\n%s", want, all.String())
		}
	}
	if !strings.HasSuffix(s.matches.status.Text, "managers gerangschikt voor dit voorstel, de beste eerst") {
		t.Errorf("status %q", s.matches.status.Text)
	}
}
