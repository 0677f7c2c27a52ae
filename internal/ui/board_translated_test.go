package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/interimdesk/interimdesk/internal/demo"
	"github.com/interimdesk/interimdesk/internal/domain"
)

// TestBoardShowsOnlyTranslations opens the planning board in Dutch and
// French on the sample data, in each zoom, with the pointer on a bar.
func TestBoardShowsOnlyTranslations(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR} {
		t.Run(string(l), func(t *testing.T) {
			t.Cleanup(func() { useLanguage(domain.LangEN) })
			db := openStore(t)
			svc := servicesOf(db)
			if err := demo.Load(context.Background(), svc, domain.DateOf(testNow)); err != nil {
				t.Fatal(err)
			}
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, string(l))
			u, w := newTestUIOn(t, a, svc, Options{})
			w.Resize(fyne.NewSize(1280, 800))
			look := boardLooker(t, u, w, newTextCheck(t, l, svc))

			press(u, boardKey)
			if u.board.total.n == 0 {
				t.Fatal("the board shows no managers")
			}
			look("the planning board")
			for i := range boardZooms {
				u.board.zoom.SetSelectedIndex(i)
				look("the planning board at zoom " + boardZooms[i].label())
			}
			hovered := false
			for _, r := range boardRows(u.board) {
				if r.Visible() && len(r.hits) > 0 {
					r.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: r.hits[0].pos.Add(fyne.NewPos(1, 1))}})
					hovered = true
					break
				}
			}
			if !hovered || u.board.info.Text == "" {
				t.Fatal("no bar to point at on the sample's board")
			}
			look("a bar under the pointer")
			tap(u, u.board.later)
			look("the board a step later")
		})
	}
}

// boardLooker is lookerFor, except that a text the board cut short with
// an ellipsis passes when it begins a bar's whole label, or a manager's
// name or status, that does.
func boardLooker(t *testing.T, u *App, w fyne.Window, check *textCheck) func(what string) {
	return func(what string) {
		t.Helper()
		u.waitIdle()
		var whole []string
		for _, r := range boardRows(u.board) {
			if r.data == nil {
				continue
			}
			whole = append(whole, r.data.Name, managerStatusShort(r.data.Status))
			for _, h := range r.hits {
				whole = append(whole, barLabel(h.bar))
			}
		}
		for _, s := range visibleTexts(w.Canvas().Content()) {
			if cut, ok := strings.CutSuffix(s, "…"); ok {
				for _, full := range whole {
					if strings.HasPrefix(full, cut) {
						s = full
						break
					}
				}
			}
			if !check.allowed(s) {
				t.Errorf("%s shows %q, which is not a %s translation", what, s, check.l)
			}
		}
	}
}
