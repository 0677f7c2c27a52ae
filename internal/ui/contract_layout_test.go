package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// absRect is where o is drawn on the canvas, and whether it is drawn.
func absRect(w fyne.Window, o fyne.CanvasObject) (pos fyne.Position, size fyne.Size, shown bool) {
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(o), o.Size(), o.Visible()
}

// visibleBottom is the lowest edge of o's visible leaves.
func visibleBottom(w fyne.Window, o fyne.CanvasObject) float32 {
	var bottom float32
	for _, leaf := range objects(o) {
		if !isDrawn(leaf) {
			continue
		}
		pos, size, _ := absRect(w, leaf)
		if b := pos.Y + size.Height; b > bottom && size.Height > 0 {
			bottom = b
		}
	}
	return bottom
}

// isDrawn is whether o and its ancestors are visible, as far as the
// canvas knows them.
func isDrawn(o fyne.CanvasObject) bool { return o.Visible() && o.Size().Height > 0 }

// On the Dutch engagements screen, an engagement whose contract was
// printed and then one never printed: the contract's text and button stay
// above the form's rows (Soort, Manager, Voorstel) instead of being drawn
// over them with the first engagement's layout.
func TestContractActions_neverOverlapTheFormAfterSwitching(t *testing.T) {
	t.Cleanup(func() { useLanguage(domain.LangEN) })
	db := openStore(t)
	svc := servicesWith(db, func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil })
	ctx := context.Background()
	if err := demo.Load(ctx, svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "nl")
	u, w := newTestUIOn(t, a, svc, Options{OpenFile: func(string) error { return nil }, DocumentsDir: t.TempDir()})
	w.Resize(fyne.NewSize(1366, 768))
	press(u, fyne.Key4)
	ew := &engWorld{t: t, svc: svc, u: u, w: w}

	cfo := ew.open("CFO ad interim")
	if _, err := svc.Contracts.PrintContract(ctx, cfo.ID, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	s := u.engagements
	check := func(when string) {
		t.Helper()
		c := s.contract
		actionsBottom := visibleBottom(w, c.actions)
		formTop, _, _ := absRect(w, s.ed.form)
		if actionsBottom > formTop.Y+0.5 {
			t.Errorf("%s: the contract part ends at y=%.0f, below the form's top at y=%.0f: it is drawn over the rows",
				when, actionsBottom, formTop.Y)
		}
		kindPos, _, _ := absRect(w, s.kind)
		for _, b := range []fyne.CanvasObject{c.first, c.state} {
			if !b.Visible() {
				continue
			}
			p, sz, _ := absRect(w, b)
			if p.Y+sz.Height > kindPos.Y+0.5 {
				t.Errorf("%s: %T at y=%.0f–%.0f covers the Soort row at y=%.0f", when, b, p.Y, p.Y+sz.Height, kindPos.Y)
			}
		}
	}
	ew.open("Supply chain director")
	ew.open("CFO ad interim")
	if !s.contract.open.Visible() {
		t.Fatal("the CFO's contract shows as never printed")
	}
	check("printed one")
	ew.open("Supply chain director")
	if !s.contract.first.Visible() {
		t.Fatal("the supply chain director's contract shows as printed")
	}
	check("then one never printed")
	ew.open("CFO ad interim")
	check("and the printed one again")
}
