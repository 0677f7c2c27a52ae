package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// The proposal form's buttons are the widest row of the window; in Dutch
// they made it grow to 1316 px. At 1280 × 720 in every screen language the
// window asks for no more than the screen, and every button is inside it.
func TestProposalButtons_stayOnA1280Screen(t *testing.T) {
	for _, l := range []domain.Lang{domain.LangNL, domain.LangFR, domain.LangEN} {
		t.Run(string(l), func(t *testing.T) {
			u, w := demoWindowIn(t, l, fyne.NewSize(1280, 720))
			press(u, fyne.Key3)
			u.proposals.list.selectRow(0)
			u.waitIdle()
			if got := w.Content().MinSize().Width; got > 1280 {
				t.Errorf("the window asks for %.0f px", got)
			}
			// Two layout passes: the row learns its width in the first.
			w.Content().Refresh()
			w.Resize(fyne.NewSize(1280, 720))
			d := u.proposals.docs
			for _, b := range []*widget.Button{d.preview, d.issue, d.saveAs, d.answer, u.proposals.ed.saveBtn} {
				if !b.Visible() {
					continue
				}
				pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
				if pos.X < 0 || pos.X+b.Size().Width > 1280+0.5 || b.Size().Width+0.5 < b.MinSize().Width {
					t.Errorf("%q at x %.0f, %.0f px wide (needs %.0f): not whole on the screen", b.Text, pos.X, b.Size().Width, b.MinSize().Width)
				}
			}
		})
	}
}
