package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// layOut lays the whole window out again, as the window does before it
// draws: a part shown or hidden gets its room only then.
func layOut(w fyne.Window, s *proposalsScreen) {
	for i := 0; i < 2; i++ {
		w.Content().Refresh()
		relayoutScrolled(s.pane.scroll, s.pane.scroll.Content.(*fyne.Container))
		w.Resize(w.Canvas().Size())
	}
}

// where is the position on the window of each object.
func where(objs map[string]fyne.CanvasObject) map[string]fyne.Position {
	d := fyne.CurrentApp().Driver()
	out := map[string]fyne.Position{}
	for name, o := range objs {
		out[name] = d.AbsolutePositionForObject(o)
	}
	return out
}

func samePlaces(t *testing.T, after string, before, now map[string]fyne.Position) {
	t.Helper()
	for name, p := range before {
		if now[name] != p {
			t.Errorf("after %s, %s moved from %v to %v", after, name, p, now[name])
		}
	}
}

// Ticking the permanent-hire comparison and typing a salary move no field:
// the fields keep their place (disabled while not ticked), and the totals'
// permanent-hire row, above them, is there from the start.
func TestProposalForm_fieldsStayPutWhileTyping(t *testing.T) {
	store := proposalStore(t)
	u, w := newTestUI(t, store.services(), Options{})
	w.Resize(fyne.NewSize(1366, 768))
	s := u.proposals
	press(u, fyne.Key3)
	press(u, fyne.KeyN)
	pick(t, u, s.client, "Van Damme")
	typeText(u, s.titleEntry, "Financial turnaround")
	typeText(u, s.dayRate, "1250")
	typeText(u, s.weeks, "12")
	// Down the form, where the comparison is typed.
	s.pane.scroll.ScrollToOffset(fyne.NewPos(0, s.pane.scroll.Content.MinSize().Height/2))
	layOut(w, s)
	fields := map[string]fyne.CanvasObject{
		"the salary": s.salary, "the employer cost": s.employerCost, "the notice": s.noticeMonths,
		"the recommendation": s.recommendation, "the extra terms": s.terms, "the margin reason": s.margin.reason,
	}
	before := where(fields)
	// A new proposal compares with a permanent hire from the start.
	if !s.comparePermanent.Checked || s.salary.Disabled() {
		t.Fatalf("a new proposal: compared %v, salary disabled %v", s.comparePermanent.Checked, s.salary.Disabled())
	}

	test.Tap(s.comparePermanent)
	u.waitIdle()
	layOut(w, s)
	samePlaces(t, "unticking the comparison", before, where(fields))
	if !s.salary.Disabled() || !s.salary.Visible() {
		t.Errorf("unticked, the salary is disabled %v, shown %v; want both", s.salary.Disabled(), s.salary.Visible())
	}

	test.Tap(s.comparePermanent)
	u.waitIdle()
	layOut(w, s)
	samePlaces(t, "ticking the comparison", before, where(fields))
	if s.salary.Disabled() {
		t.Fatal("the salary cannot be typed once the comparison is ticked")
	}

	typeText(u, s.salary, "120000")
	layOut(w, s)
	samePlaces(t, "typing a salary", before, where(fields))
	if got := s.totals.permanentTotal.Text; got == "–" || got == "" {
		t.Errorf("the permanent hire's total with a salary is %q", got)
	}

	test.Tap(s.comparePermanent)
	u.waitIdle()
	layOut(w, s)
	samePlaces(t, "unticking the comparison with a salary", before, where(fields))
	if !s.salary.Disabled() || s.salary.Text != "120000" {
		t.Errorf("unticked: salary disabled %v, holding %q", s.salary.Disabled(), s.salary.Text)
	}
}

// The parts that come and go sit below what makes them: the VAT reason
// under the rate and reverse charge, the issued versions (read in the
// background) at the end of the form.
func TestProposalForm_optionalRowsAppearBelowTheirFields(t *testing.T) {
	dw := newDocWorld(t)
	u, w, s := dw.u, dw.w, dw.u.proposals
	w.Resize(fyne.NewSize(1366, 768))
	dw.open("Programmamanager")
	layOut(w, s)
	fields := map[string]fyne.CanvasObject{
		"the client": s.client.box, "the title": s.titleEntry, "the VAT rate": s.vatRate,
		"reverse charge": s.reverseCharge, "the validity": s.validity, "the notice": s.promised.notice,
	}
	before := where(fields)
	test.Tap(s.reverseCharge)
	u.waitIdle()
	layOut(w, s)
	if !s.promised.vatBox.Visible() {
		t.Fatal("reverse charge for a Belgian client asks no reason")
	}
	now := where(fields)
	samePlaces(t, "ticking reverse charge", before, now)
	box := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.promised.vatBox)
	for name, p := range now {
		if box.Y <= p.Y {
			t.Errorf("the VAT reason (y %.0f) is not below %s (y %.0f)", box.Y, name, p.Y)
		}
	}

	test.Tap(s.reverseCharge) // back as it was: nothing to save
	u.waitIdle()
	dw.open("Direction financière ad interim")
	layOut(w, s)
	if len(s.docs.history.shown) == 0 || !s.docs.history.root.Visible() {
		t.Fatal("the issued proposal shows no versions")
	}
	d := fyne.CurrentApp().Driver()
	if h, last := d.AbsolutePositionForObject(s.docs.history.root), d.AbsolutePositionForObject(s.terms); h.Y <= last.Y {
		t.Errorf("the issued versions (y %.0f) come before the last field (y %.0f)", h.Y, last.Y)
	}
}

// At 1366 × 768 and 1280 × 720, in every screen language, the form keeps
// most of the pane: the totals under it take one line, for a new proposal
// with its problems listed and for an issued one with its notice.
func TestProposalForm_keepsMostOfTheHeightForTheForm(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR, domain.LangEN} {
		for _, size := range []fyne.Size{fyne.NewSize(1366, 768), fyne.NewSize(1280, 720)} {
			t.Run(string(l)+"/"+sizeName(size), func(t *testing.T) {
				u, w := demoWindowIn(t, l, size)
				s := u.proposals
				press(u, fyne.Key3)
				check := func(what string) {
					t.Helper()
					layOut(w, s)
					if got := w.Canvas().Size(); got != size {
						t.Fatalf("%s: the window is %v", what, got)
					}
					h := s.pane.scroll.Size().Height
					if h < 0.6*size.Height {
						t.Errorf("%s: the form scrolls in %.0f px of %.0f (%.0f%%)", what, h, size.Height, 100*h/size.Height)
					}
					a, b := s.totals.interimSummary, s.totals.consultingSummary
					if a.Position().Y != b.Position().Y || a.Size().Width < a.MinSize().Width || b.Size().Width < b.MinSize().Width {
						t.Errorf("%s: the totals take more than one line: %q at %v, %q at %v", what, a.Text, a.Position(), b.Text, b.Position())
					}
				}
				press(u, fyne.KeyN)
				if s.ed.message.Text == "" {
					t.Fatal("a new proposal lists no problems")
				}
				check("a new proposal")
				typeText(u, s.list.search, "Direction financière ad interim")
				s.list.selectRow(0)
				u.waitIdle()
				if !s.lock.row.Visible() {
					t.Fatal("the issued proposal shows no notice")
				}
				check("an issued proposal")
			})
		}
	}
}

func sizeName(s fyne.Size) string {
	return formatIntInput(int(s.Width), false) + "x" + formatIntInput(int(s.Height), false)
}
