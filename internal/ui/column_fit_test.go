package ui

import (
	"context"
	"testing"

	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// demoWindowIn is the window on the sample data, in screen language l, at
// the given size.
func demoWindowIn(t *testing.T, l domain.Lang, size fyne.Size) (*App, fyne.Window) {
	t.Helper()
	t.Cleanup(func() { useLanguage(domain.LangEN) })
	db := openStore(t)
	svc := servicesWith(db, func(_ context.Context, d *domain.ContractDocument) ([]byte, error) { return fakeContractPDF(d), nil })
	if err := demo.Load(context.Background(), svc, domain.DateOf(testNow)); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, string(l))
	u, w := newTestUIOn(t, a, svc, Options{OpenFile: func(string) error { return nil }, DocumentsDir: t.TempDir()})
	w.Resize(size)
	return u, w
}

// At 1366 × 768, in each screen language, every list's headers are read
// whole and side by side, every value of a short column (a status, a date,
// an amount) fits its column, and the name column keeps room for a name.
func TestListColumns_fitTheScreenLanguageAt1366(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR, domain.LangEN} {
		t.Run(string(l), func(t *testing.T) {
			u, _ := demoWindowIn(t, l, fyne.NewSize(1366, 768))

			press(u, fyne.Key1)
			checkColumns(t, "managers", u.managers.list)
			press(u, fyne.Key2)
			checkColumns(t, "clients", u.clients.list)
			press(u, fyne.Key3)
			checkColumns(t, "proposals", u.proposals.list)
			press(u, fyne.Key4)
			checkColumns(t, "engagements", u.engagements.list)
		})
	}
}

// checkColumns checks the header and the loaded rows of one list.
func checkColumns[T any](t *testing.T, screen string, lv *listView[T]) {
	t.Helper()
	heads := lv.header.Objects
	if lv.header.Size().Width < 300 {
		t.Fatalf("%s: the list is %.0f px wide", screen, lv.header.Size().Width)
	}
	for i, h := range heads {
		title := lv.cols[i].title
		if h.Size().Width+0.5 < h.MinSize().Width {
			t.Errorf("%s: header %q is %.0f px wide, needs %.0f: it is cut", screen, title, h.Size().Width, h.MinSize().Width)
		}
		if i > 0 && heads[i-1].Position().X+heads[i-1].Size().Width > h.Position().X+0.5 {
			t.Errorf("%s: header %q runs into %q", screen, lv.cols[i-1].title, title)
		}
		if lv.cols[i].weight > 0 && h.Size().Width < 150 {
			t.Errorf("%s: the %q column keeps only %.0f px", screen, title, h.Size().Width)
		}
	}
	if lv.pager.count() == 0 {
		t.Fatalf("%s: the list is empty", screen)
	}
	// What is drawn: no header and no short column's value ends in "…".
	for _, o := range objects(lv.header) {
		if txt, ok := o.(*canvas.Text); ok && strings.HasSuffix(txt.Text, "…") {
			t.Errorf("%s: a header reads %q", screen, txt.Text)
		}
	}
	for _, row := range objects(lv.list) {
		c, ok := row.(*fyne.Container)
		if !ok || len(c.Objects) != len(lv.cols) {
			continue
		}
		for i, cell := range c.Objects {
			if lv.cols[i].weight > 0 {
				continue
			}
			for _, o := range objects(cell) {
				if txt, ok := o.(*canvas.Text); ok && strings.HasSuffix(txt.Text, "…") {
					t.Errorf("%s: the %q column shows %q", screen, lv.cols[i].title, txt.Text)
				}
			}
		}
	}
	for row := 0; row < lv.pager.count(); row++ {
		it, ok := lv.pager.item(row)
		if !ok {
			break
		}
		for i, c := range lv.cols {
			if c.weight > 0 {
				continue
			}
			v := c.value(it)
			if need := widget.NewLabel(v).MinSize().Width; heads[i].Size().Width+0.5 < need {
				t.Errorf("%s: %q in the %q column needs %.0f px, has %.0f: it is cut", screen, v, c.title, need, heads[i].Size().Width)
			}
		}
	}
}
