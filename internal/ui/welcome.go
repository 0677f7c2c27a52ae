package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// welcome is shown on the first start, when the store is empty: the two
// ways to begin.
type welcome struct {
	dialog      *dialog.CustomDialog
	setUp       *widget.Button
	loadSample  *widget.Button
	startEmpty  *widget.Button
	progress    *widget.ProgressBarInfinite
	explanation *widget.Label
}

// checkEmpty asks the store whether it holds anything and welcomes a new
// user when it does not.
func (u *App) checkEmpty() {
	if u.opts.IsEmpty == nil {
		return
	}
	u.background(func(ctx context.Context) func() {
		empty, err := u.opts.IsEmpty(ctx)
		return func() {
			if err != nil {
				u.showError(err)
				return
			}
			if empty {
				// The last screen and the searches remembered are another
				// database's: a new one starts on the roster, unfiltered
				// (a remembered "finance" hid most of the sample data
				// loaded next).
				u.clearSearches()
				u.switchTo(u.screenNamed(screenManagers))
				u.showWelcome()
			}
		}
	})
}

// clearSearches empties the search field of every list.
func (u *App) clearSearches() {
	for _, search := range []*textField{u.managers.list.search, u.clients.list.search,
		u.proposals.list.search, u.engagements.list.search} {
		search.SetText("")
	}
}

func (u *App) showWelcome() {
	wl := &welcome{}
	wl.explanation = widget.NewLabel(lang.L("Interim Desk keeps your roster of interim managers, your clients and your proposals on this computer. Start by entering your firm's details, or look around with sample data first."))
	wl.explanation.Wrapping = fyne.TextWrapWord
	wl.progress = widget.NewProgressBarInfinite()
	wl.progress.Hide()
	wl.setUp = widget.NewButton(lang.L("Set up my firm"), func() {
		wl.dialog.Hide()
		u.Show(screenFirm)
	})
	wl.setUp.Importance = widget.HighImportance
	wl.loadSample = widget.NewButton(lang.L("Load sample data"), func() { u.loadSample(wl) })
	if u.opts.LoadSample == nil {
		wl.loadSample.Hide()
	}
	wl.startEmpty = widget.NewButton(lang.L("Start with an empty roster"), func() { wl.dialog.Hide() })
	// A button that looks like one: low importance drew it as plain text.
	wl.startEmpty.Importance = widget.MediumImportance
	content := container.NewVBox(wl.explanation, wl.progress)
	wl.dialog = dialog.NewCustomWithoutButtons(lang.L("Welcome to Interim Desk"), content, u.win)
	wl.dialog.SetButtons([]fyne.CanvasObject{wl.startEmpty, wl.loadSample, wl.setUp})
	wl.dialog.Resize(fyne.NewSize(560, 0))
	u.welcome = wl
	wl.dialog.Show()
}

// loadSample fills the store with the demonstration data in the background
// and then shows it.
func (u *App) loadSample(wl *welcome) {
	wl.setUp.Disable()
	wl.loadSample.Disable()
	wl.startEmpty.Disable()
	wl.progress.Show()
	wl.explanation.SetText(lang.L("Loading sample data…"))
	u.background(func(ctx context.Context) func() {
		err := u.opts.LoadSample(ctx)
		return func() {
			wl.progress.Hide()
			wl.dialog.Hide()
			if err != nil {
				u.showError(err)
			}
			u.loadFirm()
			for _, s := range u.screens {
				s.reload()
			}
		}
	})
}

// loadFirm reads the firm profile for its brand colour and the defaults of
// new proposals.
func (u *App) loadFirm() {
	u.background(func(ctx context.Context) func() {
		f, err := u.svc.Firm.Firm(ctx)
		return func() {
			if domain.ErrorCode(err) == domain.ENOTFOUND {
				return
			}
			if err != nil {
				u.showError(err)
				return
			}
			u.setFirm(f)
		}
	})
}

// setFirm keeps the saved profile and applies its accent.
func (u *App) setFirm(f *domain.Firm) {
	u.firmProfile = f
	u.applyBrand(f.BrandColour)
}
